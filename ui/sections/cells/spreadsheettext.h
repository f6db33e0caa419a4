#pragma once

#include "plan/fields.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

// The text a block of table cells travels in between SalesPlan and a spreadsheet (Excel, WPS,
// LibreOffice Calc) on the clipboard: tab-separated values and an HTML table.
namespace salesplan::ui {

// The roles a table model answers for a copy: the text a spreadsheet reads for the cell (money as
// 1234567.50, not ¥123万) and Excel's number format for it. A model without them is copied as it
// shows its cells.
inline constexpr int SpreadsheetTextRole = Qt::UserRole + 100;
inline constexpr int SpreadsheetFormatRole = Qt::UserRole + 101;

// A rectangle of cells as a spreadsheet should take them: the values as it reads them (plain
// numbers, 12.5%, 2027-03-01), the optional header row of column titles, and how each column is
// aligned and formatted.
struct CellBlock
{
    QStringList header;      // the column titles; empty for no header row
    QList<QStringList> rows; // the values, row by row
    QList<bool> figures;     // per column: right-aligned figures
    QStringList formats;     // per column: Excel's number format ("#,##0.00", "@"...)
};

// Excel's number format for a column of `kind`, carried by a copied HTML table: money in
// `currency` with grouping and its decimals, a rate in percent, dates ISO, text as text.
QString spreadsheetFormat(FieldKind kind, const QString &currency = {});

// The block as tab-separated values the way Excel writes them: a cell holding a tab, a line
// break or a quote is quoted ("a ""b"""), rows end with a line break but the last.
QString tsvFromBlock(const CellBlock &block);

// The block as an HTML table in UTF-8 (the charset named, so WPS reads Chinese): cells escaped,
// figures right-aligned, each cell carrying its column's number format for Excel.
QString htmlFromBlock(const CellBlock &block);

// The cells of tab-separated values copied from Excel or WPS: quoted cells may hold tabs, line
// breaks and doubled quotes; rows end in CRLF or LF; the empty line after the last row and
// trailing empty rows are dropped.
QList<QStringList> cellsFromTsv(const QString &text);

} // namespace salesplan::ui
