#include "serversupport.h"
#include "storetestsupport.h"

#include "plan/format.h"
#include "server/planmirror.h"
#include "server/serverschema.h"
#include "server/serverurl.h"
#include "store/schema.h"
#include "summary/plansummary.h"
#include "team/consolidation.h"
#include "team/unitfigures.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace salesplan;
using namespace salesplan::server;
using namespace salesplan::servertest;

namespace {

std::string text(const Error &error)
{
    return error.message().toStdString();
}

template <typename T> T require(Result<T> result)
{
    INFO((result ? std::string() : text(result.error())));
    REQUIRE(result);
    return std::move(result).value();
}

// The latest version of `unit` among the units a server returns.
const PublishedPlan *unitNamed(const QList<PublishedPlan> &units, const QString &unit)
{
    for (const PublishedPlan &published : units) {
        if (published.version.unit == unit)
            return &published;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A server address is read for QPSQL and printed without its password")
{
    const auto address = parseServerUrl(
        QStringLiteral("postgresql://anna:s3cret@db.example.com:6543/sales?sslmode=verify-full"));
    REQUIRE(address);
    CHECK(address->host == QStringLiteral("db.example.com"));
    CHECK(address->port == 6543);
    CHECK(address->database == QStringLiteral("sales"));
    CHECK(address->user == QStringLiteral("anna"));
    CHECK(address->password == QStringLiteral("s3cret"));
    CHECK(address->connectOptions == QStringLiteral("sslmode=verify-full;connect_timeout=10"));
    CHECK(displayUrl(*address) == QStringLiteral("postgresql://anna@db.example.com:6543/sales"));

    CHECK(redactedUrl(QStringLiteral("postgresql://anna:s3cret@db:5432/sales")) ==
          QStringLiteral("postgresql://anna:***@db:5432/sales"));
    CHECK(redactedUrl(QStringLiteral("postgres://anna@db/sales?sslmode=require&password=s3cret")) ==
          QStringLiteral("postgres://anna@db/sales?sslmode=require&password=***"));
    CHECK(redactedUrl(QStringLiteral("postgresql://anna@db/sales")) ==
          QStringLiteral("postgresql://anna@db/sales"));
    // Even text that is no URL loses its password.
    CHECK_FALSE(redactedUrl(QStringLiteral("postgresql://anna:s3c ret@")).contains(u"s3c"));

    const auto unknownOption = parseServerUrl(QStringLiteral("postgresql://anna:s3cret@db/sales?"
                                                             "options=-csearch_path%3Dx"));
    REQUIRE_FALSE(unknownOption);
    CHECK(unknownOption.error().message().contains(QStringLiteral("options")));
    CHECK_FALSE(unknownOption.error().message().contains(QStringLiteral("s3cret")));
    CHECK_FALSE(parseServerUrl(QStringLiteral("postgresql://db/sales"))); // no user
    CHECK_FALSE(parseServerUrl(QStringLiteral("postgresql://anna@db")));  // no database
    CHECK_FALSE(parseServerUrl(QStringLiteral("mysql://anna@db/sales"))); // not PostgreSQL
}

TEST_CASE("server init makes the schema, the roles and row-level security, and runs again "
          "without harm")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    CHECK(db.adminValue(QStringLiteral("SELECT server_version || '/' || plan_version FROM "
                                       "salesplan.server_schema")) ==
          QStringLiteral("%1/%2")
              .arg(latestServerVersion())
              .arg(store::latestVersion(store::planMigrations())));
    // Every plan table of the file, and five of the server's own.
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                       "table_schema = 'salesplan'"))
              .toLongLong() == planMirrorTables().size() + 5);
    // Row-level security on every table but the schema version, which all roles may read.
    CHECK(db.adminValue(QStringLiteral("SELECT string_agg(relname, ',') FROM pg_class c JOIN "
                                       "pg_namespace n ON n.oid = c.relnamespace WHERE "
                                       "nspname = 'salesplan' AND relkind = 'r' AND NOT "
                                       "relrowsecurity")) == QStringLiteral("server_schema"));
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                       "('salesplan_director', 'salesplan_manager')")) ==
          QStringLiteral("2"));
    // The members table has the file's columns behind version_id.
    CHECK(db.adminValue(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                       "table_schema = 'salesplan' AND table_name = 'members' "
                                       "AND column_name = 'quota_share'")) ==
          QStringLiteral("double precision"));

    TeamServer admin;
    REQUIRE(admin.connect(db.adminUrl(), adminPassword()));
    REQUIRE(admin.init());
    REQUIRE(admin.init());
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.server_units")) ==
          QStringLiteral("1"));
}

