// The sales budget by month: its categories stacked (core/summary/salesbudget.h).
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>

#include <algorithm>

namespace salesplan::ui::chart {

namespace {

// The parts the year spends anything on, in the budget's order.
QList<BudgetPart> spentParts(const SalesBudget &budget)
{
    QList<BudgetPart> parts;
    for (int part = 0; part < budgetPartCount; ++part) {
        if (budget.year[std::size_t(part)] > 0)
            parts.append(BudgetPart(part));
    }
    return parts;
}

} // namespace

void drawBudget(QChart *chart, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Budget, 0}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme))
        return; // commission follows the month targets
    if (!summary.budget) {
        explain(chart, title,
                Charts::tr("The sales budget cannot be worked out yet: %1")
                    .arg(summary.budget.error().message()),
                theme);
        return;
    }
    const SalesBudget &budget = *summary.budget;
    const QList<BudgetPart> parts = spentParts(budget);
    if (parts.isEmpty()) {
        explain(chart, title,
                Charts::tr("No sales budget yet: give the roles a cost a month in Team"), theme);
        return;
    }
    qint64 largest = 0;
    for (const BudgetRow &month : budget.months)
        largest = std::max(largest, rowTotal(month));
    const MoneyScale scale = moneyScale(largest, budget.currency, QLocale());

    QStringList keys;
    for (BudgetPart part : parts)
        keys.append(budgetPartKey(part));
    const QString shape = QStringLiteral("budget|") + keys.join(u',');
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *bars = new QStackedBarSeries;
        bars->setObjectName(QStringLiteral("budget.bars"));
        bars->setBarWidth(0.62);
        for (BudgetPart part : parts)
            bars->append(new QBarSet(budgetPartName(part)));
        chart->addSeries(bars);
        addCategoryAndMoneyAxes(chart, QStringLiteral("months"), scale, budget.currency, {bars});
        setShape(chart, shape, title);
    }
    auto *bars = static_cast<QStackedBarSeries *>(findSeries(chart, QStringLiteral("budget.bars")));
    const QList<QBarSet *> sets = bars->barSets();
    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const BudgetPart part = parts.at(i);
        QList<qint64> values;
        QStringList tips;
        for (int month = 0; month < Period::monthCount; ++month) {
            const BudgetRow &row = budget.months[std::size_t(month)];
            values.append(at(row, part));
            tips.append(Charts::tr("%1, %2: %3 of %4")
                            .arg(budgetPartName(part), names.at(month),
                                 formatMoneyExact(at(row, part), budget.currency),
                                 formatMoneyExact(rowTotal(row), budget.currency)));
        }
        QBarSet *set = sets.at(i);
        set->setLabel(budgetPartName(part));
        set->setColor(theme.palette.at(int(part) % int(theme.palette.size())));
        setBarValues(set, values, scale.divisor);
        setExact(set, values, tips);
    }
    setMoneyAxes(chart, QStringLiteral("months"), names, scale, largest);
}

QString budgetTakeaway(const PlanSummary &summary)
{
    if (!summary.budget || summary.budget->total() <= 0)
        return {};
    const SalesBudget &budget = *summary.budget;
    const QString total = Charts::tr("A sales budget of %1, %2 of the target")
                              .arg(formatPlanAmount(budget.total(), budget.currency),
                                   formatPercent(budget.shareOfTarget()));
    if (budget.isAboveLimit())
        return Charts::tr("%1: above its limit by %2")
            .arg(total, formatPlanAmount(budget.total() - budget.limit, budget.currency));
    return total;
}

} // namespace salesplan::ui::chart
