#include "serversupport.h"

#include "server/serverschema.h"

#include "exchange/planjson.h"
#include "plan/format.h"
#include "store/planfile.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

using namespace salesplan;
using namespace salesplan::servertest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Runs `salesplan ARGUMENTS` with `input` on standard input and no PGPASSWORD.
Run runSalesplan(const QStringList &arguments, const QString &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SALESPLAN_EXE), arguments);
    process.write(input.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TeamServerBasis basisIn(const QString &path)
{
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    return (*file)->plan().teamServer;
}

QString writePlan(const QTemporaryDir &dir, const QString &name, const Plan &plan)
{
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(planToJson(plan, JsonLayout::Indented));
    return path;
}

// The text poppler's pdftotext reads from `pdf`.
QString pdfToText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The command line sets up the server, publishes as two managers and consolidates, "
          "refusals exit 2 with the reason and no password is ever printed")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString admin = adminPassword() + u'\n';
    const QString director = db.role(QStringLiteral("director"));
    const QString north = db.role(QStringLiteral("north"));
    const QString south = db.role(QStringLiteral("south"));
    QList<Run> runs;
    const auto run = [&](const QStringList &arguments, const QString &input) {
        runs.append(runSalesplan(arguments, input));
        UNSCOPED_INFO(runs.last().all().toStdString());
        return runs.last();
    };

    CHECK(run({QStringLiteral("server"), QStringLiteral("init"), db.adminUrl(),
               QStringLiteral("--password-stdin")},
              admin)
              .exitCode == 0);
    CHECK(run({QStringLiteral("server"), QStringLiteral("add-director"), db.adminUrl(),
               QStringLiteral("--director"), director, QStringLiteral("--password-stdin")},
              admin + TestDatabase::passwordOf(director) + u'\n')
              .exitCode == 0);
    for (const QString &unit : {QStringLiteral("north"), QStringLiteral("south")}) {
        const QString role = db.role(unit);
        CHECK(run({QStringLiteral("server"), QStringLiteral("add-unit"), db.adminUrl(),
                   QStringLiteral("--unit"), unit, QStringLiteral("--manager"), role,
                   QStringLiteral("--password-stdin")},
                  admin + TestDatabase::passwordOf(role) + u'\n')
                  .exitCode == 0);
    }
    const QString team = writePlan(dir, QStringLiteral("team"),
                                   teamPlan(500'000'000, {{QStringLiteral("north"), 300'000'000},
                                                          {QStringLiteral("south"), 200'000'000}}));
    CHECK(run({QStringLiteral("publish"), team, QStringLiteral("--server"), db.urlAs(director),
               QStringLiteral("--allocation"), QStringLiteral("--password-stdin")},
              TestDatabase::passwordOf(director) + u'\n')
              .exitCode == 0);

    const QString northPlan =
        writePlan(dir, QStringLiteral("north"), unitPlan(QStringLiteral("North"), 123'456'789));
    const QString southPlan =
        writePlan(dir, QStringLiteral("south"), unitPlan(QStringLiteral("South"), 200'000'001));
    const Run published = run({QStringLiteral("publish"), northPlan, QStringLiteral("--server"),
                               db.urlAs(north), QStringLiteral("--unit"), QStringLiteral("north"),
                               QStringLiteral("--allocation-version"), QStringLiteral("1"),
                               QStringLiteral("--unit-version"), QStringLiteral("0"),
                               QStringLiteral("--password-stdin")},
                              TestDatabase::passwordOf(north) + u'\n');
    CHECK(published.exitCode == 0);
    CHECK(published.out.contains(QStringLiteral("version 1")));
    // A JSON plan records no basis: the command line gives the allocation it has seen.
    CHECK(run({QStringLiteral("publish"), southPlan, QStringLiteral("--server"), db.urlAs(south),
               QStringLiteral("--unit"), QStringLiteral("south"),
               QStringLiteral("--allocation-version"), QStringLiteral("1"),
               QStringLiteral("--password-stdin")},
              TestDatabase::passwordOf(south) + u'\n')
              .exitCode == 0);

    // Refusals: another unit, a stale unit version, a wrong password, an unknown role.
    const Run notMine =
        run({QStringLiteral("publish"), northPlan, QStringLiteral("--server"), db.urlAs(north),
             QStringLiteral("--unit"), QStringLiteral("south"), QStringLiteral("--password-stdin")},
            TestDatabase::passwordOf(north) + u'\n');
    CHECK(notMine.exitCode == 2);
    CHECK(notMine.err.contains(QStringLiteral("south")));
    const Run stale = run({QStringLiteral("publish"), northPlan, QStringLiteral("--server"),
                           db.urlAs(north), QStringLiteral("--unit"), QStringLiteral("north"),
                           QStringLiteral("--allocation-version"), QStringLiteral("1"),
                           QStringLiteral("--unit-version"), QStringLiteral("0"),
                           QStringLiteral("--password-stdin")},
                          TestDatabase::passwordOf(north) + u'\n');
    CHECK(stale.exitCode == 2);
    CHECK(stale.err.contains(QStringLiteral("Fetch first: “north” has version 1")));
    const Run wrong = run({QStringLiteral("consolidate"), QStringLiteral("--server"),
                           db.urlAs(north), QStringLiteral("--password-stdin")},
                          QStringLiteral("Not-The-Password-77\n"));
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("password")));
    QString inUrl = db.urlAs(north);
    inUrl.replace(north + u'@', north + QStringLiteral(":Not-The-Password-77@"));
    CHECK(run({QStringLiteral("consolidate"), QStringLiteral("--server"), inUrl}, {}).exitCode ==
          2);

    // The director's consolidation: both units, and their sum to the cent.
    const Run consolidated =
        run({QStringLiteral("consolidate"), QStringLiteral("--server"), db.urlAs(director),
             QStringLiteral("--json"), QStringLiteral("--password-stdin")},
            TestDatabase::passwordOf(director) + u'\n');
    REQUIRE(consolidated.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(consolidated.out.toUtf8()).object();
    const QJsonArray units = json.value(QStringLiteral("units")).toArray();
    REQUIRE(units.size() == 2);
    CHECK(units.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("ok"));
    CHECK(units.at(0).toObject().value(QStringLiteral("topDown")).toString() ==
          QStringLiteral("3000000.00"));
    CHECK(units.at(0).toObject().value(QStringLiteral("bottomUp")).toString() ==
          QStringLiteral("1234567.89"));
    CHECK(json.value(QStringLiteral("consolidated"))
              .toObject()
              .value(QStringLiteral("annual"))
              .toString() ==
          Money{123'456'789 + 200'000'001, QStringLiteral("CNY")}.toPlainString());
    const QJsonObject server = json.value(QStringLiteral("server")).toObject();
    CHECK(server.value(QStringLiteral("allocation"))
              .toObject()
              .value(QStringLiteral("version"))
              .toInt() == 1);
    CHECK(server.value(QStringLiteral("units")).toArray().size() == 2);

    // In words: the server's versions, then the consolidation as for linked files.
    const Run text = run({QStringLiteral("consolidate"), QStringLiteral("--server"),
                          db.urlAs(director), QStringLiteral("--password-stdin")},
                         TestDatabase::passwordOf(director) + u'\n');
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("allocation version 1")));
    CHECK(text.out.contains(QStringLiteral("north: version 1")));

    // A manager sees the allocation and every unit's published figures, not their plans.
    const Run manager = run({QStringLiteral("consolidate"), QStringLiteral("--server"),
                             db.urlAs(north), QStringLiteral("--password-stdin")},
                            TestDatabase::passwordOf(north) + u'\n');
    CHECK(manager.exitCode == 0);
    CHECK(manager.out.contains(QStringLiteral("south: version 1")));
    CHECK(manager.out.contains(QStringLiteral("director's")));
    CHECK(manager.out.contains(
        formatPlanAmount(Money{200'000'001, QStringLiteral("CNY")}))); // south's bottom-up
    CHECK(manager.out.contains(
        formatPlanAmount(Money{123'456'789 + 200'000'001, QStringLiteral("CNY")}))); // the sum
    CHECK_FALSE(manager.out.contains(QStringLiteral("Funnel")));
    CHECK_FALSE(manager.out.contains(QStringLiteral("Missing")));
    const Run managerJson =
        run({QStringLiteral("consolidate"), QStringLiteral("--server"), db.urlAs(south),
             QStringLiteral("--json"), QStringLiteral("--password-stdin")},
            TestDatabase::passwordOf(south) + u'\n');
    REQUIRE(managerJson.exitCode == 0);
    const QJsonObject figures = QJsonDocument::fromJson(managerJson.out.toUtf8()).object();
    const QJsonArray figureUnits = figures.value(QStringLiteral("units")).toArray();
    REQUIRE(figureUnits.size() == 2);
    CHECK(figureUnits.at(0).toObject().value(QStringLiteral("bottomUp")).toString() ==
          QStringLiteral("1234567.89"));
    CHECK(figureUnits.at(0).toObject().value(QStringLiteral("headcount")).toInt() == 3);
    CHECK(figures.value(QStringLiteral("consolidated"))
              .toObject()
              .value(QStringLiteral("annual"))
              .toString() ==
          Money{123'456'789 + 200'000'001, QStringLiteral("CNY")}.toPlainString());
    CHECK(figures.value(QStringLiteral("server"))
              .toObject()
              .value(QStringLiteral("figuresOnly"))
              .toBool());

    // The director presents over the server's units: the team plan links no files, yet its
    // report shows each unit's published target and the sum; without --server they are missing.
    const QString report = dir.filePath(QStringLiteral("team.pdf"));
    CHECK(run({QStringLiteral("export"), team, QStringLiteral("--pdf"), report,
               QStringLiteral("--server"), db.urlAs(director), QStringLiteral("--password-stdin")},
              TestDatabase::passwordOf(director) + u'\n')
              .exitCode == 0);
    const QString reportText = pdfToText(report);
    CHECK(reportText.contains(QStringLiteral("Team consolidation")));
    CHECK(reportText.contains(formatPlanAmount(Money{123'456'789, QStringLiteral("CNY")})));
    CHECK(reportText.contains(
        formatPlanAmount(Money{123'456'789 + 200'000'001, QStringLiteral("CNY")})));
    const QString local = dir.filePath(QStringLiteral("local.pdf"));
    CHECK(run({QStringLiteral("export"), team, QStringLiteral("--pdf"), local}, {}).exitCode == 0);
    CHECK_FALSE(pdfToText(local).contains(
        formatPlanAmount(Money{123'456'789 + 200'000'001, QStringLiteral("CNY")})));
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    CHECK(run({QStringLiteral("export"), team, QStringLiteral("--deck"), deck,
               QStringLiteral("--server"), db.urlAs(north), QStringLiteral("--password-stdin")},
              TestDatabase::passwordOf(north) + u'\n')
              .exitCode == 0);
    CHECK(pdfToText(deck).contains(QStringLiteral("Top-down against bottom-up by unit")));
    const Run wrongPresenter =
        run({QStringLiteral("export"), team, QStringLiteral("--deck"), deck,
             QStringLiteral("--server"), db.urlAs(north), QStringLiteral("--password-stdin")},
            QStringLiteral("Not-The-Password-77\n"));
    CHECK(wrongPresenter.exitCode == 2);
    CHECK(run({QStringLiteral("export"), team, QStringLiteral("--json"), local,
               QStringLiteral("--server"), db.urlAs(north)},
              {})
              .err.contains(QStringLiteral("--server goes with --deck or --pdf")));

    const QStringList secrets = {adminPassword(), TestDatabase::passwordOf(director),
                                 TestDatabase::passwordOf(north), TestDatabase::passwordOf(south),
                                 QStringLiteral("Not-The-Password-77")};
    for (const Run &each : runs) {
        for (const QString &secret : secrets) {
            INFO(each.all().toStdString());
            CHECK_FALSE(each.all().contains(secret));
        }
    }
}

