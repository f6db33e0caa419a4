#include "planreport.h"

#include "calc/plansummary.h"
#include "charts/chartbuilders.h"
#include "plan/format.h"
#include "reportwriter.h"
#include "sections/sectioneditor.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace salesplan::ui {

namespace {

constexpr double marginMm = 18.0;

QString statusText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return PlanReport::tr("Draft");
    case PlanStatus::InReview:
        return PlanReport::tr("In review");
    case PlanStatus::Approved:
        return PlanReport::tr("Approved");
    }
    return {};
}

QString tierText(SegmentTier tier)
{
    switch (tier) {
    case SegmentTier::Strategic:
        return PlanReport::tr("Strategic");
    case SegmentTier::Profit:
        return PlanReport::tr("Profit");
    case SegmentTier::Nurture:
        return PlanReport::tr("Nurture");
    case SegmentTier::Maintain:
        return PlanReport::tr("Maintain");
    }
    return {};
}

QString frequencyText(ReviewFrequency frequency)
{
    switch (frequency) {
    case ReviewFrequency::Weekly:
        return PlanReport::tr("Weekly");
    case ReviewFrequency::Monthly:
        return PlanReport::tr("Monthly");
    case ReviewFrequency::Quarterly:
        return PlanReport::tr("Quarterly");
    case ReviewFrequency::Yearly:
        return PlanReport::tr("Yearly");
    }
    return {};
}

QString riskText(RiskCategory category)
{
    switch (category) {
    case RiskCategory::Market:
        return PlanReport::tr("Market");
    case RiskCategory::Customer:
        return PlanReport::tr("Customer");
    case RiskCategory::Execution:
        return PlanReport::tr("Execution");
    case RiskCategory::Financial:
        return PlanReport::tr("Financial");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return PlanReport::tr("Error");
    case Severity::Warning:
        return PlanReport::tr("Warning");
    case Severity::Hint:
        return PlanReport::tr("Hint");
    }
    return {};
}

// The report's font: Noto Sans for Latin text, falling back to the Noto Sans CJK of the plan's
// language for Chinese.
QFont reportFont(const QString &language)
{
    QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (language.startsWith(QStringLiteral("zh_TW")) ||
        language.startsWith(QStringLiteral("zh_HK")))
        cjk = QStringLiteral("Noto Sans CJK TC");
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), cjk});
    font.setPointSizeF(9.5);
    return font;
}

// The annual targets of one weighted dimension (0 regions, 1 product lines, 2 members), or none
// when the target is not decomposed. Empty dimensions are left out of the decomposition.
QList<qint64> dimensionTargets(const Plan &plan, const PlanSummary &summary, int dimension)
{
    if (!summary.decomposition)
        return {};
    const bool present[] = {!plan.targets.regions.isEmpty(), !plan.targets.products.isEmpty(),
                            !plan.team.members.isEmpty()};
    if (!present[dimension])
        return {};
    int index = 0;
    for (int i = 0; i < dimension; ++i)
        index += present[i] ? 1 : 0;
    return summary.decomposition->dimensions.value(index).annual;
}

class ReportContent
{
public:
    ReportContent(const Plan &plan, const PlanSummary &summary, ReportWriter &writer)
        : m_plan(plan)
        , m_summary(summary)
        , m_w(writer)
    {}

    void write()
    {
        cover();
        mission();
        targets();
        team();
        segments();
        stages();
        tools();
        metrics();
        findings();
    }

private:
    QString money(qint64 minor) const { return formatMoney(Money{minor, m_plan.info.currency}); }
    QString count(qint64 value) const { return QLocale().toString(value); }
    void sectionHeading(Section section) { m_w.heading(SectionEditor::sectionTitle(section)); }

    void drawChart(ChartKind kind)
    {
        std::unique_ptr<QChart> chart(
            buildChart(ChartSpec{kind, 0}, m_plan, m_summary, ChartTheme::light()));
        if (chart)
            m_w.chart(chart.get());
    }

