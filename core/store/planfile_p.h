#pragma once

#include "plan/plan.h"
#include "store/connection.h"
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

// "NAME.salesplan.lock" beside the plan file.
QString planLockPath(const QString &planPath);
// A QLockFile for `planPath` whose lock counts as stale only when its process has gone (or
// the machine restarted), never by age: SalesPlan keeps a plan open for hours.
std::unique_ptr<QLockFile> makePlanLock(const QString &planPath);
// Tries once to take `lock`. A lock file whose owner cannot be read was left by a SalesPlan
// killed while writing it, which QLockFile never calls stale with a stale time of 0: after
// giving a live writer a moment to finish, such a file is removed and the lock taken.
bool takePlanLock(QLockFile &lock);

} // namespace salesplan