TEST_CASE("server add-director and add-unit with a role that exists ask no password for it and "
          "say so, and refuse the superuser")
{
    TestDatabase db;
    db.setUp({});
    const QString admin = adminPassword() + u'\n';
    const QString existing = db.createRole(QStringLiteral("existing"));
    const Run director =
        runSalesplan({QStringLiteral("server"), QStringLiteral("add-director"), db.adminUrl(),
                      QStringLiteral("--director"), existing, QStringLiteral("--password-stdin")},
                     admin);
    INFO(director.all().toStdString());
    CHECK(director.exitCode == 0);
    CHECK(director.out.contains(QStringLiteral("keeps its own password")));
    CHECK(db.signIn(existing)->units());

    const QString superuser = QUrl(clusterUrl()).userName();
    const Run refused =
        runSalesplan({QStringLiteral("server"), QStringLiteral("add-unit"), db.adminUrl(),
                      QStringLiteral("--unit"), QStringLiteral("north"),
                      QStringLiteral("--manager"), superuser, QStringLiteral("--password-stdin")},
                     admin + QStringLiteral("taken-over\n"));
    INFO(refused.all().toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("superuser")));
    server::TeamServer stillAdmin;
    CHECK(stillAdmin.connect(db.adminUrl(), adminPassword()));
}

