#pragma once

#include "exchange/texttable.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Imports the KPIs' measured values of the plan year from a CSV file or an .xlsx workbook's first
// sheet: a column of months, one of KPI names and one of values (English or Chinese headers).
namespace salesplan {

// A value that reads: the KPI (its id), the month and the value in the KPI's unit.
struct KpiActualRow
{
    int line = 0; // the CSV line or the sheet's row, from 1
    RowId kpi = 0;
    QDate month;
    double value = 0.0;
};

// What a file would import. Only a file whose every row reads is imported.
struct KpiActualsRead
{
    QList<KpiActualRow> rows;
    QStringList refused; // "line 4: no KPI of the plan is named "NPS"", one a refused row

    bool canImport() const { return refused.isEmpty() && !rows.isEmpty(); }
};

// Reads the table's rows for `plan`'s KPIs (matched by name, spaces and case aside): the header
// is the first of the first ten rows that names the month, KPI and value columns (month/月份,
// KPI/指标, value/实际值/数值 and more). A row is refused, with the reason in words, when its
// KPI is not one of the plan's or measures revenue (the bookings give it), its month is not in
// the plan year, or its value is one the KPI cannot take (a negative count, 250 %). Fails when no
// row names the three columns.
Result<KpiActualsRead> readKpiActuals(const TextTable &table, const Plan &plan);

// readKpiActuals() of a CSV file's bytes or, as isWorkbookFile() says, a workbook's first sheet.
Result<KpiActualsRead> readKpiActualsFile(const QString &fileName, const QByteArray &bytes,
                                          const Plan &plan);

// Sets each row's value in the plan, over a value the KPI already had in that month.
void applyKpiActuals(Plan &plan, const QList<KpiActualRow> &rows);

} // namespace salesplan
