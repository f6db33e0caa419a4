#include "charts/chartbuilders.h"

#include "calc/seasonality.h"
#include "charts/chartsupport.h"
#include "charts/collectionstext.h"
#include "plan/format.h"

#include <QChart>
#include <QGraphicsLayout>

#include <algorithm>
#include <memory>

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
    case ChartKind::Bridge:
        return QStringLiteral("bridge:%1").arg(dimension);
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
    return std::nullopt;
}

QList<ChartSpec> allCharts()
{
    QList<ChartSpec> charts{{ChartKind::TargetsByMonth, 0}};
    for (int dimension = 0; dimension < 3; ++dimension) {
        charts.append({ChartKind::SplitByMonth, dimension});
        charts.append({ChartKind::SplitShares, dimension});
    }
    charts.append({ChartKind::Bridge, 0});
    charts.append({ChartKind::Bridge, 1});
    charts.append({ChartKind::Funnel, 0});
    charts.append({ChartKind::Capacity, 0});
    charts.append({ChartKind::Collections, 0});
    charts.append({ChartKind::PlanVsActual, 0});
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
    case ChartKind::Bridge:
        return spec.dimension == 0 ? Charts::tr("From last year to this year by region")
                                   : Charts::tr("From last year to this year by product line");
    }
    return {};
}

namespace {

QString percent(qint64 part, qint64 whole)
{
    return formatPercent(whole > 0 ? double(part) / double(whole) : 0.0, 0);
}

QString splitTakeaway(int dimension, const PlanSummary &summary)
{
    if (!summary.decomposition || summary.decomposition->annual <= 0)
        return {};
    const DimensionSplit *found = summary.decomposition->split(TargetSplit(dimension));
    if (!found)
        return {};
    const DimensionSplit &split = *found;
    const auto largest = std::max_element(split.annual.begin(), split.annual.end());
    if (largest == split.annual.end())
        return {};
    const QString name = split.itemNames.at(int(largest - split.annual.begin()));
    return Charts::tr("%1 carries %2 of the year")
        .arg(name, percent(*largest, summary.decomposition->annual));
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
    switch (spec.kind) {
    case ChartKind::TargetsByMonth: {
        if (!summary.decomposition || summary.decomposition->annual <= 0)
            return {};
        const auto &quarters = summary.decomposition->quarters;
        const auto largest = std::max_element(quarters.begin(), quarters.end());
        return Charts::tr("%1 carries %2 of the year")
            .arg(quarterName(int(largest - quarters.begin())),
                 percent(*largest, summary.decomposition->annual));
    }
    case ChartKind::SplitByMonth:
    case ChartKind::SplitShares:
        return splitTakeaway(spec.dimension, summary);
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
    case ChartKind::Bridge:
        return bridgeTakeaway(spec.dimension, summary);
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
    case ChartKind::Bridge:
        drawBridge(chart, spec.dimension, plan, summary, theme);
        break;
    }
    applyTheme(chart, theme);
    fitBarLabels(chart);
    fitPieLabels(chart);
    fitLegend(chart);
}

} // namespace salesplan::ui
