// A SalesPlan killed at any moment loses no edit it had reported saved, and leaves a plan that
// opens. store_crash_child commits edits, table edits, undos and redos, or saves copies in a loop;
// this test kills it at random moments.
#include "storetestsupport.h"

#include "exchange/planjson.h"
#include "store/connection.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
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

// The same digest as store_crash_child's: of the plan's JSON, which holds every field and row.
QString planDigest(const Plan &plan)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(planToJson(plan), QCryptographicHash::Sha256).toHex());
}

// The whole lines a killed child printed; a line cut off by the kill is left out.
QStringList completeLines(const QByteArray &output)
{
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    lines.removeLast(); // empty after a final newline, else the cut-off line
    return lines;
}

// What a killed child of the tables or undo mode said about its writes: the plan of the last
// write it reported committed (`committed`, unchanged when none) and of the one it had started
// and not reported (`writing`, empty when none).
struct Announced
{
    QString committed;
    QString writing;
    QString writingKind; // "edit", "undo" or "redo" in the undo mode
    int commits = 0;
};

Announced announced(const QByteArray &output, const QString &committedBefore)
{
    Announced said{committedBefore, {}, {}, 0};
    QString writingNumber;
    for (const QString &line : completeLines(output)) {
        const QStringList words = line.split(u' ');
        if (words.value(0) == u"writing") {
            writingNumber = words.value(1);
            said.writing = words.value(2);
            said.writingKind = words.value(3);
        } else if (words.value(0) == u"committed" && words.value(1) == writingNumber) {
            said.committed = said.writing;
            said.writing.clear();
            said.writingKind.clear();
            ++said.commits;
        }
    }
    return said;
}

// Starts store_crash_child with `arguments` and kills it: mostly a moment after it has printed
// `mark` (so a slow, loaded machine still kills it at work), one time in five at any moment from
// its start. Returns what it printed.
QByteArray runAndKill(const QStringList &arguments, QRandomGenerator &random, const char *mark)
{
    QProcess child;
    child.start(QStringLiteral(STORE_CRASH_CHILD), arguments);
    REQUIRE(child.waitForStarted());
    QByteArray output;
    if (random.bounded(5) == 0) {
        QThread::msleep(random.bounded(5, 90));
    } else {
        while (!output.contains(mark) && child.waitForReadyRead(30000))
            output += child.readAllStandardOutput();
        QThread::msleep(random.bounded(0, 40));
    }
    const bool running = child.state() == QProcess::Running;
    child.kill();
    child.waitForFinished();
    INFO("child stderr: " << child.readAllStandardError().toStdString());
    REQUIRE(running);
    REQUIRE(child.exitStatus() == QProcess::CrashExit);
    return output + child.readAllStandardOutput();
}

// The plan at `path` after a kill: whole by SQLite's own check, and opened for editing (the
// killed child's lock is stale, a hot journal is rolled back).
Plan reopened(const QString &path)
{
    REQUIRE(sqlOnFile(path, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    auto opened = PlanFile::open(path);
    INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
    REQUIRE(opened.ok());
    return (*opened)->plan();
}

// Kills `mode` ("tables" or "undo") `rounds` times; after each kill the file must hold exactly
// the last plan the child reported committed or the one it was writing. Returns the kinds of
// the writes in flight at the kills, counted.
QMap<QString, int> killWhileWriting(const QString &mode, int rounds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.salesplan"));
    REQUIRE(PlanFile::create(path, largePlan(6, 8)).ok());
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);
    QString inFile = planDigest(reopened(path));
    QMap<QString, int> inFlight;
    int commits = 0;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        const QByteArray output =
            runAndKill({mode, path, QString::number(random.generate())}, random, "committed");
        const Announced said = announced(output, inFile);
        INFO("child output:\n" << output.right(400).toStdString());
        inFile = planDigest(reopened(path));
        if (!said.writing.isEmpty())
            ++inFlight[said.writingKind.isEmpty() ? QStringLiteral("edit") : said.writingKind];
        // Nothing reported is lost, and nothing but the write in flight is added.
        REQUIRE((inFile == said.committed || inFile == said.writing));
        commits += said.commits;
    }
    // The children got work done before the kills: four rounds in five wait for a first commit
    // (the writes in flight are checked by the caller).
    CHECK(commits >= rounds / 2);
    return inFlight;
}

// Leaves only `keep` in `folder`: a killed Save As leaves its temporary files behind.
void removeAllBut(const QString &folder, const QStringList &keep)
{
    for (const QString &name : entries(folder)) {
        if (!keep.contains(name))
            QFile::remove(QDir(folder).filePath(name));
    }
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

TEST_CASE("Killing SalesPlan while it adds, removes and moves rows of several tables loses "
          "no reported edit and half-writes none",
          "[store][crash]")
{
    const QMap<QString, int> inFlight = killWhileWriting(QStringLiteral("tables"), 100);
    INFO("writes in flight at the kills: " << inFlight.value(QStringLiteral("edit")));
    CHECK(inFlight.value(QStringLiteral("edit")) > 0);
}

TEST_CASE("Killing SalesPlan while it edits, undoes and redoes leaves one of its reported plans",
          "[store][crash]")
{
    const QMap<QString, int> inFlight = killWhileWriting(QStringLiteral("undo"), 100);
    INFO("edits, undos and redos in flight at the kills: "
         << inFlight.value(QStringLiteral("edit")) << ", " << inFlight.value(QStringLiteral("undo"))
         << ", " << inFlight.value(QStringLiteral("redo")));
    CHECK(inFlight.value(QStringLiteral("edit")) > 0);
    CHECK(inFlight.value(QStringLiteral("undo")) > 0);
    CHECK(inFlight.value(QStringLiteral("redo")) > 0);
}

TEST_CASE("Killing SalesPlan during Save As leaves no copy or a whole one, and the plan as it was",
          "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.salesplan"));
    const QString copy = dir.filePath(QStringLiteral("copy.salesplan"));
    const Plan plan = largePlan(100, 10000); // megabytes, so a copy takes a while to write
    REQUIRE(PlanFile::create(path, plan).ok());
    const QByteArray bytes = sha256(path);
    const QStringList kept{QStringLiteral("source.salesplan"),
                           QStringLiteral("source.salesplan.lock"),
                           QStringLiteral("copy.salesplan"), QStringLiteral("copy.salesplan.lock")};

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);
    int killedWhileSaving = 0;
    int noCopy = 0;
    for (int round = 0; round < 50; ++round) {
        INFO("round " << round);
        if (random.bounded(2) == 0) // half the time there is no older copy to replace
            QFile::remove(copy);
        // Killed mostly during its first save, so that a copy is sometimes never made.
        const QByteArray output =
            runAndKill({QStringLiteral("saveas"), path, copy}, random, "saving");
        const QStringList lines = completeLines(output);
        if (!lines.isEmpty() && lines.last().startsWith(QStringLiteral("saving")))
            ++killedWhileSaving;

        CHECK(sha256(path) == bytes);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
        if (QFile::exists(copy)) {
            auto opened = PlanFile::open(copy, PlanFile::Access::ReadOnly);
            INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
            REQUIRE(opened.ok());
            CHECK((*opened)->plan() == plan);
        } else {
            ++noCopy;
        }
        removeAllBut(dir.path(), kept);
    }
    REQUIRE(reopened(path) == plan);
    INFO("kills while saving: " << killedWhileSaving << ", rounds with no copy: " << noCopy);
    CHECK(killedWhileSaving > 0);
    CHECK(noCopy > 0);
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
