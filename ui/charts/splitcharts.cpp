// The split charts: a dimension's items stacked by month, and its shares of the year as a donut.
#include "calc/planinputs.h"
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace salesplan::ui::chart {

namespace {

// The dimension's split, or an explanation in the chart (then null).
const DimensionSplit *splitOrExplain(QChart *chart, const QString &title, int dimension,
                                     const Plan &plan, const PlanSummary &summary,
                                     const ChartTheme &theme)
{
    if (plan.targets.annualTarget.minor <= 0) {
        explain(chart, title,
                Charts::tr("No revenue target yet: enter the annual target in Targets"), theme);
        return nullptr;
    }
    if (!hasSplit(plan, TargetSplit(dimension))) {
        explain(chart, title,
                dimension == 2 ? Charts::tr("No team members yet: add them in the Team section")
                               : Charts::tr("No %1 yet: add them in Targets, Splits")
                                     .arg(dimensionNoun(dimension)),
                theme);
        return nullptr;
    }
    if (!summary.decomposition) {
        explain(chart, title,
                Charts::tr("The target cannot be split yet: %1")
                    .arg(summary.decomposition.error().message()),
                theme);
        return nullptr;
    }
    return summary.decomposition->split(TargetSplit(dimension));
}

// The shares as bars, the largest on top and "Others" at the bottom, each with its percent: for
// a dimension of many items whose "Others" would be the largest slice of a donut.
void drawShareBars(QChart *chart, const QString &title, const SplitItems &items, qint64 annual,
                   const QString &currency, const ChartTheme &theme)
{
    const QString shape = QStringLiteral("sharebars|%1").arg(items.names.size());
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *bars = new QHorizontalBarSeries;
        bars->setObjectName(QStringLiteral("shares.bars"));
        bars->setBarWidth(0.7);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        // "@value %" in the locale's way of writing a percent.
        bars->setLabelsFormat(
            formatPercent(0.5, 0).replace(QStringLiteral("50"), QStringLiteral("@value")));
        bars->setLabelsPrecision(2);
        bars->setProperty(labelsProperty, true);
        bars->append(new QBarSet(Charts::tr("Share of the year")));
        chart->addSeries(bars);
        auto *names = new QBarCategoryAxis;
        names->setObjectName(QStringLiteral("items"));
        chart->addAxis(names, Qt::AlignLeft);
        auto *value = new QValueAxis;
        value->setObjectName(QStringLiteral("value"));
        value->setLabelFormat(QStringLiteral("%.0f"));
        value->setVisible(false); // each bar says its percent
        chart->addAxis(value, Qt::AlignBottom);
        bars->attachAxis(names);
        bars->attachAxis(value);
        setShape(chart, shape, title);
        chart->legend()->hide();
    }
    // Bottom to top: "Others", then the smallest to the largest.
    QList<qint64> values = items.annual;
    QStringList categories = items.names;
    std::reverse(values.begin(), values.end());
    std::reverse(categories.begin(), categories.end());
    QStringList tips;
    for (qsizetype i = 0; i < values.size(); ++i)
        tips.append(Charts::tr("%1: %2 (%3)")
                        .arg(categories.at(i), formatMoneyExact(values.at(i), currency),
                             formatPercent(double(values.at(i)) / double(annual))));
    auto *bars =
        static_cast<QHorizontalBarSeries *>(findSeries(chart, QStringLiteral("shares.bars")));
    QBarSet *set = bars->barSets().at(0);
    set->setColor(theme.palette.at(0));
    setBarValues(set, values, double(annual) / 100.0);
    if (items.hasOthers) {
        set->setSelectedColor(theme.grid.lighter(theme.dark ? 180 : 85)); // "Others" is grey
        set->selectBar(0);
    }
    setExact(set, values, tips);
    auto *names = static_cast<QBarCategoryAxis *>(findAxis(chart, QStringLiteral("items")));
    if (names->categories() != categories)
        names->setCategories(categories);
    auto *value = static_cast<QValueAxis *>(findAxis(chart, QStringLiteral("value")));
    // Room on the right for the percent written after the longest bar.
    const double largest = double(*std::max_element(values.begin(), values.end()));
    value->setRange(0, largest / (double(annual) / 100.0) * 1.2);
}

} // namespace

