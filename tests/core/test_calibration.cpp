#include "calc/calibration.h"
#include "exchange/calibrationjson.h"
#include "plan/format.h"
#include "summary/calibrationtext.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace salesplan;

namespace {

const QString cny = QStringLiteral("CNY");
constexpr qint64 wan = 10'000'00; // ¥1万 in fen

Money yuanWan(double count)
{
    return Money::of(qint64(std::llround(count * double(wan))), cny);
}

// Seed 004's team: ten reps on the team all along, each booking ¥100万 a month in 2026, a target
// of ¥1.5亿 for 2027, no attrition, and two hires from April ramping over three months.
Plan seedTeamPlan()
{
    Plan plan;
    plan.info.currency = cny;
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = yuanWan(15'000);
    plan.targets.lastYearActual = yuanWan(12'000);
    plan.targets.historyYears = 1;
    plan.targets.funnel.annualAttrition = 0.0;
    plan.targets.funnel.newHireRampMonths = 3;
    for (int i = 0; i < 10; ++i) {
        Member member;
        member.name = QStringLiteral("销售%1").arg(i + 1);
        member.region = i < 5 ? QStringLiteral("华东") : QStringLiteral("华南");
        plan.team.members.append(member);
        for (int month = 1; month <= 12; ++month)
            plan.history.append(
                {0, QDate(2026, month, 1), QString(), QString(), member.name, yuanWan(100)});
    }
    plan.team.hiring.append(
        {0, QStringLiteral("销售"), QStringLiteral("华东"), 2, QDate(2027, 4, 1)});
    return plan;
}

void dropHistoryMonth(Plan &plan, int month)
{
    plan.history.removeIf(
        [month](const HistoryEntry &entry) { return entry.month == QDate(2026, month, 1); });
}

} // namespace

TEST_CASE("Team ceiling: ten reps at ¥100万 a rep-month and two hires ramping over three months",
          "[calibration]")
{
    Plan plan = seedTeamPlan();
    const Calibration calibration = calibratePlan(plan, 3);
    REQUIRE(calibration.team.ok());
    const TeamCeiling &team = *calibration.team;
    CHECK(team.historyMonths == 12);
    CHECK(team.historyRepMonths == Approx(120.0));
    CHECK(team.productivity == Approx(double(100 * wan)));
    // 10 reps × 12 months + 2 hires × (¼ + ½ + ¾ + 6 full months) = 120 + 15 rep-months.
    CHECK(team.planRepMonths == Approx(135.0));
    CHECK(team.hireRepMonths == Approx(15.0));
    CHECK(team.ceiling == yuanWan(13'500));
    CHECK(team.baseline == team.ceiling);
    CHECK(team.regions.isEmpty()); // history names no region

    // ¥1.5亿 is 11.1 % above the ceiling: a hire from April brings 7.5 rep-months, ¥750万, so
    // the ¥1,500万 gap needs two more.
    CHECK(calibration.change.productivityIncrease == Approx(15'000.0 / 13'500.0 - 1.0));
    CHECK(calibration.change.moreReps == 2);
    CHECK(calibration.change.hireFrom == 3);

    SECTION("A new-hire uplift lifts the hires' rep-months only")
    {
        plan.targets.uplifts = {{1, QStringLiteral("新人培训"), 0.30, UpliftScope::NewHires}};
        const TeamCeiling lifted = *calibratePlan(plan).team;
        CHECK(lifted.baseline == yuanWan(13'500));
        CHECK(lifted.ceiling == yuanWan(12'000 + 1'500 * 1.3)); // ¥1.395亿
    }
    SECTION("Uplifts add up; an all-reps one lifts the hires too")
    {
        plan.targets.uplifts = {{1, QStringLiteral("新人培训"), 0.30, UpliftScope::NewHires},
                                {2, QStringLiteral("CRM"), 0.20, UpliftScope::AllReps}};
        CHECK(calibratePlan(plan).team->ceiling == yuanWan(12'000 * 1.2 + 1'500 * 1.5));
    }
    SECTION("Attrition takes the leavers' months as the capacity does")
    {
        plan.targets.funnel.annualAttrition = 0.12;
        double expected = 0.0;
        for (int m = 0; m < 12; ++m) {
            const double hires = 2 * std::min(1.0, std::max(0.0, (m - 3 + 1) / 4.0));
            expected += (10 + hires) * (1.0 - 0.12 * (m + 0.5) / 12.0);
        }
        CHECK(calibratePlan(plan).team->planRepMonths == Approx(expected));
    }
}

TEST_CASE("Team ceiling: history with gaps, members without history and people who left",
          "[calibration]")
{
    Plan plan = seedTeamPlan();

    SECTION("A month nobody booked is a gap in the records, not a month of zero")
    {
        dropHistoryMonth(plan, 3);
        dropHistoryMonth(plan, 4);
        const TeamCeiling team = *calibratePlan(plan).team;
        CHECK(team.historyMonths == 10);
        CHECK(team.historyFrom == QDate(2026, 1, 1));
        CHECK(team.historyTo == QDate(2026, 12, 1));
        CHECK(team.productivity == Approx(double(100 * wan)));
    }
    SECTION("A rep who booked nothing in a month others booked in counts that month")
    {
        plan.history.removeIf([](const HistoryEntry &entry) {
            return entry.member == QStringLiteral("销售1") && entry.month.month() <= 6;
        });
        const TeamCeiling team = *calibratePlan(plan).team;
        CHECK(team.productivity == Approx(double(114 * 100 * wan) / 120.0));
    }
    SECTION("A member without history is left out of productivity but works in the plan year")
    {
        Member newcomer;
        newcomer.name = QStringLiteral("新同事");
        plan.team.members.append(newcomer);
        const TeamCeiling team = *calibratePlan(plan).team;
        CHECK(team.productivity == Approx(double(100 * wan)));
        CHECK(team.ceiling == yuanWan(13'500 + 1'200));
    }
    SECTION("Bookings of people no longer on the team are left out")
    {
        for (int month = 1; month <= 12; ++month)
            plan.history.append({0, QDate(2026, month, 1), QString(), QString(),
                                 QStringLiteral("已离职"), yuanWan(300)});
        CHECK(calibratePlan(plan).team->productivity == Approx(double(100 * wan)));
    }
    SECTION("A rep who started in history counts their ramp")
    {
        plan.team.members[0].startDate = QDate(2026, 7, 1);
        plan.team.members[0].rampMonths = 1; // July ½, then full
        plan.history.removeIf([](const HistoryEntry &entry) {
            return entry.member == QStringLiteral("销售1") && entry.month.month() < 7;
        });
        CHECK(calibratePlan(plan).team->historyRepMonths == Approx(108.0 + 5.5));
    }
    SECTION("History older than the years counted is left out")
    {
        plan.history.append(
            {0, QDate(2025, 6, 1), QString(), QString(), QStringLiteral("销售1"), yuanWan(5'000)});
        CHECK(calibratePlan(plan).team->historyMonths == 12);
    }
    SECTION("No history: the ceiling is not set, never zero")
    {
        plan.history.clear();
        const Calibration calibration = calibratePlan(plan);
        REQUIRE_FALSE(calibration.team.ok());
        CHECK(calibration.team.error().reason == QStringLiteral("no history before the plan year"));
        CHECK(calibration.change.moreReps == 0);
    }
}

TEST_CASE("Team ceiling by region: each region's productivity on its own rep-months",
          "[calibration]")
{
    Plan plan = seedTeamPlan();
    for (HistoryEntry &entry : plan.history) {
        const bool east = entry.member.mid(2).toInt() <= 5;
        entry.region = east ? QStringLiteral("华东") : QStringLiteral("华南");
        if (!east)
            entry.amount = yuanWan(50);
    }
    Member north;
    north.name = QStringLiteral("北方新人");
    north.region = QStringLiteral("华北");
    plan.team.members.append(north);

    const TeamCeiling team = *calibratePlan(plan).team;
    REQUIRE(team.regions.size() == 3);
    CHECK(team.productivity == Approx(double(90 * 100 * wan) / 120.0)); // ¥75万
    const RegionProductivity &east = team.regions.at(0);                // 华东, 华北, 华南
    CHECK(east.region == QStringLiteral("华东"));
    CHECK(east.ownHistory);
    CHECK(east.productivity == Approx(double(100 * wan)));
    CHECK(east.planRepMonths == Approx(75.0)); // five reps and the two hires
    const RegionProductivity &north_ = team.regions.at(1);
    CHECK(north_.region == QStringLiteral("华北"));
    CHECK_FALSE(north_.ownHistory); // takes the company's
    // 华东 75 × ¥100万 + 华南 60 × ¥50万 + 华北 12 × ¥75万.
    CHECK(team.ceiling == yuanWan(7'500 + 3'000 + 900));
}

TEST_CASE("Market ceiling: the plan year's market × the share", "[calibration]")
{
    Plan plan = seedTeamPlan();
    plan.mission.marketSize = yuanWan(500'000); // ¥50亿 last year
    plan.mission.marketGrowth = 0.10;

    const Calibration lastYears = calibratePlan(plan);
    REQUIRE(lastYears.market.ok());
    CHECK_FALSE(lastYears.market->shareTyped);
    CHECK(*lastYears.market->lastYearShare == Approx(12'000.0 / 500'000.0)); // 2.4 %
    CHECK(lastYears.market->planYearMarket == yuanWan(550'000));
    CHECK(lastYears.market->ceiling == yuanWan(550'000 * 0.024)); // ¥1.32亿
    CHECK(lastYears.market->targetShare == Approx(15'000.0 / 550'000.0));
    CHECK(lastYears.change.shareNeeded == Approx(15'000.0 / 550'000.0));

    plan.targets.marketShare = 0.03;
    const Calibration typed = calibratePlan(plan);
    CHECK(typed.market->shareTyped);
    CHECK(typed.market->ceiling == yuanWan(16'500));

    SECTION("No market size: not set, never zero")
    {
        plan.mission.marketSize = Money::of(0, cny);
        const Calibration none = calibratePlan(plan);
        REQUIRE_FALSE(none.market.ok());
        CHECK(none.market.error().reason == QStringLiteral("no market size (Mission)"));
    }
    SECTION("No share typed and no last year: not set")
    {
        plan.targets.marketShare = 0.0;
        plan.targets.lastYearActual = Money::of(0, cny);
        CHECK_FALSE(calibratePlan(plan).market.ok());
    }
}

TEST_CASE("Resources ceiling: a budget for 1,000 qualified leads at 15 % wins 150 customers",
          "[calibration]")
{
    Plan plan = seedTeamPlan();
    plan.targets.marketingBudget = yuanWan(30); // ¥30万
    plan.targets.funnel.costPerLead = Money::of(300'00, cny);
    plan.targets.funnel.leadToQualified = 1.0; // the leads bought are qualified
    plan.targets.funnel.qualifiedToProposal = 0.5;
    plan.targets.funnel.proposalToWon = 0.3;
    plan.targets.funnel.averageDealSize = yuanWan(10);
    plan.targets.existingCustomerShare = 0.35;

    const Calibration calibration = calibratePlan(plan);
    REQUIRE(calibration.resources.ok());
    const ResourcesCeiling &resources = *calibration.resources;
    CHECK(resources.counts.qualifiedLeads == 1'000);
    CHECK(resources.counts.deals == 150);
    CHECK(resources.newCustomers == yuanWan(1'500));
    CHECK(resources.existingCustomers == yuanWan(4'200)); // 35 % of ¥1.2亿
    CHECK(resources.ceiling == yuanWan(5'700));
    // ¥9,300万 more: 930 deals, 6,200 leads at 15 %, ¥186万 of marketing.
    CHECK(calibration.change.moreBudget == yuanWan(186));
    CHECK(*targetShareOf(plan.targets.annualTarget, resources.ceiling) ==
          Approx(15'000.0 / 5'700.0));

    SECTION("No budget: not set, never zero")
    {
        plan.targets.marketingBudget = Money::of(0, cny);
        const Calibration none = calibratePlan(plan);
        REQUIRE_FALSE(none.resources.ok());
        CHECK(none.resources.error().reason == QStringLiteral("no marketing budget"));
        CHECK(none.change.moreBudget.isZero());
    }
    SECTION("No cost per lead: not set")
    {
        plan.targets.funnel.costPerLead = Money::of(0, cny);
        CHECK(calibratePlan(plan).resources.error().reason == QStringLiteral("no cost per lead"));
    }
}

TEST_CASE("Findings: a target above every ceiling is a warning, and far above the team an error "
          "unless the uplifts explain it",
          "[calibration]")
{
    Plan plan = seedTeamPlan(); // ¥1.5亿 against a team ceiling of ¥1.35亿: 111 %
    plan.mission.marketSize = yuanWan(500'000);
    plan.mission.marketGrowth = 0.10; // market ceiling ¥1.32亿
    const auto findingsOf = [](const Plan &p) {
        return calibrationFindings(p, calibratePlan(p, 3));
    };

    QList<Finding> findings = findingsOf(plan);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Warning);
    CHECK(findings.first().field == QStringLiteral("targets.annualTarget"));
    CHECK(findings.first().message.contains(formatPercent(15'000.0 / 13'500.0, 0)));
    CHECK(findings.first().message.contains(formatPercent(15'000.0 / 13'200.0, 0)));

    SECTION("A ceiling above the target: no warning")
    {
        plan.targets.marketShare = 0.03; // ¥1.65亿
        CHECK(findingsOf(plan).isEmpty());
    }
    SECTION("More than 20 % above the team ceiling is an error that names what would change")
    {
        plan.targets.annualTarget = yuanWan(17'000); // 126 % of ¥1.35亿
        findings = findingsOf(plan);
        REQUIRE(findings.size() == 2);
        const Finding &error = findings.at(1);
        CHECK(error.severity == Severity::Error);
        CHECK(error.field == QStringLiteral("targets.uplifts"));
        CHECK(error.message.contains(formatPercent(17'000.0 / 13'500.0 - 1.0, 0)));
        CHECK(error.message.contains(QStringLiteral("more productivity per rep")));
        CHECK(error.message.contains(QStringLiteral("5 more reps from"))); // ¥3,500万 ÷ ¥750万
    }
    SECTION("Uplifts that lift the ceiling to the target explain it: no error")
    {
        plan.targets.annualTarget = yuanWan(17'000);
        plan.targets.uplifts = {{1, QStringLiteral("CRM"), 0.30, UpliftScope::AllReps}};
        findings = findingsOf(plan); // ¥1.755亿 with the uplift
        for (const Finding &finding : findings)
            CHECK(finding.severity != Severity::Error);
    }
    SECTION("Uplifts that fall short do not explain it")
    {
        plan.targets.annualTarget = yuanWan(17'000);
        plan.targets.uplifts = {{1, QStringLiteral("CRM"), 0.10, UpliftScope::AllReps}};
        findings = findingsOf(plan);
        CHECK(std::any_of(findings.begin(), findings.end(),
                          [](const Finding &f) { return f.severity == Severity::Error; }));
    }
    SECTION("No ceiling set: nothing to say")
    {
        plan.history.clear();
        plan.mission.marketSize = Money::of(0, cny);
        CHECK(findingsOf(plan).isEmpty());
    }
}

TEST_CASE("The summary has the calibration, its findings and its JSON", "[calibration]")
{
    Plan plan = seedTeamPlan();
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.calibration.team.ok());
    CHECK(summary.calibration.team->ceiling == yuanWan(13'500));
    const QJsonObject json = calibrationJson(plan, summary.calibration);
    CHECK(json[u"target"].toString() == QStringLiteral("150000000.00"));
    CHECK(json[u"market"][u"ceiling"].isNull());
    CHECK(json[u"market"][u"reason"].toString() == QStringLiteral("no market size (Mission)"));
    CHECK(json[u"resources"][u"ceiling"].isNull());
    CHECK(json[u"team"][u"ceiling"].toString() == QStringLiteral("135000000.00"));
    CHECK(json[u"team"][u"productivityPerRepMonth"].toString() == QStringLiteral("1000000.00"));
    CHECK(json[u"team"][u"planRepMonths"].toDouble() == Approx(135.0));
    CHECK(json[u"team"][u"targetShareOfCeiling"].toDouble() == Approx(15'000.0 / 13'500.0));
    CHECK(json[u"team"][u"needsReps"].toInt() == calibratePlan(plan, 0).change.moreReps);
    const QList<CalibrationRow> rows = calibrationRows(plan, summary.calibration);
    REQUIRE(rows.size() == 3);
    CHECK_FALSE(rows.at(0).ceiling.has_value());
    CHECK(rows.at(0).ceilingText().contains(QStringLiteral("no market size")));
    CHECK(rows.at(1).field == QStringLiteral("targets.uplifts"));
}
