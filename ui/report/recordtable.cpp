#include "recordtable.h"

#include <algorithm>

namespace salesplan::ui {

void RecordTable::addColumns(const QList<AddedColumn> &added, QStringView after)
{
    for (const AddedColumn &column : added) {
        if (column.after != after)
            continue;
        columns.append(column.column);
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i].append(column.cells.value(i));
    }
}

void RecordTable::dropEmptyColumns()
{
    for (qsizetype column = columns.size() - 1; column >= 0; --column) {
        const bool empty =
            std::all_of(rows.cbegin(), rows.cend(), [column](const QStringList &row) {
                return row.value(column).trimmed().isEmpty();
            });
        if (!empty)
            continue;
        columns.removeAt(column);
        for (QStringList &row : rows)
            row.removeAt(column);
    }
}

} // namespace salesplan::ui
