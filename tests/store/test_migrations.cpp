// Files of earlier schema versions open, and the migration steps are rolled back when they fail.
//
// tests/data/plan-v<N>.salesplan is a file of schema version N, made once, by a build whose
// newest schema version was N, with
//     build/tests/store/test_store "[.make-fixture-v<N>]"
// which writes planOfFixtureV<N>() below with PlanFile::create. Never regenerate them: they stand
// for the files users already have. When the schema changes (step N + 1), keep these files, add
// plan-v<N+1>.salesplan the same way, and extend the tests of the older files to check that the
// new step brought them up to date.
//
// Version 2 added the presentation deck (the table presentation_deck), version 6 the speaker
// notes (the table speaker_notes).
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
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
                         PlanStatus::InReview,
                         {}};
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
    plan.targets.regions = {{2, QStringLiteral("华东"), 0.7, {}},
                            {3, QStringLiteral("华北"), 0.3, {}}};
    plan.targets.products = {{4, QStringLiteral("产品 A"), 1.0, {}}};
    plan.targets.funnel.averageDealSize = Money::of(50'000'00, QStringLiteral("CNY"));
    plan.targets.funnel.leadToQualified = 0.25;
    plan.targets.funnel.newHireRampMonths = 4;
    plan.targets.funnel.costPerLead = Money::of(300'00, QStringLiteral("CNY"));
    plan.targets.funnel.holidays = {QDate(2027, 10, 1)};
    plan.targets.funnel.extraWorkdays = {QDate(2027, 9, 26)};
    plan.team.roles = {{5, QStringLiteral("销售"), QStringLiteral("签单"), QStringLiteral("沟通"),
                        Money::of(0, QStringLiteral("CNY"))}};
    plan.team.members = {{6,
                          QStringLiteral("韩梅梅"),
                          QStringLiteral("销售"),
                          QStringLiteral("华东"),
                          1.0,
                          QDate(2027, 3, 1),
                          2,
                          {}},
                         {7,
                          QStringLiteral("Omar"),
                          QStringLiteral("销售"),
                          QStringLiteral("华北"),
                          0.5,
                          QDate(),
                          0,
                          {}}};
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

// The plan in tests/data/plan-v2.salesplan: the version 1 plan with a name of its own and a
// presentation deck. Never change it.
Plan planOfFixtureV2()
{
    Plan plan = planOfFixtureV1();
    plan.info.name = QStringLiteral("2027 销售计划 v2");
    plan.presentationDeck = {QStringLiteral("funnel"), QStringLiteral("targets"),
                             QStringLiteral("shares:1"), QStringLiteral("capacity")};
    return plan;
}

// The plan in tests/data/plan-v3.salesplan: the version 2 plan kept with Taiwan's public
// holidays and a day of its own off. Never change it.
Plan planOfFixtureV3()
{
    Plan plan = planOfFixtureV2();
    plan.info.name = QStringLiteral("2027 銷售計畫 v3");
    plan.targets.funnel.calendar = HolidayCalendar::Taiwan;
    plan.targets.funnel.holidays = {QDate(2027, 7, 2)};
    return plan;
}

// The plan in tests/data/plan-v4.salesplan: the version 3 plan with a KPI whose target follows
// the plan's revenue. Never change it.
Plan planOfFixtureV4()
{
    Plan plan = planOfFixtureV3();
    plan.info.name = QStringLiteral("2027 銷售計畫 v4");
    Kpi revenue{15,
                QStringLiteral("月營收"),
                QStringLiteral("每月營收"),
                QStringLiteral("元"),
                0.0,
                ReviewFrequency::Monthly,
                1.0,
                0.9};
    revenue.measures = KpiMeasure::Revenue;
    revenue.targetFrom = KpiTargetFrom::Plan;
    plan.metrics.kpis.append(revenue);
    return plan;
}

// The plan in tests/data/plan-v5.salesplan: the version 4 plan with a fixed quota, a region's
// fixed target, quotas that follow start dates, over-assignment and collection terms. Never
// change it.
Plan planOfFixtureV5()
{
    Plan plan = planOfFixtureV4();
    plan.info.name = QStringLiteral("2027 銷售計畫 v5");
    plan.targets.quotasFollowStart = true;
    plan.targets.overAssignment = 0.1;
    plan.targets.regions.first().quotaAmount = Money::of(30'000'000'00, QStringLiteral("CNY"));
    plan.team.members.first().quotaAmount = Money::of(8'000'000'00, QStringLiteral("CNY"));
    plan.targets.collections.sameMonth = 0.3;
    plan.targets.collections.after1Month = 0.5;
    plan.targets.collections.after6Months = 0.2;
    plan.targets.collections.openingReceivable = Money::of(2'000'000'00, QStringLiteral("CNY"));
    return plan;
}

// The plan in tests/data/plan-v6.salesplan: the version 5 plan with speaker notes for the title
// slide and a chart. Never change it.
Plan planOfFixtureV6()
{
    Plan plan = planOfFixtureV5();
    plan.info.name = QStringLiteral("2027 銷售計畫 v6");
    plan.speakerNotes = {{QStringLiteral("title"), QStringLiteral("先感謝團隊 🙏\n再講目標")},
                         {QStringLiteral("funnel"), QStringLiteral("Leads double in Q2")}};
    return plan;
}

// The plan in tests/data/plan-v7.salesplan: the version 6 plan in execution — a KPI where lower
// is better, a deviation threshold of 15 %, KPI actuals for two months and a review note. Never
// change it.
Plan planOfFixtureV7()
{
    Plan plan = planOfFixtureV6();
    plan.info.name = QStringLiteral("2027 銷售計畫 v7");
    plan.metrics.kpis.first().direction = KpiDirection::LowerIsBetter;
    plan.metrics.deviationThreshold = 0.15;
    plan.ids = RowIdSource(60);
    plan.kpiActuals = {{50, 12, QDate(2027, 1, 1), 31.5}, {51, 15, QDate(2027, 2, 1), 4'200'000}};
    ReviewEntry note;
    note.id = 52;
    note.month = QDate(2027, 2, 1);
    note.subject = ReviewSubject::Region;
    note.name = QStringLiteral("華北");
    note.cause = QStringLiteral("大客戶延後簽約\n預算凍結到三月");
    note.action = QStringLiteral("三月初再約決策人");
    note.owner = QStringLiteral("王經理");
    note.due = QDate(2027, 3, 10);
    plan.metrics.reviewLog = {note};
    return plan;
}

// The plan in tests/data/plan-v8.salesplan: the version 7 plan with its targets adjusted after
// the April review — ¥3,000万 booked by April, the ¥9,000万 still to book over May–December.
// Never change it.
Plan planOfFixtureV8()
{
    Plan plan = planOfFixtureV7();
    plan.info.name = QStringLiteral("2027 銷售計畫 v8");
    plan.ids = RowIdSource(70);
    TargetRevision revision;
    revision.id = 60;
    revision.from = QDate(2027, 5, 1);
    revision.note = QStringLiteral("四月檢討後調整");
    for (int m = 0; m < 4; ++m)
        revision.months[std::size_t(m)] = 7'500'000'00;
    for (int m = 4; m < 12; ++m)
        revision.months[std::size_t(m)] = 11'250'000'00;
    plan.targets.revisions = {revision};
    return plan;
}

// The plan in tests/data/plan-v9.salesplan: the version 8 plan renamed. The file also holds one
// saved version, "提交領導" by 王經理, of the version 8 plan. Never change it.
Plan planOfFixtureV9()
{
    Plan plan = planOfFixtureV8();
    plan.info.name = QStringLiteral("2027 銷售計畫 v9");
    return plan;
}

// The plan in tests/data/plan-v10.salesplan: the version 9 plan submitted by 王經理 and approved
// by 陳總 with the narrative left editable. The file also holds one saved version, "批准前" by
// 王經理, of the version 9 plan. Never change it.
Plan planOfFixtureV10()
{
    Plan plan = planOfFixtureV9();
    plan.info.name = QStringLiteral("2027 銷售計畫 v10");
    plan.info.status = PlanStatus::Approved;
    plan.info.statusLog = {
        StatusChange{70, PlanStatus::InReview, QStringLiteral("王經理"), QDate(2027, 1, 10),
                     QString(), false},
        StatusChange{71, PlanStatus::Approved, QStringLiteral("陳總"), QDate(2027, 1, 15),
                     QStringLiteral("同意，按季度檢討"), true},
    };
    plan.ids = RowIdSource(72);
    return plan;
}

// The plan in tests/data/plan-v11.salesplan: the version 10 plan with a what-if scenario,
// "客單價 −10 %", and its saved version. Never change it.
Plan planOfFixtureV11()
{
    Plan plan = planOfFixtureV10();
    Scenario scenario;
    scenario.id = plan.ids.take();
    scenario.name = QStringLiteral("客單價 −10 %");
    scenario.setValue(ScenarioDriver::AverageDealSize, 4'500'000.0);
    scenario.setValue(ScenarioDriver::HeadcountChange, -1.0);
    scenario.seasonality = SeasonalityMode::Even;
    plan.scenarios = {scenario};
    return plan;
}

// The plan in tests/data/plan-v12.salesplan: the version 11 plan with the calibration's inputs —
// a 12 % market share, a ¥90万 marketing budget, 35 % of last year's actual from existing
// customers and two uplifts. Never change it.
Plan planOfFixtureV12()
{
    Plan plan = planOfFixtureV11();
    plan.targets.marketShare = 0.12;
    plan.targets.marketingBudget = Money::of(900'000'00, QStringLiteral("CNY"));
    plan.targets.existingCustomerShare = 0.35;
    plan.targets.uplifts = {
        Uplift{plan.ids.take(), QStringLiteral("新人培训"), 0.30, UpliftScope::NewHires},
        Uplift{plan.ids.take(), QStringLiteral("CRM 提效"), 0.20, UpliftScope::AllReps},
    };
    return plan;
}

// The plan in tests/data/plan-v13.salesplan: the version 12 plan with an action plan — two
// initiatives, one done and one in progress, and three milestones. Never change it.
Plan planOfFixtureV13()
{
    Plan plan = planOfFixtureV12();
    const auto yuan = [](qint64 amount) {
        return Money::of(amount * 100, QStringLiteral("CNY"));
    };
    const RowId channel = plan.ids.take();
    const RowId crm = plan.ids.take();
    plan.initiatives = {
        Initiative{channel, QStringLiteral("华东渠道伙伴招募"), QStringLiteral("签约 8 家经销商"),
                   QStringLiteral("王伟"), QDate(2027, 2, 1), QDate(2027, 6, 30), yuan(300'000),
                   QStringLiteral("华东"), QStringLiteral("合格线索"), InitiativeStatus::InProgress,
                   QStringLiteral("已签 3 家"), yuan(120'000)},
        Initiative{crm, QStringLiteral("CRM rollout"), QStringLiteral("Every deal in the CRM"),
                   QStringLiteral("Li Na"), QDate(2027, 1, 10), QDate(2027, 3, 31), yuan(80'000),
                   QString(), QString(), InitiativeStatus::Done, QString(), yuan(86'000)},
    };
    plan.milestones = {
        Milestone{plan.ids.take(), int(channel), QStringLiteral("招募方案"), QDate(2027, 2, 28),
                  true},
        Milestone{plan.ids.take(), int(channel), QStringLiteral("首批签约"), QDate(2027, 4, 30),
                  false},
        Milestone{plan.ids.take(), int(crm), QStringLiteral("Go-live"), QDate(2027, 3, 15), true},
    };
    return plan;
}

// The plan in tests/data/plan-v14.salesplan: the version 13 plan with the sales budget's inputs —
// each role's monthly cost (¥2万 for the first, ¥3.5万 for the others), two budget lines and a
// ¥300万 limit. Never change it.
Plan planOfFixtureV14()
{
    Plan plan = planOfFixtureV13();
    for (qsizetype i = 0; i < plan.team.roles.size(); ++i)
        plan.team.roles[i].monthlyCost =
            Money::of(i == 0 ? 20'000'00 : 35'000'00, QStringLiteral("CNY"));
    plan.team.budgetLimit = Money::of(3'000'000'00, QStringLiteral("CNY"));
    plan.team.budgetLines = {
        BudgetLine{plan.ids.take(), BudgetCategory::Events, QStringLiteral("春季展会"),
                   Money::of(50'000'00, QStringLiteral("CNY")), 3, 3},
        BudgetLine{plan.ids.take(), BudgetCategory::Travel, QStringLiteral("差旅"),
                   Money::of(10'000'00, QStringLiteral("CNY")), 1, 12},
    };
    return plan;
}

// The plan in tests/data/plan-v15.salesplan: the version 14 plan as a team plan of two units, one
// allocated ¥600万 and one ¥400万 (by amounts, gap threshold 8 %). Never change it.
Plan planOfFixtureV15()
{
    Plan plan = planOfFixtureV14();
    plan.targets.unitGapThreshold = 0.08;
    plan.units = {
        PlanUnit{plan.ids.take(), QStringLiteral("华东"), QStringLiteral("units/east.salesplan"),
                 Money::of(6'000'000'00, QStringLiteral("CNY")), 1.0},
        PlanUnit{plan.ids.take(), QStringLiteral("华南"), QStringLiteral("south.json"),
                 Money::of(4'000'000'00, QStringLiteral("CNY")), 1.0},
    };
    return plan;
}

Plan planOfFixtureV16()
{
    Plan plan = planOfFixtureV15();
    plan.teamServer = {QStringLiteral("postgresql://chen@plans.example.com:5432/sales"),
                       QStringLiteral("华东"), 3, 4,
                       Money::of(6'000'000'00, QStringLiteral("CNY"))};
    return plan;
}

// A plan of schema version 4 or earlier as this build reads it: step 5 leaves quotas by weight
// over the whole year, so the plan's figures stay as they were.
Plan asUpdated(Plan plan)
{
    plan.targets.quotasFollowStart = false;
    return plan;
}

const QString fixtureV1 = fixturePath(QStringLiteral("plan-v1.salesplan"));
const QString fixtureV2 = fixturePath(QStringLiteral("plan-v2.salesplan"));
const QString fixtureV3 = fixturePath(QStringLiteral("plan-v3.salesplan"));
const QString fixtureV4 = fixturePath(QStringLiteral("plan-v4.salesplan"));
const QString fixtureV5 = fixturePath(QStringLiteral("plan-v5.salesplan"));
const QString fixtureV6 = fixturePath(QStringLiteral("plan-v6.salesplan"));
const QString fixtureV7 = fixturePath(QStringLiteral("plan-v7.salesplan"));
const QString fixtureV8 = fixturePath(QStringLiteral("plan-v8.salesplan"));
const QString fixtureV9 = fixturePath(QStringLiteral("plan-v9.salesplan"));
const QString fixtureV10 = fixturePath(QStringLiteral("plan-v10.salesplan"));
const QString fixtureV11 = fixturePath(QStringLiteral("plan-v11.salesplan"));
const QString fixtureV12 = fixturePath(QStringLiteral("plan-v12.salesplan"));
const QString fixtureV13 = fixturePath(QStringLiteral("plan-v13.salesplan"));
const QString fixtureV14 = fixturePath(QStringLiteral("plan-v14.salesplan"));
const QString fixtureV15 = fixturePath(QStringLiteral("plan-v15.salesplan"));
// The fixture of this build's newest schema version.
const QString fixtureV16 = fixturePath(QStringLiteral("plan-v16.salesplan"));
const QString &latestFixture = fixtureV16;

QString copyOfFixture(const QTemporaryDir &dir, const QString &fixture = fixtureV1)
{
    const QString copy = dir.filePath(QFileInfo(fixture).fileName());
    REQUIRE(QFile::copy(fixture, copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    return copy;
}

const int latest = store::latestVersion(store::planMigrations());

// Makes a fixture: only a build whose newest schema version is `version` may.
void makeFixture(const QString &path, int version, const Plan &plan)
{
    if (latest != version)
        FAIL("plan-v" << version << ".salesplan can only be made by a build of schema version "
                      << version << "; this build writes version " << latest);
    QFile::remove(path);
    const auto created = PlanFile::create(path, plan);
    REQUIRE(created.ok());
}

// This build's steps and one more: a table of notes, filled from the plan's name.
store::Migrations withNextStep(bool fails)
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

TEST_CASE("Make tests/data/plan-v1.salesplan", "[.make-fixture-v1]")
{
    makeFixture(fixtureV1, 1, planOfFixtureV1());
}

TEST_CASE("Make tests/data/plan-v2.salesplan", "[.make-fixture-v2]")
{
    makeFixture(fixtureV2, 2, planOfFixtureV2());
}

TEST_CASE("Make tests/data/plan-v3.salesplan", "[.make-fixture-v3]")
{
    makeFixture(fixtureV3, 3, planOfFixtureV3());
}

TEST_CASE("Make tests/data/plan-v4.salesplan", "[.make-fixture-v4]")
{
    makeFixture(fixtureV4, 4, planOfFixtureV4());
}

TEST_CASE("Make tests/data/plan-v5.salesplan", "[.make-fixture-v5]")
{
    makeFixture(fixtureV5, 5, planOfFixtureV5());
}

TEST_CASE("Make tests/data/plan-v6.salesplan", "[.make-fixture-v6]")
{
    makeFixture(fixtureV6, 6, planOfFixtureV6());
}

TEST_CASE("Make tests/data/plan-v7.salesplan", "[.make-fixture-v7]")
{
    makeFixture(fixtureV7, 7, planOfFixtureV7());
}

TEST_CASE("Make tests/data/plan-v8.salesplan", "[.make-fixture-v8]")
{
    makeFixture(fixtureV8, 8, planOfFixtureV8());
}

TEST_CASE("Make tests/data/plan-v9.salesplan", "[.make-fixture-v9]")
{
    makeFixture(fixtureV9, 9, planOfFixtureV8());
    auto file = PlanFile::open(fixtureV9);
    REQUIRE(file.ok());
    REQUIRE((*file)->saveVersion(QStringLiteral("提交領導"), QStringLiteral("王經理")).ok());
    REQUIRE((*file)->commit(planOfFixtureV9()).ok());
}

TEST_CASE("Make tests/data/plan-v10.salesplan", "[.make-fixture-v10]")
{
    makeFixture(fixtureV10, 10, planOfFixtureV9());
    auto file = PlanFile::open(fixtureV10);
    REQUIRE(file.ok());
    REQUIRE((*file)->saveVersion(QStringLiteral("批准前"), QStringLiteral("王經理")).ok());
    REQUIRE((*file)->commit(planOfFixtureV10()).ok());
}

TEST_CASE("Make tests/data/plan-v11.salesplan", "[.make-fixture-v11]")
{
    makeFixture(fixtureV11, 11, planOfFixtureV10());
    auto file = PlanFile::open(fixtureV11);
    REQUIRE(file.ok());
    REQUIRE((*file)->saveVersion(QStringLiteral("批准前"), QStringLiteral("王經理")).ok());
    REQUIRE((*file)->commit(planOfFixtureV11()).ok());
}

TEST_CASE("A version 11 file holds its plan and its scenarios", "[store][scenario]")
{
    REQUIRE(QFile::exists(fixtureV11));
    auto opened = PlanFile::open(fixtureV11, PlanFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV11());
    CHECK(sqlOnFile(fixtureV11, QStringLiteral("SELECT name || ' ' || average_deal_size_minor || "
                                               "' ' || headcount_change FROM scenarios")) ==
          QStringLiteral("客單價 −10 % 4500000 -1"));
}

TEST_CASE("Make tests/data/plan-v12.salesplan", "[.make-fixture-v12]")
{
    makeFixture(fixtureV12, 12, planOfFixtureV12());
}

TEST_CASE("A version 12 file holds the calibration's inputs and uplifts", "[store][calibration]")
{
    REQUIRE(QFile::exists(fixtureV12));
    auto opened = PlanFile::open(fixtureV12, PlanFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV12());
    CHECK(sqlOnFile(fixtureV12, QStringLiteral("SELECT group_concat(reason || ' ' || uplift || ' ' "
                                               "|| applies_to, '; ') FROM uplifts")) ==
          QStringLiteral("新人培训 0.3 new_hires; CRM 提效 0.2 all_reps"));
}

TEST_CASE("A version 11 file opens with no calibration inputs: no ceiling is made up",
          "[store][calibration]")
{
    QTemporaryDir dir;
    auto opened = PlanFile::open(copyOfFixture(dir, fixtureV11));
    REQUIRE(opened.ok());
    const Plan plan = (*opened)->plan();
    CHECK(plan.targets.marketShare == 0.0);
    CHECK(plan.targets.marketingBudget == Money::of(0, QStringLiteral("CNY")));
    CHECK(plan.targets.existingCustomerShare == 0.0);
    CHECK(plan.targets.uplifts.isEmpty());
    CHECK(plan == planOfFixtureV11());
}

TEST_CASE("Make tests/data/plan-v13.salesplan", "[.make-fixture-v13]")
{
    makeFixture(fixtureV13, 13, planOfFixtureV13());
}

TEST_CASE("A version 13 file holds the action plan", "[store][initiatives]")
{
    REQUIRE(QFile::exists(fixtureV13));
    auto opened = PlanFile::open(fixtureV13, PlanFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV13());
    CHECK(sqlOnFile(fixtureV13, QStringLiteral("SELECT group_concat(name || ' ' || status || ' ' "
                                               "|| spent_minor, '; ') FROM initiatives")) ==
          QStringLiteral("华东渠道伙伴招募 in_progress 12000000; CRM rollout done 8600000"));
}

TEST_CASE("A version 12 file opens with no initiatives", "[store][initiatives]")
{
    QTemporaryDir dir;
    auto opened = PlanFile::open(copyOfFixture(dir, fixtureV12));
    REQUIRE(opened.ok());
    const Plan plan = (*opened)->plan();
    CHECK(plan.initiatives.isEmpty());
    CHECK(plan.milestones.isEmpty());
    CHECK(plan == planOfFixtureV12());
}

TEST_CASE("Make tests/data/plan-v14.salesplan", "[.make-fixture-v14]")
{
    makeFixture(fixtureV14, 14, planOfFixtureV14());
}

TEST_CASE("A version 14 file holds the roles' costs, the budget lines and the limit",
          "[store][budget]")
{
    REQUIRE(QFile::exists(fixtureV14));
    auto opened = PlanFile::open(fixtureV14, PlanFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV14());
    CHECK(sqlOnFile(fixtureV14,
                    QStringLiteral("SELECT group_concat(category || ' ' || name || ' ' || "
                                   "monthly_amount_minor || ' ' || from_month || '-' || to_month, "
                                   "'; ') FROM budget_lines")) ==
          QStringLiteral("events 春季展会 5000000 3-3; travel 差旅 1000000 1-12"));
}

TEST_CASE("A version 13 file opens with no budget inputs: no role has a cost, no limit",
          "[store][budget]")
{
    QTemporaryDir dir;
    auto opened = PlanFile::open(copyOfFixture(dir, fixtureV13));
    REQUIRE(opened.ok());
    const Plan plan = (*opened)->plan();
    REQUIRE_FALSE(plan.team.roles.isEmpty());
    for (const Role &role : plan.team.roles)
        CHECK(role.monthlyCost == Money::of(0, QStringLiteral("CNY")));
    CHECK(plan.team.budgetLines.isEmpty());
    CHECK(plan.team.budgetLimit == Money::of(0, QStringLiteral("CNY")));
    CHECK(plan == planOfFixtureV13());
}

TEST_CASE("Make tests/data/plan-v15.salesplan", "[.make-fixture-v15]")
{
    makeFixture(fixtureV15, 15, planOfFixtureV15());
}

TEST_CASE("A version 15 file holds a team plan's units", "[store][team]")
{
    REQUIRE(QFile::exists(fixtureV15));
    auto opened = PlanFile::open(fixtureV15, PlanFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV15());
    CHECK(sqlOnFile(fixtureV15, QStringLiteral("SELECT group_concat(name || ' ' || path || ' ' || "
                                               "allocation_minor, '; ') FROM units")) ==
          QStringLiteral("华东 units/east.salesplan 600000000; 华南 south.json 400000000"));
}

TEST_CASE("Make tests/data/plan-v16.salesplan", "[.make-fixture-v16]")
{
    makeFixture(fixtureV16, 16, planOfFixtureV16());
}

TEST_CASE("A version 16 file holds what the plan is based on at the team server", "[store][team]")
{
    REQUIRE(QFile::exists(fixtureV16));
    auto opened = PlanFile::open(fixtureV16, PlanFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV16());
    CHECK(sqlOnFile(fixtureV16, QStringLiteral("SELECT team_server_unit || ' ' || "
                                               "team_server_allocation_version || ' ' || "
                                               "team_server_unit_version || ' ' || "
                                               "team_server_allocated_target_minor FROM plan")) ==
          QStringLiteral("华东 3 4 600000000"));
}

TEST_CASE("A version 15 file opens as a plan never fetched from a team server", "[store][team]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV15);
    {
        auto opened = PlanFile::open(copy);
        REQUIRE(opened.ok());
        CHECK((*opened)->plan().teamServer == TeamServerBasis{});
        CHECK((*opened)->plan() == planOfFixtureV15());
        Plan fetched = (*opened)->plan();
        fetched.teamServer = planOfFixtureV16().teamServer;
        REQUIRE((*opened)->commit(fetched).ok());
    }
    auto again = PlanFile::open(copy, PlanFile::Access::ReadOnly);
    REQUIRE(again.ok());
    CHECK((*again)->plan() == planOfFixtureV16());
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")) == QStringLiteral("16"));
}

TEST_CASE("A version 14 file opens as the plan of one team: no units, split by amounts",
          "[store][team]")
{
    QTemporaryDir dir;
    auto opened = PlanFile::open(copyOfFixture(dir, fixtureV14));
    REQUIRE(opened.ok());
    const Plan plan = (*opened)->plan();
    CHECK(plan.units.isEmpty());
    CHECK(plan.targets.unitAllocation == UnitAllocation::Amounts);
    CHECK(plan.targets.unitGapThreshold == 0.05);
    CHECK(plan == planOfFixtureV14());
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
        CHECK((*readOnly)->plan() == asUpdated(planOfFixtureV1()));
    }
    CHECK(sha256(fixtureV1) == fixtureBytes);

    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK_FALSE((*opened)->isReadOnly());
    CHECK((*opened)->plan().team.members == asUpdated(planOfFixtureV1()).team.members);
    CHECK((*opened)->plan() == asUpdated(planOfFixtureV1()));
    // Step 2 brought it up to date: an empty deck (the default one).
    CHECK((*opened)->plan().presentationDeck.isEmpty());
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")) == QString::number(latest));
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT count(*) FROM presentation_deck")) ==
          QStringLiteral("0"));
    Plan edited = (*opened)->plan();
    edited.team.members[1].name = QStringLiteral("奥马尔");
    edited.presentationDeck = {QStringLiteral("capacity"), QStringLiteral("split:2")};
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
}

TEST_CASE("A version 2 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV2));
    const QByteArray fixtureBytes = sha256(fixtureV2);
    {
        auto readOnly = PlanFile::open(fixtureV2, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->plan() == asUpdated(planOfFixtureV2()));
    }
    CHECK(sha256(fixtureV2) == fixtureBytes);

    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV2);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == asUpdated(planOfFixtureV2()));
    // Step 3 brought it up to date: weekdays only, as before, so its figures do not change.
    CHECK((*opened)->plan().targets.funnel.calendar == HolidayCalendar::None);
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")) == QString::number(latest));
    Plan edited = (*opened)->plan();
    edited.presentationDeck.move(3, 0);
    edited.presentationDeck.removeAll(QStringLiteral("targets"));
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan().presentationDeck == QStringList{QStringLiteral("capacity"),
                                                              QStringLiteral("funnel"),
                                                              QStringLiteral("shares:1")});
    CHECK((*reopened)->plan() == edited);
}

TEST_CASE("A version 3 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV3));
    const QByteArray fixtureBytes = sha256(fixtureV3);
    {
        auto readOnly = PlanFile::open(fixtureV3, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->plan() == asUpdated(planOfFixtureV3()));
    }
    CHECK(sha256(fixtureV3) == fixtureBytes);

    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV3);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == asUpdated(planOfFixtureV3()));
    // Step 4 brought it up to date: its KPI is custom with its typed target, as before.
    CHECK((*opened)->plan().metrics.kpis.first().measures == KpiMeasure::Custom);
    CHECK((*opened)->plan().metrics.kpis.first().targetFrom == KpiTargetFrom::Typed);
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")) == QString::number(latest));
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT calendar FROM funnel")) == QStringLiteral("TW"));
    Plan edited = (*opened)->plan();
    edited.targets.funnel.calendar = HolidayCalendar::China;
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
}

TEST_CASE("A version 4 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV4));
    const QByteArray fixtureBytes = sha256(fixtureV4);
    {
        auto readOnly = PlanFile::open(fixtureV4, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->plan() == asUpdated(planOfFixtureV4()));
    }
    CHECK(sha256(fixtureV4) == fixtureBytes);

    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV4);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == asUpdated(planOfFixtureV4()));
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT measures || ' ' || target_from FROM kpis "
                                         "WHERE id = 15")) == QStringLiteral("revenue plan"));
    Plan edited = (*opened)->plan();
    edited.metrics.kpis.last().targetFrom = KpiTargetFrom::Typed;
    edited.metrics.kpis.last().target = 4'000'000;
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
}

TEST_CASE("A version 5 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV5));
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV5);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV5());
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT same_month || ' ' || after_6_months FROM "
                                         "collections")) == QStringLiteral("0.3 0.2"));
}

TEST_CASE("A version 6 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV6));
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV6);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV6());
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT notes FROM speaker_notes WHERE slide_key = "
                                         "'funnel'")) == QStringLiteral("Leads double in Q2"));
}

