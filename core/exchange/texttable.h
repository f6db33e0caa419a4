#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The rows of text cells a file holds — a CSV file's records or a worksheet's rows — each with
// where it stands, so that an import maps columns to fields the same way for every format.
namespace salesplan {

struct TextRow
{
    int line = 0; // where the row stands, from 1: the CSV line it starts on or the sheet's row
    QStringList cells;
};

struct TextTable
{
    QString sheet;       // the worksheet the rows are from; empty for a CSV file
    QList<TextRow> rows; // blank rows left out
};

// Where a row stands, as messages name it: "line 7" in a CSV file, "Sheet1, row 7" in a sheet.
QString rowPlace(const QString &sheet, int line);

} // namespace salesplan
