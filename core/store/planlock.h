#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// The lock that keeps one writer per plan file: PlanFile holds it while a plan is open for
// editing, and core/exchange's planio holds it while it replaces a plan file. Defined in
// planfile.cpp.
namespace salesplan {

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
