#pragma once

#include "exchange/texttable.h"
#include "plan/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Reads a sheet of an .xlsx workbook (Excel, WPS, LibreOffice) as rows of text cells, the way a
// CSV file of it would read: numbers as their shortest digits, dates as 2026-01-15, booleans as
// TRUE/FALSE, formulas as their last computed value, a merged cell's value across its range.
namespace salesplan {

struct XlsxTable
{
    QStringList sheets; // the workbook's worksheets in the order of their tabs
    TextTable table;    // the rows of the sheet read; table.sheet names it
};

// Reads the sheet named `sheet`, or the first one when it is empty. Refuses in words, reading
// nothing: a password-protected, Excel 97–2003 (.xls) or macro workbook, a file that is cut short
// or no workbook, a part that unpacks to more than XlsxPackage::maxPartBytes, a sheet name the
// workbook does not have (the message lists those it has).
Result<XlsxTable> readXlsxTable(const QByteArray &bytes, const QString &sheet = {});

// The names of the workbook's worksheets, in the order of their tabs; refused as readXlsxTable()
// refuses a file that is no workbook.
Result<QStringList> readXlsxSheetNames(const QByteArray &bytes);

} // namespace salesplan
