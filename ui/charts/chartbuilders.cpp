#include "charts/chartbuilders.h"

#include "calc/seasonality.h"
#include "charts/chartsupport.h"
#include "charts/collectionstext.h"
#include "plan/format.h"

#include <QChart>
#include <QGraphicsLayout>

#include <algorithm>
#include <memory>
#include <numeric>

namespace salesplan::ui {

using namespace chart;

QString ChartSpec::key() const
{
    switch (kind) {
    case ChartKind::TargetsByMonth:
        return QStringLiteral("targets");
    case ChartKind::SplitByMonth:
        return QStringLiteral("split:%1").arg(dimension);
    case ChartKind::SplitShares:
        return QStringLiteral("shares:%1").arg(dimension);
    case ChartKind::Funnel:
        return QStringLiteral("funnel");
    case ChartKind::Capacity:
        return QStringLiteral("capacity");
    case ChartKind::PlanVsActual:
        return QStringLiteral("actual");
    case ChartKind::Collections:
        return QStringLiteral("collections");
    case ChartKind::Budget:
        return QStringLiteral("budget");
    case ChartKind::Bridge:
        return QStringLiteral("bridge:%1").arg(dimension);
    case ChartKind::Cumulative:
        return QStringLiteral("cumulative");
    case ChartKind::Attainment:
        return QStringLiteral("attainment:%1").arg(dimension);
    case ChartKind::Calibration:
        return QStringLiteral("calibration");
    case ChartKind::KpiBoard:
        return QStringLiteral("kpiboard");
    case ChartKind::Timeline:
        return QStringLiteral("timeline");
    case ChartKind::Units:
        return QStringLiteral("units");
    case ChartKind::Consolidated:
        return QStringLiteral("consolidated");
    }
    return {};
}

std::optional<ChartSpec> ChartSpec::fromKey(const QString &key)
{
    if (key == QStringLiteral("targets"))
        return ChartSpec{ChartKind::TargetsByMonth, 0};
    if (key == QStringLiteral("funnel"))
        return ChartSpec{ChartKind::Funnel, 0};
    if (key == QStringLiteral("capacity"))
        return ChartSpec{ChartKind::Capacity, 0};
    if (key == QStringLiteral("actual"))
        return ChartSpec{ChartKind::PlanVsActual, 0};
    if (key == QStringLiteral("collections"))
        return ChartSpec{ChartKind::Collections, 0};
    if (key == QStringLiteral("budget"))
        return ChartSpec{ChartKind::Budget, 0};
    if (key == QStringLiteral("cumulative"))
        return ChartSpec{ChartKind::Cumulative, 0};
    if (key == QStringLiteral("calibration"))
        return ChartSpec{ChartKind::Calibration, 0};
    if (key == QStringLiteral("kpiboard"))
        return ChartSpec{ChartKind::KpiBoard, 0};
    if (key == QStringLiteral("timeline"))
        return ChartSpec{ChartKind::Timeline, 0};
    if (key == QStringLiteral("units"))
        return ChartSpec{ChartKind::Units, 0};
    if (key == QStringLiteral("consolidated"))
        return ChartSpec{ChartKind::Consolidated, 0};
    const QString kindText = key.section(u':', 0, 0);
    const QString dimensionText = key.section(u':', 1);
    bool ok = false;
    const int dimension = dimensionText.toInt(&ok);
    if (!ok || dimension < 0 || dimension > 2 || dimensionText.size() != 1)
        return std::nullopt;
    if (kindText == QStringLiteral("split"))
        return ChartSpec{ChartKind::SplitByMonth, dimension};
    if (kindText == QStringLiteral("shares"))
        return ChartSpec{ChartKind::SplitShares, dimension};
    if (kindText == QStringLiteral("bridge") && dimension < 2)
        return ChartSpec{ChartKind::Bridge, dimension};
    if (kindText == QStringLiteral("attainment"))
        return ChartSpec{ChartKind::Attainment, dimension};
    return std::nullopt;
}

QList<ChartSpec> allCharts()
{
    QList<ChartSpec> charts{
        {ChartKind::Units, 0}, {ChartKind::Consolidated, 0}, {ChartKind::TargetsByMonth, 0}};
    for (int dimension = 0; dimension < 3; ++dimension) {
        charts.append({ChartKind::SplitByMonth, dimension});
        charts.append({ChartKind::SplitShares, dimension});
    }
    charts.append({ChartKind::Bridge, 0});
    charts.append({ChartKind::Bridge, 1});
    charts.append({ChartKind::Funnel, 0});
    charts.append({ChartKind::Capacity, 0});
    charts.append({ChartKind::Calibration, 0});
    charts.append({ChartKind::Collections, 0});
    charts.append({ChartKind::Budget, 0});
    charts.append({ChartKind::PlanVsActual, 0});
    charts.append({ChartKind::Cumulative, 0});
    for (int dimension = 0; dimension < 3; ++dimension)
        charts.append({ChartKind::Attainment, dimension});
    charts.append({ChartKind::KpiBoard, 0});
    charts.append({ChartKind::Timeline, 0});
    return charts;
}

bool isTeamChart(const ChartSpec &spec)
{
    return spec.kind == ChartKind::Units || spec.kind == ChartKind::Consolidated;
}

QList<ChartSpec> chartsFor(const Plan &plan)
{
    QList<ChartSpec> charts = allCharts();
    if (plan.units.isEmpty())
        charts.removeIf(isTeamChart);
    return charts;
}

bool chartHasData(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary)
{
    const std::unique_ptr<QChart> chart(buildChart(spec, plan, summary, ChartTheme::light()));
    return !chartIsExplanation(chart.get());
}

QList<ChartSpec> chartsWithData(const Plan &plan, const PlanSummary &summary)
{
    QList<ChartSpec> charts = allCharts();
    charts.removeIf([&](const ChartSpec &spec) { return !chartHasData(spec, plan, summary); });
    return charts;
}

QString chartTitle(const ChartSpec &spec, const Plan &plan)
{
    Q_UNUSED(plan);
    switch (spec.kind) {
    case ChartKind::TargetsByMonth:
        return Charts::tr("Targets by month");
    case ChartKind::SplitByMonth:
        switch (spec.dimension) {
        case 0:
            return Charts::tr("Targets by region and month");
        case 1:
            return Charts::tr("Targets by product line and month");
        default:
            return Charts::tr("Targets by team member and month");
        }
    case ChartKind::SplitShares:
        switch (spec.dimension) {
        case 0:
            return Charts::tr("Share of the year by region");
        case 1:
            return Charts::tr("Share of the year by product line");
        default:
            return Charts::tr("Share of the year by team member");
        }
    case ChartKind::Funnel:
        return Charts::tr("Funnel: from leads to won deals");
    case ChartKind::Capacity:
        return Charts::tr("Reps required and available by month");
    case ChartKind::PlanVsActual:
        return Charts::tr("Plan against actual, cumulative");
    case ChartKind::Collections:
        return Charts::tr("Bookings and collections by month");
    case ChartKind::Budget:
        return Charts::tr("Sales budget by month");
    case ChartKind::Bridge:
        return spec.dimension == 0 ? Charts::tr("From last year to this year by region")
                                   : Charts::tr("From last year to this year by product line");
    case ChartKind::Cumulative:
        return Charts::tr("Cumulative: plan, actual, forecast");
    case ChartKind::Attainment:
        switch (spec.dimension) {
        case 0:
            return Charts::tr("Attainment by region, year to date");
        case 1:
            return Charts::tr("Attainment by product line, year to date");
        default:
            return Charts::tr("Attainment by team member, year to date");
        }
    case ChartKind::Calibration:
        return Charts::tr("Market, team and resources ceilings");
    case ChartKind::KpiBoard:
        return Charts::tr("KPI board");
    case ChartKind::Timeline:
        return Charts::tr("Action plan timeline");
    case ChartKind::Units:
        return Charts::tr("Top-down against bottom-up by unit");
    case ChartKind::Consolidated:
        return Charts::tr("Consolidated target by month");
    }
    return {};
}

namespace {

QString percent(qint64 part, qint64 whole)
{
    return formatPercent(whole > 0 ? double(part) / double(whole) : 0.0, 0);
}

// Shares of the year within this ratio of each other read as "evenly".
constexpr double evenRatio = 1.15;

bool isEven(const QList<qint64> &values)
{
    if (values.isEmpty())
        return false;
    const auto [smallest, largest] = std::minmax_element(values.begin(), values.end());
    return *smallest > 0 && double(*largest) <= double(*smallest) * evenRatio;
}

// The fewest items, the largest first, that carry half the year or more (at most three).
QList<int> largestCarryingHalf(const QList<qint64> &annual, qint64 whole)
{
    QList<int> order(annual.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return annual.at(a) > annual.at(b); });
    QList<int> chosen;
    qint64 carried = 0;
    for (int index : order) {
        if (chosen.size() == 3 || (carried * 2 >= whole && !chosen.isEmpty()))
            break;
        chosen.append(index);
        carried += annual.at(index);
    }
    return chosen;
}

// "East carries 45 % of the year", "East and North carry 60 % of the year".
QString carrySentence(const QStringList &names, const QString &share)
{
    switch (names.size()) {
    case 1:
        return Charts::tr("%1 carries %2 of the year").arg(names.at(0), share);
    case 2:
        return Charts::tr("%1 and %2 carry %3 of the year").arg(names.at(0), names.at(1), share);
    default:
        return Charts::tr("%1, %2 and %3 carry %4 of the year")
            .arg(names.at(0), names.at(1), names.at(2), share);
    }
}

// "4 regions share the year evenly".
QString evenSentence(int dimension, int count)
{
    switch (dimension) {
    case 0:
        return Charts::tr("%n regions share the year evenly", nullptr, count);
    case 1:
        return Charts::tr("%n product lines share the year evenly", nullptr, count);
    default:
        return Charts::tr("%n reps share the year evenly", nullptr, count);
    }
}

// "12 reps carry 5% to 11% of the year each": for many items of which no few carry half.
QString spreadSentence(int dimension, const QList<qint64> &annual, qint64 whole)
{
    const auto [smallest, largest] = std::minmax_element(annual.begin(), annual.end());
    const QString low = percent(*smallest, whole);
    const QString high = percent(*largest, whole);
    const int count = int(annual.size());
    switch (dimension) {
    case 0:
        return Charts::tr("%n regions carry %1 to %2 of the year each", nullptr, count)
            .arg(low, high);
    case 1:
        return Charts::tr("%n product lines carry %1 to %2 of the year each", nullptr, count)
            .arg(low, high);
    default:
        return Charts::tr("%n reps carry %1 to %2 of the year each", nullptr, count).arg(low, high);
    }
}

// How many of the items have nothing to carry in the plan's first quarter: reps who start later.
int startingAfterFirstQuarter(const DimensionSplit &split)
{
    int count = 0;
    for (qsizetype i = 0; i < split.byMonth.size(); ++i) {
        const MonthValues &months = split.byMonth.at(i);
        if (split.annual.at(i) > 0 && months[0] == 0 && months[1] == 0 && months[2] == 0)
            ++count;
    }
    return count;
}

// What the split says: that its items share the year evenly, or which few carry most of it; for
// the members, how many start after the first quarter too.
QString splitTakeaway(int dimension, const Plan &plan, const PlanSummary &summary)
{
    if (!summary.decomposition || summary.decomposition->annual <= 0)
        return {};
    const DimensionSplit *split = summary.decomposition->split(TargetSplit(dimension));
    if (!split || split->annual.isEmpty())
        return {};
    // Shares of the split's own total, as the charts write them: for the members, of their
    // quotas, which add up to more than the company's year by the over-assignment.
    const qint64 whole = std::accumulate(split->annual.begin(), split->annual.end(), qint64(0));
    if (whole <= 0)
        return {};
    // The members' share of the year: those carrying from the start.
    const int late = dimension == 2 ? startingAfterFirstQuarter(*split) : 0;
    QList<qint64> fromStart;
    for (qsizetype i = 0; i < split->annual.size(); ++i) {
        const MonthValues &months = split->byMonth.at(i);
        if (dimension != 2 || months[0] > 0 || months[1] > 0 || months[2] > 0)
            fromStart.append(split->annual.at(i));
    }
    QString sentence;
    if (split->annual.size() > 1 && isEven(fromStart)) {
        sentence = evenSentence(dimension, int(split->annual.size()));
    } else {
        const QList<int> largest = largestCarryingHalf(split->annual, whole);
        QStringList names;
        qint64 carried = 0;
        for (int index : largest) {
            names.append(split->itemNames.at(index));
            carried += split->annual.at(index);
        }
        sentence = carried * 2 >= whole ? carrySentence(names, percent(carried, whole))
                                        : spreadSentence(dimension, split->annual, whole);
    }
    if (late == 0)
        return sentence;
    const QString month = formatMonthName(plan.info.period.monthStart(2).month());
    //: After what a split says: how many reps start after the plan's third month.
    return Charts::tr("%1; %n start after %2", nullptr, late).arg(sentence, month);
}

// What the months say: the quarter that carries most and the peak month, or that the months are
// even.
QString monthsTakeaway(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.decomposition || summary.decomposition->annual <= 0)
        return {};
    const Decomposition &year = *summary.decomposition;
    const QList<qint64> months(year.months.begin(), year.months.end());
    if (isEven(months) && double(*std::max_element(months.begin(), months.end())) <=
                              double(*std::min_element(months.begin(), months.end())) * 1.1)
        return Charts::tr("Every month carries about %1 of the year")
            .arg(percent(year.annual / Period::monthCount, year.annual));
    const auto quarter = std::max_element(year.quarters.begin(), year.quarters.end());
    const auto peak = std::max_element(year.months.begin(), year.months.end());
    const QString peakName =
        formatMonthName(plan.info.period.monthStart(int(peak - year.months.begin())).month());
    return Charts::tr("%1 carries %2 of the year; %3 is the peak")
        .arg(quarterName(int(quarter - year.quarters.begin())), percent(*quarter, year.annual),
             peakName);
}

