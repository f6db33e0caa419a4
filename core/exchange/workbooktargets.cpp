#include "exchange/planworkbook.h"
#include "exchange/workbooksheets.h"

#include "plan/format.h"
#include "summary/teamquotas.h"

namespace salesplan::workbook {

namespace {

qint64 sumOf(const QList<MonthValues> &rows, int month)
{
    qint64 sum = 0;
    for (const MonthValues &row : rows)
        sum += row[month];
    return sum;
}

QString quarterName(const Plan &plan, int quarter)
{
    const Period &period = plan.info.period;
    const QString first = formatMonthName(period.monthStart(quarter * 3).month(), MonthForm::Short);
    const QString last =
        formatMonthName(period.monthStart(quarter * 3 + 2).month(), MonthForm::Short);
    //: A quarter of the plan year and its months: "Q1 (Jan–Mar)".
    return PlanWorkbook::tr("Q%1 (%2–%3)").arg(quarter + 1).arg(first, last);
}

void writeQuarters(XlsxSheet &sheet, const Plan &plan, const Decomposition &decomposition)
{
    constexpr int nameColumn = 4;
    constexpr int valueColumn = 5;
    sheet.header(0, nameColumn, PlanWorkbook::tr("Quarter"));
    sheet.numberHeader(0, valueColumn, PlanWorkbook::tr("Target"));
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter) {
        const int row = quarter + 1;
        sheet.text(row, nameColumn, quarterName(plan, quarter));
        sheet.moneySum(row, valueColumn, xlsxRange(quarter * 3 + 1, 1, quarter * 3 + 3, 1),
                       decomposition.quarters[quarter], false);
    }
    const int totalRow = Period::quarterCount + 1;
    sheet.totalLabel(totalRow, nameColumn, PlanWorkbook::tr("Year"));
    sheet.moneySum(totalRow, valueColumn,
                   xlsxRange(1, valueColumn, Period::quarterCount, valueColumn),
                   decomposition.annual);
}

// "Fixed" for a holder with a fixed annual quota, "Share" for one with a part by weight.
QString basisOf(const QuotaHolder &holder)
{
    return holder.fixedAnnual > 0 ? PlanWorkbook::tr("Fixed") : PlanWorkbook::tr("Share");
}

QString firstMonthText(const Plan &plan, int firstMonth)
{
    return firstMonth < 0 ? QStringLiteral("\u2014")
                          : formatMonthOfYear(plan.info.period.monthStart(firstMonth));
}

} // namespace

void writeMonthTable(XlsxSheet &sheet, const Plan &plan, const MonthTable &table)
{
    const int firstMonthColumn = 1 + int(table.textHeaders.size());
    const int lastMonthColumn = firstMonthColumn + Period::monthCount - 1;
    const int totalColumn = lastMonthColumn + 1;
    sheet.header(0, 0, table.nameHeader);
    for (qsizetype i = 0; i < table.textHeaders.size(); ++i)
        sheet.header(0, 1 + int(i), table.textHeaders.at(i));
    const QStringList months = formatMonthNames(plan.info.period, MonthForm::Short);
    for (int month = 0; month < Period::monthCount; ++month)
        sheet.numberHeader(0, firstMonthColumn + month, months.at(month));
    sheet.numberHeader(0, totalColumn, PlanWorkbook::tr("Total"));
    const int rows = int(table.names.size());
    for (int i = 0; i < rows; ++i) {
        const int row = i + 1;
        sheet.text(row, 0, table.names.at(i));
        for (qsizetype t = 0; t < table.texts.value(i).size(); ++t)
            sheet.text(row, 1 + int(t), table.texts.at(i).at(t));
        for (int month = 0; month < Period::monthCount; ++month)
            sheet.money(row, firstMonthColumn + month, table.months.at(i)[month]);
        sheet.moneySum(row, totalColumn, xlsxRange(row, firstMonthColumn, row, lastMonthColumn),
                       table.annual.at(i), false);
    }
    const int totalRow = rows + 1;
    sheet.totalLabel(totalRow, 0, PlanWorkbook::tr("Total"));
    qint64 annual = 0;
    for (qint64 row : table.annual)
        annual += row;
    for (int column = firstMonthColumn; column <= totalColumn; ++column) {
        const qint64 sum =
            column == totalColumn ? annual : sumOf(table.months, column - firstMonthColumn);
        sheet.moneySum(totalRow, column, xlsxRange(1, column, std::max(rows, 1), column), sum);
    }
    sheet.freeze(1, 1);
    sheet.finish();
}