TEST_CASE("A password in the server's URL on the command line is refused, saying how to give it")
{
    TestDatabase db;
    db.setUp({});
    const QString director = db.role(QStringLiteral("director"));
    const QString password = TestDatabase::passwordOf(director);
    QUrl inUser(db.urlAs(director));
    inUser.setPassword(password);
    QUrl inQuery(db.urlAs(director));
    inQuery.setQuery(QStringLiteral("password=") + password);
    for (const QUrl &url : {inUser, inQuery}) {
        const Run run = runSalesplan(
            {QStringLiteral("server"), QStringLiteral("units"), url.toString(QUrl::FullyEncoded)});
        INFO(run.all().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--password-stdin")));
        CHECK(run.err.contains(QStringLiteral("PGPASSWORD")));
        CHECK_FALSE(run.all().contains(password));
    }
    const Run help = runSalesplan({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("a URL with a password in it is refused")));
}

TEST_CASE("A server set up by a newer SalesPlan that this one cannot use is refused in words, "
          "exit 2")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    const int latest = server::latestServerVersion();
    db.adminValue(QStringLiteral("UPDATE salesplan.server_schema SET server_version = %1, "
                                 "oldest_client = %2")
                      .arg(latest + 2)
                      .arg(latest + 1));
    const QString director = db.role(QStringLiteral("director"));
    const Run run = runSalesplan({QStringLiteral("consolidate"), QStringLiteral("--server"),
                                  db.urlAs(director), QStringLiteral("--password-stdin")},
                                 TestDatabase::passwordOf(director) + u'\n');
    INFO(run.all().toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("was set up by a newer SalesPlan (server schema %1) "
                                          "that this version (%2) cannot use: update SalesPlan.")
                               .arg(latest + 2)
                               .arg(latest)));
}

