#pragma once

#include "exchange/historycsv.h"

#include <QListWidget>
#include <QTableWidget>

namespace salesplan::ui {

// The rows a history import would add, one a line of the file: month, region, product, member
// and amount, with the line number as the row header.
class HistoryRowsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit HistoryRowsTable(QWidget *parent = nullptr);

    // Shows the first `limit` of `rows`.
    void showRows(const QList<HistoryRow> &rows, int limit);
};

// The rows of a file that are refused, one item a row: "Line 7: amount "abc" is not a number", or
// in a workbook "Sheet1, row 7: …".
class RefusedRowsList : public QListWidget
{
    Q_OBJECT
public:
    explicit RefusedRowsList(QWidget *parent = nullptr);

    // Shows the first `limit` of `refused` (rows of `sheet`, or lines of a CSV file when it is
    // empty) and, below them, how many more there are.
    void showRefused(const QList<HistoryRefusal> &refused, const QString &sheet, int limit);
};

} // namespace salesplan::ui
