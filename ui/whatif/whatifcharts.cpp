#include "whatif/whatifcharts.h"

#include "plan/format.h"
#include "plan/scenario.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace salesplan::ui {

namespace {

// The translation context of the What-if charts.
struct WhatIfCharts
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfCharts)
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A value axis from 0 (or below, for negative values) to a little above the largest value, in
// whole steps.
QValueAxis *countAxis(double low, double high, const QString &title, int decimals = 0)
{
    auto *axis = new QValueAxis;
    const double span = std::max(decimals > 0 ? 0.1 : 1.0, high - low);
    const double margin = span * 0.1;
    axis->setRange(low < 0 ? low - margin : 0.0, high + margin);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(title);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart *scenarioComparisonChart(const QList<WhatIfColumn> &columns)
{
    QChart *chart = newChart(WhatIfCharts::tr("Reps needed and available"));
    auto *needed = new QBarSet(WhatIfCharts::tr("Reps needed"));
    auto *available = new QBarSet(WhatIfCharts::tr("Reps available"));
    QStringList names;
    double largest = 0.0;
    for (const WhatIfColumn &column : columns) {
        if (!column.figures)
            continue;
        names << (column.id == 0 ? WhatIfCharts::tr("Plan") : column.name);
        needed->append(column.figures->repsNeeded);
        available->append(column.figures->repsAvailable);
        largest = std::max(
            {largest, double(column.figures->repsNeeded), double(column.figures->repsAvailable)});
    }
    auto *series = new QBarSeries;
    series->append(needed);
    series->append(available);
    for (QBarSet *set : {needed, available})
        set->setLabelColor(Qt::black);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *counts = countAxis(0.0, largest, WhatIfCharts::tr("Reps"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}

QChart *tornadoChart(const HeadcountSensitivity &sensitivity)
{
    QChart *chart =
        newChart(WhatIfCharts::tr("Reps needed when one driver moves 10 %: now %1, or %2 before "
                                  "rounding up")
                     .arg(formatCount(sensitivity.repsNeeded), formatNumber(sensitivity.base, 1)));
    auto *lower = new QBarSet(WhatIfCharts::tr("Driver 10 % lower"));
    auto *higher = new QBarSet(WhatIfCharts::tr("Driver 10 % higher"));
    QStringList names;
    double least = 0.0;
    double most = 0.0;
    // A horizontal bar chart lists its categories from the bottom up: the largest swing last.
    for (auto it = sensitivity.swings.crbegin(); it != sensitivity.swings.crend(); ++it) {
        names << scenarioDriver(it->driver).labelText();
        const double low = it->low - sensitivity.base;
        const double high = it->high - sensitivity.base;
        lower->append(low);
        higher->append(high);
        least = std::min({least, low, high});
        most = std::max({most, low, high});
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(lower);
    series->append(higher);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    const double reach = std::max({0.1, -least, most});
    QValueAxis *change = countAxis(-reach, reach, WhatIfCharts::tr("Change in reps needed"), 1);
    chart->addAxis(change, Qt::AlignBottom);
    series->attachAxis(change);
    return chart;
}

} // namespace salesplan::ui