TEST_CASE("server init adds what a newer SalesPlan's file schema has and the server lacks")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    // As if the server had been set up before the sales budget: without its table and column.
    db.adminValue(QStringLiteral("DROP TABLE salesplan.budget_lines"));
    db.adminValue(QStringLiteral("ALTER TABLE salesplan.members DROP COLUMN quota_amount_minor"));
    // … and before the plan kept its basis at the team server.
    db.adminValue(
        QStringLiteral("ALTER TABLE salesplan.plan DROP COLUMN team_server_unit_version"));
    db.adminValue(QStringLiteral("UPDATE salesplan.server_schema SET plan_version = 13"));
    // … and before the units' figures (server schema 1).
    db.adminValue(QStringLiteral("DROP TABLE salesplan.unit_figures"));
    db.adminValue(QStringLiteral("UPDATE salesplan.server_schema SET server_version = 1"));
    auto north = db.signIn(db.role(QStringLiteral("north")));
    const auto refused =
        north->publish(QStringLiteral("north"), unitPlan(QStringLiteral("North"), 100));
    REQUIRE_FALSE(refused);
    CHECK(north->lastProblem() == ServerProblem::Schema);
    CHECK(refused.error().message().contains(QStringLiteral("salesplan server init")));
    CHECK(refused.error().message().contains(
        QStringLiteral("server schema 1, plan schema 13; this SalesPlan writes %1 and %2")
            .arg(latestServerVersion())
            .arg(store::latestVersion(store::planMigrations()))));

    TeamServer admin;
    REQUIRE(admin.connect(db.adminUrl(), adminPassword()));
    REQUIRE(admin.init());
    CHECK(
        db.adminValue(QStringLiteral("SELECT to_regclass('salesplan.budget_lines') IS NOT NULL")) ==
        QStringLiteral("true"));
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                       "table_schema = 'salesplan' AND table_name = 'plan' AND "
                                       "column_name = 'team_server_unit_version'")) ==
          QStringLiteral("1"));
    CHECK(db.adminValue(QStringLiteral("SELECT server_version FROM salesplan.server_schema")) ==
          QString::number(latestServerVersion()));
    auto again = db.signIn(db.role(QStringLiteral("north")));
    CHECK(again->publish(QStringLiteral("north"), unitPlan(QStringLiteral("North"), 100)));
    CHECK(require(again->fetchUnitFigures()).size() == 1);
}

TEST_CASE("Two managers publish their units as two roles, and the director fetches both as they "
          "went up")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north"), QStringLiteral("south")});
    auto director = db.signIn(db.role(QStringLiteral("director")));
    auto north = db.signIn(db.role(QStringLiteral("north")));
    auto south = db.signIn(db.role(QStringLiteral("south")));

    const PublishedVersion allocation =
        require(director->publishAllocation(unitPlan(QStringLiteral("Team"), 300'000'000)));
    CHECK(allocation.number == 1);
    CHECK(allocation.unit.isEmpty());

    const Plan northPlan = storetest::fullPlan(); // every field, Chinese, emoji, int64 limits
    const Plan southPlan = unitPlan(QStringLiteral("South"), 120'000'000);
    const PublishedVersion first =
        require(north->publish(QStringLiteral("north"), northPlan, {allocation.number, 0}));
    CHECK(first.number == 1);
    CHECK(first.publishedBy == db.role(QStringLiteral("north")));
    CHECK(first.basedOnAllocation == allocation.number);
    require(south->publish(QStringLiteral("south"), southPlan));

    const QList<PublishedPlan> all = require(director->fetchUnits());
    REQUIRE(all.size() == 2);
    REQUIRE(unitNamed(all, QStringLiteral("north")));
    CHECK(unitNamed(all, QStringLiteral("north"))->plan == northPlan);
    CHECK(unitNamed(all, QStringLiteral("south"))->plan == southPlan);

    // A second publish is the next version; the fetch returns the latest only.
    Plan changed = southPlan;
    changed.targets.annualTarget.minor = 130'000'000;
    CHECK(require(south->publish(QStringLiteral("south"), changed, {{}, 1})).number == 2);
    CHECK(unitNamed(require(director->fetchUnits()), QStringLiteral("south"))->plan == changed);

    // Each manager reads the allocation and their own unit only.
    const QList<PublishedPlan> mine = require(north->fetchUnits());
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().version.unit == QStringLiteral("north"));
    CHECK(require(north->fetchAllocation()).plan.targets.annualTarget.minor == 300'000'000);
    CHECK(require(north->units()).size() == 1);
    CHECK(require(director->units()).size() == 2);

    // Nobody publishes for a unit that is not theirs, nor the allocation unless a director.
    CHECK_FALSE(north->publish(QStringLiteral("south"), southPlan));
    CHECK(north->lastProblem() == ServerProblem::Permission);
    const auto notDirector = north->publishAllocation(unitPlan(QStringLiteral("Team"), 1));
    REQUIRE_FALSE(notDirector);
    CHECK(north->lastProblem() == ServerProblem::Permission);
    CHECK(require(director->fetchAllocation()).version.number == 1);
}

TEST_CASE("A manager's SELECT of another unit's rows returns nothing and an UPDATE is refused, "
          "through psql")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north"), QStringLiteral("south")});
    const QString northRole = db.role(QStringLiteral("north"));
    require(db.signIn(northRole)->publish(QStringLiteral("north"),
                                          unitPlan(QStringLiteral("North"), 1, 4)));
    require(db.signIn(db.role(QStringLiteral("south")))
                ->publish(QStringLiteral("south"), unitPlan(QStringLiteral("South"), 1, 7)));
    const QString southVersion = db.adminValue(
        QStringLiteral("SELECT id FROM salesplan.server_versions WHERE unit = 'south'"));
    REQUIRE(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.members WHERE "
                                         "version_id = ") +
                          southVersion) == QStringLiteral("7"));

    const QString url = db.urlAs(northRole);
    const QString password = TestDatabase::passwordOf(northRole);
    const PsqlRun other = psql(url, password,
                               QStringLiteral("SELECT count(*) FROM salesplan.members WHERE "
                                              "version_id = ") +
                                   southVersion);
    INFO(other.err.toStdString());
    CHECK(other.exitCode == 0);
    CHECK(other.out == QStringLiteral("0"));
    CHECK(psql(url, password, QStringLiteral("SELECT count(*) FROM salesplan.members")).out ==
          QStringLiteral("4"));
    CHECK(psql(url, password,
               QStringLiteral("SELECT string_agg(coalesce(unit, '(allocation)'), "
                              "',') FROM salesplan.server_versions"))
              .out == QStringLiteral("north"));

    const PsqlRun update = psql(url, password,
                                QStringLiteral("UPDATE salesplan.members SET name = 'taken' "
                                               "WHERE version_id = ") +
                                    southVersion);
    CHECK(update.exitCode != 0);
    CHECK(update.err.contains(QStringLiteral("permission denied")));
    const PsqlRun forged = psql(url, password,
                                QStringLiteral("INSERT INTO salesplan.server_versions (unit, "
                                               "number) VALUES ('south', 2)"));
    CHECK(forged.exitCode != 0);
    CHECK(forged.err.contains(QStringLiteral("row-level security")));
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.members WHERE name = "
                                       "'taken'")) == QStringLiteral("0"));

    // A role that is neither director nor manager reads nothing at all.
    const QString outsider = db.role(QStringLiteral("outsider"));
    db.adminValue(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                      .arg(outsider, TestDatabase::passwordOf(outsider)));
    const PsqlRun stranger = psql(db.urlAs(outsider), TestDatabase::passwordOf(outsider),
                                  QStringLiteral("SELECT count(*) FROM salesplan.members"));
    db.adminValue(QStringLiteral("DROP ROLE ") + outsider);
    CHECK(stranger.exitCode != 0);
    CHECK(stranger.err.contains(QStringLiteral("permission denied")));
}

