// Collections: the month targets (bookings) as bars beside the cash collected each month, of
// which the part that comes from last year's bookings, by the plan's collection terms.
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>

#include <algorithm>

namespace salesplan::ui::chart {

namespace {

QList<qint64> toList(const MonthValues &values)
{
    return QList<qint64>(values.begin(), values.end());
}

// Explains instead of drawing when the plan plans no collections or its terms do not add up;
// returns true when it did.
bool explainMissingCollections(QChart *chart, const QString &title, const PlanSummary &summary,
                               const ChartTheme &theme)
{
    if (!summary.collections) {
        explain(chart, title,
                Charts::tr("Collections are not planned: set the shares in Targets ▸ Collections"),
                theme);
        return true;
    }
    if (!*summary.collections) {
        explain(chart, title,
                Charts::tr("Collections cannot be planned: %1. Set the shares in Targets ▸ "
                           "Collections")
                    .arg(summary.collections->error().message()),
                theme);
        return true;
    }
    return false;
}

void buildSeries(QChart *chart, const MoneyScale &scale, const QString &currency)
{
    clearChart(chart);
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("collections.bars"));
    bars->setBarWidth(0.7);
    auto *bookings = new QBarSet(Charts::tr("Bookings"));
    bookings->setObjectName(QStringLiteral("collections.bookings"));
    auto *collected = new QBarSet(Charts::tr("Collected"));
    collected->setObjectName(QStringLiteral("collections.collected"));
    bars->append(bookings);
    bars->append(collected);
    chart->addSeries(bars);
    auto *opening = new QLineSeries;
    opening->setObjectName(QStringLiteral("collections.fromOpening"));
    opening->setName(Charts::tr("From last year"));
    opening->setPointsVisible(true);
    chart->addSeries(opening);
    addCategoryAndMoneyAxes(chart, QStringLiteral("months"), scale, currency, {bars, opening});
}

} // namespace

void drawCollections(QChart *chart, const Plan &plan, const PlanSummary &summary,
                     const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Collections, 0}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme) ||
        explainMissingCollections(chart, title, summary, theme))
        return;
    const CollectionPlan &collections = **summary.collections;
    const MonthValues &bookings = summary.decomposition->months;
    const QString &currency = summary.decomposition->currency;
    const qint64 largest =
        qMax(*std::max_element(bookings.begin(), bookings.end()),
             *std::max_element(collections.months.begin(), collections.months.end()));
    const MoneyScale scale = moneyScale(largest, currency, QLocale());
    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    QStringList tips;
    QList<QPointF> openingPoints;
    for (int m = 0; m < Period::monthCount; ++m) {
        const size_t i = size_t(m);
        tips.append(Charts::tr("%1: booked %2, collected %3, of which %4 from last year")
                        .arg(names.at(m), formatMoneyExact(bookings[i], currency),
                             formatMoneyExact(collections.months[i], currency),
                             formatMoneyExact(collections.fromOpening[i], currency)));
        openingPoints.append({double(m), double(collections.fromOpening[i]) / scale.divisor});
    }

    const QString shape = QStringLiteral("collections");
    if (!hasShape(chart, shape)) {
        buildSeries(chart, scale, currency);
        setShape(chart, shape, title);
    }
    auto *bars = static_cast<QBarSeries *>(findSeries(chart, QStringLiteral("collections.bars")));
    QBarSet *booked = bars->barSets().at(0);
    QBarSet *collected = bars->barSets().at(1);
    booked->setColor(ghost(theme.palette.at(0), theme));
    collected->setColor(theme.palette.at(2));
    setBarValues(booked, toList(bookings), scale.divisor);
    setExact(booked, toList(bookings), tips);
    setBarValues(collected, toList(collections.months), scale.divisor);
    setExact(collected, toList(collections.months), tips);
    auto *opening =
        static_cast<QLineSeries *>(findSeries(chart, QStringLiteral("collections.fromOpening")));
    QPen pen(theme.palette.at(1));
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    opening->setPen(pen);
    opening->setBrush(theme.palette.at(1));
    setLinePoints(opening, openingPoints);
    setExact(opening, toList(collections.fromOpening), tips);
    setMoneyAxes(chart, QStringLiteral("months"), names, scale, largest);
}

} // namespace salesplan::ui::chart
