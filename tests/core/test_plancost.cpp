// The cost of the plan: commission at plan and at the stretch tier, tools and marketing.
#include "summary/plancost.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

constexpr qint64 yuan = 100;
constexpr qint64 wan = 10'000 * yuan;

Money cny(qint64 fen)
{
    return Money::of(fen, QStringLiteral("CNY"));
}

// A ¥5,000万 target at 5 % commission, 8 % above quota and a ¥5,500万 stretch tier; tools of
// ¥3.6万 and ¥12万 and one of US$1,200; 500 deals from 10,000 leads at ¥150.
CostInputs fiftyMillion()
{
    CostInputs inputs;
    inputs.target = cny(5000 * wan);
    inputs.stretch = cny(5500 * wan);
    inputs.commissionRate = 0.05;
    inputs.acceleratorRate = 0.08;
    inputs.toolCosts = {cny(36'000 * yuan), cny(120'000 * yuan),
                        Money::of(1200'00, QStringLiteral("USD")), cny(0)};
    BackwardResult funnel;
    funnel.deals = 500;
    funnel.leads = 10'000;
    funnel.marketingBudget = cny(10'000 * 150 * yuan);
    inputs.funnel = funnel;
    return inputs;
}

} // namespace

TEST_CASE("The cost of a ¥5,000万 plan: ¥250万 commission, ¥40万 more at the stretch tier",
          "[cost]")
{
    const Result<PlanCost> cost = planCost(fiftyMillion());
    REQUIRE(cost);
    CHECK(cost->commissionAtPlan == 250 * wan);
    CHECK(cost->accelerator == 40 * wan);
    CHECK(cost->commissionAtStretch() == 290 * wan);
    CHECK(cost->tools == 156'000 * yuan);
    REQUIRE(cost->toolsInOtherCurrencies.size() == 1);
    CHECK(cost->toolsInOtherCurrencies.first() == Money::of(1200'00, QStringLiteral("USD")));
    CHECK(cost->marketing == 150 * wan);
    // 250万 + 15.6万 + 150万 = 415.6万: 8.312 % of the target, ¥8,312 a won deal.
    CHECK(cost->total() == 4'156'000 * yuan);
    CHECK(cost->shareOfTarget() == Approx(0.08312));
    CHECK(cost->perDeal() == 8'312 * yuan);
}

TEST_CASE("Quotas above the target move the accelerator up to their total", "[cost]")
{
    // 10 % over-assigned: the reps reach their quotas at ¥5,500万, the stretch tier itself, so
    // the ¥500万 above the target earns the commission rate only: 5 % × 500万 = 25万.
    CostInputs inputs = fiftyMillion();
    inputs.quotaTotal = cny(5500 * wan);
    CHECK(planCost(inputs)->accelerator == 25 * wan);
    // Quotas of ¥5,200万: 5 % × 200万 + 8 % × 300万 = 10万 + 24万.
    inputs.quotaTotal = cny(5200 * wan);
    CHECK(planCost(inputs)->accelerator == 34 * wan);
    CHECK(planCost(inputs)->commissionAtStretch() == 284 * wan);
    // The commission at plan does not change: the target is below the quotas.
    CHECK(planCost(inputs)->commissionAtPlan == 250 * wan);
}

TEST_CASE("Without a solved funnel the cost has no marketing and no cost per deal", "[cost]")
{
    CostInputs inputs = fiftyMillion();
    inputs.funnel.reset();
    const Result<PlanCost> cost = planCost(inputs);
    REQUIRE(cost);
    CHECK_FALSE(cost->marketing);
    CHECK_FALSE(cost->perDeal());
    CHECK(cost->total() == 250 * wan + 156'000 * yuan);
}

TEST_CASE("The cost is refused without a target or with a negative rate", "[cost]")
{
    CostInputs inputs = fiftyMillion();
    inputs.target = cny(0);
    CHECK_FALSE(planCost(inputs));
    inputs = fiftyMillion();
    inputs.acceleratorRate = -0.01;
    const Result<PlanCost> refused = planCost(inputs);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field.toStdString() == "accelerator rate");
}

TEST_CASE("The plan summary's cost comes from the plan's target, tiers, team, tools and funnel",
          "[cost]")
{
    Plan plan;
    plan.info.currency = QStringLiteral("CNY");
    plan.targets.annualTarget = cny(5000 * wan);
    plan.targets.stretchReserve = 0.10;
    plan.team.commissionRate = 0.05;
    plan.team.acceleratorRate = 0.08;
    plan.tools = {Tool{1, QStringLiteral("CRM"), {}, {}, cny(12 * wan), {}}};
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.cost);
    CHECK(summary.cost->commissionAtPlan == 250 * wan);
    CHECK(summary.cost->accelerator == 40 * wan);
    CHECK(summary.cost->tools == 12 * wan);
}
