#pragma once

#include "exchange/xlsxbook.h"
#include "plan/plan.h"
#include "summary/plansummary.h"

// The sheets of the plan workbook (planworkbook.h), one function each, in the order they appear.
namespace salesplan::workbook {

// The workbook's title: the plan's name, or "Sales plan 2027" for a plan without one.
QString workbookTitle(const Plan &plan);

// The key figures: target, last year, growth, tiers, the funnel's headline, the cost of the plan.
void writeSummarySheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary);
// The target by month, with each month's share, and by quarter.
void writeMonthsSheet(XlsxBook &book, const Plan &plan, const Decomposition &decomposition);
// A split of the target (regions or product lines) by month.
void writeSplitSheet(XlsxBook &book, const Plan &plan, const DimensionSplit &split);
// The quotas of the members and planned hires by month, with region, basis and first month.
void writeMembersSheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary);
// The funnel's yearly and daily activity, then the reps needed and available month by month.
void writeFunnelSheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary);
// Each person's activity targets from their quota: the year with the team's total, then by
// quarter.
void writeActivitySheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary);
// The cash the bookings bring in by month, and the receivables at the year's ends.
void writeCollectionsSheet(XlsxBook &book, const Plan &plan, const Decomposition &decomposition,
                           const CollectionPlan &collections);
// The sales budget: months by category with SUM totals per month, for the year and by quarter.
void writeBudgetSheet(XlsxBook &book, const Plan &plan, const SalesBudget &budget);
// The action plan: one row per initiative with its dates as Excel dates and its budget and spend
// as money, their SUM below, then the milestones beside their initiatives' names.
void writeInitiativesSheet(XlsxBook &book, const Plan &plan);
// The KPIs with the targets they work to.
void writeKpiSheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary);

// A table of figures by month: a name column, further text columns, the twelve months of the
// plan year and a total column; then a total row. Every total is a SUM formula.
struct MonthTable
{
    QString nameHeader;
    QStringList textHeaders; // after the name
    QStringList names;
    QList<QStringList> texts; // per row, one per text header
    QList<MonthValues> months;
    QList<qint64> annual; // per row, the sum of its months
};
void writeMonthTable(XlsxSheet &sheet, const Plan &plan, const MonthTable &table);

} // namespace salesplan::workbook
