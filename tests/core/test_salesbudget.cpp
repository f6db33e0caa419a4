// The sales budget by month and category: headcount from start dates, commission at plan, the
// typed lines, the tools spread exactly, and its findings.
#include "summary/plancost.h"
#include "summary/plansummary.h"
#include "summary/salesbudget.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace salesplan;

namespace {

constexpr qint64 yuan = 100;
constexpr qint64 wan = 10'000 * yuan;

Money cny(qint64 fen)
{
    return Money::of(fen, QStringLiteral("CNY"));
}

Role role(const QString &name, qint64 monthlyCost)
{
    return Role{0, name, {}, {}, cny(monthlyCost)};
}

Member member(const QString &name, const QString &roleName, QDate start = {})
{
    return Member{0, name, roleName, {}, 1.0, start, 0, cny(0)};
}

// A plan year from January 2027 with a ¥1,200万 target, ¥100万 a month.
BudgetInputs plainInputs()
{
    BudgetInputs inputs;
    inputs.period = Period{2027, 1};
    inputs.currency = QStringLiteral("CNY");
    inputs.target = 1200 * wan;
    inputs.monthTargets.fill(100 * wan);
    inputs.limit = cny(0);
    return inputs;
}

qint64 monthsSum(const SalesBudget &budget, BudgetPart part)
{
    qint64 sum = 0;
    for (const BudgetRow &month : budget.months)
        sum += at(month, part);
    return sum;
}

} // namespace

TEST_CASE("A hire from April at ¥2万 a month costs ¥18万 in the plan year", "[budget]")
{
    BudgetInputs inputs = plainInputs();
    inputs.roles = {role(QStringLiteral("Account Executive"), 2 * wan)};
    inputs.hires = {Hire{0, QStringLiteral("Account Executive"), {}, 1, QDate(2027, 4, 1)}};
    const Result<SalesBudget> budget = salesBudget(inputs);
    REQUIRE(budget);
    CHECK(at(budget->year, BudgetPart::Headcount) == 18 * wan);
    CHECK(at(budget->months[2], BudgetPart::Headcount) == 0);
    CHECK(at(budget->months[3], BudgetPart::Headcount) == 2 * wan);
    CHECK(at(budget->quarters[0], BudgetPart::Headcount) == 0);
    CHECK(at(budget->quarters[1], BudgetPart::Headcount) == 6 * wan);
    CHECK(budget->rolesWithoutCost.isEmpty());
}

TEST_CASE("Members cost from their start month, and a line of three hires costs three times",
          "[budget]")
{
    BudgetInputs inputs = plainInputs();
    inputs.roles = {role(QStringLiteral("AE"), 2 * wan), role(QStringLiteral("Manager"), 5 * wan)};
    inputs.members = {member(QStringLiteral("Li"), QStringLiteral("manager")),
                      member(QStringLiteral("Wang"), QStringLiteral("AE"), QDate(2027, 7, 15)),
                      member(QStringLiteral("Zhao"), QStringLiteral("AE"), QDate(2028, 2, 1))};
    inputs.hires = {Hire{0, QStringLiteral("AE"), {}, 3, QDate(2027, 10, 1)}};
    const Result<SalesBudget> budget = salesBudget(inputs);
    REQUIRE(budget);
    // Li all year (60万, the role found in any case), Wang from July (12万), Zhao after the
    // plan year (0), three hires from October (3 × 3 × 2万 = 18万).
    CHECK(at(budget->year, BudgetPart::Headcount) == 90 * wan);
    CHECK(at(budget->months[11], BudgetPart::Headcount) == 13 * wan);
}