TEST_CASE("A publish based on a stale allocation or on a superseded version is refused in words")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    auto director = db.signIn(db.role(QStringLiteral("director")));
    auto north = db.signIn(db.role(QStringLiteral("north")));
    require(director->publishAllocation(
        teamPlan(1'000'000'000, {{QStringLiteral("North"), 1'000'000'000}})));
    const qint64 fetched = require(north->fetchAllocation()).version.number;
    require(north->publish(QStringLiteral("north"), unitPlan(QStringLiteral("North"), 1),
                           {fetched, 0}));

    require(director->publishAllocation(
        teamPlan(1'200'000'000, {{QStringLiteral("North"), 1'200'000'000}}), fetched));
    const auto stale =
        north->publish(QStringLiteral("north"), unitPlan(QStringLiteral("North"), 2), {fetched, 1});
    REQUIRE_FALSE(stale);
    CHECK(north->lastProblem() == ServerProblem::Stale);
    CHECK(stale.error().message().contains(QStringLiteral("version 1 → 2")));
    CHECK(stale.error().message().contains(QStringLiteral("Fetch it")));
    // What changed for the unit, as the plan writes amounts: ¥1,000万 → ¥1,200万.
    CHECK(stale.error().message().contains(
        QStringLiteral("“north” is now allocated %1 (was %2)")
            .arg(formatPlanAmount(Money{1'200'000'000, QStringLiteral("CNY")}),
                 formatPlanAmount(Money{1'000'000'000, QStringLiteral("CNY")}))));
    CHECK(require(north->latestVersion(QStringLiteral("north")))->number == 1);

    // The director's own allocation is refused too when someone else's came first.
    CHECK_FALSE(director->publishAllocation(unitPlan(QStringLiteral("Team"), 1), fetched));
    CHECK(director->lastProblem() == ServerProblem::Stale);

    // Two copies of the unit's version 1: the second to publish is refused.
    require(north->publish(QStringLiteral("north"), unitPlan(QStringLiteral("North"), 3), {2, 1}));
    const auto superseded =
        north->publish(QStringLiteral("north"), unitPlan(QStringLiteral("North"), 4), {2, 1});
    REQUIRE_FALSE(superseded);
    CHECK(north->lastProblem() == ServerProblem::Stale);
    CHECK(superseded.error().message().contains(QStringLiteral("published version 2")));
    CHECK(superseded.error().message().contains(QStringLiteral("based on version 1")));
    const QList<PublishedPlan> units = require(director->fetchUnits());
    CHECK(units.first().plan.targets.annualTarget.minor == 3);
}

TEST_CASE("fetchBasis says what a unit's plan is based on now, the basis is never published, and a "
          "plan with none is refused over any version it has not seen")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north"), QStringLiteral("south")});
    auto director = db.signIn(db.role(QStringLiteral("director")));
    auto north = db.signIn(db.role(QStringLiteral("north")));
    const QString cny = QStringLiteral("CNY");

    // Nothing published: a first publish with no basis passes.
    TeamServerBasis empty = require(north->fetchBasis(QStringLiteral("north"), cny));
    CHECK(empty.server == north->displayUrl());
    CHECK(empty.allocationVersion == 0);
    CHECK(empty.unitVersion == 0);
    CHECK(empty.allocatedTarget == Money{0, cny});
    Plan plan = unitPlan(QStringLiteral("North"), 1'100'000'000);
    plan.teamServer = empty;
    require(north->publish(QStringLiteral("north"), plan, {0, 0}));

    require(director->publishAllocation(teamPlan(
        2'000'000'000, {{QStringLiteral("North"), 1'200'000'000}, {QStringLiteral("South"), 1}})));
    const TeamServerBasis basis = require(north->fetchBasis(QStringLiteral("north"), cny));
    CHECK(basis.allocationVersion == 1);
    CHECK(basis.unitVersion == 1);
    CHECK(basis.allocatedTarget == Money{1'200'000'000, cny});
    CHECK_FALSE(north->fetchBasis(QStringLiteral("south"), cny));
    CHECK(north->lastProblem() == ServerProblem::Permission);

    // A plan that has seen neither: refused over the allocation, then over the unit's version.
    const auto unseen = north->publish(QStringLiteral("north"), plan, {0, 1});
    REQUIRE_FALSE(unseen);
    CHECK(north->lastProblem() == ServerProblem::Stale);
    CHECK(unseen.error().message().startsWith(
        QStringLiteral("The director has published an allocation this plan has not seen "
                       "(version 1, published by %1")
            .arg(db.role(QStringLiteral("director")))));
    CHECK(unseen.error().message().contains(QStringLiteral("“north” is now allocated")));
    const auto notFetched = north->publish(QStringLiteral("north"), plan, {1, 0});
    REQUIRE_FALSE(notFetched);
    CHECK(notFetched.error().message().startsWith(
        QStringLiteral("Fetch first: “north” has version 1 published by %1")
            .arg(db.role(QStringLiteral("north")))));

    // The publisher's basis stays in its file: the server's copy has none.
    require(north->publish(QStringLiteral("north"), plan, {1, 1}));
    const QList<PublishedPlan> units = require(director->fetchUnits());
    REQUIRE(unitNamed(units, QStringLiteral("north")));
    CHECK(unitNamed(units, QStringLiteral("north"))->plan.teamServer == TeamServerBasis{});
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.plan WHERE team_server <> "
                                       "'' OR team_server_unit_version <> 0")) ==
          QStringLiteral("0"));
}

TEST_CASE("A publish interrupted by killing its server process mid-transaction leaves the "
          "previous version whole")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    const QString northRole = db.role(QStringLiteral("north"));
    const Plan previous = unitPlan(QStringLiteral("North"), 5'000'000, 20);
    require(db.signIn(northRole)->publish(QStringLiteral("north"), previous));

    // The next publish writes its rows table by table; the superuser holds the last table it
    // writes, so the publish waits there with most of its rows written, and is killed.
    const Plan next = storetest::largePlan(200, 3000);
    ScratchPlan scratch;
    REQUIRE(scratch.load(next));
    QString lastTable;
    for (const MirrorTable &table : planMirrorTables()) {
        QSqlQuery count(scratch.db());
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM ") + table.name));
        REQUIRE(count.next());
        if (count.value(0).toLongLong() > 0)
            lastTable = table.name;
    }
    REQUIRE_FALSE(lastTable.isEmpty());

    const QUrl cluster(clusterUrl());
    QSqlDatabase admin =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("killer"));
    admin.setHostName(cluster.host());
    admin.setPort(cluster.port());
    admin.setUserName(cluster.userName());
    admin.setPassword(adminPassword());
    admin.setDatabaseName(db.name());
    REQUIRE(admin.open());
    {
        QSqlQuery sql(admin);
        REQUIRE(sql.exec(QStringLiteral("BEGIN")));
        REQUIRE(
            sql.exec(QStringLiteral("LOCK TABLE salesplan.%1 IN EXCLUSIVE MODE").arg(lastTable)));

        std::optional<Result<PublishedVersion>> outcome;
        ServerProblem problem = ServerProblem::None;
        std::thread publisher([&] {
            TeamServer north;
            if (north.connect(db.urlAs(northRole), TestDatabase::passwordOf(northRole))) {
                outcome = north.publish(QStringLiteral("north"), next);
                problem = north.lastProblem();
            }
        });
        QString pid;
        QElapsedTimer waited;
        waited.start();
        while (pid.isEmpty() && waited.elapsed() < 30'000) {
            // Asked on a connection of its own: pg_stat_activity stays as it was for the rest
            // of a transaction.
            pid = db.adminValue(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename "
                                               "= '%1' AND wait_event_type = 'Lock'")
                                    .arg(northRole));
            if (pid.isEmpty())
                QThread::msleep(20);
        }
        if (pid.isEmpty()) { // never: the test cannot go on, but the thread must end first
            sql.exec(QStringLiteral("ROLLBACK"));
            publisher.join();
            FAIL("the publish did not wait for the lock on "
                 << lastTable.toStdString() << ": "
                 << (!outcome    ? std::string("no connection")
                     : !*outcome ? text(outcome->error())
                                 : std::string("it went through")));
        }
        CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.server_versions")) ==
              QStringLiteral("1")); // the new version is not seen before it commits
        REQUIRE(sql.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        REQUIRE(sql.exec(QStringLiteral("ROLLBACK")));
        publisher.join();
        REQUIRE(outcome.has_value());
        REQUIRE_FALSE(*outcome);
        CHECK(problem == ServerProblem::Unreachable);
        CHECK(outcome->error().message().contains(QStringLiteral("cannot be reached")));
    }
    admin.close();
    admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("killer"));

    const QList<PublishedPlan> units = require(db.signIn(northRole)->fetchUnits());
    REQUIRE(units.size() == 1);
    CHECK(units.first().version.number == 1);
    CHECK(units.first().plan == previous);
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.members")) ==
          QStringLiteral("20"));
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.history")) ==
          QStringLiteral("0"));
    // The figures others read are still those of the previous version.
    const QList<PublishedFigures> figures = require(db.signIn(northRole)->fetchUnitFigures());
    REQUIRE(figures.size() == 1);
    CHECK(figures.first().version.number == 1);
    CHECK(figures.first().figures == unitFiguresOf(previous));
}