void drawSplitByMonth(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                      const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::SplitByMonth, dimension}, plan);
    const DimensionSplit *split = splitOrExplain(chart, title, dimension, plan, summary, theme);
    if (!split)
        return;
    const SplitItems items = topItems(*split);
    const QString currency = summary.decomposition->currency;
    const MonthValues &months = summary.decomposition->months;
    const qint64 largest = *std::max_element(months.begin(), months.end());
    const MoneyScale scale = moneyScale(largest, currency, QLocale());

    const QString shape = QStringLiteral("split|%1").arg(items.names.size());
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *bars = new QStackedBarSeries;
        bars->setObjectName(QStringLiteral("split.bars"));
        bars->setBarWidth(0.62);
        for (qsizetype i = 0; i < items.names.size(); ++i)
            bars->append(new QBarSet(items.names.at(i)));
        chart->addSeries(bars);
        addCategoryAndMoneyAxes(chart, QStringLiteral("months"), scale, currency, {bars});
        setShape(chart, shape, title);
    }
    auto *bars = static_cast<QStackedBarSeries *>(findSeries(chart, QStringLiteral("split.bars")));
    const QList<QBarSet *> sets = bars->barSets();
    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        QBarSet *set = sets.at(i);
        const QList<qint64> values(items.byMonth.at(i).begin(), items.byMonth.at(i).end());
        QStringList tips;
        for (int m = 0; m < Period::monthCount; ++m)
            tips.append(Charts::tr("%1, %2: %3 of %4")
                            .arg(items.names.at(i), names.at(m),
                                 formatMoneyExact(values.at(m), currency),
                                 formatMoneyExact(months[size_t(m)], currency)));
        if (set->label() != items.names.at(i))
            set->setLabel(items.names.at(i));
        const bool others = items.hasOthers && i == sets.size() - 1;
        set->setColor(others ? theme.grid.lighter(theme.dark ? 180 : 85)
                             : theme.palette.at(int(i % theme.palette.size())));
        setBarValues(set, values, scale.divisor);
        setExact(set, values, tips);
    }
    setMoneyAxes(chart, QStringLiteral("months"), names, scale, largest);
}

void drawShares(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::SplitShares, dimension}, plan);
    const DimensionSplit *split = splitOrExplain(chart, title, dimension, plan, summary, theme);
    if (!split)
        return;
    const SplitItems items = topItems(*split);
    const QString currency = summary.decomposition->currency;
    // Shares of the split's own total, so the slices add up to 100 % even where the members'
    // quotas add up to more than the company's year (over-assignment).
    const qint64 annual = std::accumulate(items.annual.begin(), items.annual.end(), qint64(0));
    if (items.hasOthers && double(items.annual.last()) > maxOthersShare * double(annual))
        return drawShareBars(chart, title, items, annual, currency, theme);

    const QString shape = QStringLiteral("shares|%1").arg(items.names.size());
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *pie = new QPieSeries;
        pie->setObjectName(QStringLiteral("shares.pie"));
        pie->setHoleSize(0.45);
        pie->setPieSize(0.72);
        pie->setProperty(fullPieProperty, 0.72); // smaller where the labels need the room
        for (qsizetype i = 0; i < items.names.size(); ++i)
            pie->append(new QPieSlice(items.names.at(i), 1.0));
        chart->addSeries(pie);
        setShape(chart, shape, title);
        chart->legend()->hide();
    }
    auto *pie = static_cast<QPieSeries *>(findSeries(chart, QStringLiteral("shares.pie")));
    const QList<QPieSlice *> slices = pie->slices();
    for (qsizetype i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = slices.at(i);
        const qint64 value = items.annual.at(i);
        const double share = annual > 0 ? double(value) / double(annual) : 0.0;
        const QString label = Charts::tr("%1 %2").arg(items.names.at(i), formatPercent(share, 0));
        if (slice->label() != label)
            slice->setLabel(label);
        if (slice->value() != double(value))
            slice->setValue(double(value));
        // A label only where the slice has room for it; the tooltip has every figure.
        slice->setLabelVisible(share >= 0.03);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        const bool others = items.hasOthers && i == slices.size() - 1;
        slice->setColor(others ? theme.grid.lighter(theme.dark ? 180 : 85)
                               : theme.palette.at(int(i % theme.palette.size())));
        QFont font = slice->labelFont();
        font.setPointSizeF(10);
        slice->setLabelFont(font);
        setExact(
            slice, {value},
            {Charts::tr("%1: %2 (%3)")
                 .arg(items.names.at(i), formatMoneyExact(value, currency), formatPercent(share))});
    }
}

} // namespace salesplan::ui::chart
