#pragma once

#include "plan/plan.h"
#include "store/connection.h"
#include "store/planlock.h"
#include "store/planrows.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace salesplan {

// The state behind a PlanFile (internal to core/store and its tests).
struct PlanFilePrivate
{
    QString path;
    // Declared before the connection, so the lock is released only after the connection closed.
    std::unique_ptr<QLockFile> lock;
    store::Connection connection;
    Plan plan;
    store::RowPositions positions;
    QString readOnlyReason; // empty when the file can be written
};

} // namespace salesplan