TEST_CASE("Consolidated from the server, the team's figures are the sum of the units' to the "
          "cent")
{
    TestDatabase db;
    const QStringList names = {QStringLiteral("east"), QStringLiteral("west"),
                               QStringLiteral("north"), QStringLiteral("south"),
                               QStringLiteral("centre")};
    db.setUp(names);
    auto director = db.signIn(db.role(QStringLiteral("director")));
    QList<std::pair<QString, qint64>> allocations;
    for (const QString &name : names)
        allocations.append({name, 100'000'000});
    require(director->publishAllocation(teamPlan(500'000'000, allocations)));
    QRandomGenerator random(21);
    for (int round = 0; round < 4; ++round) {
        qint64 published = 0;
        MonthValues months{};
        for (const QString &name : names) {
            // Amounts in fen up to ¥10 billion, odd cents included.
            const Plan plan =
                unitPlan(name, qint64(random.bounded(1'000'000'000'000.0)), 1 + round);
            published += plan.targets.annualTarget.minor;
            const PlanSummary summary = summarizePlan(plan);
            for (int m = 0; m < Period::monthCount; ++m)
                months[std::size_t(m)] += summary.decomposition->months[std::size_t(m)];
            require(db.signIn(db.role(name))->publish(name, plan));
        }
        const Plan team = require(director->fetchAllocation()).plan;
        QList<UnitInput> inputs;
        for (const PublishedPlan &unit : require(director->fetchUnits())) {
            CHECK(unit.version.number == round + 1);
            inputs.append({unit.version.unit, unit.plan, QString()});
        }
        const Consolidation consolidated = consolidate(team, inputs);
        CHECK(consolidated.figures.unitsSummed == names.size());
        CHECK(consolidated.figures.annual == published);
        CHECK(consolidated.figures.months == months);
        CHECK(consolidated.figures.members.size() == names.size() * (1 + round));
    }
}