    void cover()
    {
        const PlanInfo &info = m_plan.info;
        m_w.space(55);
        m_w.centred(info.company, 16, false);
        m_w.centred(info.name.isEmpty() ? PlanReport::tr("Untitled plan") : info.name, 26, true);
        m_w.centred(PlanReport::tr("Sales plan %1").arg(info.period.year), 16, false);
        m_w.space(25);
        m_w.centred(PlanReport::tr("Author: %1").arg(info.author), 11, false);
        m_w.centred(PlanReport::tr("Date: %1")
                        .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)),
                    11, false);
        m_w.centred(PlanReport::tr("Status: %1").arg(statusText(info.status)), 11, false);
        m_w.centred(
            PlanReport::tr("Annual target: %1").arg(formatMoney(m_plan.targets.annualTarget)), 11,
            true);
        m_w.newPage();
    }

    void mission()
    {
        const MissionSection &mission = m_plan.mission;
        sectionHeading(Section::Mission);
        m_w.labelled(PlanReport::tr("Mission"), mission.mission);
        m_w.labelled(PlanReport::tr("Market position"), mission.marketPosition);
        m_w.labelled(PlanReport::tr("Value proposition"), mission.valueProposition);
        if (!mission.marketSize.isZero())
            m_w.labelled(
                PlanReport::tr("Market size"),
                PlanReport::tr("%1, growing %2 a year")
                    .arg(formatMoney(mission.marketSize), formatPercent(mission.marketGrowth)));
        m_w.labelled(PlanReport::tr("Market trends"), mission.marketTrends);
        if (mission.competitors.isEmpty())
            return;
        m_w.heading(PlanReport::tr("Competitors"), 2);
        QList<QStringList> rows;
        for (const Competitor &competitor : mission.competitors)
            rows.append({competitor.name,
                         competitor.kind == CompetitorKind::Direct ? PlanReport::tr("Direct")
                                                                   : PlanReport::tr("Indirect"),
                         competitor.strengths, competitor.weaknesses});
        m_w.table({PlanReport::tr("Competitor"), PlanReport::tr("Kind"),
                   PlanReport::tr("Strengths"), PlanReport::tr("Weaknesses")},
                  rows, {1.2, 0.7, 2, 2});
    }

    void targets()
    {
        const TargetsSection &targets = m_plan.targets;
        m_w.newPage();
        sectionHeading(Section::Targets);
        QList<QStringList> goal{
            {PlanReport::tr("Annual target"), formatMoney(targets.annualTarget)}};
        if (!targets.lastYearActual.isZero())
            goal.append(
                {PlanReport::tr("Last year's actual"), formatMoney(targets.lastYearActual)});
        if (m_summary.growth)
            goal.append({PlanReport::tr("Growth"), formatPercent(*m_summary.growth)});
        if (m_summary.tiers) {
            goal.append({PlanReport::tr("Stretch tier"), formatMoney(m_summary.tiers->stretch)});
            goal.append(
                {PlanReport::tr("Challenge tier"), formatMoney(m_summary.tiers->challenge)});
        }
        m_w.table({PlanReport::tr("Figure"), PlanReport::tr("Value")}, goal, {1, 1});

        if (m_summary.decomposition) {
            const Decomposition &decomposition = *m_summary.decomposition;
            m_w.heading(PlanReport::tr("Targets by quarter and month"), 2);
            QList<QStringList> rows;
            for (int q = 0; q < Period::quarterCount; ++q) {
                rows.append({PlanReport::tr("Q%1").arg(q + 1), QString(),
                             money(decomposition.quarters[size_t(q)])});
                for (int m = q * 3; m < q * 3 + 3; ++m)
                    rows.append(
                        {QString(),
                         m_plan.info.period.monthStart(m).toString(QStringLiteral("yyyy-MM")),
                         money(decomposition.months[size_t(m)])});
            }
            m_w.table(
                {PlanReport::tr("Quarter"), PlanReport::tr("Month"), PlanReport::tr("Target")},
                rows, {1, 1, 2});
            drawChart(ChartKind::TargetsByMonth);
        } else {
            m_w.labelled(PlanReport::tr("Not decomposed"),
                         m_summary.decomposition.error().message());
        }
        weighted(PlanReport::tr("Regions"), targets.regions, 0);
        weighted(PlanReport::tr("Product lines"), targets.products, 1);
        funnel();
    }

    void weighted(const QString &title, const QList<WeightedItem> &items, int dimension)
    {
        if (items.isEmpty())
            return;
        const QList<qint64> annual = dimensionTargets(m_plan, m_summary, dimension);
        double total = 0;
        for (const WeightedItem &item : items)
            total += item.weight;
        QList<QStringList> rows;
        for (qsizetype i = 0; i < items.size(); ++i)
            rows.append({items.at(i).name,
                         total > 0 ? formatPercent(items.at(i).weight / total) : QString(),
                         i < annual.size() ? money(annual.at(i)) : QString()});
        m_w.heading(title, 2);
        m_w.table(
            {PlanReport::tr("Name"), PlanReport::tr("Share"), PlanReport::tr("Annual target")},
            rows, {2, 1, 2});
    }

    void funnel()
    {
        m_w.heading(PlanReport::tr("Funnel and capacity"), 2);
        if (!m_summary.funnel) {
            m_w.labelled(PlanReport::tr("Not solved"), m_summary.funnel.error().message());
            return;
        }
        const BackwardResult &funnel = *m_summary.funnel;
        QList<QStringList> rows{
            {PlanReport::tr("Working days"), count(funnel.workingDays)},
            {PlanReport::tr("Deals to win"), count(funnel.deals)},
            {PlanReport::tr("Demos / proposals"), count(funnel.proposals)},
            {PlanReport::tr("Qualified leads"), count(funnel.qualifiedLeads)},
            {PlanReport::tr("Leads"), count(funnel.leads)},
            {PlanReport::tr("Calls"), count(funnel.calls)},
            {PlanReport::tr("Calls a day"), formatCount(funnel.callsPerDay, 1)},
            {PlanReport::tr("Demos a day"), formatCount(funnel.demosPerDay, 1)},
            {PlanReport::tr("Reps required"), count(funnel.repsRequired)},
            {PlanReport::tr("Headcount required"), count(funnel.headcountRequired)},
            {PlanReport::tr("Reps on the team"), count(funnel.headcount)},
        };
        if (!funnel.marketingBudget.isZero())
            rows.append({PlanReport::tr("Marketing budget"), formatMoney(funnel.marketingBudget)});
        if (m_summary.capacity)
            rows.append({PlanReport::tr("Capacity by month"),
                         capacityGapText(*m_summary.capacity, m_plan.info.period)});
        m_w.table({PlanReport::tr("Figure"), PlanReport::tr("Value")}, rows, {1, 1});
        drawChart(ChartKind::Funnel);
    }

    void team()
    {
        const TeamSection &team = m_plan.team;
        m_w.newPage();
        sectionHeading(Section::Team);
        if (!team.roles.isEmpty()) {
            m_w.heading(PlanReport::tr("Roles"), 2);
            QList<QStringList> rows;
            for (const Role &role : team.roles)
                rows.append({role.name, role.responsibilities, role.skills});
            m_w.table({PlanReport::tr("Role"), PlanReport::tr("Responsibilities"),
                       PlanReport::tr("Skills")},
                      rows, {1, 2, 2});
        }
        if (!team.members.isEmpty()) {
            const QList<qint64> annual = dimensionTargets(m_plan, m_summary, 2);
            double total = 0;
            for (const Member &member : team.members)
                total += member.quotaShare;
            QList<QStringList> rows;
            for (qsizetype i = 0; i < team.members.size(); ++i) {
                const Member &member = team.members.at(i);
                rows.append({member.name, member.role, member.region,
                             total > 0 ? formatPercent(member.quotaShare / total) : QString(),
                             i < annual.size() ? money(annual.at(i)) : QString()});
            }
            m_w.heading(PlanReport::tr("Members"), 2);
            m_w.table({PlanReport::tr("Name"), PlanReport::tr("Role"), PlanReport::tr("Region"),
                       PlanReport::tr("Share"), PlanReport::tr("Annual target")},
                      rows, {1.2, 1.2, 1, 0.8, 1.6});
        }
        if (!team.hiring.isEmpty()) {
            m_w.heading(PlanReport::tr("Hiring"), 2);
            QList<QStringList> rows;
            for (const Hire &hire : team.hiring)
                rows.append({hire.role, hire.region, count(hire.count),
                             QLocale().toString(hire.startDate, QLocale::ShortFormat)});
            m_w.table({PlanReport::tr("Role"), PlanReport::tr("Region"), PlanReport::tr("Count"),
                       PlanReport::tr("Start")},
                      rows);
        }
        m_w.labelled(PlanReport::tr("Training"), team.trainingPlan);
        m_w.labelled(
            PlanReport::tr("Incentives"),
            PlanReport::tr("Commission %1, above quota %2")
                    .arg(formatPercent(team.commissionRate), formatPercent(team.acceleratorRate)) +
                (team.incentiveNotes.isEmpty() ? QString() : u'\n' + team.incentiveNotes));
    }

    void segments()
    {
        sectionHeading(Section::Segments);
        QList<QStringList> rows;
        for (const Segment &segment : m_plan.segments)
            rows.append({segment.name,
                         segment.type == CustomerType::Business ? PlanReport::tr("Business")
                                                                : PlanReport::tr("Consumer"),
                         tierText(segment.tier), segment.characteristics, segment.goals,
                         segment.strategy});
        m_w.table({PlanReport::tr("Segment"), PlanReport::tr("Type"), PlanReport::tr("Tier"),
                   PlanReport::tr("Characteristics"), PlanReport::tr("Goals"),
                   PlanReport::tr("Strategy")},
                  rows, {1, 0.8, 0.8, 1.6, 1.4, 1.6});
    }

    void stages()
    {
        sectionHeading(Section::Stages);
        QList<QStringList> rows;
        for (const Stage &stage : m_plan.stages)
            rows.append({stage.name, stage.method, stage.exitCriteria,
                         formatPercent(stage.conversionRate), count(stage.typicalDays)});
        m_w.table({PlanReport::tr("Stage"), PlanReport::tr("Method"),
                   PlanReport::tr("Exit criteria"), PlanReport::tr("Conversion"),
                   PlanReport::tr("Days")},
                  rows, {1.1, 2, 2, 0.8, 0.6});
    }

    void tools()
    {
        sectionHeading(Section::Tools);
        QList<QStringList> rows;
        for (const Tool &tool : m_plan.tools)
            rows.append(
                {tool.name, tool.purpose, tool.owner, formatMoney(tool.annualCost), tool.dataHeld});
        m_w.table({PlanReport::tr("Tool"), PlanReport::tr("Purpose"), PlanReport::tr("Owner"),
                   PlanReport::tr("Annual cost"), PlanReport::tr("Data held")},
                  rows, {1, 2, 1, 1.2, 1.6});
    }

    void metrics()
    {
        const MetricsSection &metrics = m_plan.metrics;
        sectionHeading(Section::Metrics);
        QList<QStringList> kpis;
        for (const Kpi &kpi : metrics.kpis)
            kpis.append({kpi.name, kpi.definition,
                         QStringLiteral("%1 %2").arg(formatCount(kpi.target, 2), kpi.unit),
                         frequencyText(kpi.frequency),
                         PlanReport::tr("green ≥ %1, yellow ≥ %2")
                             .arg(formatPercent(kpi.greenAt, 0), formatPercent(kpi.yellowAt, 0))});
        if (!kpis.isEmpty()) {
            m_w.heading(PlanReport::tr("KPIs"), 2);
            m_w.table({PlanReport::tr("KPI"), PlanReport::tr("Definition"),
                       PlanReport::tr("Target"), PlanReport::tr("Frequency"),
                       PlanReport::tr("Thresholds")},
                      kpis, {1.2, 2, 1.2, 0.9, 1.4});
        }
        m_w.labelled(PlanReport::tr("Review cadence"), frequencyText(metrics.reviewCadence));
        m_w.labelled(PlanReport::tr("Review notes"), metrics.reviewNotes);
        QList<QStringList> risks;
        for (const Risk &risk : metrics.risks)
            risks.append({riskText(risk.category), risk.description,
                          QStringLiteral("%1 × %2 = %3")
                              .arg(risk.likelihood)
                              .arg(risk.impact)
                              .arg(risk.score()),
                          risk.mitigation, risk.owner});
        if (!risks.isEmpty()) {
            m_w.heading(PlanReport::tr("Risks"), 2);
            m_w.table({PlanReport::tr("Category"), PlanReport::tr("Risk"),
                       PlanReport::tr("Likelihood × impact"), PlanReport::tr("Mitigation"),
                       PlanReport::tr("Owner")},
                      risks, {0.9, 2, 1, 2, 0.9});
        }
    }

    void findings()
    {
        if (m_summary.findings.isEmpty())
            return;
        m_w.newPage();
        m_w.heading(PlanReport::tr("Appendix: open findings"));
        QList<QStringList> rows;
        for (const Finding &finding : m_summary.findings)
            rows.append({severityText(finding.severity),
                         SectionEditor::sectionTitle(finding.section), finding.message});
        m_w.table(
            {PlanReport::tr("Severity"), PlanReport::tr("Section"), PlanReport::tr("Finding")},
            rows, {0.8, 1.3, 4});
    }

    const Plan &m_plan;
    const PlanSummary &m_summary;
    ReportWriter &m_w;
};

} // namespace

