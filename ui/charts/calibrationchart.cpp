// The calibration: the three ceilings (market, team, resources) as bars, the annual target as a
// line across them. A ceiling at or above the target is drawn in the theme's colour, one below
// it in vermillion; a ceiling that is not set has no bar and says why under its name, so a
// missing figure never reads as a ceiling of zero.
#include "charts/chartsupport.h"
#include "plan/format.h"
#include "summary/calibrationtext.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>

#include <algorithm>

namespace salesplan::ui::chart {

namespace {

constexpr double barWidth = 0.5;

void buildSeries(QChart *chart, const MoneyScale &scale, const QString &currency)
{
    clearChart(chart);
    auto *bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("calibration.bars"));
    bars->setBarWidth(barWidth);
    auto *fits = new QBarSet(Charts::tr("Ceiling at or above the target"));
    fits->setObjectName(QStringLiteral("calibration.fits"));
    auto *below = new QBarSet(Charts::tr("Ceiling below the target"));
    below->setObjectName(QStringLiteral("calibration.below"));
    bars->append(fits);
    bars->append(below);
    chart->addSeries(bars);
    auto *target = new QLineSeries;
    target->setObjectName(QStringLiteral("calibration.target"));
    target->setName(Charts::tr("Annual target"));
    chart->addSeries(target);
    addCategoryAndMoneyAxes(chart, QStringLiteral("ceilings"), scale, currency, {bars, target});
}

// "Team<br>¥1.35亿 · 111 %" or "Market<br>not set:<br>no market size (Mission)".
QString categoryOf(const CalibrationRow &row)
{
    if (!row.ceiling)
        return Charts::tr("%1<br><i>not set:</i><br><i>%2</i>")
            .arg(row.name.toHtmlEscaped(), row.notSetReason.toHtmlEscaped());
    QString text =
        QStringLiteral("%1<br>%2")
            .arg(row.name.toHtmlEscaped(), formatPlanAmount(*row.ceiling).toHtmlEscaped());
    if (row.targetShare)
        text = Charts::tr("%1 · %2").arg(text, formatPercent(*row.targetShare, 0));
    return text;
}

QString tipOf(const CalibrationRow &row)
{
    if (!row.ceiling)
        return Charts::tr("%1: %2").arg(row.name, row.ceilingText());
    QString tip =
        Charts::tr("%1: %2 = %3").arg(row.name, row.inputs, formatPlanAmount(*row.ceiling));
    if (!row.change.isEmpty())
        tip += QStringLiteral("\n") + row.change;
    return tip;
}

} // namespace

void drawCalibration(QChart *chart, const Plan &plan, const PlanSummary &summary,
                     const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Calibration, 0}, plan);
    if (plan.targets.annualTarget.minor <= 0)
        return explain(chart, title,
                       Charts::tr("No revenue target yet: enter the annual target in Targets"),
                       theme);
    const QList<CalibrationRow> rows = calibrationRows(plan, summary.calibration);
    if (std::none_of(rows.begin(), rows.end(),
                     [](const CalibrationRow &r) { return r.ceiling.has_value(); }))
        return explain(chart, title,
                       Charts::tr("No ceiling can be worked out yet: enter the market size, "
                                  "import history or set a marketing budget"),
                       theme);
    const QString &currency = plan.info.currency;
    const qint64 target = plan.targets.annualTarget.minor;
    qint64 largest = target;
    QList<qint64> fits, below;
    QStringList categories, tips;
    for (const CalibrationRow &row : rows) {
        const qint64 ceiling = row.ceiling ? row.ceiling->minor : 0;
        largest = std::max(largest, ceiling);
        fits.append(ceiling >= target ? ceiling : 0);
        below.append(ceiling < target ? ceiling : 0);
        categories.append(categoryOf(row));
        tips.append(tipOf(row));
    }
    const MoneyScale scale = moneyScale(largest, currency, QLocale());
    if (!hasShape(chart, QStringLiteral("calibration"))) {
        buildSeries(chart, scale, currency);
        setShape(chart, QStringLiteral("calibration"), title);
    }
    auto *bars =
        static_cast<QStackedBarSeries *>(findSeries(chart, QStringLiteral("calibration.bars")));
    QBarSet *fitsSet = bars->barSets().at(0);
    QBarSet *belowSet = bars->barSets().at(1);
    fitsSet->setColor(theme.palette.at(2));
    belowSet->setColor(QColor(0xD5, 0x5E, 0x00));
    for (QBarSet *set : {fitsSet, belowSet})
        set->setLabelColor(Qt::transparent); // the amounts are under the bars
    setBarValues(fitsSet, fits, scale.divisor);
    setBarValues(belowSet, below, scale.divisor);
    setExact(fitsSet, fits, tips);
    setExact(belowSet, below, tips);
    const QList<QLegendMarker *> markers = chart->legend()->markers(bars);
    for (QLegendMarker *marker : markers) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
            const QList<qint64> &values = barMarker->barset() == fitsSet ? fits : below;
            barMarker->setVisible(
                std::any_of(values.begin(), values.end(), [](qint64 v) { return v > 0; }));
        }
    }

    auto *line =
        static_cast<QLineSeries *>(findSeries(chart, QStringLiteral("calibration.target")));
    QPen pen(referenceColour(theme));
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    const double level = double(target) / scale.divisor;
    setLinePoints(line, {{-0.5, level}, {double(rows.size()) - 0.5, level}});
    setExact(line, {target, target},
             {Charts::tr("Annual target: %1").arg(formatPlanAmount(plan.targets.annualTarget)),
              Charts::tr("Annual target: %1").arg(formatPlanAmount(plan.targets.annualTarget))});
    setMoneyAxes(chart, QStringLiteral("ceilings"), categories, scale, largest);
}

QString calibrationTakeaway(const Plan &plan, const PlanSummary &summary)
{
    const QList<CalibrationRow> rows = calibrationRows(plan, summary.calibration);
    const CalibrationRow *tightest = nullptr;
    for (const CalibrationRow &row : rows) {
        if (row.targetShare && (!tightest || *row.targetShare > *tightest->targetShare))
            tightest = &row;
    }
    if (!tightest)
        return {};
    if (*tightest->targetShare <= 1.0)
        return Charts::tr("The target fits under every ceiling set; the tightest: %1 at %2")
            .arg(tightest->name, formatPercent(*tightest->targetShare, 0));
    return Charts::tr("%1: the target is %2 of it. %3")
        .arg(tightest->name, formatPercent(*tightest->targetShare, 0), tightest->change);
}

} // namespace salesplan::ui::chart