TEST_CASE("Text that SQL quotes or escapes comes back from the server as it went up")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    auto north = db.signIn(db.role(QStringLiteral("north")));
    Plan plan = unitPlan(QStringLiteral("North"), 1);
    plan.info.name = QStringLiteral("O'Brien's \\plan\\ E'x' $$ -- ; DROP TABLE x; \\'");
    plan.mission.mission =
        QStringLiteral("line one\nline two\ttab \\n 你好 🚀 \u05e9\u05dc\u05d5\u05dd");
    plan.team.members.first().name = QStringLiteral("\\");
    require(north->publish(QStringLiteral("north"), plan));
    CHECK(require(north->fetchUnits()).first().plan == plan);
}

TEST_CASE("Publishers at once on one unit each get their own version, none lost or mixed")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    const QString role = db.role(QStringLiteral("north"));
    constexpr int publishers = 8;
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < publishers; ++t) {
        threads.emplace_back([&, t] {
            TeamServer server;
            Plan plan = unitPlan(QStringLiteral("publisher %1").arg(t), 1'000 + t, 1 + t);
            if (!server.connect(db.urlAs(role), TestDatabase::passwordOf(role)) ||
                !server.publish(QStringLiteral("north"), plan))
                ++failures;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(failures == 0);
    CHECK(db.adminValue(QStringLiteral("SELECT string_agg(number::text, ',' ORDER BY number) "
                                       "FROM salesplan.server_versions")) ==
          QStringLiteral("1,2,3,4,5,6,7,8"));
    // Each version holds the rows of one publisher's plan only: its target and its members.
    CHECK(db.adminValue(QStringLiteral(
              "SELECT count(*) FROM salesplan.server_versions v JOIN salesplan.targets t ON "
              "t.version_id = v.id WHERE (SELECT count(*) FROM salesplan.members m WHERE "
              "m.version_id = v.id) = t.annual_target_minor - 999")) == QStringLiteral("8"));
}

TEST_CASE("A wrong password is refused in words that never hold it")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    const QString northRole = db.role(QStringLiteral("north"));
    TeamServer north;
    const Status wrong = north.connect(db.urlAs(northRole), QStringLiteral("Wrong-Secret-42"));
    REQUIRE_FALSE(wrong);
    CHECK(north.lastProblem() == ServerProblem::Authentication);
    CHECK(wrong.error().message().contains(northRole));
    CHECK_FALSE(wrong.error().message().contains(QStringLiteral("Wrong-Secret-42")));

    QString inUrl = db.urlAs(northRole);
    inUrl.replace(northRole + u'@', northRole + QStringLiteral(":Wrong-Secret-42@"));
    const Status inline_ = north.connect(inUrl);
    REQUIRE_FALSE(inline_);
    CHECK_FALSE(inline_.error().message().contains(QStringLiteral("Wrong-Secret-42")));

    const QUrl cluster(clusterUrl());
    // sslmode reaches libpq: this cluster speaks no TLS, so "require" is refused.
    TeamServer tls;
    const Status noTls = tls.connect(db.urlAs(northRole) + QStringLiteral("?sslmode=require"),
                                     TestDatabase::passwordOf(northRole));
    REQUIRE_FALSE(noTls);
    CHECK(noTls.error().message().contains(QStringLiteral("SSL")));

    TeamServer nobody;
    const Status closed = nobody.connect(
        QStringLiteral("postgresql://%1:Wrong-Secret-42@127.0.0.1:1/%2").arg(northRole, db.name()));
    REQUIRE_FALSE(closed);
    INFO(text(closed.error()));
    CHECK(nobody.lastProblem() == ServerProblem::Unreachable);
    CHECK_FALSE(closed.error().message().contains(QStringLiteral("Wrong-Secret-42")));
}

TEST_CASE("Every team role reads every unit's published figures, to the cent, but no other unit's "
          "plan, and only a unit's publish writes them")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north"), QStringLiteral("south")});
    const QString northRole = db.role(QStringLiteral("north"));
    const QString southRole = db.role(QStringLiteral("south"));
    auto north = db.signIn(northRole);
    auto south = db.signIn(southRole);
    auto director = db.signIn(db.role(QStringLiteral("director")));

    const Plan northPlan = [] {
        Plan plan = storetest::fullPlan(); // hires, a budget, odd amounts
        plan.units.clear();                // a unit's own plan, not a team plan
        return plan;
    }();
    const Plan southPlan = unitPlan(QStringLiteral("South"), 200'000'001, 5);
    require(north->publish(QStringLiteral("north"), northPlan));
    require(south->publish(QStringLiteral("south"), southPlan));

    const PlanSummary summary = summarizePlan(northPlan);
    REQUIRE(summary.decomposition);
    for (TeamServer *reader : {south.get(), director.get()}) {
        const QList<PublishedFigures> figures = require(reader->fetchUnitFigures());
        REQUIRE(figures.size() == 2);
        const PublishedFigures &seen = figures.first();
        CHECK(seen.version.unit == QStringLiteral("north"));
        CHECK(seen.version.number == 1);
        CHECK(seen.version.publishedBy == northRole);
        CHECK(seen.figures.annualTarget == northPlan.targets.annualTarget.minor);
        CHECK(seen.figures.months == summary.decomposition->months);
        CHECK(seen.figures.salesBudget ==
              (summary.budget ? std::optional<qint64>(summary.budget->total()) : std::nullopt));
        CHECK(seen.figures.members == northPlan.team.members.size());
        CHECK(seen.figures.plannedHires > 0);
        CHECK(seen.figures == unitFiguresOf(northPlan));
        CHECK(figures.at(1).figures == unitFiguresOf(southPlan));
    }

    // Through psql, south reads north's figures but none of north's plan rows.
    const QString url = db.urlAs(southRole);
    const QString password = TestDatabase::passwordOf(southRole);
    const QString northVersion = db.adminValue(
        QStringLiteral("SELECT id FROM salesplan.server_versions WHERE unit = 'north'"));
    CHECK(psql(url, password,
               QStringLiteral("SELECT annual_target_minor FROM salesplan.unit_figures WHERE "
                              "unit = 'north'"))
              .out == QString::number(northPlan.targets.annualTarget.minor));
    for (const QString &table :
         {QStringLiteral("members"), QStringLiteral("targets"), QStringLiteral("hires")}) {
        const PsqlRun rows = psql(url, password,
                                  QStringLiteral("SELECT count(*) FROM salesplan.%1 WHERE "
                                                 "version_id = %2")
                                      .arg(table, northVersion));
        INFO(table.toStdString() << ": " << rows.err.toStdString());
        CHECK(rows.exitCode == 0);
        CHECK(rows.out == QStringLiteral("0"));
    }
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) > 0 FROM salesplan.members WHERE "
                                       "version_id = ") +
                        northVersion) == QStringLiteral("true"));

    // South cannot write figures for north, nor change or remove anyone's.
    const PsqlRun forged = psql(
        url, password,
        QStringLiteral("INSERT INTO salesplan.unit_figures (version_id, unit, number, currency, "
                       "plan_year, plan_start_month, annual_target_minor, members, "
                       "planned_hires, published_at, published_by) SELECT id + 1000, 'north', "
                       "99, 'CNY', 2027, 1, 1, 1, 0, now(), current_user FROM "
                       "salesplan.server_versions LIMIT 1"));
    CHECK(forged.exitCode != 0);
    CHECK(forged.err.contains(QStringLiteral("row-level security")));
    for (const QString &sql :
         {QStringLiteral("UPDATE salesplan.unit_figures SET annual_target_minor = 1"),
          QStringLiteral("DELETE FROM salesplan.unit_figures")}) {
        const PsqlRun refused = psql(url, password, sql);
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("permission denied")));
    }
    // Nor may the director, who publishes no unit.
    const QString directorRole = db.role(QStringLiteral("director"));
    const PsqlRun directorWrites =
        psql(db.urlAs(directorRole), TestDatabase::passwordOf(directorRole),
             QStringLiteral("DELETE FROM salesplan.unit_figures"));
    CHECK(directorWrites.exitCode != 0);
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.unit_figures")) ==
          QStringLiteral("2"));

    // A new publish brings new figures; the figures of version 1 stay as they were.
    Plan changed = northPlan;
    changed.targets.annualTarget.minor += 1'234;
    require(north->publish(QStringLiteral("north"), changed));
    const QList<PublishedFigures> after = require(south->fetchUnitFigures());
    REQUIRE(after.size() == 2);
    CHECK(after.first().version.number == 2);
    CHECK(after.first().figures == unitFiguresOf(changed));
    CHECK(db.adminValue(QStringLiteral("SELECT annual_target_minor FROM salesplan.unit_figures "
                                       "WHERE unit = 'north' AND number = 1")) ==
          QString::number(northPlan.targets.annualTarget.minor));

    // Consolidated over the figures, a manager's view has the same rows and sums as the
    // director's over the plans.
    const Plan team = teamPlan(600'000'000, {{QStringLiteral("north"), 400'000'000},
                                             {QStringLiteral("south"), 200'000'000}});
    QList<UnitFiguresInput> byFigures;
    for (const PublishedFigures &unit : after)
        byFigures.append({unit.version.unit, unit.figures, QString()});
    QList<UnitInput> byPlans;
    for (const PublishedPlan &unit : require(director->fetchUnits()))
        byPlans.append({unit.version.unit, unit.plan, QString()});
    const Consolidation fromFigures = consolidateFigures(team, byFigures);
    const Consolidation fromPlans = consolidate(team, byPlans);
    CHECK(fromFigures.figures.annual == fromPlans.figures.annual);
    CHECK(fromFigures.figures.months == fromPlans.figures.months);
    CHECK(fromFigures.figures.quarters == fromPlans.figures.quarters);
    CHECK(fromFigures.figures.budgetTotal == fromPlans.figures.budgetTotal);
    REQUIRE(fromFigures.units.size() == fromPlans.units.size());
    for (qsizetype i = 0; i < fromPlans.units.size(); ++i) {
        CHECK(fromFigures.units[i].bottomUp == fromPlans.units[i].bottomUp);
        CHECK(fromFigures.units[i].gap() == fromPlans.units[i].gap());
        CHECK(fromFigures.units[i].headcount() == fromPlans.units[i].headcount());
        CHECK(fromFigures.units[i].budget == fromPlans.units[i].budget);
    }
}

