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
    void showRows(const QList<HistoryCsvRow> &rows, int limit);
};

// The rows of a CSV file that are refused, one item a row: "Line 7: amount "abc" is not a number".
class RefusedRowsList : public QListWidget
{
    Q_OBJECT
public:
    explicit RefusedRowsList(QWidget *parent = nullptr);

    // Shows the first `limit` of `refused` and, below them, how many more there are.
    void showRefused(const QList<HistoryCsvRefusal> &refused, int limit);
};

} // namespace salesplan::ui