void writeMonthsSheet(XlsxBook &book, const Plan &plan, const Decomposition &decomposition)
{
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Months and quarters"));
    sheet.header(0, 0, PlanWorkbook::tr("Month"));
    sheet.numberHeader(0, 1, PlanWorkbook::tr("Target"));
    sheet.numberHeader(0, 2, PlanWorkbook::tr("Share of the year"));
    const Period &period = plan.info.period;
    const int totalRow = Period::monthCount + 1;
    const QString annualCell = QStringLiteral("$B$%1").arg(totalRow + 1);
    for (int month = 0; month < Period::monthCount; ++month) {
        const int row = month + 1;
        sheet.text(row, 0, formatMonthOfYear(period.monthStart(month)));
        sheet.money(row, 1, decomposition.months[month]);
        if (decomposition.annual > 0) {
            const double share = double(decomposition.months[month]) / double(decomposition.annual);
            sheet.formula(row, 2, QStringLiteral("=%1/%2").arg(xlsxCell(row, 1), annualCell), share,
                          book.formats().percent, formatPercent(share, 1, QLocale::c()));
        }
    }
    sheet.totalLabel(totalRow, 0, PlanWorkbook::tr("Year"));
    sheet.moneySum(totalRow, 1, xlsxRange(1, 1, Period::monthCount, 1), decomposition.annual);
    if (decomposition.annual > 0)
        sheet.formula(totalRow, 2,
                      QStringLiteral("=SUM(%1)").arg(xlsxRange(1, 2, Period::monthCount, 2)), 1.0,
                      book.formats().percentTotal, QStringLiteral("100.0%"));
    writeQuarters(sheet, plan, decomposition);
    sheet.freeze(1, 1);
    sheet.finish();
}

void writeSplitSheet(XlsxBook &book, const Plan &plan, const DimensionSplit &split)
{
    const bool regions = split.kind == TargetSplit::Regions;
    XlsxSheet sheet =
        book.addSheet(regions ? PlanWorkbook::tr("Regions") : PlanWorkbook::tr("Product lines"));
    MonthTable table;
    table.nameHeader = regions ? PlanWorkbook::tr("Region") : PlanWorkbook::tr("Product line");
    table.names = split.itemNames;
    table.months = split.byMonth;
    table.annual = split.annual;
    writeMonthTable(sheet, plan, table);
}

void writeMembersSheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary)
{
    const DimensionSplit *split =
        summary.decomposition ? summary.decomposition->split(TargetSplit::Members) : nullptr;
    if (!split || !summary.quotas)
        return;
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Team quotas"));
    MonthTable table;
    table.nameHeader = PlanWorkbook::tr("Name");
    table.textHeaders = {PlanWorkbook::tr("Region"), PlanWorkbook::tr("Basis"),
                         PlanWorkbook::tr("Quota from")};
    table.names = split->itemNames;
    table.months = split->byMonth;
    table.annual = split->annual;
    const QList<QuotaHolder> holders = quotaHolders(plan);
    for (qsizetype i = 0; i < table.names.size(); ++i) {
        if (i < holders.size() && i < summary.quotas->holders.size())
            table.texts.append({holders.at(i).group, basisOf(holders.at(i)),
                                firstMonthText(plan, summary.quotas->holders.at(i).firstMonth)});
        else
            table.texts.append(QStringList()); // the part no one carries
    }
    writeMonthTable(sheet, plan, table);
}

} // namespace salesplan::workbook
