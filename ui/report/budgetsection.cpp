#include "budgetsection.h"

#include "plan/format.h"

#include <QLocale>

namespace salesplan::ui {

namespace {

// One row a category and a total row; the quarters and the year as columns, each column in one
// unit.
QList<QStringList> budgetRows(const SalesBudget &budget)
{
    QList<QList<qint64>> columns;
    for (const BudgetRow &quarter : budget.quarters) {
        QList<qint64> amounts(quarter.begin(), quarter.end());
        amounts.append(rowTotal(quarter));
        columns.append(amounts);
    }
    QList<qint64> year(budget.year.begin(), budget.year.end());
    year.append(budget.total());
    columns.append(year);
    QList<QStringList> texts;
    for (const QList<qint64> &column : columns)
        texts.append(formatPlanAmountColumn(column, budget.currency));
    QList<QStringList> rows;
    for (int part = 0; part <= budgetPartCount; ++part) {
        QStringList row{part == budgetPartCount ? BudgetSection::tr("Total")
                                                : budgetPartName(BudgetPart(part))};
        for (const QStringList &column : texts)
            row.append(column.at(part));
        rows.append(row);
    }
    return rows;
}

// "Cost of sales: 12.7 % of the target, ¥3.2万 per won deal. The cost of the plan above, …, is
// ¥1,040万 (8.7 % of the target); …. Within the limit of ¥1,800万." `cost` is the cost of the
// plan, when it is worked out: the budget is the cost of sales, the cost of the plan its part.
QString costOfSalesLine(const SalesBudget &budget, const PlanCost *cost)
{
    QString line = BudgetSection::tr("Cost of sales: %1 of the target")
                       .arg(formatPercent(budget.shareOfTarget()));
    if (const std::optional<qint64> perDeal = budget.perDeal())
        line +=
            BudgetSection::tr(", %1 per won deal").arg(formatPlanAmount(*perDeal, budget.currency));
    line += BudgetSection::tr(".", "the end of the sentence before: 。 in Chinese");
    if (cost)
        line += BudgetSection::tr(" The cost of the plan above, its commission, tools and "
                                  "marketing, is %1 (%2 of the target); the rest is headcount "
                                  "and the other lines.")
                    .arg(formatPlanAmount(cost->total(), cost->currency),
                         formatPercent(cost->shareOfTarget()));
    if (budget.isAboveLimit())
        line += BudgetSection::tr(" Above the limit of %1 by %2.")
                    .arg(formatPlanAmount(budget.limit, budget.currency),
                         formatPlanAmount(budget.total() - budget.limit, budget.currency));
    else if (budget.limit > 0)
        line += BudgetSection::tr(" Within the limit of %1.")
                    .arg(formatPlanAmount(budget.limit, budget.currency));
    line += BudgetSection::tr(" Headcount is each role's cost a month from each person's start "
                              "month; commission is at plan, without accelerators.");
    if (budget.marketingFromCampaigns)
        line += BudgetSection::tr(" Marketing is the campaigns typed, not the leads' cost.");
    if (!budget.rolesWithoutCost.isEmpty())
        line += BudgetSection::tr(" Counted at zero, for want of a cost a month: %1.")
                    .arg(QLocale().createSeparatedList(budget.rolesWithoutCost));
    return line;
}

} // namespace

bool BudgetSection::write(ReportWriter &writer, const PlanSummary &summary)
{
    writer.heading(title(), 2);
    if (!summary.budget) {
        writer.labelled(tr("Not worked out"), summary.budget.error().message());
        return false;
    }
    const SalesBudget &budget = *summary.budget;
    QList<TableColumn> columns{{tr("Category"), 1.5}};
    for (int quarter = 1; quarter <= Period::quarterCount; ++quarter)
        columns.append({tr("Q%1").arg(quarter), 1, true});
    columns.append({tr("Year"), 1.1, true});
    writer.table(columns, budgetRows(budget), 1.0, LastRow::Total);
    writer.paragraph(costOfSalesLine(budget, summary.cost ? &*summary.cost : nullptr));
    return budget.total() > 0;
}

} // namespace salesplan::ui
