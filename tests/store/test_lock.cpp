// One writer per plan: a second SalesPlan is refused, a crashed one's lock is recovered.
#include "storetestsupport.h"

#include "store/planlock.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::storetest;

namespace {

const QString inUseMessage = QStringLiteral(
    "This plan is already open in another SalesPlan window. Close it there first, or open it "
    "read-only.");

} // namespace

TEST_CASE("A plan open for editing is refused to a second editor and open to readers", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.salesplan"));
    REQUIRE(PlanFile::create(path, fullPlan()).ok());
    auto first = PlanFile::open(path);
    REQUIRE(first.ok());
    CHECK(QFile::exists(path + QStringLiteral(".lock")));

    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    const auto second = PlanFile::open(path, PlanFile::Access::ReadWrite, &problem);
    REQUIRE_FALSE(second.ok());
    CHECK(problem == PlanFile::OpenProblem::InUse);
    CHECK(second.error().message() == inUseMessage);

    const auto reader = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(reader.ok());
    CHECK((*reader)->plan() == fullPlan());

    first.value().reset();
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    CHECK(PlanFile::open(path).ok());
}

TEST_CASE("A plan held by another SalesPlan process is refused until that process ends", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.salesplan"));
    REQUIRE(PlanFile::create(path, fullPlan()).ok());

    QProcess holder;
    holder.start(QStringLiteral(STORE_CRASH_CHILD), {QStringLiteral("hold"), path});
    REQUIRE(holder.waitForStarted());
    while (!holder.canReadLine())
        REQUIRE(holder.waitForReadyRead(10000));
    REQUIRE(holder.readLine().trimmed() == "opened");

    const QByteArray bytes = sha256(path);
    const auto refused = PlanFile::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(
        QStringLiteral("already open in another SalesPlan window")));
    CHECK(sha256(path) == bytes);
    CHECK(PlanFile::open(path, PlanFile::Access::ReadOnly).ok());

    // Killed, as in a crash: its lock file stays behind, and is recognised as stale.
    holder.kill();
    REQUIRE(holder.waitForFinished());
    REQUIRE(QFile::exists(path + QStringLiteral(".lock")));
    auto recovered = PlanFile::open(path);
    INFO((recovered.ok() ? QString() : recovered.error().message()).toStdString());
    REQUIRE(recovered.ok());
    CHECK_FALSE((*recovered)->isReadOnly());
    CHECK((*recovered)->plan() == fullPlan());
}

TEST_CASE("An empty lock file left by a SalesPlan killed while writing it does not lock the plan",
          "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.salesplan"));
    REQUIRE(PlanFile::create(path, fullPlan()).ok());
    QFile lockFile(path + QStringLiteral(".lock"));
    REQUIRE(lockFile.open(QIODevice::WriteOnly)); // created, never written
    lockFile.close();

    const auto opened = PlanFile::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == fullPlan());
}

TEST_CASE("A folder where the lock file goes is named as the cause, not another window", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.salesplan"));
    REQUIRE(PlanFile::create(path, fullPlan()).ok());
    REQUIRE(QDir().mkpath(path + QStringLiteral(".lock")));
    const QString cause =
        QStringLiteral("a folder named blocked.salesplan.lock stands where SalesPlan keeps its "
                       "lock file; remove or rename that folder");
    const QByteArray bytes = sha256(path);
    const QStringList folder = entries(dir.path());
    {
        // Opened read-only, and the reason names the folder.
        auto opened = PlanFile::open(path);
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->readOnlyReason() == cause);
        CHECK((*opened)->plan() == fullPlan());
        CHECK_FALSE(opened.value()->commit(Plan()).ok());
    }
    CHECK(sha256(path) == bytes);
    CHECK(entries(dir.path()) == folder);
    CHECK(QFileInfo(path + QStringLiteral(".lock")).isDir());

    const QString other = dir.filePath(QStringLiteral("other.salesplan"));
    REQUIRE(QDir().mkpath(other + QStringLiteral(".lock")));
    const auto created = PlanFile::create(other, fullPlan());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message() ==
          QStringLiteral("The plan was not created: a folder named other.salesplan.lock stands "
                         "where SalesPlan keeps its lock file; remove or rename that folder."));

    auto source = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(source.ok());
    const Status copied = source.value()->saveCopyAs(other);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().message() ==
          QStringLiteral("The copy was not saved: a folder named other.salesplan.lock stands "
                         "where SalesPlan keeps its lock file; remove or rename that folder."));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("Why a plan's lock could not be taken is decided from what QLockFile and the disk say",
          "[store]")
{
    LockFacts facts;
    facts.lockPath = QDir::cleanPath(QDir::tempPath() + QStringLiteral("/plans/q3.salesplan.lock"));
    const QString folder = QDir::toNativeSeparators(QFileInfo(facts.lockPath).absolutePath());
    facts.bytesAvailable = qint64(40) << 30;

    SECTION("another SalesPlan holds it")
    {
        facts.error = QLockFile::LockFailedError;
        CHECK(lockProblem(facts).isEmpty());
    }
    SECTION("a folder stands where the lock file goes")
    {
        facts.error = QLockFile::LockFailedError;
        facts.lockIsFolder = true;
        CHECK(lockProblem(facts) ==
              QStringLiteral("a folder named q3.salesplan.lock stands where SalesPlan keeps its "
                             "lock file; remove or rename that folder"));
    }
    SECTION("the disk is full")
    {
        facts.error = QLockFile::UnknownError;
        facts.bytesAvailable = 0;
        CHECK(
            lockProblem(facts) ==
            QStringLiteral("the disk holding the folder %1 is full; free some space").arg(folder));
        facts.bytesAvailable = 4096; // less than a lock file and SQLite's journal need
        CHECK(
            lockProblem(facts) ==
            QStringLiteral("the disk holding the folder %1 is full; free some space").arg(folder));
    }
    SECTION("the folder may not be written")
    {
        facts.error = QLockFile::PermissionError;
        facts.folderWritable = false;
        CHECK(lockProblem(facts) ==
              QStringLiteral("SalesPlan is not allowed to create its lock file in the folder %1")
                  .arg(folder));
    }
    SECTION("something else")
    {
        facts.error = QLockFile::UnknownError;
        CHECK(lockProblem(facts) ==
              QStringLiteral("SalesPlan cannot create its lock file in the folder %1").arg(folder));
        facts.bytesAvailable = -1; // unknown free space is not a full disk
        CHECK(lockProblem(facts) ==
              QStringLiteral("SalesPlan cannot create its lock file in the folder %1").arg(folder));
    }
}

TEST_CASE("The facts about a plan's lock are read from the lock and its folder", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facts.salesplan"));
    REQUIRE(PlanFile::create(path, fullPlan()).ok());
    REQUIRE(QDir().mkpath(planLockPath(path)));
    const auto lock = makePlanLock(path);
    REQUIRE_FALSE(takePlanLock(*lock));
    const LockFacts facts = lockFacts(*lock);
    CHECK(facts.lockPath == planLockPath(path));
    CHECK(facts.lockIsFolder);
    CHECK(facts.folderWritable);
    CHECK(facts.bytesAvailable > 0);
}
