#pragma once

#include "plan/fieldformat.h"
#include "reportwriter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace salesplan::ui {

// A column the report adds to a table of records: a figure it works out for each record, such as
// a member's share of the target.
struct AddedColumn
{
    TableColumn column;
    QStringList cells; // one for each record, in order
    QString after;     // the key of the field it follows; empty: after the last column
};

// A report table of records, the same for every record type: a column for each field of
// fieldsOf<R>(), headed by the field's label and filled by formatFieldValue() (figures
// right-aligned), then the added columns where they go. A column empty in every record says
// nothing and is left out.
struct RecordTable
{
    QList<TableColumn> columns;
    QList<QStringList> rows;

    // Appends the added columns that follow `after`.
    void addColumns(const QList<AddedColumn> &added, QStringView after);
    void dropEmptyColumns();
};

// The table of `records`, without the fields whose keys are `omitted` (a weight the report shows
// as a share instead).
template <typename R>
RecordTable recordTable(const QList<R> &records, const QList<AddedColumn> &added = {},
                        const QStringList &omitted = {})
{
    RecordTable table;
    table.rows.resize(records.size());
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        if (omitted.contains(field.key))
            continue;
        table.columns.append({field.labelText(), 1.0, isFigure(field.kind)});
        for (qsizetype i = 0; i < records.size(); ++i)
            table.rows[i].append(formatFieldValue(field, records.at(i)));
        table.addColumns(added, field.key);
    }
    table.addColumns(added, {});
    table.dropEmptyColumns();
    return table;
}

} // namespace salesplan::ui
