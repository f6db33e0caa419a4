#include "exchange/planworkbook.h"
#include "exchange/workbooksheets.h"

#include "plan/format.h"

namespace salesplan::workbook {

namespace {

constexpr int totalColumn = budgetPartCount + 1;

// A row of the budget: each part, then =SUM of the parts.
void writeBudgetRow(XlsxSheet &sheet, int row, const BudgetRow &parts)
{
    for (int part = 0; part < budgetPartCount; ++part)
        sheet.money(row, part + 1, parts[std::size_t(part)]);
    sheet.moneySum(row, totalColumn, xlsxRange(row, 1, row, budgetPartCount), rowTotal(parts),
                   /*total=*/false);
}

} // namespace

void writeBudgetSheet(XlsxBook &book, const Plan &plan, const SalesBudget &budget)
{
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Budget"));
    sheet.header(0, 0, PlanWorkbook::tr("Month"));
    for (int part = 0; part < budgetPartCount; ++part)
        sheet.numberHeader(0, part + 1, budgetPartName(BudgetPart(part)));
    sheet.numberHeader(0, totalColumn, PlanWorkbook::tr("Total"));
    for (int month = 0; month < Period::monthCount; ++month) {
        sheet.text(month + 1, 0, formatMonthOfYear(plan.info.period.monthStart(month)));
        writeBudgetRow(sheet, month + 1, budget.months[std::size_t(month)]);
    }
    const int yearRow = Period::monthCount + 1;
    sheet.totalLabel(yearRow, 0, PlanWorkbook::tr("Year"));
    for (int column = 1; column <= totalColumn; ++column) {
        const qint64 year =
            column == totalColumn ? budget.total() : budget.year[std::size_t(column - 1)];
        sheet.moneySum(yearRow, column, xlsxRange(1, column, Period::monthCount, column), year);
    }
    // The quarters below the year: each the sum of its three months' totals.
    const int firstQuarterRow = yearRow + 2;
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter) {
        const int row = firstQuarterRow + quarter;
        sheet.text(row, 0, PlanWorkbook::tr("Q%1").arg(quarter + 1));
        const int firstMonthRow = quarter * 3 + 1;
        sheet.moneySum(row, totalColumn,
                       xlsxRange(firstMonthRow, totalColumn, firstMonthRow + 2, totalColumn),
                       rowTotal(budget.quarters[std::size_t(quarter)]), /*total=*/false);
    }
    const int shareRow = firstQuarterRow + Period::quarterCount + 1;
    sheet.text(shareRow, 0, PlanWorkbook::tr("Share of the target"));
    sheet.percent(shareRow, totalColumn, budget.shareOfTarget());
    if (const std::optional<qint64> perDeal = budget.perDeal()) {
        sheet.text(shareRow + 1, 0, PlanWorkbook::tr("Per won deal"));
        sheet.money(shareRow + 1, totalColumn, *perDeal);
    }
    sheet.freeze(1, 1);
    sheet.finish();
}

} // namespace salesplan::workbook