TEST_CASE("server init gives the units published before the server kept figures the figures of "
          "their latest version")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north"), QStringLiteral("south")});
    const QString northRole = db.role(QStringLiteral("north"));
    auto north = db.signIn(northRole);
    require(north->publish(QStringLiteral("north"), unitPlan(QStringLiteral("North"), 1, 2)));
    const Plan latest = storetest::fullPlan();
    require(north->publish(QStringLiteral("north"), latest));
    // As if published on a server of schema 1, which had no figures.
    db.adminValue(QStringLiteral("DROP TABLE salesplan.unit_figures"));
    db.adminValue(QStringLiteral("UPDATE salesplan.server_schema SET server_version = 1"));

    TeamServer admin;
    REQUIRE(admin.connect(db.adminUrl(), adminPassword()));
    REQUIRE(admin.init());
    const QList<PublishedFigures> figures =
        require(db.signIn(db.role(QStringLiteral("south")))->fetchUnitFigures());
    REQUIRE(figures.size() == 1); // south has published nothing
    CHECK(figures.first().version.unit == QStringLiteral("north"));
    CHECK(figures.first().version.number == 2);
    CHECK(figures.first().version.publishedBy == northRole);
    CHECK(figures.first().figures == unitFiguresOf(latest));
    REQUIRE(admin.init()); // again: nothing more to add
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.unit_figures")) ==
          QStringLiteral("1"));
}

