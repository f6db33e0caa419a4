// Plan against actual: the cumulative month targets and the cumulative actuals of the plan year.
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>

namespace salesplan::ui::chart {

void drawPlanVsActual(QChart *chart, const Plan &plan, const PlanSummary &summary,
                      const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::PlanVsActual, 0}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme))
        return;
    const QList<qint64> actual = cumulativeActuals(plan);
    if (actual.isEmpty())
        return explain(chart, title,
                       Charts::tr("No actuals yet: import monthly results to compare"), theme);
    const Period &period = plan.info.period;
    const QString currency = summary.decomposition->currency;
    QList<qint64> planned;
    qint64 sum = 0;
    for (const qint64 month : summary.decomposition->months) {
        sum += month;
        planned.append(sum);
    }
    const MoneyScale scale = moneyScale(qMax(planned.last(), actual.last()), currency, QLocale());
    const QStringList names = formatMonthNames(period, MonthForm::Short);
    QStringList planTips, actualTips;
    QList<QPointF> planPoints, actualPoints;
    for (int m = 0; m < Period::monthCount; ++m) {
        planPoints.append({double(m), double(planned.at(m)) / scale.divisor});
        planTips.append(Charts::tr("%1: plan %2 to date")
                            .arg(names.at(m), formatMoneyExact(planned.at(m), currency)));
        if (m < actual.size()) {
            actualPoints.append({double(m), double(actual.at(m)) / scale.divisor});
            actualTips.append(Charts::tr("%1: actual %2 to date, plan %3")
                                  .arg(names.at(m), formatMoneyExact(actual.at(m), currency),
                                       formatMoneyExact(planned.at(m), currency)));
        }
    }

    const QString shape = QStringLiteral("actual");
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *planLine = new QLineSeries;
        planLine->setObjectName(QStringLiteral("actual.plan"));
        planLine->setName(Charts::tr("Plan, cumulative"));
        auto *actualLine = new QLineSeries;
        actualLine->setObjectName(QStringLiteral("actual.actual"));
        actualLine->setName(Charts::tr("Actual, cumulative"));
        actualLine->setPointsVisible(true);
        chart->addSeries(planLine);
        chart->addSeries(actualLine);
        addCategoryAndMoneyAxes(chart, QStringLiteral("months"), scale, currency,
                                {planLine, actualLine});
        setShape(chart, shape, title);
    }
    auto *planLine = static_cast<QLineSeries *>(findSeries(chart, QStringLiteral("actual.plan")));
    auto *actualLine =
        static_cast<QLineSeries *>(findSeries(chart, QStringLiteral("actual.actual")));
    QPen planPen(theme.palette.at(0));
    planPen.setWidthF(2.5);
    planPen.setStyle(Qt::DashLine);
    planLine->setPen(planPen);
    QPen actualPen(theme.palette.at(1));
    actualPen.setWidthF(3.5);
    actualLine->setPen(actualPen);
    actualLine->setBrush(theme.palette.at(1));
    setLinePoints(planLine, planPoints);
    setLinePoints(actualLine, actualPoints);
    setExact(planLine, planned, planTips);
    setExact(actualLine, actual, actualTips);
    setMoneyAxes(chart, QStringLiteral("months"), names, scale,
                 qMax(planned.last(), actual.last()));
}

} // namespace salesplan::ui::chart
