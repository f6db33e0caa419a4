// The team server over loopback: publishing the 500-member plan, consolidating 50 unit plans of
// 100 members each from the server, and 20 publishers at once (each its own connection), which
// must all succeed with no version lost or mixed up.
//
// Without SALESPLAN_BENCH_SERVER (postgresql://SUPERUSER@HOST:PORT/DB, password in PGPASSWORD) it
// starts a throw-away cluster with tests/server/pgcluster.sh and stops it afterwards.

#include "benchsupport.h"

#include "server/teamserver.h"
#include "team/consolidation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace salesplan;
using namespace salesplan::server;

namespace {

// The folder of the cluster this benchmark started, to stop it however the benchmark ends.
QString startedCluster;

void stopCluster()
{
    if (!startedCluster.isEmpty())
        QProcess::execute(QStringLiteral(SALESPLAN_PGCLUSTER_SCRIPT),
                          {QStringLiteral("stop"), startedCluster});
    startedCluster.clear();
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_server: %s\n", qPrintable(message));
    stopCluster();
    std::exit(1);
}

template <typename T> T must(Result<T> result, const char *doing)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QString::fromUtf8(doing), result.error().message()));
    return std::move(result).value();
}

// The superuser's address and password: given, or of a cluster started for the benchmark.
struct Cluster
{
    QString url;
    QString password;
};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read ") + path);
    return QString::fromUtf8(file.readAll()).trimmed();
}

Cluster startCluster(const QTemporaryDir &temp)
{
    if (qEnvironmentVariableIsSet("SALESPLAN_BENCH_SERVER"))
        return {qEnvironmentVariable("SALESPLAN_BENCH_SERVER"), qEnvironmentVariable("PGPASSWORD")};
    const QString dir = temp.filePath(QStringLiteral("pgcluster"));
    if (QProcess::execute(QStringLiteral(SALESPLAN_PGCLUSTER_SCRIPT),
                          {QStringLiteral("start"), dir}) != 0) {
        startedCluster = dir;
        die(QStringLiteral("the cluster did not start (tests/server/pgcluster.sh)"));
    }
    startedCluster = dir;
    return {readFile(dir + QStringLiteral("/url")),
            readFile(dir + QStringLiteral("/admin-password"))};
}

void runAsAdmin(const Cluster &cluster, const QString &sql)
{
    const QUrl url(cluster.url);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(cluster.password);
        db.setDatabaseName(url.path().mid(1));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(sql))
            die(sql + QStringLiteral(": ") + db.lastError().text() + query.lastError().text());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
}

// The benchmark's own database in the cluster, its roles named after it.
struct BenchDatabase
{
    Cluster cluster;
    QString name = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());

    QString url(const QString &role) const
    {
        QUrl url(cluster.url);
        url.setUserName(role);
        url.setPath(u'/' + name);
        return url.toString();
    }
    QString role(const QString &base) const { return base + u'_' + name; }
    static QString password(const QString &role) { return QStringLiteral("pw-") + role; }
    std::unique_ptr<TeamServer> signIn(const QString &role) const
    {
        auto server = std::make_unique<TeamServer>();
        const bool admin = role == QUrl(cluster.url).userName();
        must<Success>(server->connect(url(role), admin ? cluster.password : password(role)),
                      "signing in");
        return server;
    }
};

QString unitName(int i)
{
    return QStringLiteral("unit%1").arg(i, 2, 10, QLatin1Char('0'));
}

// A unit's plan: 100 members over 9 regions and 4 product lines, a year of history.
Plan unitPlan(int i)
{
    Plan plan = largeBenchPlan(100);
    plan.info.name = unitName(i);
    plan.history.resize(120);
    plan.targets.annualTarget.minor += i * 1'234'567;
    return plan;
}

void benchPublish(const BenchDatabase &db)
{
    const Plan plan = largeBenchPlan(500);
    auto manager = db.signIn(db.role(unitName(0)));
    std::vector<double> samples;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        must(manager->publish(unitName(0), plan), "publishing");
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("publish the 500-member plan (500 members, 10,000 history rows): median %.0f ms, "
                "max %.0f ms (goal < 300 ms)\n",
                median(samples), maximum(samples));
}

void benchConsolidate(const BenchDatabase &db, int units)
{
    Plan team = largeBenchPlan(0);
    team.history.clear();
    for (int i = 0; i < units; ++i) {
        team.units.append({team.ids.take(), unitName(i), unitName(i) + QStringLiteral(".salesplan"),
                           Money{0, QStringLiteral("CNY")}, 1.0});
        must(db.signIn(db.role(unitName(i)))->publish(unitName(i), unitPlan(i)), "publishing");
    }
    team.targets.unitAllocation = UnitAllocation::Weights;
    auto director = db.signIn(db.role(QStringLiteral("director")));
    must(director->publishAllocation(team), "publishing the allocation");
    std::vector<double> fetches;
    std::vector<double> totals;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const PublishedPlan allocation = must(director->fetchAllocation(), "fetching");
        const QList<PublishedPlan> published = must(director->fetchUnits(), "fetching");
        fetches.push_back(double(timer.nsecsElapsed()) / 1e6);
        QList<UnitInput> inputs;
        for (const PublishedPlan &unit : published)
            inputs.append({unit.version.unit, unit.plan, QString()});
        const Consolidation consolidation = consolidate(allocation.plan, inputs);
        totals.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (consolidation.figures.unitsSummed != units)
            die(QStringLiteral("only %1 units summed").arg(consolidation.figures.unitsSummed));
    }
    std::printf("consolidate %d unit plans of 100 members from the server: median %.0f ms "
                "(fetching %.0f ms), max %.0f ms (goal < 300 ms)\n",
                units, median(totals), median(fetches), maximum(totals));
}

