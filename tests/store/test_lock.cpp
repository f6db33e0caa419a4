// One writer per plan: a second SalesPlan is refused, a crashed one's lock is recovered.
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
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