QString actualTakeaway(const Plan &plan, const PlanSummary &summary)
{
    const QList<qint64> actual = cumulativeActuals(plan);
    if (actual.isEmpty() || !summary.decomposition)
        return Charts::tr("No actuals yet: import monthly results to compare");
    const int last = int(actual.size()) - 1;
    qint64 planned = 0;
    for (int m = 0; m <= last; ++m)
        planned += summary.decomposition->months[size_t(m)];
    const QString month =
        formatMonthName(plan.info.period.monthStart(last).month(), MonthForm::Short);
    if (planned <= 0)
        return Charts::tr("%1 booked by %2")
            .arg(formatMoney(Money::of(actual.last(), plan.info.currency)), month);
    const double ratio = double(actual.last()) / double(planned);
    if (ratio >= 1.0)
        return Charts::tr("%1 ahead of plan by the end of %2")
            .arg(formatPercent(ratio - 1.0, 0), month);
    return Charts::tr("%1 behind plan by the end of %2").arg(formatPercent(1.0 - ratio, 0), month);
}

} // namespace

QString chartTakeaway(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary)
{
    // A sentence said to a room: plan amounts without cents (¥1.2亿, $8,000,000).
    const PlanAmountsForPeople forPeople;
    switch (spec.kind) {
    case ChartKind::TargetsByMonth:
        return monthsTakeaway(plan, summary);
    case ChartKind::SplitByMonth:
    case ChartKind::SplitShares:
        return splitTakeaway(spec.dimension, plan, summary);
    case ChartKind::Funnel: {
        if (!summary.funnel)
            return {};
        const BackwardResult &funnel = *summary.funnel;
        return Charts::tr("%1 deals need %2 leads: %3 calls a day")
            .arg(formatCount(double(funnel.deals)), formatCount(double(funnel.leads)),
                 formatCount(funnel.callsPerDay));
    }
    case ChartKind::Capacity:
        if (!summary.capacity)
            return {};
        return capacityGapText(*summary.capacity, plan.info.period);
    case ChartKind::PlanVsActual:
        return actualTakeaway(plan, summary);
    case ChartKind::Collections:
        return collectionsTakeaway(plan, summary);
    case ChartKind::Budget:
        return budgetTakeaway(summary);
    case ChartKind::Bridge:
        return bridgeTakeaway(spec.dimension, summary);
    case ChartKind::Cumulative:
        return cumulativeTakeaway(plan, summary);
    case ChartKind::Attainment:
        return attainmentTakeaway(spec.dimension, summary);
    case ChartKind::Calibration:
        return calibrationTakeaway(plan, summary);
    case ChartKind::KpiBoard:
        return kpiBoardTakeaway(plan, summary);
    case ChartKind::Timeline:
        return timelineTakeaway(plan, QDate::currentDate());
    case ChartKind::Units:
        return unitsTakeaway(summary);
    case ChartKind::Consolidated:
        return consolidatedTakeaway(summary);
    }
    return {};
}

