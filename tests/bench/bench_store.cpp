// Benchmark of the plan file: prints figures, asserts nothing. Run it from a Release build, in
// a folder on the disk the users' plans live on (fsync on tmpfs costs nothing):
//   build/release/tests/bench/bench_store [FOLDER]
//
// 1. Opening a plan of 500 members and 10,000 history rows (budget: < 150 ms).
// 2. Committing one edit, fsync included, against the floor: one UPDATE of one row committed
//    through the sqlite3 C API with the same journal mode and synchronous setting
//    (budget: < 1.5 × the floor).
// 3. A JSON export and import of the same plan (budget: < 200 ms for the round trip).
#include "exchange/planjson.h"
#include "store/planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace salesplan;

namespace {

Plan benchPlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("Benchmark plan");
    for (int i = 0; i < 500; ++i) {
        Member member;
        member.id = plan.ids.take();
        member.name = QStringLiteral("销售代表 %1").arg(i);
        member.role = QStringLiteral("Account executive");
        member.region = QStringLiteral("Region %1").arg(i % 9);
        member.quotaShare = 1.0 + (i % 4) * 0.25;
        member.startDate = QDate(2026, 1 + i % 12, 1);
        member.rampMonths = i % 4;
        plan.team.members.append(member);
    }
    for (int i = 0; i < 10'000; ++i) {
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = QDate(2024 + (i / 12) % 3, 1 + i % 12, 1);
        entry.region = QStringLiteral("Region %1").arg(i % 9);
        entry.product = QStringLiteral("Product line %1").arg(i % 12);
        entry.member = QStringLiteral("销售代表 %1").arg(i % 500);
        entry.amount = Money::of(1'000'000 + i * 37, QStringLiteral("CNY"));
        plan.history.append(entry);
    }
    return plan;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(what));
    std::exit(1);
}

// Median in milliseconds of `runs` runs of `work`.
double medianMs(int runs, const std::function<void(int)> &work)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work(run);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(QStringLiteral("%1: %2").arg(QLatin1StringView(what),
                                          QString::fromUtf8(sqlite3_errmsg(db))));
}

// One row updated and committed per run, straight through the C API: the floor for a commit.
double rawCommitMs(const QString &path, const char *synchronous, int runs)
{
    sqlite3 *db = nullptr;
    check(db, sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
          "open");
    check(db, sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr),
          "journal_mode");
    check(db, sqlite3_exec(db, synchronous, nullptr, nullptr, nullptr), "synchronous");
    sqlite3_stmt *update = nullptr;
    check(db,
          sqlite3_prepare_v2(db, "UPDATE members SET name = ? WHERE id = ?", -1, &update, nullptr),
          "prepare");
    const double ms = medianMs(runs, [&](int run) {
        check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
        // A value the row never had: SQLite skips writing a row that did not change.
        const QByteArray name =
            QStringLiteral("raw %1 %2").arg(QLatin1StringView(synchronous)).arg(run).toUtf8();
        sqlite3_bind_text(update, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 2, 20 + run % 400);
        check(db, sqlite3_step(update), "update");
        sqlite3_reset(update);
        check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    });
    sqlite3_finalize(update);
    sqlite3_close(db);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QTemporaryDir dir(folder + QStringLiteral("/bench_store-XXXXXX"));
    if (!dir.isValid())
        fail(QStringLiteral("cannot make a folder in %1").arg(folder));
    const QString path = dir.filePath(QStringLiteral("bench.salesplan"));
    const Plan plan = benchPlan();

    QElapsedTimer timer;
    timer.start();
    {
        auto created = PlanFile::create(path, plan);
        if (!created)
            fail(created.error().message());
    }
    const double createMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("plan: 500 members, 10,000 history rows, %lld KiB on disk (in %s)\n",
                QFile(path).size() / 1024, qPrintable(QDir::toNativeSeparators(dir.path())));
    std::printf("create:                      %8.2f ms\n", createMs);

    const double openMs = medianMs(9, [&](int) {
        auto opened = PlanFile::open(path);
        if (!opened)
            fail(opened.error().message());
        if ((*opened)->plan().history.size() != 10'000)
            fail(QStringLiteral("the plan did not read back"));
    });
    std::printf("open (median of 9):          %8.2f ms   budget < 150 ms: %s\n", openMs,
                openMs < 150 ? "ok" : "OVER");

    constexpr int commits = 60;
    double commitMs = 0;
    {
        auto opened = PlanFile::open(path);
        if (!opened)
            fail(opened.error().message());
        PlanFile &file = **opened;
        Plan edited = file.plan();
        commitMs = medianMs(commits, [&](int run) {
            edited.team.members[run % 500].name = QStringLiteral("edit %1").arg(run);
            const Status status = file.commit(edited);
            if (!status)
                fail(status.error().message());
        });
    }
    const double rawExtraMs = rawCommitMs(path, "PRAGMA synchronous = EXTRA", commits);
    const double rawFullMs = rawCommitMs(path, "PRAGMA synchronous = FULL", commits);
    std::printf("commit one edit (median of %d): %8.3f ms\n", commits, commitMs);
    std::printf("raw sqlite3 commit, DELETE + EXTRA (the floor): %8.3f ms\n", rawExtraMs);
    std::printf("raw sqlite3 commit, DELETE + FULL (reference):  %8.3f ms\n", rawFullMs);
    const double ratio = commitMs / rawExtraMs;
    std::printf("commit / floor:              %8.2f     budget <= 1.5: %s\n", ratio,
                ratio <= 1.5 ? "ok" : "OVER");

    const double jsonMs = medianMs(9, [&](int) {
        const Result<Plan> back = planFromJson(planToJson(plan));
        if (!back || back->history.size() != 10'000)
            fail(QStringLiteral("the JSON round trip lost the plan"));
    });
    std::printf("JSON export + import (median of 9): %8.2f ms   budget < 200 ms: %s\n", jsonMs,
                jsonMs < 200 ? "ok" : "OVER");
    return 0;
}