TEST_CASE("The director and a manager of one team database read nothing of another on the same "
          "server and cannot write its allocation, through psql")
{
    TestDatabase a;
    a.setUp({QStringLiteral("north")});
    TestDatabase b;
    b.setUp({QStringLiteral("south")});
    require(b.signIn(b.role(QStringLiteral("director")))
                ->publishAllocation(teamPlan(5'000, {{QStringLiteral("South"), 5'000}})));
    require(b.signIn(b.role(QStringLiteral("south")))
                ->publish(QStringLiteral("south"), unitPlan(QStringLiteral("South"), 5'000, 2)));
    const QString allocation = b.adminValue(
        QStringLiteral("SELECT max(id) FROM salesplan.server_versions WHERE unit IS NULL"));
    const QStringList outsiders = {a.role(QStringLiteral("director")),
                                   a.role(QStringLiteral("north"))};

    // B's database is not open to every role of the server.
    for (const QString &role : outsiders) {
        const PsqlRun connect =
            psql(b.urlAs(role), TestDatabase::passwordOf(role), QStringLiteral("SELECT 1"));
        INFO(role.toStdString() << ": " << connect.err.toStdString());
        CHECK(connect.exitCode != 0);
        CHECK(connect.err.contains(QStringLiteral("permission denied for database")));
    }

    // Opened to all by hand, B's rows are still B's roles' alone.
    b.adminValue(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO PUBLIC").arg(b.name()));
    for (const QString &role : outsiders) {
        const QString url = b.urlAs(role);
        const QString password = TestDatabase::passwordOf(role);
        const auto value = [&](const QString &sql) {
            const PsqlRun run = psql(url, password, sql);
            return run.exitCode == 0 ? run.out : QStringLiteral("error: ") + run.err;
        };
        INFO(role.toStdString());
        CHECK(value(QStringLiteral("SELECT count(*) FROM salesplan.server_versions")) ==
              QStringLiteral("0"));
        CHECK(value(QStringLiteral("SELECT count(*) FROM salesplan.server_units")) ==
              QStringLiteral("0"));
        CHECK(value(QStringLiteral("SELECT count(*) FROM salesplan.members")) ==
              QStringLiteral("0"));
        const PsqlRun version = psql(url, password,
                                     QStringLiteral("INSERT INTO salesplan.server_versions "
                                                    "(unit, number) VALUES (NULL, 99)"));
        CHECK(version.exitCode != 0);
        CHECK(version.err.contains(QStringLiteral("row-level security")));
        const PsqlRun rows = psql(url, password,
                                  QStringLiteral("INSERT INTO salesplan.members (version_id, id, "
                                                 "name) VALUES (%1, 999, 'forged')")
                                      .arg(allocation));
        CHECK(rows.exitCode != 0);
        CHECK(rows.err.contains(QStringLiteral("row-level security")));

        TeamServer signedIn;
        REQUIRE(signedIn.connect(url, password));
        CHECK_FALSE(signedIn.publishAllocation(teamPlan(1, {{QStringLiteral("South"), 1}})));
    }
    CHECK(b.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.server_versions WHERE unit "
                                      "IS NULL")) == QStringLiteral("1"));
    CHECK(b.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.members WHERE name = "
                                      "'forged'")) == QStringLiteral("0"));
}

