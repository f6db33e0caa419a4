#include "reviewsection.h"

#include "charts/chartbuilders.h"
#include "charts/initiativetimeline.h"
#include "check/initiativechecks.h"
#include "plan/format.h"
#include "reportcharts.h"
#include "review/kpiboard.h"
#include "statuscolours.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <QChart>
#include <QPainter>

#include <memory>

namespace salesplan::ui {

namespace {

QString percentOf(const Attainment &window)
{
    const std::optional<double> ratio = window.ratio();
    return ratio ? formatPercent(*ratio, 0) : lightName(Light::NoData);
}

// The colour square before each status word of a table, by the word.
TableColumn statusColumn()
{
    TableColumn column{ReviewSection::tr("Status"), 0.8};
    for (const Light light : {Light::Green, Light::Yellow, Light::Red})
        column.swatches.insert(lightName(light), StatusColour::forLight(light, QColor()));
    return column;
}

QString monthName(const Plan &plan, int monthIndex)
{
    return formatMonthOfYear(plan.info.period.monthStart(monthIndex), MonthForm::Long);
}

// The header of a level's first column: "Region", "Product line".
QString subjectHeader(ReviewSubject subject)
{
    switch (subject) {
    case ReviewSubject::Company:
        return ReviewSection::tr("Company");
    case ReviewSubject::Region:
        return ReviewSection::tr("Region");
    case ReviewSubject::Product:
        return ReviewSection::tr("Product line");
    case ReviewSubject::Member:
        return ReviewSection::tr("Team member");
    case ReviewSubject::Kpi:
        return ReviewSection::tr("KPI");
    }
    return {};
}

// The name of a line of the review log or a deviation: the company or the item's name.
QString lineName(ReviewSubject subject, const QString &name)
{
    return subject == ReviewSubject::Company ? ReviewSection::tr("Company") : name;
}

class ReviewWriter
{
public:
    ReviewWriter(ReportWriter &writer, const Plan &plan, const PlanReview &review)
        : m_w(writer)
        , m_plan(plan)
        , m_review(review)
    {}

    void headline()
    {
        const ReviewLine &company = m_review.lines.first();
        const Attainment &month = company.attainment.month;
        const Attainment &ytd = company.attainment.yearToDate;
        m_w.paragraph(
            //: The execution review's first sentence: %1 the month, %2 booked, %3 its target,
            //: %4 the share, %5 the light; %6–%9 the same for the year to date.
            ReviewSection::tr("In %1 the company booked %2 against a target of %3 (%4, %5); "
                              "the year to date stands at %6 of %7 (%8, %9).")
                .arg(monthName(m_plan, m_review.monthIndex), money(month.actual.value_or(0)),
                     money(month.target), percentOf(month), lightName(m_review.lightOf(month)),
                     money(ytd.actual.value_or(0)), money(ytd.target), percentOf(ytd),
                     lightName(m_review.lightOf(ytd))));
    }

    // The cumulative chart and the regions' attainment: drawn at the last month with actuals, so
    // only in the review of that month.
    void charts(const PlanSummary &summary)
    {
        if (m_review.monthIndex != latestActualMonth(m_plan))
            return;
        for (const ChartSpec spec :
             {ChartSpec{ChartKind::Cumulative, 0}, ChartSpec{ChartKind::Attainment, 0}}) {
            const std::unique_ptr<QChart> chart = reportChart(spec, m_plan, summary);
            if (!chartIsExplanation(chart.get()))
                m_w.chart(chart.get(), 0.42, chartTakeaway(spec, m_plan, summary));
        }
    }

    void attainment()
    {
        m_w.heading(ReviewSection::tr("Attainment"), 2);
        for (const ReviewSubject subject : {ReviewSubject::Company, ReviewSubject::Region,
                                            ReviewSubject::Product, ReviewSubject::Member}) {
            QList<QStringList> rows;
            for (const ReviewLine &line : m_review.lines) {
                const ReviewAttainment &a = line.attainment;
                // Nothing asked of it and nothing booked yet: a rep who starts later.
                if (line.subject != subject ||
                    (a.yearToDate.target <= 0 && a.yearToDate.actual.value_or(0) == 0))
                    continue;
                rows.append({lineName(subject, line.name), percentOf(a.month), percentOf(a.quarter),
                             a.yearToDate.actual ? money(*a.yearToDate.actual)
                                                 : QStringLiteral("—"), // no data, not ¥0
                             money(a.yearToDate.target), percentOf(a.yearToDate),
                             lightName(m_review.lightOf(a.yearToDate))});
            }
            if (rows.isEmpty())
                continue;
            m_w.fittedTable({{subjectHeader(subject), 1.4},
                             {ReviewSection::tr("Month"), 0.7, true},
                             {ReviewSection::tr("Quarter to date"), 0.8, true},
                             {ReviewSection::tr("Booked, year to date"), 1, true},
                             {ReviewSection::tr("Target, year to date"), 1, true},
                             {ReviewSection::tr("Year to date"), 0.8, true},
                             statusColumn()},
                            rows);
        }
    }