TEST_CASE("A version 7 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV7));
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV7);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV7());
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT subject || ' ' || name || ' ' || done FROM "
                                         "review_log")) == QStringLiteral("region 華北 0"));
}

TEST_CASE("A version 8 file opens and holds the plan it was made with", "[store]")
{
    REQUIRE(QFile::exists(fixtureV8));
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV8);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV8());
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT from_month || ' ' || note || ' ' || month_5 FROM "
                                         "target_revisions")) ==
          QStringLiteral("2027-05-01 四月檢討後調整 1125000000"));
}

TEST_CASE("A version 7 file gains no target revisions, and keeps those written after", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV7);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan().targets.revisions.isEmpty());

    Plan edited = (*opened)->plan();
    const Plan v8 = planOfFixtureV8();
    edited.targets.revisions = v8.targets.revisions;
    edited.ids = v8.ids;
    REQUIRE(opened.value()->commit(edited).ok());
    edited.targets.revisions.first().months[11] += 1;
    edited.targets.revisions.first().months[10] -= 1;
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
}

TEST_CASE("A version 6 file gains KPIs better when higher, a 10 % deviation and no actuals, and "
          "keeps those written after",
          "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV6);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    const Plan &plan = (*opened)->plan();
    CHECK(plan.metrics.kpis.first().direction == KpiDirection::HigherIsBetter);
    CHECK(plan.metrics.deviationThreshold == 0.10);
    CHECK(plan.kpiActuals.isEmpty());
    CHECK(plan.metrics.reviewLog.isEmpty());

    Plan edited = plan;
    const Plan v7 = planOfFixtureV7();
    edited.kpiActuals = v7.kpiActuals;
    edited.metrics.reviewLog = v7.metrics.reviewLog;
    edited.metrics.reviewLog.first().done = true;
    edited.ids = v7.ids;
    REQUIRE(opened.value()->commit(edited).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
}

TEST_CASE("A version 5 file gains no speaker notes, and keeps those written after", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV5);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan().speakerNotes.isEmpty());
    Plan edited = (*opened)->plan();
    edited.speakerNotes.insert(QStringLiteral("headline"), QStringLiteral("目标：1.2 亿"));
    edited.speakerNotes.insert(QStringLiteral("split:0"), QStringLiteral("East first"));
    REQUIRE(opened.value()->commit(edited).ok());
    Plan fewer = edited;
    fewer.speakerNotes.remove(QStringLiteral("split:0"));
    fewer.speakerNotes[QStringLiteral("headline")] = QStringLiteral("目标：1.3 亿");
    REQUIRE(opened.value()->commit(fewer).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == fewer);
}