TEST_CASE("The plan file keeps what it is based on: publish checks it by default, fetch records "
          "it, and a refusal writes nothing")
{
    TestDatabase db;
    db.setUp({QStringLiteral("north")});
    QTemporaryDir dir;
    const QString northRole = db.role(QStringLiteral("north"));
    auto director = db.signIn(db.role(QStringLiteral("director")));
    const auto run = [&](const QString &command, const QString &plan,
                         const QStringList &more = {}) {
        const Run done =
            runSalesplan(QStringList{command, plan, QStringLiteral("--server"), db.urlAs(northRole),
                                     QStringLiteral("--unit"), QStringLiteral("north"),
                                     QStringLiteral("--password-stdin")} +
                             more,
                         TestDatabase::passwordOf(northRole) + u'\n');
        UNSCOPED_INFO(done.all().toStdString());
        return done;
    };
    // Two managers' copies of north's plan, on two laptops.
    const QString laptopA = dir.filePath(QStringLiteral("north-a.salesplan"));
    const QString laptopB = dir.filePath(QStringLiteral("north-b.salesplan"));
    REQUIRE(PlanFile::create(laptopA, unitPlan(QStringLiteral("North"), 1'100'000'000)));
    REQUIRE(PlanFile::create(laptopB, unitPlan(QStringLiteral("North"), 1'000'000'000)));
    REQUIRE(director->publishAllocation(
        teamPlan(2'000'000'000, {{QStringLiteral("north"), 1'200'000'000}})));

    // Never fetched, while an allocation exists: refused, nothing published, nothing written.
    const QByteArray before = bytesOf(laptopA);
    const Run unseen = run(QStringLiteral("publish"), laptopA);
    CHECK(unseen.exitCode == 2);
    CHECK(unseen.err.contains(
        QStringLiteral("The director has published an allocation this plan has not seen")));
    CHECK(unseen.err.contains(QStringLiteral("salesplan fetch")));
    CHECK(bytesOf(laptopA) == before);
    const auto none = director->latestVersion(QStringLiteral("north"));
    REQUIRE(none);
    CHECK_FALSE(*none);

    // Fetched: the allocation and the unit's part in the file, and in words against the plan.
    const Run fetched = run(QStringLiteral("fetch"), laptopA);
    REQUIRE(fetched.exitCode == 0);
    CHECK(fetched.out.contains(QStringLiteral("north is allocated ")));
    CHECK(fetched.out.contains(QStringLiteral(" (allocation 1); this plan's target ")));
    CHECK(fetched.out.contains(QStringLiteral("8.3")));
    TeamServerBasis basis = basisIn(laptopA);
    CHECK(basis.server == db.urlAs(northRole));
    CHECK(basis.unit == QStringLiteral("north"));
    CHECK(basis.allocationVersion == 1);
    CHECK(basis.unitVersion == 0);
    CHECK(basis.allocatedTarget == Money{1'200'000'000, QStringLiteral("CNY")});

    // Then the publish passes and the file records the version it made.
    const Run first = run(QStringLiteral("publish"), laptopA);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("as version 1")));
    CHECK(basisIn(laptopA).unitVersion == 1);

    // The other laptop never fetched: north has a version it has not seen.
    const QByteArray beforeB = bytesOf(laptopB);
    const Run notFetched = run(QStringLiteral("publish"), laptopB);
    CHECK(notFetched.exitCode == 2);
    CHECK(notFetched.err.contains(QStringLiteral("allocation this plan has not seen")));
    // Told the allocation, it still has not seen north's version 1.
    const Run notSeen = run(QStringLiteral("publish"), laptopB,
                            {QStringLiteral("--allocation-version"), QStringLiteral("1")});
    CHECK(notSeen.exitCode == 2);
    CHECK(notSeen.err.contains(QStringLiteral("Fetch first: “north” has version 1 published "
                                              "by %1")
                                   .arg(northRole)));
    CHECK(bytesOf(laptopB) == beforeB);

    // Both fetched at version 1: the first to publish wins, the second is refused as stale.
    REQUIRE(run(QStringLiteral("fetch"), laptopB).exitCode == 0);
    CHECK(basisIn(laptopB).unitVersion == 1);
    REQUIRE(run(QStringLiteral("publish"), laptopA).exitCode == 0);
    const QByteArray fetchedB = bytesOf(laptopB);
    const Run stale = run(QStringLiteral("publish"), laptopB);
    CHECK(stale.exitCode == 2);
    CHECK(stale.err.contains(QStringLiteral("published version 2 of “north”")));
    CHECK(stale.err.contains(QStringLiteral("based on version 1")));
    CHECK(bytesOf(laptopB) == fetchedB);
    const auto latest = director->latestVersion(QStringLiteral("north"));
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK((*latest)->number == 2);

    // The director republishes the allocation: refused until fetched, and the fetch says what
    // changed.
    REQUIRE(director->publishAllocation(
        teamPlan(2'500'000'000, {{QStringLiteral("north"), 1'500'000'000}}), 1));
    const QByteArray publishedA = bytesOf(laptopA);
    const Run changed = run(QStringLiteral("publish"), laptopA);
    CHECK(changed.exitCode == 2);
    CHECK(changed.err.contains(QStringLiteral("version 1 → 2")));
    CHECK(bytesOf(laptopA) == publishedA);
    const Run refetched = run(QStringLiteral("fetch"), laptopA);
    REQUIRE(refetched.exitCode == 0);
    CHECK(refetched.out.contains(
        QStringLiteral("The allocation changed from version 1 to 2: "
                       "north was allocated %1, now %2")
            .arg(formatPlanAmount(Money{1'200'000'000, QStringLiteral("CNY")}),
                 formatPlanAmount(Money{1'500'000'000, QStringLiteral("CNY")}))));
    CHECK(basisIn(laptopA).allocationVersion == 2);
    CHECK(basisIn(laptopA).allocatedTarget.minor == 1'500'000'000);
    const Run third = run(QStringLiteral("publish"), laptopA);
    CHECK(third.exitCode == 0);
    CHECK(basisIn(laptopA).unitVersion == 3);
    CHECK(basisIn(laptopA).allocationVersion == 2);

    // --unit-version still overrides the file.
    CHECK(run(QStringLiteral("publish"), laptopB,
              {QStringLiteral("--allocation-version"), QStringLiteral("2"),
               QStringLiteral("--unit-version"), QStringLiteral("3")})
              .exitCode == 0);
    CHECK(basisIn(laptopB).unitVersion == 4);

    // A wrong password: exit 2 and the file as it was.
    const QByteArray beforeWrong = bytesOf(laptopA);
    const Run wrong = runSalesplan({QStringLiteral("fetch"), laptopA, QStringLiteral("--server"),
                                    db.urlAs(northRole), QStringLiteral("--password-stdin")},
                                   QStringLiteral("Not-The-Password-77\n"));
    CHECK(wrong.exitCode == 2);
    CHECK(bytesOf(laptopA) == beforeWrong);

    // The director's fetch of the team plan records the allocation even without --allocation,
    // though the server has one unit only (it had been taken for that unit's plan).
    const QString directorRole = db.role(QStringLiteral("director"));
    const QString teamFile = dir.filePath(QStringLiteral("team.salesplan"));
    REQUIRE(PlanFile::create(teamFile,
                             teamPlan(2'000'000'000, {{QStringLiteral("north"), 1'200'000'000}})));
    const Run teamFetched =
        runSalesplan({QStringLiteral("fetch"), teamFile, QStringLiteral("--server"),
                      db.urlAs(directorRole), QStringLiteral("--password-stdin")},
                     TestDatabase::passwordOf(directorRole) + u'\n');
    INFO(teamFetched.all().toStdString());
    CHECK(teamFetched.exitCode == 0);
    CHECK(basisIn(teamFile).unit.isEmpty());
    CHECK(basisIn(teamFile).allocationVersion == 2);

    // A JSON plan exported from a file fetched just now carries that basis, but keeps none of
    // its own (nothing would update it): its publish is checked against the versions given.
    REQUIRE(run(QStringLiteral("fetch"), laptopA).exitCode == 0);
    const QString exported = dir.filePath(QStringLiteral("north.json"));
    REQUIRE(
        runSalesplan({QStringLiteral("export"), laptopA, QStringLiteral("--json"), exported}, {})
            .exitCode == 0);
    const Run unchecked = run(QStringLiteral("publish"), exported);
    CHECK(unchecked.exitCode == 2);
    CHECK(unchecked.err.contains(QStringLiteral("keeps no basis of its own")));
    CHECK(run(QStringLiteral("publish"), exported,
              {QStringLiteral("--allocation-version"), QStringLiteral("2"),
               QStringLiteral("--unit-version"), QString::number(basisIn(laptopA).unitVersion)})
              .exitCode == 0);
}