    void forecast()
    {
        const ReviewLine &company = m_review.lines.first();
        m_w.heading(ReviewSection::tr("Forecast and closing the gap"), 2);
        QList<QStringList> rows{
            {ReviewSection::tr("Annual target"), money(company.attainment.year.target)},
            {ReviewSection::tr("Forecast at the run rate"), money(company.forecast.runRate)},
            {ReviewSection::tr("Booked + plan for the rest"), money(company.forecast.planRest)}};
        const std::optional<qint64> gap = company.attainment.year.gap();
        if (gap && *gap > 0)
            rows.append({ReviewSection::tr("Still to book"), money(*gap)});
        if (company.gapDeals > 0)
            rows.append({ReviewSection::tr("Deals of the average size"),
                         formatCount(double(company.gapDeals))});
        if (const std::optional<BackwardResult> &close = m_review.toClose) {
            rows.append({ReviewSection::tr("Working days left"), formatCount(close->workingDays)});
            rows.append({ReviewSection::tr("Calls a day"), formatCount(close->callsPerDay, 1)});
            rows.append({ReviewSection::tr("Demos a day"), formatCount(close->demosPerDay, 1)});
            rows.append({ReviewSection::tr("Reps needed"), formatCount(close->headcountRequired)});
        }
        m_w.table({{ReviewSection::tr("Figure"), 1.4}, {ReviewSection::tr("Value"), 1, true}}, rows,
                  0.62);
    }

    void kpiBoard()
    {
        const QList<KpiTile> tiles = kpiBoardTiles(m_review, m_plan);
        if (tiles.size() <= 1)
            return;
        m_w.heading(ReviewSection::tr("KPI board"), 2);
        const int rows = int((tiles.size() + 2) / 3);
        // About eight lines of the report's 9.5-point text a tile.
        m_w.drawing(rows * 38.0, [tiles](QPainter &painter, const QRectF &area) {
            // The board measures its text as the screen would: in the page's own pixels, so
            // that a point-size font on a 300-dpi page is not measured three times too small.
            QFont font = painter.font();
            font.setPixelSize(qRound(font.pointSizeF() * painter.device()->logicalDpiY() / 72.0));
            paintKpiBoard(&painter, area, tiles, ChartTheme::light(), font);
        });
    }

    void deviations()
    {
        m_w.heading(ReviewSection::tr("Deviations and notes"), 2);
        if (m_review.deviations.isEmpty()) {
            m_w.paragraph(ReviewSection::tr("No line is further from plan than %1 this month.")
                              .arg(formatPercent(m_review.threshold, 0)));
            return;
        }
        const QDate month = m_plan.info.period.monthStart(m_review.monthIndex);
        QList<QStringList> rows;
        for (const Deviation &deviation : m_review.deviations) {
            const ReviewEntry *note = noteOn(month, deviation.subject, deviation.name);
            rows.append(noteRow(lineName(deviation.subject, deviation.name),
                                formatPercent(deviation.ratio, 0), note));
        }
        m_w.fittedTable(noteColumns(ReviewSection::tr("Share of target")), rows);
    }

    void openActions()
    {
        const QDate month = m_plan.info.period.monthStart(m_review.monthIndex);
        QList<QStringList> rows;
        for (const ReviewEntry &entry : m_plan.metrics.reviewLog)
            if (entry.month.isValid() && entry.month < month && !entry.done &&
                !entry.action.isEmpty())
                rows.append(noteRow(lineName(entry.subject, entry.name),
                                    formatMonthOfYear(entry.month), &entry));
        if (rows.isEmpty())
            return;
        m_w.heading(ReviewSection::tr("Open actions from earlier months"), 2);
        m_w.fittedTable(noteColumns(ReviewSection::tr("Month")), rows);
    }