TEST_CASE("A version 8 file gains an empty list of versions and keeps its plan", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV8);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV8());
    REQUIRE((*opened)->versions().ok());
    CHECK((*opened)->versions()->isEmpty());
    const Result<RowId> saved = (*opened)->saveVersion(QStringLiteral("v8"), QString());
    REQUIRE(saved.ok());
    CHECK(*(*opened)->versionPlan(*saved) == planOfFixtureV8());
}

TEST_CASE("A version 9 file holds its plan and its saved version", "[store]")
{
    REQUIRE(QFile::exists(fixtureV9));
    const QByteArray fixtureBytes = sha256(fixtureV9);
    {
        auto readOnly = PlanFile::open(fixtureV9, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->plan() == planOfFixtureV9());
        const auto versions = (*readOnly)->versions();
        REQUIRE(versions.ok());
        REQUIRE(versions->size() == 1);
        CHECK(versions->first().name == QStringLiteral("提交領導"));
        CHECK(versions->first().author == QStringLiteral("王經理"));
        CHECK(*(*readOnly)->versionPlan(versions->first().id) == planOfFixtureV8());
    }
    CHECK(sha256(fixtureV9) == fixtureBytes);
}

TEST_CASE("A version 9 file gains an empty status log, keeps its status and takes an approval",
          "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV9);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == planOfFixtureV9());
    CHECK((*opened)->plan().info.statusLog.isEmpty());
    Plan approved = (*opened)->plan();
    approved.info.status = PlanStatus::Approved;
    approved.info.statusLog = planOfFixtureV10().info.statusLog;
    approved.ids = RowIdSource(72);
    REQUIRE((*opened)->commit(approved).ok());
    opened.value().reset();
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == approved);
}

