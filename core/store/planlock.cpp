#include "store/planlock.h"

#include "store/planfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>

namespace salesplan {

namespace {

// Less free space than this after a lock file could not be written means the disk is full:
// a lock file takes a block, and the first edit needs room for SQLite's journal.
constexpr qint64 fullDiskBytes = qint64(1) << 20;

} // namespace

QString planLockPath(const QString &planPath)
{
    return planPath + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> makePlanLock(const QString &planPath)
{
    auto lock = std::make_unique<QLockFile>(planLockPath(planPath));
    // The default (30 s) would let a second window take the lock of a plan open for longer.
    lock->setStaleLockTime(0);
    return lock;
}

bool takePlanLock(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    // A folder in the lock file's place is no one's lock: there is nothing stale to remove.
    if (QFileInfo(lock.fileName()).isDir())
        return false;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.error() != QLockFile::LockFailedError || lock.getLockInfo(&pid, &host, &application))
        return false;
    QThread::msleep(200);
    if (!lock.getLockInfo(&pid, &host, &application))
        lock.removeStaleLockFile();
    return lock.tryLock(0);
}

LockFacts lockFacts(const QLockFile &lock)
{
    const QFileInfo lockInfo(lock.fileName());
    const QFileInfo folder(lockInfo.absolutePath());
    const QStorageInfo storage(folder.absoluteFilePath());
    LockFacts facts;
    facts.lockPath = lockInfo.absoluteFilePath();
    facts.error = lock.error();
    facts.lockIsFolder = lockInfo.isDir();
    facts.folderWritable = folder.isWritable();
    facts.bytesAvailable = storage.isValid() ? storage.bytesAvailable() : -1;
    return facts;
}

QString lockProblem(const LockFacts &facts)
{
    const QFileInfo lock(facts.lockPath);
    const QString folder = QDir::toNativeSeparators(lock.absolutePath());
    if (facts.lockIsFolder)
        return PlanFile::tr("a folder named %1 stands where SalesPlan keeps its lock file; remove "
                            "or rename that folder")
            .arg(lock.fileName());
    if (facts.error == QLockFile::LockFailedError)
        return {};
    if (facts.bytesAvailable >= 0 && facts.bytesAvailable < fullDiskBytes)
        return PlanFile::tr("the disk holding the folder %1 is full; free some space").arg(folder);
    if (facts.error == QLockFile::PermissionError || !facts.folderWritable)
        return PlanFile::tr("SalesPlan is not allowed to create its lock file in the folder %1")
            .arg(folder);
    return PlanFile::tr("SalesPlan cannot create its lock file in the folder %1").arg(folder);
}

} // namespace salesplan
