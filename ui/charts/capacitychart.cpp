// Capacity: the reps each month requires as bars (the months short of reps in vermillion and
// marked under their name) against the reps available as a line.
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace salesplan::ui::chart {

void drawCapacity(QChart *chart, const Plan &plan, const PlanSummary &summary,
                  const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Capacity, 0}, plan);
    if (plan.targets.annualTarget.minor <= 0)
        return explain(chart, title,
                       Charts::tr("No revenue target yet: enter the annual target in Targets"),
                       theme);
    if (!summary.capacity)
        return explain(chart, title,
                       Charts::tr("The reps cannot be counted yet: %1")
                           .arg(summary.capacity.error().message()),
                       theme);
    const CapacityPlan &capacity = *summary.capacity;
    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    QList<qint64> required, enough, shortOf, available;
    QList<QPointF> points;
    QStringList tips, categories;
    double largest = 1.0;
    for (int m = 0; m < capacity.months.size() && m < Period::monthCount; ++m) {
        const MonthCapacity &month = capacity.months.at(m);
        const bool isShort = month.repsShort > 0;
        required.append(month.repsRequired);
        enough.append(isShort ? 0 : month.repsRequired);
        shortOf.append(isShort ? month.repsRequired : 0);
        available.append(qint64(std::llround(month.repsAvailable * 100.0)));
        points.append({double(m), month.repsAvailable});
        largest = qMax(largest, qMax(double(month.repsRequired), month.repsAvailable));
        QString tip = Charts::tr("%1: %2 reps required, %3 available")
                          .arg(names.at(m), formatCount(month.repsRequired),
                               formatCount(month.repsAvailable, 1));
        if (isShort)
            tip += Charts::tr(", %n short", nullptr, month.repsShort);
        tips.append(tip);
        categories.append(isShort ? Charts::tr("%1<br>−%2").arg(names.at(m)).arg(month.repsShort)
                                  : names.at(m));
    }

    const QString shape = QStringLiteral("capacity|%1").arg(required.size());
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *bars = new QStackedBarSeries;
        bars->setObjectName(QStringLiteral("capacity.bars"));
        bars->setBarWidth(0.62);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
        bars->setLabelsFormat(QStringLiteral("@value"));
        bars->setProperty(labelsProperty, true);
        auto *enoughSet = new QBarSet(Charts::tr("Reps required"));
        enoughSet->setObjectName(QStringLiteral("capacity.required"));
        auto *shortSet = new QBarSet(Charts::tr("Reps required, month short of reps"));
        shortSet->setObjectName(QStringLiteral("capacity.short"));
        bars->append(enoughSet);
        bars->append(shortSet);
        chart->addSeries(bars);
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("capacity.available"));
        line->setName(Charts::tr("Reps available"));
        line->setPointsVisible(true);
        chart->addSeries(line);
        auto *months = new QBarCategoryAxis;
        months->setObjectName(QStringLiteral("months"));
        chart->addAxis(months, Qt::AlignBottom);
        auto *value = new QValueAxis;
        value->setObjectName(QStringLiteral("value"));
        value->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(value, Qt::AlignLeft);
        for (QAbstractSeries *one :
             {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(line)}) {
            one->attachAxis(months);
            one->attachAxis(value);
        }
        setShape(chart, shape, title);
    }
    auto *bars =
        static_cast<QStackedBarSeries *>(findSeries(chart, QStringLiteral("capacity.bars")));
    QBarSet *enoughSet = bars->barSets().at(0);
    QBarSet *shortSet = bars->barSets().at(1);
    enoughSet->setColor(theme.palette.at(0));
    shortSet->setColor(QColor(0xD5, 0x5E, 0x00));
    setBarValues(enoughSet, enough, 1.0);
    setBarValues(shortSet, shortOf, 1.0);
    setExact(enoughSet, required, tips);
    setExact(shortSet, shortOf, tips);
    // The legend names the short months only when there are some (it has no room to spare).
    const bool anyShort =
        std::any_of(shortOf.begin(), shortOf.end(), [](qint64 v) { return v > 0; });
    const QList<QLegendMarker *> markers = chart->legend()->markers(bars);
    for (QLegendMarker *marker : markers) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker))
            barMarker->setVisible(barMarker->barset() != shortSet || anyShort);
    }
    // Zero segments would write "0" on every bar; only the non-zero part of a month is labelled.
    shortSet->setLabelColor(QColor(0xFF, 0xFF, 0xFF));
    bars->setLabelsFormat(QStringLiteral("@value"));
    auto *line =
        static_cast<QLineSeries *>(findSeries(chart, QStringLiteral("capacity.available")));
    QPen pen(theme.palette.at(2));
    pen.setWidthF(3);
    line->setPen(pen);
    line->setBrush(theme.palette.at(2));
    setLinePoints(line, points);
    setExact(line, available, tips);
    auto *months = static_cast<QBarCategoryAxis *>(findAxis(chart, QStringLiteral("months")));
    if (months->categories() != categories)
        months->setCategories(categories);
    auto *value = static_cast<QValueAxis *>(findAxis(chart, QStringLiteral("value")));
    const double top = std::ceil(largest * 1.15);
    if (!qFuzzyCompare(value->max(), top)) {
        value->setRange(0, top);
        value->applyNiceNumbers();
        value->setMin(0);
    }
}

} // namespace salesplan::ui::chart