TEST_CASE("A version 10 file holds its approval and its saved version", "[store]")
{
    REQUIRE(QFile::exists(fixtureV10));
    const QByteArray fixtureBytes = sha256(fixtureV10);
    {
        auto readOnly = PlanFile::open(fixtureV10, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->plan() == planOfFixtureV10());
        const auto versions = (*readOnly)->versions();
        REQUIRE(versions.ok());
        REQUIRE(versions->size() == 1);
        CHECK(versions->first().name == QStringLiteral("批准前"));
        CHECK(*(*readOnly)->versionPlan(versions->first().id) == planOfFixtureV9());
    }
    CHECK(sha256(fixtureV10) == fixtureBytes);
}

TEST_CASE("A version 4 file gains quotas by weight, no over-assignment and no collections",
          "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV4);
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    const Plan &plan = (*opened)->plan();
    CHECK_FALSE(plan.targets.quotasFollowStart);
    CHECK(plan.targets.overAssignment == 0.0);
    CHECK_FALSE(plan.targets.collections.isPlanned());
    CHECK(plan.team.members.first().quotaAmount == Money::of(0, QStringLiteral("CNY")));
    CHECK(plan.targets.collections.openingReceivable == Money::of(0, QStringLiteral("CNY")));
    Plan edited = plan;
    edited.targets.quotasFollowStart = true;
    edited.targets.collections.sameMonth = 1.0;
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
    const store::Migrations steps = withNextStep(false);
    {
        auto opened = PlanFileTesting::open(copy, PlanFile::Access::ReadWrite, steps);
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->plan() == asUpdated(planOfFixtureV1()));
    }
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")).toInt() == latest + 1);
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT text FROM notes")) ==
          QStringLiteral("2027 销售计划 v1"));
    // Opened again: already at the newest version, the step does not run a second time.
    REQUIRE(PlanFileTesting::open(copy, PlanFile::Access::ReadWrite, steps).ok());
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT count(*) FROM notes")) == QStringLiteral("1"));
    // And this build, which does not know that version, refuses it.
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    REQUIRE_FALSE(PlanFile::open(copy, PlanFile::Access::ReadWrite, &problem).ok());
    CHECK(problem == PlanFile::OpenProblem::TooNew);
}

