// What-if scenarios in a .salesplan file: kept across reopening, written to their own table only
// (the baseline's tables stay as they were, byte for byte), and absent from older files.
#include "storetestsupport.h"

#include "calc/whatif.h"
#include "plan/scenario.h"
#include "store/connection.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace salesplan;
using namespace salesplan::storetest;

namespace {

// Every table of the file but the scenarios as text: each row's columns, rows sorted. The row
// id counter beside the plan's information is left out: a new scenario takes an id.
QString baselineTables(const QString &path)
{
    store::Connection connection;
    REQUIRE(connection.open(path, store::Connection::Mode::ReadOnly).ok());
    QSqlQuery tables(connection.db());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name <> 'scenarios' ORDER BY name")));
    QString dump;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(connection.db());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int c = 0; c < record.count(); ++c) {
                if (record.fieldName(c) == QStringLiteral("next_row_id"))
                    continue;
                const QVariant value = rows.value(c);
                values << (value.isNull() ? QStringLiteral("NULL")
                           : value.typeId() == QMetaType::QByteArray
                               ? QString::fromLatin1(value.toByteArray().toHex())
                               : value.toString());
            }
            lines << values.join(u'|');
        }
        std::sort(lines.begin(), lines.end());
        dump += table + u'\n' + lines.join(u'\n') + u'\n';
    }
    return dump;
}

Scenario lowerDealSize(Plan &plan)
{
    Scenario scenario = makeScenario(QStringLiteral("客单价 −10 %"), plan.ids);
    scenario.setValue(ScenarioDriver::AverageDealSize,
                      std::round(double(plan.targets.funnel.averageDealSize.minor) * 0.9));
    scenario.setValue(ScenarioDriver::HeadcountChange, -2.0);
    scenario.setValue(ScenarioDriver::ProposalToWon, 0.25);
    scenario.seasonality = SeasonalityMode::Custom;
    scenario.customWeights = {1, 1, 1.5, 1, 1, 1, 1, 1, 1, 1, 2.25, 3};
    return scenario;
}

} // namespace

TEST_CASE("Scenarios are kept in the file and read back as they were", "[store][scenario]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    Plan plan = largePlan(12, 40);
    plan.targets.funnel.averageDealSize = Money::of(50'000, plan.info.currency);
    plan.scenarios = {lowerDealSize(plan), makeScenario(QStringLiteral("Empty"), plan.ids)};
    plan.scenarios[1].seasonality = SeasonalityMode::LastYear;
    {
        auto created = PlanFile::create(path, plan);
        REQUIRE(created.ok());
    }
    auto reopened = PlanFile::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan().scenarios == plan.scenarios);
    CHECK((*reopened)->plan() == plan);
    CHECK(sqlOnFile(path, QStringLiteral("SELECT count(*) FROM scenarios WHERE "
                                         "annual_target_minor IS NULL")) == QStringLiteral("2"));
}

TEST_CASE("Editing scenarios leaves the baseline's tables byte for byte as they were",
          "[store][scenario]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    Plan plan = fullPlan();
    auto created = PlanFile::create(path, plan);
    REQUIRE(created.ok());
    std::unique_ptr<PlanFile> file = std::move(created).value();
    const QString before = baselineTables(path);

    plan.scenarios.append(lowerDealSize(plan));
    REQUIRE(file->commit(plan).ok());
    plan.scenarios.append(makeScenario(QStringLiteral("Two fewer reps"), plan.ids));
    plan.scenarios.last().setValue(ScenarioDriver::HeadcountChange, -2.0);
    REQUIRE(file->commit(plan).ok());
    plan.scenarios.first().setValue(ScenarioDriver::AnnualTarget, 1.0e9);
    plan.scenarios.first().name = QStringLiteral("Bigger target");
    std::swap(plan.scenarios[0], plan.scenarios[1]);
    REQUIRE(file->commit(plan).ok());
    plan.scenarios.removeFirst();
    REQUIRE(file->commit(plan).ok());

    CHECK(baselineTables(path) == before);
    CHECK(sqlOnFile(path, QStringLiteral("SELECT name FROM scenarios")) ==
          QStringLiteral("Bigger target"));

    SECTION("Making the scenario the baseline changes the baseline, and undoing changes it back")
    {
        const Plan promoted = promoteScenario(plan, plan.scenarios.first().id);
        REQUIRE(file->commit(promoted).ok());
        CHECK(baselineTables(path) != before);
        REQUIRE(file->commit(plan).ok());
        CHECK(baselineTables(path) == before);
        file.reset();
        auto reopened = PlanFile::open(path);
        REQUIRE(reopened.ok());
        CHECK((*reopened)->plan() == plan);
    }
}

TEST_CASE("A version 9 file gains no scenarios, and keeps those written after", "[store][scenario]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("plan-v9.salesplan"));
    REQUIRE(QFile::copy(fixturePath(QStringLiteral("plan-v9.salesplan")), copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan().scenarios.isEmpty());
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")).toInt() ==
          store::latestVersion(store::planMigrations()));

    Plan edited = (*opened)->plan();
    edited.scenarios = {lowerDealSize(edited)};
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
}
