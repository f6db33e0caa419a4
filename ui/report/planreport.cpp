#include "planreport.h"

#include "charts/chartbuilders.h"
#include "language/language.h"
#include "pdftextrepair.h"
#include "plan/format.h"
#include "reportcharts.h"
#include "reportwriter.h"
#include "sections/sectioneditor.h"
#include "summary/plansummary.h"

#include <QBuffer>
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
constexpr double narrowTable = 0.62; // the width of two- and three-column tables of figures

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

// The report's font: Noto Sans for Latin text, falling back to the Noto Sans CJK of the report's
// language when it is Chinese, else of the plan's, for Chinese. Text is not shaped where the
// script does not need it: Noto Sans CJK's Latin shaping swaps digits for glyphs its cmap does
// not list, and a PDF reader then cannot copy or search those digits.
QFont reportFont(const QString &reportLanguage, const QString &planLanguage)
{
    const QString language =
        reportLanguage.startsWith(QStringLiteral("zh")) ? reportLanguage : planLanguage;
    QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (language.startsWith(QStringLiteral("zh_TW")) ||
        language.startsWith(QStringLiteral("zh_HK")))
        cjk = QStringLiteral("Noto Sans CJK TC");
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), cjk});
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9.5);
    return font;
}

// The open findings about the sections in the report.
QList<Finding> reportedFindings(const PlanSummary &summary, const QList<Section> &sections)
{
    QList<Finding> findings;
    for (const Finding &finding : summary.findings)
        if (sections.contains(finding.section))
            findings.append(finding);
    return findings;
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

// What the report says, in order, written through a ReportWriter; the same for both passes.
class ReportContent
{
public:
    // `contentsPages` are the pages of the contents' entries, from the counting pass (empty in
    // that pass).
    ReportContent(const Plan &plan, const PlanSummary &summary, const ReportOptions &options,
                  const QList<int> &contentsPages, ReportWriter &writer)
        : m_plan(plan)
        , m_summary(summary)
        , m_findings(reportedFindings(summary, options.sections))
        , m_options(options)
        , m_contentsPages(contentsPages)
        , m_w(writer)
    {}

    void write()
    {
        cover();
        contents();
        for (int section = 0; section < sectionCount; ++section)
            if (m_options.sections.contains(Section(section)))
                writeSection(Section(section));
        findings();
        m_w.finish();
    }

private:
    static QString appendixTitle() { return PlanReport::tr("Appendix: open findings"); }

    QStringList contentsTitles() const
    {
        QStringList titles;
        for (int section = 0; section < sectionCount; ++section)
            if (m_options.sections.contains(Section(section)))
                titles.append(SectionEditor::sectionTitle(Section(section)));
        if (!m_findings.isEmpty())
            titles.append(appendixTitle());
        return titles;
    }

    void contents()
    {
        m_w.heading(PlanReport::tr("Contents"));
        const QStringList titles = contentsTitles();
        for (qsizetype i = 0; i < titles.size(); ++i)
            m_w.contentsLine(titles.at(i), m_contentsPages.value(i));
        m_w.newPage();
    }

    void writeSection(Section section)
    {
        switch (section) {
        case Section::Mission:
            return mission();
        case Section::Targets:
            return targets();
        case Section::Team:
            return team();
        case Section::Segments:
            return segments();
        case Section::Stages:
            return stages();
        case Section::Tools:
            return tools();
        case Section::Metrics:
            return metrics();
        }
    }

    QString money(qint64 minor) const { return formatMoney(Money{minor, m_plan.info.currency}); }
    QString count(qint64 value) const { return QLocale().toString(value); }
    void sectionHeading(Section section) { m_w.heading(SectionEditor::sectionTitle(section)); }

    void drawChart(ChartKind kind, double heightRatio = 0.5)
    {
        const std::unique_ptr<QChart> chart = reportChart({kind, 0}, m_plan, m_summary);
        m_w.chart(chart.get(), heightRatio);
    }

    void cover()
    {
        const PlanInfo &info = m_plan.info;
        m_w.space(55);
        m_w.centred(info.company, 16, false);
        m_w.centred(info.name.isEmpty() ? PlanReport::tr("Untitled plan") : info.name, 26, true);
        // "Sales plan 2027" under a name that already says 2027 would only repeat it.
        if (!info.name.contains(QString::number(info.period.year)))
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
        m_w.table({{PlanReport::tr("Competitor"), 1.2},
                   {PlanReport::tr("Kind"), 0.7},
                   {PlanReport::tr("Strengths"), 2},
                   {PlanReport::tr("Weaknesses"), 2}},
                  rows);
    }

    void targets()
    {
        const TargetsSection &targets = m_plan.targets;
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
        figures(goal);

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
                         QLocale().toString(m_plan.info.period.monthStart(m),
                                            PlanReport::tr("MMM yyyy", "a month in a table")),
                         money(decomposition.months[size_t(m)])});
            }
            m_w.table({{PlanReport::tr("Quarter"), 1},
                       {PlanReport::tr("Month"), 1},
                       {PlanReport::tr("Target"), 1.4, true}},
                      rows, narrowTable);
            drawChart(ChartKind::TargetsByMonth, 0.45);
        } else {
            m_w.labelled(PlanReport::tr("Not decomposed"),
                         m_summary.decomposition.error().message());
        }
        weighted(PlanReport::tr("Regions"), targets.regions, 0);
        weighted(PlanReport::tr("Product lines"), targets.products, 1);
        shareCharts();
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
        m_w.table({{PlanReport::tr("Name"), 2},
                   {PlanReport::tr("Share"), 1, true},
                   {PlanReport::tr("Annual target"), 1.6, true}},
                  rows);
        if (m_summary.decomposition) {
            const std::unique_ptr<QChart> split =
                reportChart({ChartKind::SplitByMonth, dimension}, m_plan, m_summary);
            m_w.chart(split.get(), 0.34);
        }
    }

    // The donuts of the regions' and the product lines' shares of the year, side by side.
    void shareCharts()
    {
        if (!m_summary.decomposition)
            return;
        std::vector<std::unique_ptr<QChart>> owned;
        QList<QChart *> charts;
        for (int dimension : {0, 1}) {
            if ((dimension == 0 ? m_plan.targets.regions : m_plan.targets.products).isEmpty())
                continue;
            owned.push_back(reportChart({ChartKind::SplitShares, dimension}, m_plan, m_summary));
            charts.append(owned.back().get());
        }
        if (charts.size() == 1)
            m_w.charts(charts, 0.36, {1, 1}); // half width, like a pair
        else if (!charts.isEmpty())
            m_w.charts(charts, 0.36);
    }

    // A two-column table of labelled figures, as narrow as the text allows.
    void figures(const QList<QStringList> &rows)
    {
        m_w.table({{PlanReport::tr("Figure"), 1.4}, {PlanReport::tr("Value"), 1, true}}, rows,
                  narrowTable);
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
        figures(rows);
        drawChart(ChartKind::Funnel, 0.36);
        if (!m_summary.capacity)
            return;
        m_w.heading(PlanReport::tr("Capacity by month"), 2);
        drawChart(ChartKind::Capacity, 0.36);
        m_w.paragraph(capacityGapText(*m_summary.capacity, m_plan.info.period));
    }

    void team()
    {
        const TeamSection &team = m_plan.team;
        sectionHeading(Section::Team);
        if (!team.roles.isEmpty()) {
            m_w.heading(PlanReport::tr("Roles"), 2);
            QList<QStringList> rows;
            for (const Role &role : team.roles)
                rows.append({role.name, role.responsibilities, role.skills});
            m_w.table({{PlanReport::tr("Role"), 1},
                       {PlanReport::tr("Responsibilities"), 2},
                       {PlanReport::tr("Skills"), 2}},
                      rows);
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
            m_w.table({{PlanReport::tr("Name", "a person's name"), 1.2},
                       {PlanReport::tr("Role"), 1.2},
                       {PlanReport::tr("Region"), 1},
                       {PlanReport::tr("Share"), 0.8, true},
                       {PlanReport::tr("Annual target"), 1.6, true}},
                      rows);
        }
        if (!team.hiring.isEmpty()) {
            m_w.heading(PlanReport::tr("Hiring"), 2);
            QList<QStringList> rows;
            for (const Hire &hire : team.hiring)
                rows.append({hire.role, hire.region, count(hire.count),
                             QLocale().toString(hire.startDate, QLocale::ShortFormat)});
            m_w.table({{PlanReport::tr("Role"), 1.4},
                       {PlanReport::tr("Region"), 1},
                       {PlanReport::tr("Count"), 0.6, true},
                       {PlanReport::tr("Start"), 1, true}},
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
        m_w.table({{PlanReport::tr("Segment"), 1},
                   {PlanReport::tr("Type"), 0.8},
                   {PlanReport::tr("Tier"), 0.8},
                   {PlanReport::tr("Characteristics"), 1.6},
                   {PlanReport::tr("Goals"), 1.4},
                   {PlanReport::tr("Strategy"), 1.6}},
                  rows);
    }

    void stages()
    {
        sectionHeading(Section::Stages);
        QList<QStringList> rows;
        for (const Stage &stage : m_plan.stages)
            rows.append({stage.name, stage.method, stage.exitCriteria,
                         formatPercent(stage.conversionRate), count(stage.typicalDays)});
        m_w.table({{PlanReport::tr("Stage"), 1.1},
                   {PlanReport::tr("Method"), 2},
                   {PlanReport::tr("Exit criteria"), 2},
                   {PlanReport::tr("Conversion"), 0.8, true},
                   {PlanReport::tr("Days"), 0.6, true}},
                  rows);
    }

    void tools()
    {
        sectionHeading(Section::Tools);
        QList<QStringList> rows;
        for (const Tool &tool : m_plan.tools)
            rows.append(
                {tool.name, tool.purpose, tool.owner, formatMoney(tool.annualCost), tool.dataHeld});
        m_w.table({{PlanReport::tr("Tool"), 1},
                   {PlanReport::tr("Purpose"), 2},
                   {PlanReport::tr("Owner"), 1},
                   {PlanReport::tr("Annual cost"), 1.2, true},
                   {PlanReport::tr("Data held"), 1.6}},
                  rows);
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
            m_w.table({{PlanReport::tr("KPI"), 1.2},
                       {PlanReport::tr("Definition"), 2},
                       {PlanReport::tr("Target"), 1.2, true},
                       {PlanReport::tr("Frequency"), 0.9},
                       {PlanReport::tr("Thresholds"), 1.4}},
                      kpis);
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
            m_w.table({{PlanReport::tr("Category"), 0.9},
                       {PlanReport::tr("Risk"), 2},
                       {PlanReport::tr("Likelihood × impact"), 1, true},
                       {PlanReport::tr("Mitigation"), 2},
                       {PlanReport::tr("Owner"), 0.9}},
                      risks);
        }
    }

    void findings()
    {
        if (m_findings.isEmpty())
            return;
        m_w.heading(appendixTitle());
        QList<QStringList> rows;
        for (const Finding &finding : m_findings)
            rows.append({severityText(finding.severity),
                         SectionEditor::sectionTitle(finding.section), finding.message});
        m_w.table({{PlanReport::tr("Severity"), 0.8},
                   {PlanReport::tr("Section"), 1.3},
                   {PlanReport::tr("Finding"), 4}},
                  rows);
    }

    const Plan &m_plan;
    const PlanSummary &m_summary;
    const QList<Finding> m_findings;
    const ReportOptions &m_options;
    const QList<int> m_contentsPages;
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

PlanReport::Painted PlanReport::paint(QPagedPaintDevice *device, const ReportOptions &options) const
{
    const ScopedLanguage language(options.language);
    const PlanSummary summary = summarizePlan(m_plan);
    const QFont font = reportFont(Translators::current(), m_plan.info.language);
    const QString header = m_plan.info.name.isEmpty() ? tr("Untitled plan") : m_plan.info.name;

    ReportWriter counter(device, nullptr, font, header, 0);
    ReportContent(m_plan, summary, options, {}, counter).write();
    QList<int> contentsPages;
    for (const HeadingPlace &place : counter.headings().mid(1)) // after "Contents" itself
        contentsPages.append(place.page);

    QPainter painter;
    if (!painter.begin(device))
        return {0, Painted::NoDevice};
    ReportWriter writer(device, &painter, font, header, counter.pageCount());
    writer.setProgress(options.progress);
    ReportContent(m_plan, summary, options, contentsPages, writer).write();
    const bool ended = painter.end();
    if (writer.cancelled())
        return {writer.pageCount(), Painted::Cancelled};
    return {counter.pageCount(), ended ? Painted::Done : Painted::Unfinished};
}

Result<int> PlanReport::render(QPagedPaintDevice *device, const ReportOptions &options) const
{
    // The outcome is put in words here, in the UI's language rather than the report's.
    const Painted painted = paint(device, options);
    switch (painted.outcome) {
    case Painted::Done:
        return painted.pages;
    case Painted::NoDevice:
        return Error{{}, tr("the report cannot be drawn on this device")};
    case Painted::Unfinished:
        return Error{{}, tr("the report could not be finished")};
    case Painted::Cancelled:
        return reportCancelled();
    }
    return Error{};
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
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("SalesPlan"));
        writer.setTitle(plan.info.name);
        PlanReport::setUpPage(&writer, options);
        const Result<int> rendered = PlanReport(plan).render(&writer, options);
        if (!rendered) {
            // Nothing reaches `path`: the temporary file is dropped and an old file stays.
            file.cancelWriting();
            return Error{path, rendered.error().message()};
        }
    }
    const QByteArray bytes = repairPdfText(pdf.data());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, PlanReport::tr("cannot be written: %1").arg(file.errorString())};
    return Success{};
}

Error reportCancelled()
{
    return {{}, PlanReport::tr("The report was cancelled.")};
}

} // namespace salesplan::ui