TEST_CASE("A schema step that fails is rolled back and the file is left as it was", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, latestFixture);
    const QByteArray bytes = sha256(copy);
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    QString details;
    const auto opened = PlanFileTesting::open(copy, PlanFile::Access::ReadWrite, withNextStep(true),
                                              &problem, &details);
    REQUIRE_FALSE(opened.ok());
    CHECK(problem == PlanFile::OpenProblem::UpdateFailed);
    CHECK(opened.error().message() ==
          QStringLiteral("This plan was made by an older SalesPlan and could not be updated to "
                         "this version. The step that failed was undone."));
    // SQLite's words and the step's name are the details, not the message.
    CHECK(details.contains(QStringLiteral("add notes")));
    CHECK(details.contains(QStringLiteral("no_such_table")));
    CHECK(sha256(copy) == bytes);
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")).toInt() == latest);
    CHECK(PlanFile::open(copy).ok()); // this build still opens it
}

TEST_CASE("An older file keeps the schema steps completed before a step that fails", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir, fixtureV1);
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    REQUIRE_FALSE(
        PlanFileTesting::open(copy, PlanFile::Access::ReadWrite, withNextStep(true), &problem)
            .ok());
    CHECK(problem == PlanFile::OpenProblem::UpdateFailed);
    CHECK(sqlOnFile(copy, QStringLiteral("PRAGMA user_version")).toInt() == latest);
    CHECK(sqlOnFile(copy, QStringLiteral("SELECT count(*) FROM notes")).startsWith(u"error: "));
    auto opened = PlanFile::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->plan() == asUpdated(planOfFixtureV1()));
}

TEST_CASE("An older file opened read-only is updated in a copy and left as it was", "[store]")
{
    QTemporaryDir dir;
    const QString copy = copyOfFixture(dir);
    const QByteArray bytes = sha256(copy);
    const QStringList folder = entries(dir.path());
    {
        auto opened = PlanFileTesting::open(copy, PlanFile::Access::ReadOnly, withNextStep(false));
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        CHECK((*opened)->plan() == asUpdated(planOfFixtureV1()));
    }
    CHECK(sha256(copy) == bytes);
    CHECK(entries(dir.path()) == folder);
}