TEST_CASE("A unit or a director with a role that exists already: a superuser or a role that may "
          "create roles or databases is refused, another keeps its password")
{
    TestDatabase db;
    db.setUp({});
    TeamServer admin;
    REQUIRE(admin.connect(db.adminUrl(), adminPassword()));

    // The cluster's superuser, and roles with powers over the server, are refused in words.
    const QString superuser = QUrl(clusterUrl()).userName();
    CHECK(require(admin.existingRole(superuser)) == ExistingRole::Privileged);
    const auto unit = admin.addUnit(QStringLiteral("north"), superuser, QStringLiteral("taken"));
    REQUIRE_FALSE(unit);
    CHECK(unit.error().message().contains(QStringLiteral("superuser")));
    CHECK_FALSE(admin.addDirector(superuser, QStringLiteral("taken")));
    for (const QString &power : {QStringLiteral("CREATEROLE"), QStringLiteral("CREATEDB")}) {
        const QString role = db.createRole(power.toLower(), power);
        INFO(role.toStdString());
        CHECK(require(admin.existingRole(role)) == ExistingRole::Privileged);
        CHECK_FALSE(admin.addUnit(QStringLiteral("north"), role, QStringLiteral("taken")));
        CHECK_FALSE(admin.addDirector(role, QStringLiteral("taken")));
    }
    TeamServer stillAdmin;
    CHECK(stillAdmin.connect(db.adminUrl(), adminPassword()));
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.server_units")) ==
          QStringLiteral("0"));
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM salesplan.directors WHERE role <> "
                                       "'%1'")
                            .arg(db.role(QStringLiteral("director")))) == QStringLiteral("0"));

    // Any other role joins and signs in with the password it had.
    const QString existing = db.createRole(QStringLiteral("existing"));
    CHECK(require(admin.existingRole(existing)) == ExistingRole::Plain);
    CHECK(require(admin.existingRole(db.role(QStringLiteral("nobody")))) == ExistingRole::None);
    require(admin.addUnit(QStringLiteral("north"), existing, QStringLiteral("not-its-password")));
    TeamServer withNew;
    CHECK_FALSE(withNew.connect(db.urlAs(existing), QStringLiteral("not-its-password")));
    TeamServer manager;
    REQUIRE(manager.connect(db.urlAs(existing), TestDatabase::passwordOf(existing)));
    CHECK(require(manager.units()).size() == 1);
}

TEST_CASE("A new role's password reaches the server as a SCRAM-SHA-256 verifier and never "
          "stands in the server's log")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    const QString north = db.role(QStringLiteral("north"));
    const QString director = db.role(QStringLiteral("director"));
    const QString log = clusterLog();
    // The log holds the statements that made the roles, so it would show a password in them.
    CHECK(log.contains(QStringLiteral("CREATE ROLE ") + north));
    for (const QString &role : {north, director}) {
        INFO(role.toStdString());
        CHECK_FALSE(log.contains(TestDatabase::passwordOf(role)));
        CHECK(db.adminValue(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = "
                                           "'%1'")
                                .arg(role))
                  .startsWith(QStringLiteral("SCRAM-SHA-256$")));
        CHECK(db.signIn(role)->units());
    }
}

TEST_CASE("server init brings a server of schema version 1 up to this one: its director and "
          "manager keep their access to their own database alone")
{
    TestDatabase db;
    {
        const QUrl cluster(clusterUrl());
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db.name());
        admin.setHostName(cluster.host());
        admin.setPort(cluster.port());
        admin.setUserName(cluster.userName());
        admin.setPassword(adminPassword());
        admin.setDatabaseName(db.name());
        REQUIRE(admin.open());
        CHECK_FALSE(initServerSchema(admin, 1));
        admin.close();
    }
    QSqlDatabase::removeDatabase(db.name());
    CHECK(db.adminValue(QStringLiteral("SELECT server_version FROM salesplan.server_schema")) ==
          QStringLiteral("1"));
    // A plan table with version 1's policy for the director.
    db.adminValue(QStringLiteral("CREATE TABLE salesplan.old_rows (version_id BIGINT)"));
    db.adminValue(QStringLiteral("CREATE POLICY director_writes ON salesplan.old_rows FOR INSERT "
                                 "TO salesplan_director WITH CHECK (version_id = (SELECT max(id) "
                                 "FROM salesplan.server_versions WHERE unit IS NULL))"));
    // Version 1's director (who published an allocation) and manager, as it made them.
    const QString director = db.createRole(QStringLiteral("director"));
    const QString north = db.createRole(QStringLiteral("north"));
    db.adminValue(QStringLiteral("GRANT salesplan_director TO ") + director);
    db.adminValue(QStringLiteral("GRANT salesplan_manager TO ") + north);
    db.adminValue(
        QStringLiteral("INSERT INTO salesplan.server_units VALUES ('north', '%1')").arg(north));
    const PsqlRun published = psql(db.urlAs(director), TestDatabase::passwordOf(director),
                                   QStringLiteral("INSERT INTO salesplan.server_versions (unit, "
                                                  "number) VALUES (NULL, 1)"));
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);

    TeamServer admin;
    REQUIRE(admin.connect(db.adminUrl(), adminPassword()));
    REQUIRE(admin.init());
    CHECK(db.adminValue(QStringLiteral("SELECT server_version FROM salesplan.server_schema"))
              .toInt() == latestServerVersion());
    CHECK(db.adminValue(QStringLiteral("SELECT string_agg(role, ',') FROM salesplan.directors")) ==
          director);
    // Every plan table's director check asks for a director of this database.
    CHECK(db.adminValue(QStringLiteral("SELECT count(*) FROM pg_policies WHERE schemaname = "
                                       "'salesplan' AND policyname = 'director_writes' AND "
                                       "with_check NOT LIKE '%is_director()%'")) ==
          QStringLiteral("0"));
    CHECK(require(db.signIn(director)->latestVersion(QString()))->number == 1);
    CHECK(require(db.signIn(north)->latestVersion(QString()))->number == 1);

    // A role of the server that had no part here may no longer connect.
    const QString outsider = db.createRole(QStringLiteral("outsider"));
    const PsqlRun stranger =
        psql(db.urlAs(outsider), TestDatabase::passwordOf(outsider), QStringLiteral("SELECT 1"));
    CHECK(stranger.exitCode != 0);
    CHECK(stranger.err.contains(QStringLiteral("permission denied for database")));
}
