// The split charts: a dimension's items stacked by month, and its shares of the year as a donut.
#include "calc/planinputs.h"
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

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
        auto *axis = new QBarCategoryAxis;
        axis->setObjectName(QStringLiteral("months"));
        chart->addAxis(axis, Qt::AlignBottom);
        QValueAxis *value = moneyAxis(scale, currency);
        value->setObjectName(QStringLiteral("value"));
        chart->addAxis(value, Qt::AlignLeft);
        bars->attachAxis(axis);
        bars->attachAxis(value);
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
        const bool others = items.annual.size() < split->annual.size() && i == sets.size() - 1;
        set->setColor(others ? theme.grid.lighter(theme.dark ? 180 : 85)
                             : theme.palette.at(int(i % theme.palette.size())));
        setBarValues(set, values, scale.divisor);
        setExact(set, values, tips);
    }
    auto *axis = static_cast<QBarCategoryAxis *>(findAxis(chart, QStringLiteral("months")));
    if (axis->categories() != names)
        axis->setCategories(names);
    auto *value = static_cast<QValueAxis *>(findAxis(chart, QStringLiteral("value")));
    value->setProperty("salesplanSuffix", scale.suffix);
    setAxisMaximum(value, double(largest) / scale.divisor);
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
    const qint64 annual = summary.decomposition->annual;

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
        const bool others = items.annual.size() < split->annual.size() && i == slices.size() - 1;
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
