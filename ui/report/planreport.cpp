#include "planreport.h"

#include "bridgesection.h"
#include "budgetsection.h"
#include "calc/planinputs.h"
#include "charts/chartbuilders.h"
#include "charts/collectionstext.h"
#include "charts/initiativetimeline.h"
#include "consolidationsection.h"
#include "costsection.h"
#include "executivesummary.h"
#include "language/language.h"
#include "pdfnavigation.h"
#include "pdftextrepair.h"
#include "plan/approval.h"
#include "plan/format.h"
#include "plan/sectiontitle.h"
#include "quotatables.h"
#include "recordtable.h"
#include "reportcharts.h"
#include "reportheadings.h"
#include "reportwriter.h"
#include "reviewsection.h"
#include "riskmap.h"
#include "signoff.h"
#include "statuscolours.h"
#include "summary/calibrationtext.h"
#include "summary/headcount.h"
#include "summary/kpitargets.h"
#include "summary/livefigures.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <memory>
#include <numeric>

namespace salesplan::ui {

namespace {

constexpr double marginMm = 18.0;
constexpr double narrowTable = 0.62; // the width of two- and three-column tables of figures

// The report's font: the documents' font (reportcharts.h) at 9.5 points.
QFont reportFont(const QString &reportLanguage, const QString &planLanguage)
{
    QFont font = documentFont(reportLanguage, planLanguage);
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

// The annual targets of one split (0 regions, 1 product lines, 2 members), or none when the
// target is not decomposed or the plan has no such split.
QList<qint64> dimensionTargets(const PlanSummary &summary, int dimension)
{
    if (!summary.decomposition)
        return {};
    const DimensionSplit *split = summary.decomposition->split(TargetSplit(dimension));
    return split ? split->annual : QList<qint64>{};
}

// The plan's live figures with their amounts as the body writes them, without cents.
QList<LiveFigure> liveFiguresForPeople(const Plan &plan, const PlanSummary &summary)
{
    const PlanAmountsForPeople forPeople;
    return liveFigures(plan, summary);
}

// The same with every amount exact, as the appendix's detail tables give them.
QList<LiveFigure> liveFiguresExact(const Plan &plan, const PlanSummary &summary)
{
    const ExactAmounts exact;
    return liveFigures(plan, summary);
}

qint64 sumOf(const QList<qint64> &amounts)
{
    return std::accumulate(amounts.begin(), amounts.end(), qint64(0));
}

// What the report says, in order, written through a ReportWriter; the same for both passes.
class ReportContent
{
public:
    // `placed` are the top-level headings with their pages, from the counting pass (empty in
    // that pass).
    ReportContent(const Plan &plan, const PlanSummary &summary, const ReportOptions &options,
                  const QList<HeadingPlace> &placed, ReportWriter &writer)
        : m_plan(plan)
        , m_summary(summary)
        , m_findings(options.includeOpenPoints ? reportedFindings(summary, options.sections)
                                               : QList<Finding>{})
        , m_options(options)
        , m_placed(placed)
        , m_w(writer)
        , m_figuresForPeople(liveFiguresForPeople(plan, summary))
        , m_figuresExact(liveFiguresExact(plan, summary))
    {}

    void write()
    {
        {
            // The body gives plan amounts for people; the appendix's detail tables are exact.
            const PlanAmountsForPeople forPeople;
            cover();
            executiveSummary();
            contents();
            calibration();
            m_w.newPage();
            for (int section = 0; section < sectionCount; ++section)
                if (included(Section(section)))
                    writeSection(Section(section));
            if (m_options.teamConsolidation)
                ConsolidationSection::write(m_w, *m_options.teamConsolidation, m_plan, m_summary);
            if (m_options.reviewMonth)
                ReviewSection::write(m_w, m_plan, m_summary, *m_options.reviewMonth);
            signOff();
        }
        {
            // Detail tables: every amount to the cent, whatever the 万/亿 setting.
            const ExactAmounts exact;
            m_figures = &m_figuresExact;
            appendix();
        }
        m_w.finish();
    }

private:
    static QString appendixTitle() { return PlanReport::tr("Appendix: details"); }
    static QString signOffTitle() { return PlanReport::tr("Sign-off"); }
    bool included(Section section) const { return m_options.sections.contains(section); }

    // The page the top-level heading `title` landed on in the counting pass. In that pass it is
    // not known yet: 99 keeps a line that names it as long as it will be.
    int pageOf(const QString &title) const
    {
        if (m_placed.isEmpty())
            return 99;
        for (const HeadingPlace &place : m_placed)
            if (place.text == title)
                return place.page;
        return 0;
    }

    QStringList contentsTitles() const
    {
        QStringList titles;
        for (int section = 0; section < sectionCount; ++section)
            if (included(Section(section)))
                titles.append(sectionTitle(Section(section)));
        if (m_options.teamConsolidation)
            titles.append(ConsolidationSection::title());
        if (m_options.reviewMonth)
            titles.append(ReviewSection::title(m_plan, *m_options.reviewMonth));
        titles.append(signOffTitle());
        if (hasAppendix())
            titles.append(appendixTitle());
        return titles;
    }

    void contents()
    {
        m_w.heading(PlanReport::tr("Contents"));
        for (const QString &title : contentsTitles())
            m_w.contentsLine(title, pageOf(title));
    }

    // Page one for leadership: the figures that decide the plan, each with where its detail is,
    // and the decision asked for.
    void executiveSummary()
    {
        m_w.heading(PlanReport::tr("Executive summary"));
        QList<QStringList> rows;
        QStringList details;
        for (const SummaryFigure &figure : ExecutiveSummary::figures(m_plan, m_summary)) {
            // Where the detail is: the heading named, else the section.
            const QString title =
                figure.heading.isEmpty() ? sectionTitle(figure.detail) : figure.heading;
            details.append(included(figure.detail) ? title : QString());
            rows.append({figure.label, filled(figure.value),
                         included(figure.detail)
                             ? PlanReport::tr("see %1, p. %2").arg(title).arg(pageOf(title))
                             : QString()});
        }
        m_w.linkedTable({{PlanReport::tr("Figure"), 1.1},
                         {PlanReport::tr("Plan"), 3.0},
                         {PlanReport::tr("Detail"), 1.45}},
                        rows, 2, details);
        m_w.labelled(PlanReport::tr("Decision requested"),
                     ExecutiveSummary::decision(m_plan, m_summary));
        m_w.newPage();
    }

    // Is the target achievable? Under the contents, before the sections: the three ceilings as a
    // chart with the target as a line, and a table of each: its amount (or why it is not set), the
    // target as a share of it, what it is worked out from and what would have to change. Nothing
    // while the plan has no target.
    void calibration()
    {
        if (m_plan.targets.annualTarget.minor <= 0)
            return;
        m_w.heading(PlanReport::tr("Is the target achievable?"), 2);
        drawChart(ChartKind::Calibration, 0.42);
        QList<QStringList> rows;
        for (const CalibrationRow &row : calibrationRows(m_plan, m_summary.calibration))
            rows.append({row.name,
                         row.ceiling ? money(row.ceiling->minor) : PlanReport::tr("not set"),
                         row.targetShare ? formatPercent(*row.targetShare, 0) : QString(),
                         row.ceiling ? row.inputs : row.notSetReason, row.change});
        m_w.table({{PlanReport::tr("Ceiling"), 1.25},
                   {PlanReport::tr("Amount"), 0.9, true},
                   {PlanReport::tr("Target is"), 0.75, true},
                   {PlanReport::tr("Worked out from"), 2.5},
                   {PlanReport::tr("What would have to change"), 2.1}},
                  rows);
    }

    // Who prepared, reviewed and approved the plan, with room to sign.
    void signOff()
    {
        m_w.heading(signOffTitle());
        const PlanInfo &info = m_plan.info;
        m_w.drawing(SignOff::heightMm, [&info](QPainter &painter, const QRectF &area) {
            SignOff::draw(painter, area, info);
        });
        const std::optional<StatusChange> approval = currentApproval(info);
        if (approval && !approval->comment.isEmpty())
            m_w.labelled(PlanReport::tr("Approval comment"), approval->comment);
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

    QString money(qint64 minor) const { return formatPlanAmount(minor, m_plan.info.currency); }
    QString count(qint64 value) const { return QLocale().toString(value); }
    // A table column of `amounts` and their `total` below them, in one unit (¥4,513万 … ¥10,000万).
    QStringList amountColumn(QList<qint64> amounts, qint64 total) const
    {
        amounts.append(total);
        return formatPlanAmountColumn(amounts, m_plan.info.currency);
    }
    void sectionHeading(Section section) { m_w.heading(sectionTitle(section)); }
    // A table of records, its texts' live figures ({target}…) filled in.
    void records(const RecordTable &table, LastRow lastRow = LastRow::Plain)
    {
        QList<QStringList> rows = table.rows;
        for (QStringList &row : rows) {
            for (QString &cell : row)
                cell = filled(cell);
        }
        m_w.fittedTable(table.columns, rows, lastRow);
    }

    // `text` with its live figures filled in: the plan's current figures, never stale ones.
    QString filled(const QString &text) const { return fillLiveFigures(text, *m_figures); }

    // The field of R with `key`, a key the report names by heart.
    template <typename R> static const FieldOf<R> &fieldOf(QStringView key)
    {
        const FieldOf<R> *field = fieldsOf<R>().find(key);
        Q_ASSERT(field);
        return *field;
    }

    // The fields of `record` named by `keys`, each under its label; empty ones are left out.
    template <typename R>
    void labelledFields(const R &record, std::initializer_list<QStringView> keys)
    {
        for (const QStringView key : keys) {
            const FieldOf<R> &field = fieldOf<R>(key);
            m_w.labelled(field.labelText(), filled(formatFieldValue(field, record)));
        }
    }

    // Each share of `weights` in their sum (none when the sum is not positive) and the annual
    // targets of decomposition `dimension`, as columns after a record table's fields.
    QList<AddedColumn> shareColumns(const QList<double> &weights, int dimension) const
    {
        double total = 0;
        for (const double weight : weights)
            total += weight;
        const QList<qint64> annual = dimensionTargets(m_summary, dimension);
        const QStringList targets = amountColumn(annual, sumOf(annual));
        AddedColumn share{{PlanReport::tr("Share"), 1, true}, {}, {}};
        AddedColumn target{{PlanReport::tr("Annual target"), 1, true}, {}, {}};
        for (qsizetype i = 0; i < weights.size(); ++i) {
            share.cells.append(total > 0 ? formatPercent(weights.at(i) / total) : QString());
            target.cells.append(i < annual.size() ? targets.at(i) : QString());
        }
        return {share, target};
    }

    // The one line above a chart that says what it shows, as the deck's slide says it.
    QString takeaway(const ChartSpec &spec) const { return chartTakeaway(spec, m_plan, m_summary); }

    void drawChart(ChartKind kind, double heightRatio = 0.5)
    {
        const std::unique_ptr<QChart> chart = reportChart({kind, 0}, m_plan, m_summary);
        m_w.chart(chart.get(), heightRatio, takeaway({kind, 0}));
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
        m_w.centred(PlanReport::tr("Date: %1").arg(formatDay(QDate::currentDate())), 11, false);
        m_w.centred(PlanReport::tr("Status: %1").arg(choiceName(info.status)), 11, false);
        if (currentApproval(info))
            m_w.centred(approvalLine(info), 11, false);
        m_w.centred(
            PlanReport::tr("Annual target: %1").arg(formatPlanAmount(m_plan.targets.annualTarget)),
            11, true);
        if (!m_options.confidentiality.simplified().isEmpty()) {
            m_w.space(8);
            m_w.centred(m_options.confidentiality.simplified(), 11, false);
        }
        m_w.newPage();
    }

    void mission()
    {
        const MissionSection &mission = m_plan.mission;
        sectionHeading(Section::Mission);
        labelledFields(mission, {u"mission", u"marketPosition", u"valueProposition"});
        if (!mission.marketSize.isZero())
            m_w.labelled(fieldOf<MissionSection>(u"marketSize").labelText(),
                         PlanReport::tr("%1, growing %2 a year")
                             .arg(formatPlanAmount(mission.marketSize),
                                  formatPercent(mission.marketGrowth)));
        labelledFields(mission, {u"marketTrends"});
        if (mission.competitors.isEmpty())
            return;
        m_w.heading(PlanReport::tr("Competitors"), 2);
        records(recordTable(mission.competitors));
    }

    void targets()
    {
        const TargetsSection &targets = m_plan.targets;
        sectionHeading(Section::Targets);
        QList<QStringList> goal{{fieldOf<TargetsSection>(u"annualTarget").labelText(),
                                 formatPlanAmount(targets.annualTarget)}};
        if (!targets.lastYearActual.isZero())
            goal.append({fieldOf<TargetsSection>(u"lastYearActual").labelText(),
                         formatPlanAmount(targets.lastYearActual)});
        if (m_summary.growth)
            goal.append({PlanReport::tr("Growth"), formatPercent(*m_summary.growth)});
        if (m_summary.tiers) {
            goal.append(
                {PlanReport::tr("Stretch tier"), formatPlanAmount(m_summary.tiers->stretch)});
            goal.append(
                {PlanReport::tr("Challenge tier"), formatPlanAmount(m_summary.tiers->challenge)});
        }
        figures(goal);
        BridgeSection::write(m_w, m_plan, m_summary);

        if (m_summary.decomposition) {
            const Decomposition &decomposition = *m_summary.decomposition;
            m_w.heading(PlanReport::tr("Targets by quarter and month"), 2);
            // A quarter and its target on the line of its first month: 12 lines and the total,
            // each column of amounts in one unit.
            const QStringList quarters =
                amountColumn({decomposition.quarters.begin(), decomposition.quarters.end()},
                             decomposition.annual);
            const QStringList months = amountColumn(
                {decomposition.months.begin(), decomposition.months.end()}, decomposition.annual);
            QList<QStringList> rows;
            for (int m = 0; m < Period::monthCount; ++m) {
                const bool first = m % 3 == 0;
                rows.append({first ? PlanReport::tr("Q%1").arg(m / 3 + 1) : QString(),
                             first ? quarters.at(m / 3) : QString(),
                             formatMonthOfYear(m_plan.info.period.monthStart(m)), months.at(m)});
            }
            rows.append({PlanReport::tr("Total"), quarters.last(), QString(), months.last()});
            m_w.table({{PlanReport::tr("Quarter"), 0.8},
                       {PlanReport::tr("Quarter target"), 1.3, true},
                       {PlanReport::tr("Month"), 1.1},
                       {PlanReport::tr("Month target"), 1.3, true}},
                      rows, 0.8, LastRow::Total);
            drawChart(ChartKind::TargetsByMonth, 0.45);
        } else {
            m_w.labelled(PlanReport::tr("Not decomposed"),
                         m_summary.decomposition.error().message());
        }
        weighted(PlanReport::tr("Regions"), PlanReport::tr("Region"), targets.regions, 0);
        weighted(PlanReport::tr("Product lines"), PlanReport::tr("Product line"), targets.products,
                 1);
        shareCharts();
        funnel();
        collections();
    }

    // The cash the bookings bring in: the terms, the receivable at the start and the end of the
    // year, the months and the chart; nothing when the plan plans no collections.
    void collections()
    {
        if (!m_summary.collections)
            return;
        m_w.heading(ReportHeadings::collections(), 2);
        if (!*m_summary.collections) {
            m_w.labelled(PlanReport::tr("Not planned"), m_summary.collections->error().message());
            return;
        }
        const CollectionPlan &collections = **m_summary.collections;
        m_w.paragraph(PlanReport::tr("Of each month's bookings, %1.")
                          .arg(collectionTermsSentence(m_plan.targets.collections)));
        figures({{PlanReport::tr("Receivable when the year starts"), money(collections.opening)},
                 {PlanReport::tr("Still to collect at year end"),
                  money(collections.closingReceivable)}});
        // Each column of amounts in one unit, its total under it.
        const auto column = [this](const MonthValues &months) {
            const QList<qint64> amounts(months.begin(), months.end());
            return amountColumn(amounts, sumOf(amounts));
        };
        const QStringList booked = column(m_summary.decomposition->months);
        const QStringList collected = column(collections.months);
        const QStringList fromOpening = column(collections.fromOpening);
        QList<QStringList> rows;
        for (int m = 0; m < Period::monthCount; ++m)
            rows.append({formatMonthOfYear(m_plan.info.period.monthStart(m)), booked.at(m),
                         collected.at(m), fromOpening.at(m)});
        rows.append({PlanReport::tr("Total"), booked.last(), collected.last(), fromOpening.last()});
        m_w.table({{PlanReport::tr("Month"), 1},
                   {PlanReport::tr("Bookings"), 1.4, true},
                   {PlanReport::tr("Collected"), 1.4, true},
                   {PlanReport::tr("Of which from last year"), 1.4, true}},
                  rows, 1.0, LastRow::Total);
        drawChart(ChartKind::Collections, 0.45);
    }

    // The regions or product lines, the first column headed by what they are (`itemKind`:
    // "Region"), not "Name".
    void weighted(const QString &title, const QString &itemKind, const QList<WeightedItem> &items,
                  int dimension)
    {
        if (items.isEmpty())
            return;
        QList<double> weights;
        for (const WeightedItem &item : items)
            weights.append(item.weight);
        m_w.heading(title, 2);
        // A fixed amount of ¥0 on every line says nothing: the split is by weight alone.
        QStringList omitted{QStringLiteral("weight")};
        if (std::all_of(items.cbegin(), items.cend(),
                        [](const WeightedItem &item) { return item.quotaAmount.isZero(); }))
            omitted.append(QStringLiteral("quotaAmount"));
        RecordTable table = recordTable(items, shareColumns(weights, dimension), omitted);
        table.columns.first().header = itemKind;
        const QList<qint64> annual = dimensionTargets(m_summary, dimension);
        if (!annual.isEmpty()) {
            QStringList totals(table.columns.size());
            totals.first() = PlanReport::tr("Total");
            totals.last() = amountColumn(annual, sumOf(annual)).last();
            totals[totals.size() - 2] = formatPercent(1.0);
            table.rows.append(totals);
        }
        records(table, annual.isEmpty() ? LastRow::Plain : LastRow::Total);
        if (m_summary.decomposition) {
            const std::unique_ptr<QChart> split =
                reportChart({ChartKind::SplitByMonth, dimension}, m_plan, m_summary);
            m_w.chart(split.get(), 0.34, takeaway({ChartKind::SplitByMonth, dimension}));
        }
    }

    // The donuts of the regions' and the product lines' shares of the year, side by side.
    void shareCharts()
    {
        if (!m_summary.decomposition)
            return;
        std::vector<std::unique_ptr<QChart>> owned;
        QList<QChart *> charts;
        QStringList takeaways;
        for (int dimension : {0, 1}) {
            if ((dimension == 0 ? m_plan.targets.regions : m_plan.targets.products).isEmpty())
                continue;
            owned.push_back(reportChart({ChartKind::SplitShares, dimension}, m_plan, m_summary));
            charts.append(owned.back().get());
            takeaways.append(takeaway({ChartKind::SplitShares, dimension}));
        }
        takeaways.removeAll(QString());
        const QString title = takeaways.join(QStringLiteral(" · "));
        if (charts.size() == 1)
            m_w.charts(charts, 0.36, {1, 1}, title); // half width, like a pair
        else if (!charts.isEmpty())
            m_w.charts(charts, 0.36, {}, title);
    }

    // A two-column table of labelled figures, as narrow as the text allows.
    void figures(const QList<QStringList> &rows)
    {
        m_w.table({{PlanReport::tr("Figure"), 1.4}, {PlanReport::tr("Value"), 1, true}}, rows,
                  narrowTable);
    }

    void funnel()
    {
        m_w.heading(ReportHeadings::funnel(), 2);
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
        };
        if (!funnel.marketingBudget.isZero())
            rows.append(
                {PlanReport::tr("Marketing budget"), formatPlanAmount(funnel.marketingBudget)});
        figures(rows);
        m_w.paragraph(yearHeadcountLine(funnel).sentence());
        drawChart(ChartKind::Funnel, 0.36);
        if (!m_summary.capacity)
            return;
        m_w.heading(PlanReport::tr("Capacity by month"), 2);
        drawChart(ChartKind::Capacity, 0.36);
        m_w.paragraph(tightestMonthLine(*m_summary.capacity, m_plan.info.period).sentence());
    }

    void team()
    {
        const TeamSection &team = m_plan.team;
        sectionHeading(Section::Team);
        if (!team.roles.isEmpty()) {
            m_w.heading(PlanReport::tr("Roles"), 2);
            records(recordTable(team.roles));
        }
        byRegion();
        if (!team.hiring.isEmpty()) {
            m_w.heading(PlanReport::tr("Hiring"), 2);
            records(recordTable(team.hiring));
        }
        labelledFields(team, {u"trainingPlan"});
        m_w.labelled(
            PlanReport::tr("Incentives"),
            PlanReport::tr("Commission %1, above quota %2")
                    .arg(formatPercent(team.commissionRate), formatPercent(team.acceleratorRate)) +
                (team.incentiveNotes.isEmpty() ? QString() : u'\n' + filled(team.incentiveNotes)));
        CostSection::write(m_w, m_plan, m_summary);
        if (BudgetSection::write(m_w, m_summary))
            drawChart(ChartKind::Budget, 0.45);
    }

    bool hasQuotas() const
    {
        return hasSplit(m_plan, TargetSplit::Members) && m_summary.decomposition;
    }

    // The team by region: its members, its hires and the quotas they carry, then what the reps
    // carry in all and on what basis; the people one by one are in the appendix.
    void byRegion()
    {
        if (m_plan.team.members.isEmpty() && m_plan.team.hiring.isEmpty())
            return;
        m_w.heading(ReportHeadings::teamByRegion(), 2);
        if (hasQuotas() && !m_summary.quotas) {
            m_w.labelled(PlanReport::tr("Quotas not worked out"),
                         m_summary.quotas.error().message());
            return;
        }
        if (!hasQuotas())
            return;
        m_w.table({{PlanReport::tr("Region"), 2},
                   {PlanReport::tr("Members"), 1, true},
                   {PlanReport::tr("Hires"), 1, true},
                   {PlanReport::tr("Quota total"), 1.6, true}},
                  regionRows(*m_summary.quotas), 0.8, LastRow::Total);
        m_w.paragraph(assignedTargetText(m_plan, *m_summary.quotas));
        m_w.paragraph(quotaBasisSentence(m_plan));
    }

    QList<QStringList> regionRows(const QuotaSplit &quotas) const
    {
        QList<QStringList> rows;
        int allMembers = 0, allHires = 0;
        QList<qint64> regionQuotas;
        for (const GroupQuota &group : quotas.groups) {
            int members = 0, hires = 0;
            for (const Member &member : m_plan.team.members)
                if (!quotas.byRegion || member.region == group.name)
                    ++members;
            for (const Hire &hire : m_plan.team.hiring)
                if (!quotas.byRegion || hire.region == group.name)
                    hires += hire.count;
            qint64 total = 0;
            for (const qint64 month : group.assigned)
                total += month;
            rows.append({quotas.byRegion ? group.name : PlanReport::tr("Whole company"),
                         count(members), count(hires), QString()});
            regionQuotas.append(total);
            allMembers += members;
            allHires += hires;
        }
        rows.append({PlanReport::tr("Total"), count(allMembers), count(allHires), QString()});
        // The quotas in one unit, the total under them.
        const QStringList amounts = amountColumn(regionQuotas, sumOf(regionQuotas));
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i].last() = amounts.at(i);
        return rows;
    }

    // Who carries which part of the target, person by person, for the year and by quarter.
    void quotaTables()
    {
        if (!hasQuotas() || !m_summary.quotas)
            return;
        m_w.heading(PlanReport::tr("Quotas"), 2);
        const QuotaTable byPerson = quotasByPerson(m_plan, m_summary);
        m_w.fittedTable(byPerson.columns, byPerson.rows);
        m_w.heading(PlanReport::tr("Quotas by quarter"), 2);
        const QuotaTable byQuarter = quotasByQuarter(m_plan, m_summary);
        m_w.fittedTable(byQuarter.columns, byQuarter.rows, LastRow::Total);
    }

    void segments()
    {
        sectionHeading(Section::Segments);
        records(recordTable(m_plan.segments));
    }

    // The stages in order with their conversion rates; their definitions are in the appendix.
    void stages()
    {
        sectionHeading(Section::Stages);
        QStringList steps;
        for (const Stage &stage : m_plan.stages)
            steps.append(
                PlanReport::tr("%1 (%2)").arg(stage.name, formatPercent(stage.conversionRate)));
        m_w.paragraph(steps.join(QStringLiteral(" → ")));
        if (!m_plan.stages.isEmpty())
            m_w.paragraph(PlanReport::tr("Each stage's method, exit criteria and collateral: %1, "
                                         "p. %2.")
                              .arg(appendixTitle())
                              .arg(pageOf(appendixTitle())));
    }

    // What the tools cost in all; the table is in the appendix.
    void tools()
    {
        sectionHeading(Section::Tools);
        if (m_plan.tools.isEmpty())
            return;
        qint64 cost = 0;
        for (const Tool &tool : m_plan.tools)
            if (tool.annualCost.currency == m_plan.info.currency)
                cost += tool.annualCost.minor;
        m_w.paragraph(PlanReport::tr("The tools cost %1 a year in all; each tool's purpose, owner "
                                     "and data: %2, p. %3.")
                          .arg(money(cost), appendixTitle())
                          .arg(pageOf(appendixTitle())));
    }

    // The KPI table's thresholds in their colours: a green square before the green one, an
    // amber one before the amber one.
    static void markThresholds(RecordTable &table)
    {
        const QString green = fieldOf<Kpi>(u"greenAt").labelText();
        const QString amber = fieldOf<Kpi>(u"yellowAt").labelText();
        for (TableColumn &column : table.columns) {
            if (column.header == green)
                column.swatch = StatusColour::green();
            else if (column.header == amber)
                column.swatch = StatusColour::amber();
        }
    }

    void metrics()
    {
        const MetricsSection &metrics = m_plan.metrics;
        sectionHeading(Section::Metrics);
        if (!metrics.kpis.isEmpty()) {
            m_w.heading(ReportHeadings::kpis(), 2);
            // A KPI measured in money is in the plan's currency, never in an "amount".
            QList<Kpi> kpis = metrics.kpis;
            for (Kpi &kpi : kpis)
                kpi.unit = ExecutiveSummary::kpiUnit(kpi, m_plan.info.currency);
            // Which way a KPI is better shows only when some KPI is better lower.
            QStringList omitted{QStringLiteral("target"), QStringLiteral("measures"),
                                QStringLiteral("targetFrom")};
            if (std::none_of(kpis.cbegin(), kpis.cend(), [](const Kpi &kpi) {
                    return kpi.direction == KpiDirection::LowerIsBetter;
                }))
                omitted.append(QStringLiteral("direction"));
            RecordTable table = recordTable(kpis, {kpiTargets()}, omitted);
            markThresholds(table);
            records(table);
        }
        labelledFields(metrics, {u"reviewCadence", u"reviewNotes"});
        if (!metrics.risks.isEmpty())
            risks();
        if (!m_plan.initiatives.isEmpty())
            actionPlan();
    }

    // The initiatives on a timeline as of the report's date, then their table.
    void actionPlan()
    {
        m_w.heading(ReportHeadings::actionPlan(), 2);
        const QDate today = QDate::currentDate();
        const QList<TimelineRow> rows = timelineRows(m_plan, today);
        const Period period = m_plan.info.period;
        // A line of the report's text is about 4.4 mm; a row takes 2.6 lines.
        m_w.drawing(4.4 * (2.6 * double(rows.size()) + 3.2), [rows, period,
                                                              today](QPainter &painter,
                                                                     const QRectF &area) {
            QFont font = painter.font();
            font.setPixelSize(qRound(font.pointSizeF() * painter.device()->logicalDpiY() / 72.0));
            paintTimeline(&painter, area, period, rows, today, ChartTheme::light(), font);
        });
        records(recordTable(
            m_plan.initiatives, {},
            {QStringLiteral("goal"), QStringLiteral("notes"), QStringLiteral("spent")}));
    }

    // The risks on a heat map, then the table that is its legend: R1, R2… on both.
    void risks()
    {
        const QList<Risk> &all = m_plan.metrics.risks;
        AddedColumn score{{PlanReport::tr("Score"), 1, true}, {}, QStringLiteral("impact")};
        for (const Risk &risk : all)
            score.cells.append(count(risk.score()));
        m_w.heading(ReportHeadings::risks(), 2);
        m_w.drawing(80, [&all](QPainter &painter, const QRectF &area) {
            RiskMap::draw(painter, area, all);
        });
        RecordTable legend = recordTable(all, {score});
        legend.columns.prepend({PlanReport::tr("No."), 0.4, false});
        for (qsizetype i = 0; i < legend.rows.size(); ++i)
            legend.rows[i].prepend(RiskMap::label(i));
        records(legend);
    }

    // The target each KPI works to (the plan's figure while it follows the plan), written by
    // what it measures: "—" when it has none.
    AddedColumn kpiTargets() const
    {
        AddedColumn column{
            {fieldsOf<Kpi>().find(u"target")->labelText(), 1, true}, {}, QStringLiteral("unit")};
        for (const Kpi &kpi : m_plan.metrics.kpis)
            column.cells.append(ExecutiveSummary::kpiTargetText(
                kpi, kpiTarget(kpi, m_plan, m_summary), m_plan.info.currency));
        return column;
    }

    bool hasAppendix() const
    {
        return !m_findings.isEmpty() ||
               (included(Section::Team) && (!m_plan.team.members.isEmpty() || hasQuotas())) ||
               (included(Section::Stages) && !m_plan.stages.isEmpty()) ||
               (included(Section::Tools) && !m_plan.tools.isEmpty());
    }

    // The long tables the body leaves out, and the open points when asked for.
    void appendix()
    {
        if (!hasAppendix())
            return;
        m_w.newPage();
        m_w.heading(appendixTitle());
        if (included(Section::Team)) {
            if (!m_plan.team.members.isEmpty()) {
                m_w.heading(PlanReport::tr("Members"), 2);
                records(recordTable(m_plan.team.members, {},
                                    {QStringLiteral("quotaShare"), QStringLiteral("quotaAmount")}));
            }
            quotaTables();
        }
        if (included(Section::Stages) && !m_plan.stages.isEmpty()) {
            m_w.heading(PlanReport::tr("Stage definitions"), 2);
            records(recordTable(m_plan.stages));
        }
        if (included(Section::Tools) && !m_plan.tools.isEmpty()) {
            m_w.heading(sectionTitle(Section::Tools), 2);
            records(recordTable(m_plan.tools));
        }
        openPoints();
    }

    void openPoints()
    {
        if (m_findings.isEmpty())
            return;
        m_w.heading(PlanReport::tr("Open points"), 2);
        QList<QStringList> rows;
        for (const Finding &finding : m_findings)
            rows.append(
                {choiceName(finding.severity), sectionTitle(finding.section), finding.message});
        m_w.table({{PlanReport::tr("Severity"), 0.8},
                   {PlanReport::tr("Section"), 1.3},
                   {PlanReport::tr("Finding"), 4}},
                  rows);
    }

    const Plan &m_plan;
    const PlanSummary &m_summary;
    const QList<Finding> m_findings;
    const ReportOptions &m_options;
    const QList<HeadingPlace> m_placed;
    ReportWriter &m_w;
    // The live figures texts are filled with: plan amounts in the body, exact in the appendix.
    const QList<LiveFigure> m_figuresForPeople;
    const QList<LiveFigure> m_figuresExact;
    const QList<LiveFigure> *m_figures = &m_figuresForPeople;
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

PlanReport::Painted PlanReport::paint(QPagedPaintDevice *device, const ReportOptions &options,
                                      PaintedNavigation *navigation) const
{
    const ScopedLanguage language(options.language);
    const PlanSummary summary = summarizePlan(m_plan);
    const QFont font = reportFont(Translators::current(), m_plan.info.language);
    const QString header = m_plan.info.name.isEmpty() ? tr("Untitled plan") : m_plan.info.name;

    ReportWriter counter(device, nullptr, font, header, 0);
    ReportContent(m_plan, summary, options, {}, counter).write();

    QPainter painter;
    if (!painter.begin(device))
        return {0, Painted::NoDevice};
    ReportWriter writer(device, &painter, font, header, counter.pageCount());
    writer.setProgress(options.progress);
    // A plan in review is not approved yet either: leadership reads it as a draft.
    if (m_plan.info.status != PlanStatus::Approved)
        writer.setWatermark(tr("DRAFT"));
    writer.setFooterNote(options.confidentiality.simplified());
    ReportContent(m_plan, summary, options, counter.headings(), writer).write();
    const bool ended = painter.end();
    if (navigation)
        *navigation = writer.navigation();
    if (writer.cancelled())
        return {writer.pageCount(), Painted::Cancelled};
    return {counter.pageCount(), ended ? Painted::Done : Painted::Unfinished};
}

Result<int> PlanReport::render(QPagedPaintDevice *device, const ReportOptions &options,
                               PaintedNavigation *navigation) const
{
    // The outcome is put in words here, in the UI's language rather than the report's.
    const Painted painted = paint(device, options, navigation);
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

namespace {

// The report's PDF properties and, from where the headings and links were painted on `device`,
// its bookmarks (the sections, their headings under them) and its links.
PdfNavigation reportNavigation(const Plan &plan, const ReportOptions &options,
                               const PaintedNavigation &painted, const QPagedPaintDevice &device)
{
    const ScopedLanguage language(options.language);
    PdfNavigation navigation = planDocument(plan.info, Translators::current());
    const QTransform toPoints = deviceToPoints(device);
    const auto placeOf = [&toPoints](const PaintedHeading &heading) {
        return PdfPlace{heading.page, toPoints.map(QPointF(0, heading.top)).y()};
    };
    for (const PaintedHeading &heading : painted.headings) {
        const PdfBookmark bookmark{heading.text, placeOf(heading), {}};
        if (heading.level > 1 && !navigation.bookmarks.isEmpty())
            navigation.bookmarks.last().children.append(bookmark);
        else
            navigation.bookmarks.append(bookmark);
    }
    for (const LinkArea &link : painted.links)
        for (const PaintedHeading &heading : painted.headings)
            if (heading.text == link.target) {
                navigation.links.append({link.page, toPoints.mapRect(link.area), placeOf(heading)});
                break;
            }
    return navigation;
}

} // namespace

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
    PdfNavigation navigation;
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("SalesPlan"));
        writer.setTitle(plan.info.name);
        PlanReport::setUpPage(&writer, options);
        PaintedNavigation painted;
        const Result<int> rendered = PlanReport(plan).render(&writer, options, &painted);
        if (!rendered) {
            // Nothing reaches `path`: the temporary file is dropped and an old file stays.
            file.cancelWriting();
            return Error{path, rendered.error().message()};
        }
        navigation = reportNavigation(plan, options, painted, writer);
    }
    const Result<QByteArray> bytes = addPdfNavigation(repairPdfText(pdf.data()), navigation);
    if (!bytes) {
        file.cancelWriting();
        return Error{path, bytes.error().message()};
    }
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return Error{path, PlanReport::tr("cannot be written: %1").arg(file.errorString())};
    return Success{};
}

Error reportCancelled()
{
    return {{}, PlanReport::tr("The report was cancelled.")};
}

} // namespace salesplan::ui
