#include "exchange/planworkbook.h"
#include "exchange/workbooksheets.h"

#include "plan/fields.h"

namespace salesplan::workbook {

namespace {

// The cell of one field of a record, written as its kind reads best in a sheet: money and
// numbers as numbers, days as Excel dates, choices by their names.
template <typename R>
void writeField(XlsxSheet &sheet, int row, int column, const FieldOf<R> &field, const R &record)
{
    const QVariant value = field.get(record);
    switch (field.kind) {
    case FieldKind::Money:
        sheet.money(row, column, value.value<Money>().minor);
        return;
    case FieldKind::Date:
    case FieldKind::Month:
        sheet.date(row, column, value.toDate());
        return;
    case FieldKind::Choice:
        sheet.text(row, column, choiceName(field.choices, value.toInt()));
        return;
    case FieldKind::Flag:
        sheet.text(row, column, value.toBool() ? PlanWorkbook::tr("Yes") : PlanWorkbook::tr("No"));
        return;
    case FieldKind::Rate:
        sheet.percent(row, column, value.toDouble());
        return;
    case FieldKind::Number:
    case FieldKind::Count:
        sheet.number(row, column, value.toDouble());
        return;
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
        sheet.text(row, column, value.toString());
        return;
    }
}

// The header row of a table of records at `row`, figures' headers right-aligned.
template <typename R> void writeHeaders(XlsxSheet &sheet, int row, const RecordFields<R> &list)
{
    for (qsizetype column = 0; column < list.fields.size(); ++column) {
        const FieldOf<R> &field = list.fields.at(column);
        if (field.kind == FieldKind::Money)
            sheet.numberHeader(row, int(column), field.labelText());
        else
            sheet.header(row, int(column), field.labelText());
    }
}

// The budgets' and the spends' SUM below the initiatives, in the row `totalRow`.
void writeTotals(XlsxSheet &sheet, int totalRow, const Plan &plan)
{
    const RecordFields<Initiative> &list = fieldsOf<Initiative>();
    sheet.totalLabel(totalRow, 0, PlanWorkbook::tr("Total"));
    for (const QStringView key : {u"budget", u"spent"}) {
        const int column = list.indexOf(key);
        qint64 total = 0;
        for (const Initiative &initiative : plan.initiatives)
            total += list.fields.at(column).get(initiative).value<Money>().minor;
        sheet.moneySum(totalRow, column, xlsxRange(1, column, totalRow - 1, column), total);
    }
}

QString initiativeName(const Plan &plan, int id)
{
    for (const Initiative &initiative : plan.initiatives) {
        if (int(initiative.id) == id)
            return initiative.name;
    }
    return {};
}

// The milestones from `firstRow` on, each beside the name of its initiative.
void writeMilestones(XlsxSheet &sheet, int firstRow, const Plan &plan)
{
    const RecordFields<Milestone> &list = fieldsOf<Milestone>();
    writeHeaders(sheet, firstRow, list);
    int row = firstRow + 1;
    for (const Milestone &milestone : plan.milestones) {
        for (qsizetype column = 0; column < list.fields.size(); ++column) {
            const FieldOf<Milestone> &field = list.fields.at(column);
            if (field.key == u"initiative")
                sheet.text(row, int(column), initiativeName(plan, milestone.initiative));
            else
                writeField(sheet, row, int(column), field, milestone);
        }
        ++row;
    }
}

} // namespace

void writeInitiativesSheet(XlsxBook &book, const Plan &plan)
{
    if (plan.initiatives.isEmpty())
        return;
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Initiatives"));
    const RecordFields<Initiative> &list = fieldsOf<Initiative>();
    writeHeaders(sheet, 0, list);
    int row = 1;
    for (const Initiative &initiative : plan.initiatives) {
        for (qsizetype column = 0; column < list.fields.size(); ++column)
            writeField(sheet, row, int(column), list.fields.at(column), initiative);
        ++row;
    }
    writeTotals(sheet, row, plan);
    if (!plan.milestones.isEmpty())
        writeMilestones(sheet, row + 2, plan);
    sheet.freeze(1, 1);
    sheet.finish();
}

} // namespace salesplan::workbook