PlanReport::PlanReport(const Plan &plan)
    : m_plan(plan)
{}

void PlanReport::setUpPage(QPagedPaintDevice *device, const ReportOptions &options)
{
    device->setPageLayout(QPageLayout(QPageSize(options.page), QPageLayout::Portrait,
                                      QMarginsF(marginMm, marginMm, marginMm, marginMm),
                                      QPageLayout::Millimeter));
}

Result<int> PlanReport::render(QPagedPaintDevice *device) const
{
    const PlanSummary summary = summarizePlan(m_plan);
    const QFont font = reportFont(m_plan.info.language);
    const QString header = m_plan.info.name.isEmpty() ? tr("Untitled plan") : m_plan.info.name;

    ReportWriter counter(device, nullptr, font, header, 0);
    ReportContent(m_plan, summary, counter).write();
    const int pages = counter.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return Error{{}, tr("the report cannot be drawn on this device")};
    ReportWriter writer(device, &painter, font, header, pages);
    ReportContent(m_plan, summary, writer).write();
    if (!painter.end())
        return Error{{}, tr("the report could not be finished")};
    return pages;
}

Status writePdf(const Plan &plan, const QString &path, const ReportOptions &options)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{path, PlanReport::tr("cannot be written: the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, PlanReport::tr("cannot be written: %1").arg(file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("SalesPlan"));
        writer.setTitle(plan.info.name);
        PlanReport::setUpPage(&writer, options);
        const Result<int> rendered = PlanReport(plan).render(&writer);
        if (!rendered) {
            file.cancelWriting();
            return Error{path, rendered.error().message()};
        }
    }
    if (!file.commit())
        return Error{path, PlanReport::tr("cannot be written: %1").arg(file.errorString())};
    return Success{};
}

Error reportCancelled()
{
    return {{}, PlanReport::tr("The report was cancelled.")};
}

} // namespace salesplan::ui
