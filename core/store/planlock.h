#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// The lock that keeps one writer per plan file: PlanFile holds it while a plan is open for
// editing, and core/exchange's planio holds it while it replaces a plan file. Defined in
// planlock.cpp.
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

// What stood in the way when takePlanLock() failed: what QLockFile said, and what the lock's
// folder and disk look like.
struct LockFacts
{
    QString lockPath;
    QLockFile::LockError error = QLockFile::NoError;
    bool lockIsFolder = false;  // a folder stands where the lock file goes
    bool folderWritable = true; // the folder of the plan (and its lock) may be written
    qint64 bytesAvailable = -1; // free space on the folder's disk; -1 when unknown
};

// The facts about `lock`, read after takePlanLock(lock) failed.
LockFacts lockFacts(const QLockFile &lock);
// Why the lock could not be taken, as a phrase that completes "cannot be opened for editing:"
// or "The plan was not created:" ("the disk holding the folder … is full; free some space").
// Empty when the lock is held by another SalesPlan, the one cause that is not a problem.
QString lockProblem(const LockFacts &facts);

} // namespace salesplan