TEST_CASE("A role without a cost counts at zero and the budget says so", "[budget]")
{
    BudgetInputs inputs = plainInputs();
    inputs.roles = {role(QStringLiteral("AE"), 0), role(QStringLiteral("Manager"), 5 * wan)};
    inputs.members = {member(QStringLiteral("Li"), QStringLiteral("AE")),
                      member(QStringLiteral("Wang"), QStringLiteral("Presales"))};
    SECTION("While other roles have a cost: a warning for each")
    {
        inputs.members.append(member(QStringLiteral("Zhao"), QStringLiteral("Manager")));
        const Result<SalesBudget> budget = salesBudget(inputs);
        REQUIRE(budget);
        CHECK(budget->total() == 60 * wan);
        CHECK(budget->rolesWithoutCost ==
              QStringList{QStringLiteral("AE"), QStringLiteral("Presales")});
        const QList<Finding> findings = budgetFindings(*budget);
        REQUIRE(findings.size() == 2);
        CHECK(findings.first().severity == Severity::Warning);
        CHECK(findings.first().field == QStringLiteral("team.roles"));
        CHECK(
            findings.first().message.startsWith(QStringLiteral("No cost a month for the role AE")));
    }
    SECTION("While no one has a cost: one hint")
    {
        const Result<SalesBudget> budget = salesBudget(inputs);
        REQUIRE(budget);
        CHECK(budget->total() == 0);
        const QList<Finding> findings = budgetFindings(*budget);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().severity == Severity::Hint);
    }
}

