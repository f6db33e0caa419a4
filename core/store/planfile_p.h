#pragma once

#include "plan/plan.h"
#include "store/connection.h"
#include "store/planlock.h"
#include "store/planrows.h"

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace salesplan {

// The state behind a PlanFile (internal to core/store and its tests).
struct PlanFilePrivate
{
    QString path;
    // Declared before the connection, so the lock is released only after the connection closed.
    std::unique_ptr<QLockFile> lock;
    // A temporary copy of a WAL-mode file and its -wal, opened read-only instead of the file so
    // that nothing is written beside it. Declared before the connection, which reads it.
    std::optional<QTemporaryDir> copy;
    store::Connection connection;
    Plan plan;
    store::RowPositions positions;
    QString readOnlyReason; // empty when the file can be written
};

} // namespace salesplan
