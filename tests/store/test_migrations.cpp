// Files of earlier schema versions open, and the migration steps are rolled back when they fail.
//
// tests/data/plan-v1.salesplan is a file of schema version 1, made once with
//     build/tests/store/test_store "[.make-fixture]"
// which writes planOfFixtureV1() below with PlanFile::create. Never regenerate it: it stands for
// the files users already have. When the schema changes (step 2), keep this file, add
// plan-v2.salesplan the same way, and extend "A version 1 file opens..." to check that the new
// step brought the v1 file up to date.
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::storetest;

namespace {

// The plan in tests/data/plan-v1.salesplan. Never change it.
Plan planOfFixtureV1()
{
    Plan plan;
    plan.ids = RowIdSource(50);
    plan.info = PlanInfo{QStringLiteral("2027 销售计划 v1"),
                         QStringLiteral("示例公司"),
                         QStringLiteral("李雷"),
                         QStringLiteral("zh_CN"),
                         QStringLiteral("CNY"),
                         Period{2027, 1},
                         PlanStatus::InReview};
    plan.mission.mission = QStringLiteral("使命 🚀");
    plan.mission.marketPosition = QStringLiteral("Challenger");
    plan.mission.valueProposition = QStringLiteral("قيمة");
    plan.mission.marketSize = Money::of(5'000'000'000'00, QStringLiteral("CNY"));
    plan.mission.marketGrowth = 0.08;
    plan.mission.marketTrends = QStringLiteral("数字化");
    plan.mission.competitors = {{1, QStringLiteral("甲"), CompetitorKind::Direct,
                                 QStringLiteral("强"), QStringLiteral("弱")}};
    plan.targets.annualTarget = Money::of(120'000'000'00, QStringLiteral("CNY"));
    plan.targets.lastYearActual = Money::of(100'000'000'00, QStringLiteral("CNY"));
    plan.targets.stretchReserve = 0.12;
    plan.targets.challengeReserve = 0.25;
    plan.targets.seasonality = SeasonalityMode::Custom;
    plan.targets.customWeights = {1, 1, 1.5, 1, 1, 2, 1, 1, 1.5, 1, 1, 3};
    plan.targets.historyYears = 2;
    plan.targets.regions = {{2, QStringLiteral("华东"), 0.7}, {3, QStringLiteral("华北"), 0.3}};
    plan.targets.products = {{4, QStringLiteral("产品 A"), 1.0}};
    plan.targets.funnel.averageDealSize = Money::of(50'000'00, QStringLiteral("CNY"));
    plan.targets.funnel.leadToQualified = 0.25;
    plan.targets.funnel.newHireRampMonths = 4;
    plan.targets.funnel.costPerLead = Money::of(300'00, QStringLiteral("CNY"));
    plan.targets.funnel.holidays = {QDate(2027, 10, 1)};
    plan.targets.funnel.extraWorkdays = {QDate(2027, 9, 26)};
    plan.team.roles = {{5, QStringLiteral("销售"), QStringLiteral("签单"), QStringLiteral("沟通")}};
    plan.team.members = {{6, QStringLiteral("韩梅梅"), QStringLiteral("销售"),
                          QStringLiteral("华东"), 1.0, QDate(2027, 3, 1), 2},
                         {7, QStringLiteral("Omar"), QStringLiteral("销售"), QStringLiteral("华北"),
                          0.5, QDate(), 0}};
    plan.team.hiring = {{8, QStringLiteral("销售"), QStringLiteral("华北"), 2, QDate(2027, 6, 1)}};
    plan.team.trainingPlan = QStringLiteral("季度培训");
    plan.team.commissionRate = 0.06;
    plan.team.acceleratorRate = 0.1;
    plan.team.incentiveNotes = QStringLiteral("季度奖");
    Segment segment;
    segment.id = 9;
    segment.name = QStringLiteral("制造业");
    segment.attributes = {QStringLiteral("汽车"), QStringLiteral("电子")};
    segment.tier = SegmentTier::Strategic;
    plan.segments = {segment};
    plan.stages = {{10, QStringLiteral("线索"), QStringLiteral("展会"), QStringLiteral("有意向"),
                    QStringLiteral("手册"), 0.6, 7}};
    plan.tools = {{11, QStringLiteral("CRM"), QStringLiteral("管道"), QStringLiteral("李雷"),
                   Money::of(12'000'00, QStringLiteral("CNY")), QStringLiteral("客户")}};
    plan.metrics.kpis = {{12, QStringLiteral("赢单率"), QStringLiteral("赢单/报价"),
                          QStringLiteral("%"), 0.3, ReviewFrequency::Monthly, 1.0, 0.9}};
    plan.metrics.reviewCadence = ReviewFrequency::Quarterly;
    plan.metrics.reviewNotes = QStringLiteral("月度复盘");
    plan.metrics.risks = {{13, RiskCategory::Market, QStringLiteral("价格战"), 3, 4,
                           QStringLiteral("差异化"), QStringLiteral("李雷")}};
    plan.history = {{14, QDate(2026, 1, 1), QStringLiteral("华东"), QStringLiteral("产品 A"),
                     QStringLiteral("韩梅梅"), Money::of(8'000'000'00, QStringLiteral("CNY"))}};
    return plan;
}

const QString fixtureV1 = fixturePath(QStringLiteral("plan-v1.salesplan"));

QString copyOfFixture(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("plan-v1.salesplan"));
    REQUIRE(QFile::copy(fixtureV1, copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    return copy;
}

// This build's steps and one more: a table of notes, filled from the plan's name.
store::Migrations withStepTwo(bool fails)
{
    store::Migrations steps = store::planMigrations();
    steps.append({QStringLiteral("add notes"), [fails](const QSqlDatabase &db) {
                      store::SqlStatus status = store::exec(
                          db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                                             "text TEXT NOT NULL) STRICT"));
                      if (status)
                          status = store::exec(db, QStringLiteral("INSERT INTO notes (text) "
                                                                  "SELECT name FROM plan"));
                      if (status && fails)
                          status = store::exec(db, QStringLiteral("INSERT INTO no_such_table "
                                                                  "VALUES (1)"));
                      return status;
                  }});
    return steps;
}

} // namespace

TEST_CASE("Make tests/data/plan-v1.salesplan", "[.make-fixture]")
{
    QFile::remove(fixtureV1);
    const auto created = PlanFile::create(fixtureV1, planOfFixtureV1());
    REQUIRE(created.ok());
}

TEST_CASE("A new file is marked as a plan and is at this build's schema version", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.salesplan"));
    REQUIRE(PlanFile::create(path, Plan()).ok());
    CHECK(sqlOnFile(path, QStringLiteral("PRAGMA application_id")) == QStringLiteral("1397771342"));
    CHECK(sqlOnFile(path, QStringLiteral("PRAGMA user_version")).toInt() ==
          store::latestVersion(store::planMigrations()));
    CHECK(sqlOnFile(path, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("delete"));
}

TEST_CASE("A version 1 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV1));
    const QByteArray fixtureBytes = sha256(fixtureV1);
    {
        auto readOnly = PlanFile::open(fixtureV1, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->plan() == planOfFixtureV1());
    }
    CHECK(sha256(fixtureV1) == fixtureBytes);

    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK_FALSE((*opened)->isReadOnly());
    CHECK((*opened)->plan().team.members == planOfFixtureV1().team.members);
    CHECK((*opened)->plan() == planOfFixtureV1());
    Plan edited = (*opened)->plan();
    edited.team.members[1].name = QStringLiteral("奥马尔");
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
}

TEST_CASE("Opening an older file runs the newer schema steps once", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir);
    const store::Migrations steps = withStepTwo(false);
    {
        auto opened = PlanFileTesting::open(copy, PlanFile::Access::ReadWrite, steps);
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->plan() == planOfFixtureV1());
    }
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")) == QStringLiteral("2"));
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT text FROM notes")) ==
          QStringLiteral("2027 销售计划 v1"));
    // Opened again: already at version 2, the step does not run a second time.
    REQUIRE(PlanFileTesting::open(copy, PlanFile::Access::ReadWrite, steps).ok());
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT count(*) FROM notes")) == QStringLiteral("1"));
    // And this build, which knows only version 1, refuses it.
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    REQUIRE_FALSE(PlanFile::open(copy, PlanFile::Access::ReadWrite, &problem).ok());
    CHECK(problem == PlanFile::OpenProblem::TooNew);
}

TEST_CASE("A schema step that fails is rolled back and the file is left as it was", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir);
    const QByteArray bytes = sha256(copy);
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    const auto opened =
        PlanFileTesting::open(copy, PlanFile::Access::ReadWrite, withStepTwo(true), &problem);
    REQUIRE_FALSE(opened.ok());
    CHECK(problem == PlanFile::OpenProblem::UpdateFailed);
    CHECK(opened.error().message().startsWith(
        QStringLiteral("This plan was made by an older SalesPlan and could not be updated")));
    CHECK(opened.error().message().contains(QStringLiteral("add notes")));
    CHECK(sha256(copy) == bytes);
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")) == QStringLiteral("1"));
    CHECK(PlanFile::open(copy).ok()); // this build still opens it
}

TEST_CASE("An older file opened read-only is updated in a copy and left as it was", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir);
    const QByteArray bytes = sha256(copy);
    const QStringList folder = entries(dir.path());
    {
        auto opened = PlanFileTesting::open(copy, PlanFile::Access::ReadOnly, withStepTwo(false));
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        CHECK((*opened)->plan() == planOfFixtureV1());
    }
    CHECK(sha256(copy) == bytes);
    CHECK(entries(dir.path()) == folder);
}
