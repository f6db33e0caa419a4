#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace salesplan::store {

// Gap between neighbouring positions when rows are numbered afresh, leaving room to add rows
// between them without moving others.
inline constexpr qint64 positionStep = 1024;

// The positions that store a table's rows in their new order. `current` holds, in the new order,
// each row's position in the file, or nothing for a row that is not in the file yet. The longest
// run of rows that are still in order keeps its positions; only rows that were added or moved
// get new ones between their neighbours, so adding, removing or moving one row rewrites only
// that row. When there is no room between two neighbours, every row is numbered afresh.
QList<qint64> assignPositions(const QList<std::optional<qint64>> &current);

} // namespace salesplan::store