QChart *buildChart(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary,
                   const ChartTheme &theme)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // the whole name of one the legend cut short
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] {
        fitBarLabels(chart);
        fitPieLabels(chart);
    });
    // Queued: the chart is in the middle of its layout here, and would not move the legend.
    QObject::connect(
        chart, &QChart::plotAreaChanged, chart, [chart] { fitLegend(chart); },
        Qt::QueuedConnection);
    updateChart(chart, spec, plan, summary, theme);
    return chart;
}

void updateChart(QChart *chart, const ChartSpec &spec, const Plan &plan, const PlanSummary &summary,
                 const ChartTheme &theme)
{
    chart->setLocale(QLocale());
    switch (spec.kind) {
    case ChartKind::TargetsByMonth:
        drawTargets(chart, plan, summary, theme);
        break;
    case ChartKind::SplitByMonth:
        drawSplitByMonth(chart, spec.dimension, plan, summary, theme);
        break;
    case ChartKind::SplitShares:
        drawShares(chart, spec.dimension, plan, summary, theme);
        break;
    case ChartKind::Funnel:
        drawFunnel(chart, plan, summary, theme);
        break;
    case ChartKind::Capacity:
        drawCapacity(chart, plan, summary, theme);
        break;
    case ChartKind::PlanVsActual:
        drawPlanVsActual(chart, plan, summary, theme);
        break;
    case ChartKind::Collections:
        drawCollections(chart, plan, summary, theme);
        break;
    case ChartKind::Budget:
        drawBudget(chart, plan, summary, theme);
        break;
    case ChartKind::Bridge:
        drawBridge(chart, spec.dimension, plan, summary, theme);
        break;
    case ChartKind::Cumulative:
        drawCumulative(chart, plan, summary, theme);
        break;
    case ChartKind::Attainment:
        drawAttainment(chart, spec.dimension, plan, summary, theme);
        break;
    case ChartKind::Calibration:
        drawCalibration(chart, plan, summary, theme);
        break;
    case ChartKind::KpiBoard:
        drawKpiBoardPlaceholder(chart, plan, summary, theme);
        break;
    case ChartKind::Timeline:
        drawTimelinePlaceholder(chart, plan, theme);
        break;
    case ChartKind::Units:
        drawUnits(chart, plan, summary, theme);
        break;
    case ChartKind::Consolidated:
        drawConsolidated(chart, plan, summary, theme);
        break;
    }
    applyTheme(chart, theme);
    fitBarLabels(chart);
    fitPieLabels(chart);
    fitLegend(chart);
}

} // namespace salesplan::ui
