// What-if scenarios: applying one leaves the plan as it was, its figures are the funnel's, bad
// overrides are refused in words, and the sensitivity of headcount is sorted by swing.
#include "calc/planinputs.h"
#include "calc/whatif.h"
#include "plan/scenario.h"
#include "summary/scenariofigures.h"

#include "sampleplans.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

using namespace salesplan;

namespace {

Plan sample()
{
    return coretest::samplePlan("sample-en.json");
}

// "Deal size −10 %" over `plan`.
Scenario dealSizeDown(Plan &plan)
{
    Scenario scenario = makeScenario(QStringLiteral("Deal size −10 %"), plan.ids);
    scenario.setValue(ScenarioDriver::AverageDealSize,
                      std::round(double(plan.targets.funnel.averageDealSize.minor) * 0.9));
    return scenario;
}

int yearDays(const Plan &plan)
{
    const MonthValues days = planWorkingDays(plan);
    return int(std::accumulate(days.begin(), days.end(), qint64(0)));
}

} // namespace

TEST_CASE("Applying a scenario leaves the plan as it was", "[scenario]")
{
    Plan plan = sample();
    Scenario scenario = dealSizeDown(plan);
    scenario.setValue(ScenarioDriver::AnnualTarget, 1'000'000'000.0);
    scenario.setValue(ScenarioDriver::HeadcountChange, -2.0);
    scenario.seasonality = SeasonalityMode::Custom;
    scenario.customWeights[11] = 3.0;
    plan.scenarios = {scenario};
    const Plan before = plan;

    const Plan applied = applyScenario(plan, scenario);
    CHECK(plan == before);
    CHECK(applied.targets.annualTarget == Money{1'000'000'000, plan.info.currency});
    CHECK(applied.targets.seasonality == SeasonalityMode::Custom);
    CHECK(applied.targets.customWeights[11] == 3.0);
    CHECK(applied.team.members.size() + applied.team.hiring.size() <
          plan.team.members.size() + plan.team.hiring.size());
    CHECK(applied.targets.funnel.leadToQualified == plan.targets.funnel.leadToQualified);
}

TEST_CASE("A deal size 10 % lower needs more deals, leads and reps, as the funnel says",
          "[scenario]")
{
    Plan plan = sample();
    plan.scenarios = {dealSizeDown(plan)};
    const QList<WhatIfColumn> table = whatIfTable(plan);
    REQUIRE(table.size() == 2);
    REQUIRE(table[0].figures.ok());
    REQUIRE(table[1].figures.ok());
    const WhatIfFigures &base = *table[0].figures;
    const WhatIfFigures &lower = *table[1].figures;
    CHECK(table[1].name == QStringLiteral("Deal size −10 %"));
    CHECK(lower.target == base.target);
    CHECK(lower.deals > base.deals);
    CHECK(lower.leads > base.leads);
    CHECK(lower.repsNeeded >= base.repsNeeded);
    CHECK(lower.marketingBudget.minor >= base.marketingBudget.minor);

    // Exactly the funnel's figures for the plan with the smaller deal size.
    Plan smaller = plan;
    smaller.targets.funnel.averageDealSize.minor =
        std::llround(double(plan.targets.funnel.averageDealSize.minor) * 0.9);
    const Result<BackwardResult> funnel = solveBackward(backwardInputs(smaller, yearDays(smaller)));
    REQUIRE(funnel.ok());
    CHECK(lower.deals == funnel->deals);
    CHECK(lower.leads == funnel->leads);
    CHECK(lower.repsNeeded == funnel->headcountRequired);
    CHECK(lower.marketingBudget == funnel->marketingBudget);
    const qint64 dealsByHand =
        (plan.targets.annualTarget.minor + smaller.targets.funnel.averageDealSize.minor - 1) /
        smaller.targets.funnel.averageDealSize.minor;
    CHECK(lower.deals == dealsByHand);
    int available = int(plan.team.members.size());
    for (const Hire &hire : plan.team.hiring)
        available += hire.count;
    CHECK(lower.repsAvailable == available);
    CHECK(lower.headcountGap() == funnel->headcountRequired - available);
    REQUIRE(lower.callsPerRepDay.has_value());
    CHECK(*lower.callsPerRepDay == Approx(funnel->callsPerDay / available));
}

TEST_CASE("Adding reps closes the headcount gap, the seasonality moves the tightest month",
          "[scenario]")
{
    Plan plan = sample();
    Scenario hires = makeScenario(QStringLiteral("+3"), plan.ids);
    hires.setValue(ScenarioDriver::HeadcountChange, 3.0);
    Scenario peak = makeScenario(QStringLiteral("Q4 peak"), plan.ids);
    peak.seasonality = SeasonalityMode::Custom;
    peak.customWeights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 12};
    plan.scenarios = {hires, peak};
    const QList<WhatIfColumn> table = whatIfTable(plan);
    REQUIRE(table.size() == 3);
    CHECK(table[1].figures->repsAvailable == table[0].figures->repsAvailable + 3);
    CHECK(table[1].figures->headcountGap() == table[0].figures->headcountGap() - 3);
    CHECK(table[2].figures->largestMonthShortfall > table[0].figures->largestMonthShortfall);
}

TEST_CASE("Bad overrides are refused in words", "[scenario]")
{
    const Status rate = checkOverride(ScenarioDriver::ProposalToWon, 2.5);
    REQUIRE_FALSE(rate.ok());
    CHECK(rate.error().message() ==
          QStringLiteral("Proposal to won: must be more than 0 % and at most 100 %, not 250.0%"));
    const Status target = checkOverride(ScenarioDriver::AnnualTarget, -100.0);
    REQUIRE_FALSE(target.ok());
    CHECK(target.error().message() == QStringLiteral("Annual target: must be more than zero"));
    CHECK_FALSE(checkOverride(ScenarioDriver::AnnualAttrition, 1.0).ok());
    CHECK_FALSE(checkOverride(ScenarioDriver::HeadcountChange, 1.5).ok());
    CHECK(checkOverride(ScenarioDriver::HeadcountChange, -4.0).ok());

    Plan plan = sample();
    Scenario bad = makeScenario(QStringLiteral("bad"), plan.ids);
    bad.setValue(ScenarioDriver::LeadToQualified, 2.5);
    plan.scenarios = {bad};
    const QList<WhatIfColumn> table = whatIfTable(plan);
    REQUIRE_FALSE(table[1].figures.ok());
    CHECK(table[1].figures.error().field == QStringLiteral("Lead to qualified"));
    CHECK(table[0].figures.ok());
}

TEST_CASE("Making a scenario the baseline takes its drivers and drops it", "[scenario]")
{
    Plan plan = sample();
    const Scenario lower = dealSizeDown(plan);
    Scenario other = makeScenario(QStringLiteral("other"), plan.ids);
    plan.scenarios = {lower, other};
    const Plan promoted = promoteScenario(plan, lower.id);
    CHECK(promoted.targets.funnel.averageDealSize.minor ==
          std::llround(*lower.value(ScenarioDriver::AverageDealSize)));
    REQUIRE(promoted.scenarios.size() == 1);
    CHECK(promoted.scenarios.first() == other);
    CHECK(promoteScenario(plan, 999'999) == plan);
}

TEST_CASE("The sensitivity of headcount lists each driver, the largest swing first", "[scenario]")
{
    const Plan plan = sample();
    const Result<HeadcountSensitivity> sensitivity = headcountSensitivity(plan);
    REQUIRE(sensitivity.ok());
    CHECK(sensitivity->swings.size() == scenarioDriverCount - 1);
    for (qsizetype i = 1; i < sensitivity->swings.size(); ++i)
        CHECK(sensitivity->swings[i - 1].swing() >= sensitivity->swings[i].swing());
    const auto swingOf = [&](ScenarioDriver driver) {
        for (const DriverSwing &swing : sensitivity->swings) {
            if (swing.driver == driver)
                return swing;
        }
        FAIL("no swing for the driver");
        return DriverSwing{driver, 0, 0};
    };
    // A higher target needs more reps, a larger deal size fewer.
    CHECK(swingOf(ScenarioDriver::AnnualTarget).high >= sensitivity->base);
    CHECK(swingOf(ScenarioDriver::AnnualTarget).low <= sensitivity->base);
    CHECK(swingOf(ScenarioDriver::AverageDealSize).high <= sensitivity->base);
    CHECK(swingOf(ScenarioDriver::AverageDealSize).low >= sensitivity->base);
    CHECK(sensitivity->swings.first().swing() > 0);
    CHECK(sensitivity->repsNeeded == whatIfTable(plan).first().figures->repsNeeded);
    CHECK(sensitivity->base <= sensitivity->repsNeeded);
}

TEST_CASE("A scenario found in a copy of a plan is changed in the copy only", "[scenario]")
{
    Plan plan = sample();
    plan.scenarios = {dealSizeDown(plan)};
    const Plan original = plan;
    Plan copy = plan;
    findScenario(copy, plan.scenarios.first().id)->name = QStringLiteral("Changed");
    CHECK(plan == original);
    CHECK(copy.scenarios.first().name == QStringLiteral("Changed"));
    CHECK(findScenario(copy, 999'999) == nullptr);
}
