// salesplan consolidate: a team plan over its units' linked plans, run as a user runs it.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSalesplan(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SALESPLAN_EXE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Units named by {name, path} added to the team plan in `teamJson`, each allocated nothing.
void addUnits(const QString &teamJson, const QList<std::pair<QString, QString>> &units)
{
    QFile file(teamJson);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
    QJsonArray array = plan.value(QStringLiteral("units")).toArray();
    for (const auto &[name, path] : units)
        array.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("path"), path},
                                 {QStringLiteral("allocation"), QStringLiteral("0.00")}});
    plan.insert(QStringLiteral("units"), array);
    root.insert(QStringLiteral("plan"), plan);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
}

// The English team sample copied into `dir`: team.json with units/east.json and units/west.json
// (and any `extraUnits`), and the team plan imported as TEAM.salesplan beside it, as a director
// mails the folder.
QString teamFolder(const QTemporaryDir &dir,
                   const QList<std::pair<QString, QString>> &extraUnits = {})
{
    const QString from = QStringLiteral(SALESPLAN_SAMPLES "/team/en");
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("units")));
    for (const char *name : {"team.json", "units/east.json", "units/west.json"}) {
        const QString file = QString::fromLatin1(name);
        REQUIRE(QFile::copy(from + u'/' + file, dir.filePath(file)));
    }
    if (!extraUnits.isEmpty())
        addUnits(dir.filePath(QStringLiteral("team.json")), extraUnits);
    const QString team = dir.filePath(QStringLiteral("TEAM.salesplan"));
    const Run imported =
        runSalesplan({QStringLiteral("import"), dir.filePath(QStringLiteral("team.json")),
                      QStringLiteral("--to"), team});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return team;
}

qint64 cents(const QJsonValue &value)
{
    return qRound64(value.toString().toDouble() * 100);
}

} // namespace

