// Targets by month: the month targets as bars with the stretch tier above them as a ghost, the
// quarter totals on a second row of the axis, and last year's months as a line.
#include "calc/decompose.h"
#include "calc/seasonality.h"
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace salesplan::ui::chart {

namespace {

struct TargetsData
{
    QString currency;
    MonthValues months{};
    MonthValues stretch{}; // the stretch tier by month; equal to months without a reserve
    MonthValues lastYear{};
    std::array<qint64, Period::quarterCount> quarters{};
    bool hasStretch = false;
    bool hasLastYear = false;
    int lastYearNumber = 0;
};

TargetsData targetsData(const Plan &plan, const Decomposition &decomposition,
                        const PlanSummary &summary)
{
    TargetsData data;
    data.currency = decomposition.currency.isEmpty() ? plan.info.currency : decomposition.currency;
    data.months = decomposition.months;
    data.quarters = decomposition.quarters;
    data.stretch = data.months;
    if (summary.tiers && summary.tiers->stretch.minor > decomposition.annual) {
        QList<double> weights;
        for (const qint64 month : decomposition.months)
            weights.append(double(month));
        const Result<QList<qint64>> split = splitExactly(summary.tiers->stretch.minor, weights);
        if (split) {
            data.hasStretch = true;
            for (int m = 0; m < Period::monthCount; ++m)
                data.stretch[size_t(m)] = qMax(split->at(m), data.months[size_t(m)]);
        }
    }
    const Period lastYear = plan.info.period.earlier(1);
    data.lastYearNumber = lastYear.year;
    data.lastYear = monthlyTotals(plan.history, lastYear);
    data.hasLastYear = std::any_of(data.lastYear.begin(), data.lastYear.end(),
                                   [](qint64 value) { return value != 0; });
    return data;
}

QList<qint64> toList(const MonthValues &values)
{
    return QList<qint64>(values.begin(), values.end());
}

// "Q1: $1.8M" or "Q1: ¥2,286万": the quarters in the axis's unit with its currency, all four to
// one decimal while the largest is under 100 units of the axis, else to none, as the axis writes.
QStringList quarterLabels(const TargetsData &data, const MoneyScale &scale)
{
    const qint64 largest = *std::max_element(data.quarters.begin(), data.quarters.end());
    const int decimals = double(largest) / scale.divisor < 100 ? 1 : 0;
    QStringList labels;
    for (int q = 0; q < Period::quarterCount; ++q)
        labels.append(
            Charts::tr("%1: %2").arg(quarterName(q), currencySign(data.currency) +
                                                         formatScaled(data.quarters[size_t(q)],
                                                                      scale, QLocale(), decimals)));
    return labels;
}

void setQuarterAxis(QCategoryAxis *axis, const QStringList &labels)
{
    if (axis->categoriesLabels() == labels)
        return;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    for (int q = 0; q < labels.size(); ++q)
        axis->append(labels.at(q), 3.0 * q + 2.5);
}

} // namespace

void drawTargets(QChart *chart, const Plan &plan, const PlanSummary &summary,
                 const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::TargetsByMonth, 0}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme))
        return;
    const TargetsData data = targetsData(plan, *summary.decomposition, summary);
    qint64 largest = *std::max_element(data.stretch.begin(), data.stretch.end());
    largest = qMax(largest, *std::max_element(data.lastYear.begin(), data.lastYear.end()));
    const MoneyScale scale = moneyScale(largest, data.currency, QLocale());

    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    QList<qint64> reserve;
    QStringList tips;
    // The bars stand at what their labels write: every one to the chart's one precision.
    const qint64 largestMonth = *std::max_element(data.months.begin(), data.months.end());
    const QList<qint64> shown = roundedToLabels(
        toList(data.months), scale, moneyLabelDecimals(double(largestMonth) / scale.divisor));
    for (int m = 0; m < Period::monthCount; ++m) {
        const size_t i = size_t(m);
        reserve.append(qMax<qint64>(0, data.stretch[i] - shown.at(m))); // a bar rounded up
        QString tip = Charts::tr("%1: target %2")
                          .arg(names.at(m), formatMoneyExact(data.months[i], data.currency));
        if (data.hasStretch)
            tip += Charts::tr(", stretch %1").arg(formatMoneyExact(data.stretch[i], data.currency));
        if (data.hasLastYear)
            tip +=
                Charts::tr(", last year %1").arg(formatMoneyExact(data.lastYear[i], data.currency));
        tips.append(tip);
    }

    const QString shape =
        QStringLiteral("targets|%1|%2").arg(data.hasStretch).arg(data.hasLastYear);
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *bars = new QStackedBarSeries;
        bars->setObjectName(QStringLiteral("targets.bars"));
        bars->setBarWidth(0.62);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
        bars->setProperty(labelsProperty, true);
        auto *target = new QBarSet(Charts::tr("Month target"));
        target->setObjectName(QStringLiteral("targets.months"));
        QFont labelFont = target->labelFont();
        labelFont.setPointSizeF(8);
        target->setLabelFont(labelFont);
        bars->append(target);
        if (data.hasStretch) {
            auto *stretch = new QBarSet(Charts::tr("Stretch tier (+%1)")
                                            .arg(formatPercent(plan.targets.stretchReserve, 0)));
            stretch->setObjectName(QStringLiteral("targets.stretch"));
            stretch->setLabelColor(Qt::transparent);
            bars->append(stretch);
        }
        chart->addSeries(bars);
        if (data.hasLastYear) {
            auto *line = new QLineSeries;
            line->setObjectName(QStringLiteral("targets.lastYear"));
            line->setName(Charts::tr("Actual %1").arg(data.lastYearNumber));
            line->setPointsVisible(true);
            chart->addSeries(line);
        }
        auto *months = new QBarCategoryAxis;
        months->setObjectName(QStringLiteral("months"));
        chart->addAxis(months, Qt::AlignBottom);
        auto *quarters = new QCategoryAxis;
        quarters->setObjectName(QStringLiteral("quarters"));
        quarters->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        quarters->setRange(-0.5, 11.5);
        quarters->setStartValue(-0.5);
        quarters->setGridLineVisible(true);
        QFont quarterFont = quarters->labelsFont();
        quarterFont.setBold(true);
        quarters->setLabelsFont(quarterFont);
        chart->addAxis(quarters, Qt::AlignBottom);
        QValueAxis *value = moneyAxis(scale, data.currency);
        value->setObjectName(QStringLiteral("value"));
        chart->addAxis(value, Qt::AlignLeft);
        const QList<QAbstractSeries *> all = chart->series();
        for (QAbstractSeries *one : all) {
            one->attachAxis(months);
            one->attachAxis(value);
        }
        setShape(chart, shape, title);
    }

    auto *bars =
        static_cast<QStackedBarSeries *>(findSeries(chart, QStringLiteral("targets.bars")));
    QBarSet *target = bars->barSets().at(0);
    target->setColor(theme.palette.at(0));
    setBarValues(target, shown, scale.divisor);
    setExact(target, toList(data.months), tips);
    setMoneyBarLabels(bars, scale, data.currency);
    if (data.hasStretch) {
        QBarSet *stretch = bars->barSets().at(1);
        stretch->setLabel(
            Charts::tr("Stretch tier (+%1)").arg(formatPercent(plan.targets.stretchReserve, 0)));
        stretch->setColor(ghost(theme.palette.at(0), theme));
        setBarValues(stretch, reserve, scale.divisor);
        setExact(stretch, toList(data.stretch), tips);
    }
    if (data.hasLastYear) {
        auto *line =
            static_cast<QLineSeries *>(findSeries(chart, QStringLiteral("targets.lastYear")));
        line->setName(Charts::tr("Actual %1").arg(data.lastYearNumber));
        QPen pen(theme.palette.at(1));
        pen.setWidthF(3);
        line->setPen(pen);
        line->setBrush(theme.palette.at(1));
        QList<QPointF> points;
        for (int m = 0; m < Period::monthCount; ++m)
            points.append({double(m), double(data.lastYear[size_t(m)]) / scale.divisor});
        setLinePoints(line, points);
        setExact(line, toList(data.lastYear), tips);
    }
    setQuarterAxis(static_cast<QCategoryAxis *>(findAxis(chart, QStringLiteral("quarters"))),
                   quarterLabels(data, scale));
    setMoneyAxes(chart, QStringLiteral("months"), names, scale, largest);
}

} // namespace salesplan::ui::chart