    // The action plan as of the end of the reviewed month: the timeline, then each initiative's
    // owner, due date, status and spend against budget, with what is overdue or over budget.
    void initiatives()
    {
        if (m_plan.initiatives.isEmpty())
            return;
        const QDate asOf = m_plan.info.period.monthEnd(m_review.monthIndex).addDays(1);
        m_w.heading(ReviewSection::tr("Action plan"), 2);
        const QList<TimelineRow> rows = timelineRows(m_plan, asOf);
        const Period period = m_plan.info.period;
        // A line of the report's 9.5-point text is about 4.4 mm; the timeline takes 2.6 a row,
        // its months' row and the "Today" label under it.
        m_w.drawing(4.4 * (2.6 * double(rows.size()) + 3.2), [rows, period,
                                                              asOf](QPainter &painter,
                                                                    const QRectF &area) {
            QFont font = painter.font();
            font.setPixelSize(qRound(font.pointSizeF() * painter.device()->logicalDpiY() / 72.0));
            paintTimeline(&painter, area, period, rows, asOf, ChartTheme::light(), font);
        });
        QList<QStringList> table;
        for (const Initiative &initiative : m_plan.initiatives)
            table.append(initiativeRow(initiative, asOf));
        m_w.fittedTable({{ReviewSection::tr("Initiative"), 1.6},
                         {ReviewSection::tr("Owner"), 0.8},
                         {ReviewSection::tr("Due"), 0.8},
                         {ReviewSection::tr("Status"), 0.8},
                         {ReviewSection::tr("Budget"), 0.8, true},
                         {ReviewSection::tr("Spent"), 0.8, true},
                         {ReviewSection::tr("Needs attention"), 1.4}},
                        table);
    }

private:
    QStringList initiativeRow(const Initiative &initiative, const QDate &asOf) const
    {
        QStringList attention;
        if (isOverdue(initiative, asOf))
            attention.append(ReviewSection::tr("Overdue"));
        if (isOverspent(initiative))
            attention.append(ReviewSection::tr("Over budget by %1")
                                 .arg(money(initiative.spent.minor - initiative.budget.minor)));
        return {initiative.name,
                initiative.owner,
                initiative.due.isValid() ? formatDay(initiative.due) : QString(),
                choiceName(initiative.status),
                money(initiative.budget.minor),
                money(initiative.spent.minor),
                attention.join(QStringLiteral("; "))};
    }

    QString money(qint64 minor) const { return formatPlanAmount(minor, m_plan.info.currency); }

    const ReviewEntry *noteOn(const QDate &month, ReviewSubject subject, const QString &name) const
    {
        return reviewNote(m_plan, month, subject, name);
    }

    static QList<TableColumn> noteColumns(const QString &second)
    {
        return {{ReviewSection::tr("Line"), 1},    {second, 0.7, true},
                {ReviewSection::tr("Cause"), 2},   {ReviewSection::tr("Action"), 2},
                {ReviewSection::tr("Owner"), 0.8}, {ReviewSection::tr("Due"), 0.8},
                {ReviewSection::tr("Done"), 0.5}};
    }

    static QStringList noteRow(const QString &line, const QString &second, const ReviewEntry *note)
    {
        if (!note)
            return {line, second, ReviewSection::tr("No note yet"), {}, {}, {}, {}};
        return {line,
                second,
                note->cause,
                note->action,
                note->owner,
                note->due.isValid() ? formatDay(note->due) : QString(),
                note->done ? ReviewSection::tr("Yes") : ReviewSection::tr("No")};
    }

    ReportWriter &m_w;
    const Plan &m_plan;
    const PlanReview &m_review;
};

} // namespace

QString ReviewSection::title(const Plan &plan, int monthIndex)
{
    return tr("Execution review: %1").arg(monthName(plan, monthIndex));
}

void ReviewSection::write(ReportWriter &writer, const Plan &plan, const PlanSummary &summary,
                          int monthIndex)
{
    // A review of its own, handed out apart from the plan: from the top of a page.
    writer.newPage();
    writer.heading(title(plan, monthIndex));
    const Result<PlanReview> review = reviewPlan(plan, summary, monthIndex);
    if (!review || review->lines.isEmpty()) {
        writer.labelled(tr("Not worked out"),
                        review ? tr("the plan has no target lines") : review.error().message());
        return;
    }
    ReviewWriter content(writer, plan, *review);
    content.headline();
    content.charts(summary);
    content.attainment();
    content.forecast();
    content.kpiBoard();
    content.deviations();
    content.openActions();
    content.initiatives();
}

} // namespace salesplan::ui