TEST_CASE("consolidate prints each unit's allocation against its own target and the sums",
          "[cli][team]")
{
    QTemporaryDir dir;
    const QString team = teamFolder(dir);
    const Run run = runSalesplan({QStringLiteral("consolidate"), team});
    INFO(run.err.toStdString() << run.out.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Team consolidation — FY2027 Team Plan, USD")));
    CHECK(run.out.contains(QStringLiteral("$7,800,000 (2 of 2 units)")));
    CHECK(run.out.contains(QStringLiteral("+$200,000 (+4.5%)")));
    CHECK(run.out.contains(QStringLiteral("-$400,000 (-11.1%)")));
    CHECK(run.out.contains(QStringLiteral("-$400,000 (-11.1%), beyond 5.0%")));
    CHECK(run.out.contains(
        QStringLiteral("The unit West plans $400,000 less than its allocation of $3,600,000")));

    SECTION("--json: the consolidated figures are the units' own, added up to the cent")
    {
        const Run json =
            runSalesplan({QStringLiteral("consolidate"), team, QStringLiteral("--json")});
        REQUIRE(json.exitCode == 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject sum = root.value(QStringLiteral("consolidated")).toObject();
        qint64 bottomUp = 0;
        for (const QJsonValue &unit : root.value(QStringLiteral("units")).toArray()) {
            CHECK(unit.toObject().value(QStringLiteral("status")).toString() ==
                  QStringLiteral("ok"));
            bottomUp += cents(unit.toObject().value(QStringLiteral("bottomUp")));
        }
        CHECK(bottomUp == 7'800'000'00);
        CHECK(cents(sum.value(QStringLiteral("annual"))) == bottomUp);
        qint64 months = 0;
        for (const QJsonValue &month : sum.value(QStringLiteral("months")).toArray())
            months += cents(month);
        CHECK(months == bottomUp);
        qint64 regions = 0;
        for (const QJsonValue &region : sum.value(QStringLiteral("regions")).toArray())
            regions += cents(region.toObject().value(QStringLiteral("annual")));
        CHECK(regions == bottomUp);
        CHECK(sum.value(QStringLiteral("unitsSummed")).toInt() == 2);
    }

    SECTION("a unit whose file is gone is missing, exit 1, and the totals say 1 of 2 units")
    {
        REQUIRE(QFile::remove(dir.filePath(QStringLiteral("units/west.json"))));
        const Run missing = runSalesplan({QStringLiteral("consolidate"), team});
        CHECK(missing.exitCode == 1);
        CHECK(missing.out.contains(QStringLiteral("$4,600,000 (1 of 2 units)")));
        CHECK(missing.out.contains(QStringLiteral("Missing: ")));
        CHECK(missing.out.contains(QStringLiteral("The unit West is not in the team's figures")));
        CHECK(missing.out.contains(QStringLiteral("west.json")));
    }

    SECTION("the folder moved elsewhere still finds its units")
    {
        QTemporaryDir other;
        REQUIRE(QDir(other.path()).mkpath(QStringLiteral("units")));
        for (const char *name : {"TEAM.salesplan", "units/east.json", "units/west.json"})
            REQUIRE(QFile::copy(dir.filePath(QString::fromLatin1(name)),
                                other.filePath(QString::fromLatin1(name))));
        const Run moved = runSalesplan(
            {QStringLiteral("consolidate"), other.filePath(QStringLiteral("TEAM.salesplan"))});
        CHECK(moved.exitCode == 0);
        CHECK(moved.out.contains(QStringLiteral("(2 of 2 units)")));
    }
}

TEST_CASE("consolidate sums no team plan into a team plan, and a unit not linked yet is missing",
          "[cli][team]")
{
    QTemporaryDir dir;
    const QString team =
        teamFolder(dir, {{QStringLiteral("Self"), QStringLiteral("./TEAM.salesplan")},
                         {QStringLiteral("Copy"), QStringLiteral("team.json")},
                         {QStringLiteral("New"), QString()}});
    const Run run = runSalesplan({QStringLiteral("consolidate"), team});
    INFO(run.err.toStdString() << run.out.toStdString());
    CHECK(run.exitCode == 1);
    // The team's $8,000,000 is not added to its own units' $7,800,000.
    CHECK(run.out.contains(QStringLiteral("$7,800,000 (2 of 5 units)")));
    CHECK(run.out.contains(QStringLiteral(
        "./TEAM.salesplan is this team plan's own file: link the units' own plans")));
    CHECK(run.out.contains(
        QStringLiteral("team.json is a team plan itself: link the units' own plans")));
    CHECK(run.out.contains(QStringLiteral("no plan file linked yet")));

    SECTION("export --json writes the unit not linked yet, and the JSON reads back")
    {
        const QString json = dir.filePath(QStringLiteral("out/team.json"));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("out")));
        const Run exported =
            runSalesplan({QStringLiteral("export"), team, QStringLiteral("--json"), json});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        const Run imported = runSalesplan({QStringLiteral("import"), json, QStringLiteral("--to"),
                                           dir.filePath(QStringLiteral("out/BACK.salesplan"))});
        INFO(imported.err.toStdString());
        CHECK(imported.exitCode == 0);
    }
}

TEST_CASE("consolidate exits 2 in words when the team plan cannot be read or has no units",
          "[cli][team]")
{
    QTemporaryDir dir;
    const Run gone = runSalesplan(
        {QStringLiteral("consolidate"), dir.filePath(QStringLiteral("none.salesplan"))});
    CHECK(gone.exitCode == 2);
    CHECK(gone.err.contains(QStringLiteral("none.salesplan")));

    const Run single = runSalesplan(
        {QStringLiteral("consolidate"), QStringLiteral(SALESPLAN_SAMPLES "/sample-en.json")});
    CHECK(single.exitCode == 2);
    CHECK(single.err.contains(QStringLiteral("has no units")));
}