// What a publish spends on the unit's figures, and a manager's consolidation of the allocation
// over `units` units' figures (after benchConsolidate() published them).
void benchFigures(const BenchDatabase &db, int units)
{
    const Plan plan = largeBenchPlan(500);
    std::vector<double> figures;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const UnitFigures worked = unitFiguresOf(plan);
        figures.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!worked.months)
            die(QStringLiteral("the 500-member plan has no months"));
    }
    auto manager = db.signIn(db.role(unitName(1)));
    std::vector<double> fetches;
    std::vector<double> totals;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const PublishedPlan allocation = must(manager->fetchAllocation(), "fetching");
        const QList<PublishedFigures> published = must(manager->fetchUnitFigures(), "fetching");
        fetches.push_back(double(timer.nsecsElapsed()) / 1e6);
        QList<UnitFiguresInput> inputs;
        for (const PublishedFigures &unit : published)
            inputs.append({unit.version.unit, unit.figures, QString()});
        const Consolidation consolidation = consolidateFigures(allocation.plan, inputs);
        totals.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (consolidation.figures.unitsSummed != units)
            die(QStringLiteral("only %1 units' figures summed")
                    .arg(consolidation.figures.unitsSummed));
    }
    std::printf("the 500-member plan's figures, worked out for each publish: median %.0f ms\n",
                median(figures));
    std::printf("a manager consolidates %d units' published figures: median %.0f ms (fetching %.0f "
                "ms), max %.0f ms\n",
                units, median(totals), median(fetches), maximum(totals));
}

// `threads` publishers at once, each on its own connection: first each on its own unit
// (`rounds` publishes each, every one based on the one before), then all on one unit.
void benchConcurrent(const BenchDatabase &db, int threads, int rounds)
{
    std::atomic<int> failures = 0;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            TeamServer server;
            const QString role = db.role(unitName(t));
            if (!server.connect(db.url(role), BenchDatabase::password(role))) {
                ++failures;
                return;
            }
            const qint64 first = (*server.latestVersion(unitName(t)))->number;
            for (int r = 0; r < rounds; ++r) {
                Plan plan = unitPlan(t);
                plan.info.name = QStringLiteral("%1 round %2").arg(unitName(t)).arg(r);
                if (!server.publish(unitName(t), plan, {std::nullopt, first + r}))
                    ++failures;
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    const double ownUnits = double(timer.nsecsElapsed()) / 1e6;

    // Every unit's latest version is its last round, numbered after all the others.
    auto director = db.signIn(db.role(QStringLiteral("director")));
    int lost = 0;
    for (const PublishedPlan &unit : must(director->fetchUnits(), "fetching")) {
        const int t = unit.version.unit.mid(4).toInt();
        if (t < threads && unit.plan.info.name !=
                               QStringLiteral("%1 round %2").arg(unit.version.unit).arg(rounds - 1))
            ++lost;
    }

    timer.restart();
    workers.clear();
    std::atomic<int> sameUnitFailures = 0;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            TeamServer server;
            const QString role = db.role(unitName(0));
            Plan plan = unitPlan(0);
            plan.info.name = QStringLiteral("publisher %1").arg(t);
            if (!server.connect(db.url(role), BenchDatabase::password(role)) ||
                !server.publish(unitName(0), plan))
                ++sameUnitFailures;
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    const double oneUnit = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%d concurrent publishers, %d publishes each on their own unit: %.0f ms, %d "
                "failed, %d units whose last publish is not their latest version\n",
                threads, rounds, ownUnits, failures.load(), lost);
    std::printf("%d concurrent publishers on one unit: %.0f ms, %d failed\n", threads, oneUnit,
                sameUnitFailures.load());
    if (failures > 0 || lost > 0 || sameUnitFailures > 0)
        die(QStringLiteral("a publish failed or was lost"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    BenchDatabase db{startCluster(temp)};
    runAsAdmin(db.cluster, QStringLiteral("CREATE DATABASE ") + db.name);
    {
        auto admin = db.signIn(QUrl(db.cluster.url).userName());
        must<Success>(admin->init(), "init");
        must<Success>(
            admin->addDirector(db.role(QStringLiteral("director")),
                               BenchDatabase::password(db.role(QStringLiteral("director")))),
            "adding the director");
        for (int i = 0; i < 50; ++i)
            must<Success>(admin->addUnit(unitName(i), db.role(unitName(i)),
                                         BenchDatabase::password(db.role(unitName(i)))),
                          "adding a unit");
    }
    benchPublish(db);
    benchConsolidate(db, 50);
    benchFigures(db, 50);
    benchConcurrent(db, 20, 5);

    runAsAdmin(db.cluster, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db.name));
    for (const QString &base : QStringList{QStringLiteral("director")} + [] {
             QStringList units;
             for (int i = 0; i < 50; ++i)
                 units.append(unitName(i));
             return units;
         }())
        runAsAdmin(db.cluster, QStringLiteral("DROP ROLE IF EXISTS ") + db.role(base));
    stopCluster();
    return 0;
}