TEST_CASE("Commission at plan is the target × the rate, spread like the month targets, and the "
          "accelerator is not in it",
          "[budget]")
{
    CostInputs costInputs;
    costInputs.target = cny(1200 * wan);
    costInputs.stretch = cny(1500 * wan);
    costInputs.commissionRate = 0.05;
    costInputs.acceleratorRate = 0.10;
    const Result<PlanCost> cost = planCost(costInputs);
    REQUIRE(cost);
    REQUIRE(cost->accelerator > 0); // above 100 % of quota it would be paid, at plan it is not

    BudgetInputs inputs = plainInputs();
    inputs.monthTargets = {50 * wan,  50 * wan,  100 * wan, 100 * wan, 100 * wan, 100 * wan,
                           100 * wan, 100 * wan, 100 * wan, 100 * wan, 100 * wan, 200 * wan};
    inputs.commissionAtPlan = cost->commissionAtPlan;
    const Result<SalesBudget> budget = salesBudget(inputs);
    REQUIRE(budget);
    CHECK(at(budget->year, BudgetPart::Commission) == 60 * wan);
    CHECK(at(budget->months[0], BudgetPart::Commission) == 25'000 * yuan); // 50万 × 5 %
    CHECK(at(budget->months[11], BudgetPart::Commission) == 10 * wan);     // 200万 × 5 %
}

TEST_CASE("The tools are spread over the months exactly, to the cent", "[budget]")
{
    BudgetInputs inputs = plainInputs();
    inputs.tools = 100'000 * yuan + 7; // ¥100,000.07
    const Result<SalesBudget> budget = salesBudget(inputs);
    REQUIRE(budget);
    CHECK(monthsSum(*budget, BudgetPart::Tools) == 100'000 * yuan + 7);
    for (const BudgetRow &month : budget->months) {
        CHECK(at(month, BudgetPart::Tools) >= 833'333);
        CHECK(at(month, BudgetPart::Tools) <= 833'334);
    }
}

TEST_CASE("Typed lines go to their months, and typed campaigns stand for the leads' cost",
          "[budget]")
{
    BudgetInputs inputs = plainInputs();
    inputs.funnelMarketing = 120 * wan;
    SECTION("Without campaigns, the leads' cost follows the month targets")
    {
        const Result<SalesBudget> budget = salesBudget(inputs);
        REQUIRE(budget);
        CHECK_FALSE(budget->marketingFromCampaigns);
        CHECK(at(budget->months[5], BudgetPart::Marketing) == 10 * wan);
    }
    SECTION("With a campaign, the campaign alone")
    {
        inputs.lines = {
            BudgetLine{1, BudgetCategory::Events, QStringLiteral("Trade show"), cny(5 * wan), 3, 3},
            BudgetLine{2, BudgetCategory::Travel, QStringLiteral("Travel"), cny(1 * wan), 1, 12},
            BudgetLine{3, BudgetCategory::Campaigns, QStringLiteral("Spring"), cny(8 * wan), 4, 5},
            BudgetLine{4, BudgetCategory::Other, QStringLiteral("Gifts"), cny(2 * wan), 12, 12},
        };
        const Result<SalesBudget> budget = salesBudget(inputs);
        REQUIRE(budget);
        CHECK(budget->marketingFromCampaigns);
        CHECK(at(budget->year, BudgetPart::Marketing) == 16 * wan);
        CHECK(at(budget->months[2], BudgetPart::Events) == 5 * wan);
        CHECK(at(budget->year, BudgetPart::Events) == 5 * wan);
        CHECK(at(budget->year, BudgetPart::Travel) == 12 * wan);
        CHECK(at(budget->months[11], BudgetPart::Other) == 2 * wan);
        CHECK(budget->total() == 35 * wan);
    }
}

TEST_CASE("A budget above its limit is a finding with the numbers", "[budget]")
{
    BudgetInputs inputs = plainInputs();
    inputs.tools = 120 * wan;
    inputs.deals = 60;
    inputs.limit = cny(100 * wan);
    const Result<SalesBudget> budget = salesBudget(inputs);
    REQUIRE(budget);
    CHECK(budget->isAboveLimit());
    CHECK(budget->shareOfTarget() == Approx(0.10));
    CHECK(budget->perDeal() == 2 * wan);
    const QList<Finding> findings = budgetFindings(*budget);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().field == QStringLiteral("team.budgetLimit"));
    CHECK(findings.first().message.contains(QStringLiteral("above its limit")));
}

TEST_CASE("A negative cost or a line's months the wrong way round are refused in words", "[budget]")
{
    BudgetInputs inputs = plainInputs();
    SECTION("A negative role cost")
    {
        inputs.roles = {role(QStringLiteral("AE"), -1)};
        const Result<SalesBudget> budget = salesBudget(inputs);
        REQUIRE_FALSE(budget);
        CHECK(budget.error().message() ==
              QStringLiteral("cost a month of the role AE: must be zero or more"));
    }
    SECTION("A line ending before it starts")
    {
        inputs.lines = {
            BudgetLine{1, BudgetCategory::Travel, QStringLiteral("Travel"), cny(1 * wan), 6, 2}};
        const Result<SalesBudget> budget = salesBudget(inputs);
        REQUIRE_FALSE(budget);
        CHECK(budget.error().field == QStringLiteral("months of the budget line Travel"));
    }
}

TEST_CASE("The months add up to the quarters and the year to the cent", "[budget]")
{
    BudgetInputs inputs = plainInputs();
    inputs.roles = {role(QStringLiteral("AE"), 23'456'78)};
    inputs.members = {member(QStringLiteral("Li"), QStringLiteral("AE"), QDate(2027, 3, 9))};
    inputs.monthTargets = {7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47};
    inputs.commissionAtPlan = 1'234'567;
    inputs.tools = 98'765;
    inputs.funnelMarketing = 555'555;
    inputs.initiatives[4] = 30 * wan;
    const Result<SalesBudget> budget = salesBudget(inputs);
    REQUIRE(budget);
    qint64 months = 0;
    for (const BudgetRow &month : budget->months)
        months += rowTotal(month);
    qint64 quarters = 0;
    for (const BudgetRow &quarter : budget->quarters)
        quarters += rowTotal(quarter);
    CHECK(months == budget->total());
    CHECK(quarters == budget->total());
    CHECK(budget->total() == 10 * 23'456'78 + 1'234'567 + 98'765 + 555'555 + 30 * wan);
    CHECK(at(budget->year, BudgetPart::Initiatives) == 30 * wan);
}
