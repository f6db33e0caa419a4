// A SalesPlan killed at any moment loses no edit it had reported saved, and leaves a plan that
// opens. store_crash_child commits edits in a loop; this test kills it at random moments.
#include "storetestsupport.h"

#include "store/connection.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace salesplan;
using namespace salesplan::storetest;

namespace {

// The last N of the "committed N" lines the child printed, or 0.
qint64 lastReported(const QByteArray &output)
{
    qint64 last = 0;
    static const QRegularExpression line(QStringLiteral("^committed (\\d+)$"),
                                         QRegularExpression::MultilineOption);
    auto matches = line.globalMatch(QString::fromUtf8(output));
    while (matches.hasNext())
        last = matches.next().captured(1).toLongLong();
    return last;
}

// What the plan must look like after the child's edits 1..n (see store_crash_child.cpp).
void checkHoldsEdits(const Plan &plan, const QList<Member> &initialMembers, qint64 n)
{
    REQUIRE(plan.targets.annualTarget.minor == n);
    const QString expectedName =
        n == 0 ? initialMembers.first().name : QStringLiteral("edit %1").arg(n);
    QList<Member> expected = initialMembers;
    expected.first().name = expectedName;
    for (qint64 rotation = 0; rotation < (n / 3) % expected.size(); ++rotation)
        expected.move(0, expected.size() - 1);
    REQUIRE(plan.team.members == expected);
    QList<qint64> amounts;
    for (const HistoryEntry &entry : plan.history)
        amounts.append(entry.amount.minor);
    QList<qint64> expectedAmounts;
    for (qint64 i = 1; i <= n; ++i)
        expectedAmounts.append(i);
    REQUIRE(amounts == expectedAmounts);
}

} // namespace

TEST_CASE("Killing SalesPlan at random moments loses no reported edit", "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.salesplan"));
    Plan initial = largePlan(5, 0);
    REQUIRE(PlanFile::create(path, initial).ok());

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);
    constexpr int rounds = 200;
    qint64 reported = 0;
    int killedWhileEditing = 0;
    int interruptedCommits = 0; // killed between writing its journal and deleting it
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        QProcess child;
        child.start(QStringLiteral(STORE_CRASH_CHILD), {QStringLiteral("edit"), path});
        REQUIRE(child.waitForStarted());
        // Mostly while it commits, some time after its first reported edit (so a slow,
        // loaded machine still kills it there); one round in five while it starts or opens
        // the plan.
        if (random.bounded(5) == 0) {
            QThread::msleep(random.bounded(5, 90));
        } else {
            REQUIRE(child.waitForReadyRead(30000));
            QThread::msleep(random.bounded(0, 40));
        }
        REQUIRE(child.state() == QProcess::Running);
        child.kill();
        REQUIRE(child.waitForFinished());
        INFO("child stderr: " << child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit);
        const qint64 last = lastReported(child.readAllStandardOutput());
        if (last > 0) {
            REQUIRE(last >= reported); // it continued from where the file was
            reported = last;
            ++killedWhileEditing;
        }

        if (QFile::exists(path + QStringLiteral("-journal")))
            ++interruptedCommits;
        REQUIRE(sqlOnFile(path, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        auto opened = PlanFile::open(path); // the killed child's lock is stale
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        const Plan &plan = (*opened)->plan();
        const qint64 inFile = plan.targets.annualTarget.minor;
        // Every reported edit, and at most the one it was committing when killed.
        REQUIRE(inFile >= reported);
        REQUIRE(inFile <= reported + 1);
        checkHoldsEdits(plan, initial.team.members, inFile);
        reported = inFile;
    }
    INFO("milliseconds: " << clock.elapsed() << ", commits interrupted: " << interruptedCommits);
    CHECK(killedWhileEditing >= rounds / 2);
    CHECK(reported > rounds);
    CHECK(interruptedCommits > 0); // the recovery from a hot journal was exercised
}

TEST_CASE("A plan left half-saved is repaired when it is next opened for editing", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.salesplan"));
    const QString frozen = dir.filePath(QStringLiteral("frozen.salesplan"));
    const Plan plan = largePlan(10, 3000);
    REQUIRE(PlanFile::create(path, plan).ok());
    {
        // A transaction large enough to spill into the file before it commits, copied together
        // with its journal at that moment: the copy is a plan whose save was cut off.
        store::Connection connection;
        REQUIRE(connection.open(path, store::Connection::Mode::ReadWrite).ok());
        REQUIRE(store::exec(connection.db(), QStringLiteral("PRAGMA cache_size = 10")).ok());
        REQUIRE(store::beginWrite(connection.db()).ok());
        REQUIRE(store::exec(connection.db(),
                            QStringLiteral("UPDATE history SET region = region || ' (half-saved)'"))
                    .ok());
        REQUIRE(QFile::exists(path + QStringLiteral("-journal")));
        REQUIRE(QFile::copy(path, frozen));
        REQUIRE(
            QFile::copy(path + QStringLiteral("-journal"), frozen + QStringLiteral("-journal")));
        store::rollbackWrite(connection.db());
    }
    REQUIRE(sha256(frozen) != sha256(path)); // the copy holds part of the unfinished save

    const QByteArray bytes = sha256(frozen);
    const auto readOnly = PlanFile::open(frozen, PlanFile::Access::ReadOnly);
    REQUIRE_FALSE(readOnly.ok());
    CHECK(readOnly.error().message().startsWith(
        QStringLiteral("This plan was being saved when SalesPlan or the computer stopped.")));
    CHECK(sha256(frozen) == bytes);

    auto repaired = PlanFile::open(frozen);
    INFO((repaired.ok() ? QString() : repaired.error().message()).toStdString());
    REQUIRE(repaired.ok());
    CHECK((*repaired)->plan() == plan);
    CHECK_FALSE(QFile::exists(frozen + QStringLiteral("-journal")));
}
