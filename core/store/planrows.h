#pragma once

#include "plan/plan.h"
#include "store/sql.h"

#include <QHash>
#include <QString>

// Reading a plan from the tables of a .salesplan file and writing it, or only what changed.
namespace salesplan::store {

// Where each row sits in its table: table name -> row id -> position. Kept beside the plan so
// that a commit gives new positions only to the rows that were added or moved.
using RowPositions = QHash<QString, QHash<RowId, qint64>>;

// Reads the whole plan from a file of the latest schema version.
SqlStatus readPlan(const QSqlDatabase &db, Plan &plan, RowPositions &positions);

// Writes `plan` into the empty tables of a new file. Runs inside the caller's transaction.
SqlStatus writeNewPlan(const QSqlDatabase &db, const Plan &plan, RowPositions &positions);

// Writes the difference between `before` (what the file holds, at `positions`) and `after`:
// section fields that changed, rows added, removed, changed or moved; nothing else. Runs inside
// the caller's transaction and updates `positions`, which the caller keeps only if it commits.
SqlStatus writePlanChanges(const QSqlDatabase &db, const Plan &before, const Plan &after,
                           RowPositions &positions);

} // namespace salesplan::store
