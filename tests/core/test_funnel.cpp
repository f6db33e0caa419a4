#include <catch2/catch.hpp>

#include "calc/funnel.h"

#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace salesplan;

namespace {

constexpr qint64 yuan = 100;              // fen in one yuan
constexpr qint64 yi = 100'000'000 * yuan; // 1亿 yuan in fen
constexpr qint64 int64Max = std::numeric_limits<qint64>::max();

Money cny(qint64 fen)
{
    return Money::of(fen, QStringLiteral("CNY"));
}

std::string fieldOf(const Error &error)
{
    return error.field.toStdString();
}

// The seed plan: 1亿 at 8万 a deal, lead → qualified 50 %, qualified → proposal 50 %, proposal →
// won 20 %, 2 calls a lead, 250 working days, 40 calls and 5 demos a rep a day, 10 % attrition.
BackwardInputs seedBackward()
{
    BackwardInputs inputs;
    inputs.revenueTarget = cny(yi);
    inputs.averageDealSize = cny(80'000 * yuan);
    inputs.rates = {0.5, 0.5, 0.2};
    inputs.callsPerLead = 2.0;
    inputs.workingDays = 250;
    inputs.capacity = {40.0, 5.0};
    inputs.annualAttrition = 0.1;
    inputs.headcount = 4;
    inputs.costPerLead = cny(200 * yuan);
    return inputs;
}

// `count` is the smallest whole number with count × factor ≥ needed (up to arithmetic noise).
bool isSmallestCountReaching(qint64 count, double factor, double needed)
{
    const bool reaches = static_cast<double>(count) * factor >= needed * (1.0 - 1e-12);
    const bool oneLessFallsShort = static_cast<double>(count - 1) * factor < needed;
    return reaches && oneLessFallsShort;
}

// Random but sane plan inputs whose results fit comfortably in every type.
BackwardInputs randomBackward(std::mt19937_64 &rng)
{
    std::uniform_int_distribution<qint64> target(10'000 * yuan, 1'000'000'000 * yuan);
    std::uniform_int_distribution<qint64> dealSize(1'000 * yuan, 5'000'000 * yuan);
    std::uniform_int_distribution<int> percent(5, 100);
    std::uniform_real_distribution<double> anyRate(0.05, 1.0);
    std::bernoulli_distribution wholePercent(0.5);
    const auto rate = [&] {
        // Whole percents such as 0.35 are what people type, and what brings out the noise.
        return wholePercent(rng) ? percent(rng) / 100.0 : anyRate(rng);
    };
    std::uniform_int_distribution<int> tenthCallsPerLead(5, 200);
    std::uniform_int_distribution<int> days(200, 260);
    std::uniform_int_distribution<int> callsPerDay(10, 80);
    std::uniform_int_distribution<int> demosPerDay(1, 10);
    std::uniform_int_distribution<int> attritionPercent(0, 30);
    std::uniform_int_distribution<int> headcount(0, 50);
    std::uniform_int_distribution<qint64> costPerLead(0, 1'000 * yuan);

    BackwardInputs inputs;
    inputs.revenueTarget = cny(target(rng));
    inputs.averageDealSize = cny(dealSize(rng));
    inputs.rates = {rate(), rate(), rate()};
    inputs.callsPerLead = tenthCallsPerLead(rng) / 10.0;
    inputs.workingDays = days(rng);
    inputs.capacity = {static_cast<double>(callsPerDay(rng)),
                       static_cast<double>(demosPerDay(rng))};
    inputs.annualAttrition = attritionPercent(rng) / 100.0;
    inputs.headcount = headcount(rng);
    inputs.costPerLead = cny(costPerLead(rng));
    return inputs;
}

// A team of `reps` working forward on the same assumptions.
ForwardInputs forwardFrom(const BackwardInputs &backward, double reps)
{
    ForwardInputs inputs;
    inputs.reps = reps;
    inputs.activity = backward.capacity;
    inputs.workingDays = backward.workingDays;
    inputs.callsPerLead = backward.callsPerLead;
    inputs.rates = backward.rates;
    inputs.averageDealSize = backward.averageDealSize;
    inputs.revenueTarget = backward.revenueTarget;
    return inputs;
}

// The seed plan's team of `reps` working forward.
ForwardInputs seedForward(double reps)
{
    return forwardFrom(seedBackward(), reps);
}

struct BadInput
{
    std::string what;
    std::function<void(BackwardInputs &)> change;
    std::string field;
};

std::vector<BadInput> badBackwardInputs()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    return {
        {"zero target", [](BackwardInputs &in) { in.revenueTarget = cny(0); }, "revenue target"},
        {"negative target", [](BackwardInputs &in) { in.revenueTarget = cny(-1); },
         "revenue target"},
        {"zero deal size", [](BackwardInputs &in) { in.averageDealSize = cny(0); },
         "average deal size"},
        {"negative deal size", [](BackwardInputs &in) { in.averageDealSize = cny(-500); },
         "average deal size"},
        {"deal size in dollars",
         [](BackwardInputs &in) { in.averageDealSize.currency = QStringLiteral("USD"); },
         "average deal size"},
        {"250 % qualified", [](BackwardInputs &in) { in.rates.leadToQualified = 2.5; },
         "lead to qualified rate"},
        {"0 % qualified", [](BackwardInputs &in) { in.rates.leadToQualified = 0.0; },
         "lead to qualified rate"},
        {"NaN qualified", [=](BackwardInputs &in) { in.rates.leadToQualified = nan; },
         "lead to qualified rate"},
        {"101 % to proposal", [](BackwardInputs &in) { in.rates.qualifiedToProposal = 1.01; },
         "qualified to proposal rate"},
        {"negative win rate", [](BackwardInputs &in) { in.rates.proposalToWon = -0.2; },
         "proposal to won rate"},
        {"NaN win rate", [=](BackwardInputs &in) { in.rates.proposalToWon = nan; },
         "proposal to won rate"},
        {"zero calls per lead", [](BackwardInputs &in) { in.callsPerLead = 0.0; },
         "calls per lead"},
        {"negative calls per lead", [](BackwardInputs &in) { in.callsPerLead = -3.0; },
         "calls per lead"},
        {"infinite calls per lead", [=](BackwardInputs &in) { in.callsPerLead = infinity; },
         "calls per lead"},
        {"zero working days", [](BackwardInputs &in) { in.workingDays = 0; }, "working days"},
        {"negative working days", [](BackwardInputs &in) { in.workingDays = -5; }, "working days"},
        {"367 working days", [](BackwardInputs &in) { in.workingDays = 367; }, "working days"},
        {"no calls per rep", [](BackwardInputs &in) { in.capacity.callsPerDay = 0.0; },
         "calls per rep a day"},
        {"NaN calls per rep", [=](BackwardInputs &in) { in.capacity.callsPerDay = nan; },
         "calls per rep a day"},
        {"negative demos per rep", [](BackwardInputs &in) { in.capacity.demosPerDay = -1.0; },
         "demos per rep a day"},
        {"100 % attrition", [](BackwardInputs &in) { in.annualAttrition = 1.0; },
         "annual attrition"},
        {"negative attrition", [](BackwardInputs &in) { in.annualAttrition = -0.1; },
         "annual attrition"},
        {"NaN attrition", [=](BackwardInputs &in) { in.annualAttrition = nan; },
         "annual attrition"},
        {"negative headcount", [](BackwardInputs &in) { in.headcount = -1; }, "headcount"},
        {"negative cost per lead", [](BackwardInputs &in) { in.costPerLead = cny(-1); },
         "cost per lead"},
        {"cost per lead in dollars",
         [](BackwardInputs &in) { in.costPerLead = Money::of(200, QStringLiteral("USD")); },
         "cost per lead"},
    };
}

CapacityInputs evenCapacity(int reps)
{
    // 20 working days a month; each month needs 4,000 calls and 500 demos: 5 reps at 40 / 5.
    CapacityInputs inputs;
    inputs.period = Period{2027, 1};
    inputs.reps = QList<RepOnTeam>(reps, RepOnTeam{});
    inputs.monthTargets.fill(10);
    inputs.workingDays.fill(20);
    inputs.annual.calls = 12 * 4'000;
    inputs.annual.proposals = 12 * 500;
    inputs.capacity = {40.0, 5.0};
    return inputs;
}

} // namespace

// --- Backward ---------------------------------------------------------------------------------

TEST_CASE("The seed plan's target becomes activity, reps and a budget", "[funnel]")
{
    const Result<BackwardResult> result = solveBackward(seedBackward());
    REQUIRE(result.ok());
    CHECK(result->deals == 1'250);
    CHECK(result->proposals == 6'250);
    CHECK(result->qualifiedLeads == 12'500);
    CHECK(result->leads == 25'000);
    CHECK(result->calls == 50'000);
    CHECK(result->workingDays == 250);
    CHECK(result->callsPerDay == 200.0);
    CHECK(result->demosPerDay == 25.0);
    CHECK(result->qualifiedPerDay == 50.0);
    CHECK(result->leadsPerDay == 100.0);
    CHECK(result->repsRequired == 5);
    // 5 reps must remain after 10 % leave: 5 / 0.9 = 5.6 → employ 6; 4 on the team → 2 short.
    CHECK(result->headcountRequired == 6);
    CHECK(result->headcount == 4);
    CHECK(result->repsShort == 2);
    CHECK(result->marketingBudget == cny(5'000'000 * yuan));
}

TEST_CASE("Floating-point noise never asks for one more lead", "[funnel]")
{
    BackwardInputs inputs = seedBackward();
    inputs.averageDealSize = cny(10'000 * yuan);
    inputs.callsPerLead = 1.0;

    SECTION("150 deals at 15 % overall need 1,000 leads")
    {
        inputs.revenueTarget = cny(150 * 10'000 * yuan);
        inputs.rates = GENERATE(FunnelRates{0.15, 1.0, 1.0}, FunnelRates{1.0, 1.0, 0.15},
                                FunnelRates{0.5, 0.6, 0.5});
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE(result.ok());
        CHECK(result->deals == 150);
        CHECK(result->leads == 1'000);
        CHECK(result->calls == 1'000);
    }
    SECTION("350 deals at 35 % need 1,000 proposals although 350 / 0.35 > 1000 in doubles")
    {
        REQUIRE(350 / 0.35 > 1000.0);
        inputs.revenueTarget = cny(350 * 10'000 * yuan);
        inputs.rates = {1.0, 1.0, 0.35};
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE(result.ok());
        CHECK(result->proposals == 1'000);
        CHECK(result->leads == 1'000);
    }
    SECTION("100 leads at 1.1 calls a lead need 110 calls although 100 × 1.1 > 110 in doubles")
    {
        REQUIRE(100 * 1.1 > 110.0);
        inputs.revenueTarget = cny(100 * 10'000 * yuan);
        inputs.rates = {1.0, 1.0, 1.0};
        inputs.callsPerLead = 1.1;
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE(result.ok());
        CHECK(result->leads == 100);
        CHECK(result->calls == 110);
    }
}

TEST_CASE("Counts people must reach are rounded up", "[funnel]")
{
    BackwardInputs inputs = seedBackward();
    inputs.averageDealSize = cny(100 * yuan);
    inputs.rates = {0.3, 0.5, 0.3};
    inputs.callsPerLead = 4.0;

    SECTION("one fen over a whole number of deals is one more deal")
    {
        inputs.revenueTarget = cny(100 * 100 * yuan + 1);
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE(result.ok());
        CHECK(result->deals == 101);
        CHECK(result->proposals == 337);      // 101 / 0.3 = 336.7
        CHECK(result->qualifiedLeads == 674); // 337 / 0.5
        CHECK(result->leads == 2'247);        // 674 / 0.3 = 2246.7
        CHECK(result->calls == 8'988);
    }
    SECTION("deals are counted in whole fen, beyond what a double holds exactly")
    {
        // 2^53 + 1 deals of one fen: a double division would say 2^53.
        inputs.revenueTarget = cny((qint64(1) << 53) + 1);
        inputs.averageDealSize = cny(1);
        inputs.rates = {1.0, 1.0, 1.0};
        inputs.callsPerLead = 1.0;
        inputs.capacity = {1e12, 1e12};
        inputs.costPerLead = cny(0);
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE(result.ok());
        CHECK(result->deals == (qint64(1) << 53) + 1);
        CHECK(result->proposals == result->deals);
        CHECK(result->leads == result->deals);
        CHECK(result->calls == result->deals);
    }
}

TEST_CASE("Rates of exactly 100 % and tiny rates", "[funnel]")
{
    BackwardInputs inputs = seedBackward();

    SECTION("every stage at 100 % passes the deals straight through")
    {
        inputs.rates = {1.0, 1.0, 1.0};
        inputs.callsPerLead = 1.0;
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE(result.ok());
        CHECK(result->proposals == 1'250);
        CHECK(result->qualifiedLeads == 1'250);
        CHECK(result->leads == 1'250);
        CHECK(result->calls == 1'250);
    }
    SECTION("a one-in-a-million win rate needs a million proposals a deal")
    {
        inputs.rates = {1.0, 1.0, 1e-6};
        inputs.capacity = {1e6, 1e6};
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE(result.ok());
        CHECK(result->proposals == 1'250'000'000);
        CHECK(std::isfinite(result->demosPerDay));
    }
    SECTION("rates so small the counts no longer fit are refused, not wrapped")
    {
        inputs.rates = {1e-300, 1.0, 1.0};
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldOf(result.error()) == "leads");
    }
}

TEST_CASE("Huge targets are refused with an overflow error, never a wrong number", "[funnel]")
{
    BackwardInputs inputs = seedBackward();
    inputs.averageDealSize = cny(1);
    inputs.costPerLead = cny(0);

    SECTION("more proposals than qint64 holds")
    {
        inputs.revenueTarget = cny(int64Max);
        inputs.rates = {1.0, 1.0, 0.5};
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldOf(result.error()) == "proposals");
        CHECK(result.error().reason.toStdString() == "is too large to calculate with");
    }
    SECTION("more calls than qint64 holds")
    {
        inputs.revenueTarget = cny(1'000'000'000'000'000'000);
        inputs.rates = {1.0, 1.0, 1.0};
        inputs.callsPerLead = 10.0;
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldOf(result.error()) == "calls");
    }
    SECTION("more reps than an int holds")
    {
        inputs.revenueTarget = cny(1'000'000'000'000'000);
        inputs.rates = {1.0, 1.0, 1.0};
        inputs.callsPerLead = 1.0;
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldOf(result.error()) == "reps required");
    }
    SECTION("a headcount that attrition pushes past an int")
    {
        inputs.revenueTarget = cny(10'000'000'000);
        inputs.rates = {1.0, 1.0, 1.0};
        inputs.callsPerLead = 1.0;
        inputs.annualAttrition = 1.0 - 1e-12;
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldOf(result.error()) == "headcount required");
    }
    SECTION("a marketing budget past what Money holds")
    {
        inputs.revenueTarget = cny(1'000'000'000'000);
        inputs.rates = {1.0, 1.0, 1.0};
        inputs.capacity = {1e9, 1e9};
        inputs.costPerLead = cny(100'000'000 * yuan);
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldOf(result.error()) == "marketing budget");
    }
}

TEST_CASE("Every bad backward input is refused naming the field", "[funnel]")
{
    for (const BadInput &bad : badBackwardInputs()) {
        INFO(bad.what);
        BackwardInputs inputs = seedBackward();
        bad.change(inputs);
        const Result<BackwardResult> result = solveBackward(inputs);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldOf(result.error()) == bad.field);
        CHECK_FALSE(result.error().reason.isEmpty());
    }
}

TEST_CASE("A rate of 250 % is explained as a percentage", "[funnel]")
{
    BackwardInputs inputs = seedBackward();
    inputs.rates.proposalToWon = 2.5;
    const Result<BackwardResult> result = solveBackward(inputs);
    REQUIRE_FALSE(result.ok());
    const std::string reason = result.error().reason.toStdString();
    CHECK(reason.find("100 %") != std::string::npos);
    CHECK(reason.find("250") != std::string::npos);
}

TEST_CASE("Leads bought for nothing need no budget, whatever the cost's currency", "[funnel]")
{
    BackwardInputs inputs = seedBackward();
    inputs.costPerLead = Money::of(0, QStringLiteral("USD"));
    const Result<BackwardResult> result = solveBackward(inputs);
    REQUIRE(result.ok());
    CHECK(result->marketingBudget == cny(0));
}

TEST_CASE("Enough people on the team means no one short", "[funnel]")
{
    BackwardInputs inputs = seedBackward();
    inputs.headcount = 9;
    const Result<BackwardResult> result = solveBackward(inputs);
    REQUIRE(result.ok());
    CHECK(result->headcountRequired == 6);
    CHECK(result->repsShort == 0);
}

TEST_CASE("Backward figures hold for random plans", "[funnel]")
{
    const int seed = GENERATE(take(300, random(1, 1'000'000'000)));
    std::mt19937_64 rng(static_cast<std::mt19937_64::result_type>(seed));
    const BackwardInputs inputs = randomBackward(rng);
    CAPTURE(seed, inputs.revenueTarget.minor, inputs.averageDealSize.minor,
            inputs.rates.leadToQualified, inputs.rates.qualifiedToProposal,
            inputs.rates.proposalToWon, inputs.callsPerLead, inputs.workingDays,
            inputs.capacity.callsPerDay, inputs.capacity.demosPerDay, inputs.annualAttrition);

    const Result<BackwardResult> result = solveBackward(inputs);
    REQUIRE(result.ok());
    const BackwardResult &r = *result;
    const double days = inputs.workingDays;

    // Each count is the smallest that reaches the next one.
    CHECK(isSmallestCountReaching(r.deals, static_cast<double>(inputs.averageDealSize.minor),
                                  static_cast<double>(inputs.revenueTarget.minor)));
    CHECK(isSmallestCountReaching(r.proposals, inputs.rates.proposalToWon,
                                  static_cast<double>(r.deals)));
    CHECK(isSmallestCountReaching(r.qualifiedLeads, inputs.rates.qualifiedToProposal,
                                  static_cast<double>(r.proposals)));
    CHECK(isSmallestCountReaching(r.leads, inputs.rates.leadToQualified,
                                  static_cast<double>(r.qualifiedLeads)));
    CHECK(
        isSmallestCountReaching(r.calls, 1.0, static_cast<double>(r.leads) * inputs.callsPerLead));

    // Per-day figures × working days cover the totals.
    CHECK(r.callsPerDay * days == Approx(static_cast<double>(r.calls)).epsilon(1e-12));
    CHECK(r.demosPerDay * days == Approx(static_cast<double>(r.proposals)).epsilon(1e-12));
    CHECK(r.qualifiedPerDay * days == Approx(static_cast<double>(r.qualifiedLeads)).epsilon(1e-12));
    CHECK(r.leadsPerDay * days == Approx(static_cast<double>(r.leads)).epsilon(1e-12));

    // The reps are just enough for both the calls and the demos.
    CHECK(static_cast<double>(r.repsRequired) * inputs.capacity.callsPerDay >=
          r.callsPerDay * (1.0 - 1e-12));
    CHECK(static_cast<double>(r.repsRequired) * inputs.capacity.demosPerDay >=
          r.demosPerDay * (1.0 - 1e-12));
    const bool oneLessIsShort =
        static_cast<double>(r.repsRequired - 1) * inputs.capacity.callsPerDay < r.callsPerDay ||
        static_cast<double>(r.repsRequired - 1) * inputs.capacity.demosPerDay < r.demosPerDay;
    CHECK(oneLessIsShort);
    CHECK(isSmallestCountReaching(r.headcountRequired, 1.0 - inputs.annualAttrition,
                                  static_cast<double>(r.repsRequired)));
    CHECK(r.repsShort == std::max(0, r.headcountRequired - inputs.headcount));
    CHECK(r.marketingBudget == cny(r.leads * inputs.costPerLead.minor));

    for (double perDay : {r.callsPerDay, r.demosPerDay, r.qualifiedPerDay, r.leadsPerDay})
        CHECK(std::isfinite(perDay));
}

TEST_CASE("The reps the backward solver asks for deliver the target going forward", "[funnel]")
{
    const int seed = GENERATE(take(300, random(1, 1'000'000'000)));
    std::mt19937_64 rng(static_cast<std::mt19937_64::result_type>(seed));
    const BackwardInputs inputs = randomBackward(rng);
    CAPTURE(seed);

    const Result<BackwardResult> backward = solveBackward(inputs);
    REQUIRE(backward.ok());
    const Result<ForwardResult> forward =
        solveForward(forwardFrom(inputs, static_cast<double>(backward->repsRequired)));
    REQUIRE(forward.ok());
    CHECK(forward->calls >= backward->calls);
    CHECK(forward->funnel.deals >= backward->deals);
    CHECK(forward->revenue.minor >= inputs.revenueTarget.minor);
    CHECK(forward->gapToTarget.minor <= 0);
    CHECK(forward->attainment >= 1.0);
}

// --- Reps for an activity ---------------------------------------------------------------------

TEST_CASE("200 calls and 25 demos a day at 40 calls and 5 demos a rep need 5 reps", "[funnel]")
{
    // The seed story: 5 qualified leads a day take 25 demos and 200 calls, and a rep makes 40 calls
    // and 5 demos a day. Reps are bound by calls and demos only, so 5 reps, exactly.
    const RepCapacity rep{40.0, 5.0};
    CHECK(*repsForActivity(200.0, 25.0, rep) == 5);
    CHECK(*repsForActivity(201.0, 25.0, rep) == 6);
    CHECK(*repsForActivity(200.0, 26.0, rep) == 6);
    CHECK(*repsForActivity(0.0, 25.0, rep) == 5);
    CHECK(*repsForActivity(0.0, 0.0, rep) == 0);
}

TEST_CASE("Reps for an activity ignore arithmetic noise and refuse bad input", "[funnel]")
{
    REQUIRE(0.7 * 3 / 0.7 * 40 < 120.0);
    REQUIRE(21 / 0.7 > 30.0);
    CHECK(*repsForActivity(21 / 0.7 * 40, 0.0, {40.0, 5.0}) == 30);
    CHECK(*repsForActivity(0.7 * 3 / 0.7 * 40, 0.0, {40.0, 5.0}) == 3);

    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(fieldOf(repsForActivity(-1.0, 0.0, {40.0, 5.0}).error()) == "calls a day");
    CHECK(fieldOf(repsForActivity(nan, 0.0, {40.0, 5.0}).error()) == "calls a day");
    CHECK(fieldOf(repsForActivity(0.0, -1.0, {40.0, 5.0}).error()) == "demos a day");
    CHECK(fieldOf(repsForActivity(1.0, 1.0, {0.0, 5.0}).error()) == "calls per rep a day");
    CHECK(fieldOf(repsForActivity(1.0, 1.0, {40.0, nan}).error()) == "demos per rep a day");
    CHECK(fieldOf(repsForActivity(1e300, 0.0, {40.0, 5.0}).error()) == "reps required");
}

// --- Forward ----------------------------------------------------------------------------------

TEST_CASE("1,000 leads at 15 % overall make 150 deals", "[funnel]")
{
    const FunnelRates rates = GENERATE(FunnelRates{0.15, 1.0, 1.0}, FunnelRates{0.5, 0.6, 0.5},
                                       FunnelRates{1.0, 0.3, 0.5});
    const Result<FunnelCounts> counts = funnelFromLeads(1'000, rates);
    REQUIRE(counts.ok());
    CHECK(counts->leads == 1'000);
    CHECK(counts->deals == 150);
}

TEST_CASE("Counts a team produces are rounded down, stage by stage", "[funnel]")
{
    const Result<FunnelCounts> counts = funnelFromLeads(999, {0.5, 0.6, 0.5});
    REQUIRE(counts.ok());
    CHECK(counts->qualifiedLeads == 499); // 499.5
    CHECK(counts->proposals == 299);      // 299.4
    CHECK(counts->deals == 149);          // 149.5

    // 100 × 0.29 is 28.999999999999996 in doubles; 29 leads still qualify.
    REQUIRE(100 * 0.29 < 29.0);
    CHECK(funnelFromLeads(100, {0.29, 1.0, 1.0})->qualifiedLeads == 29);

    CHECK(funnelFromLeads(0, {0.5, 0.5, 0.5})->deals == 0);
    CHECK(funnelFromLeads(int64Max, {1.0, 1.0, 1.0})->deals == int64Max);
}

TEST_CASE("funnelFromLeads refuses negative leads and impossible rates", "[funnel]")
{
    CHECK(fieldOf(funnelFromLeads(-1, {0.5, 0.5, 0.5}).error()) == "leads");
    CHECK(fieldOf(funnelFromLeads(10, {1.5, 0.5, 0.5}).error()) == "lead to qualified rate");
    CHECK(fieldOf(funnelFromLeads(10, {0.5, 0.0, 0.5}).error()) == "qualified to proposal rate");
    CHECK(fieldOf(funnelFromLeads(10, {0.5, 0.5, std::nan("")}).error()) == "proposal to won rate");
}

TEST_CASE("The seed team going forward", "[funnel]")
{
    SECTION("5 reps make the target exactly")
    {
        const Result<ForwardResult> result = solveForward(seedForward(5.0));
        REQUIRE(result.ok());
        CHECK(result->calls == 50'000);
        CHECK(result->funnel.leads == 25'000);
        CHECK(result->funnel.qualifiedLeads == 12'500);
        CHECK(result->funnel.proposals == 6'250);
        CHECK(result->funnel.deals == 1'250);
        CHECK(result->revenue == cny(yi));
        CHECK(result->gapToTarget == cny(0));
        CHECK(result->attainment == 1.0);
    }
    SECTION("4 reps reach 80 % and leave 2,000万 to find")
    {
        const Result<ForwardResult> result = solveForward(seedForward(4.0));
        REQUIRE(result.ok());
        CHECK(result->calls == 40'000);
        CHECK(result->funnel.deals == 1'000);
        CHECK(result->revenue == cny(80'000'000 * yuan));
        CHECK(result->gapToTarget == cny(20'000'000 * yuan));
        CHECK(result->attainment == Approx(0.8));
    }
    SECTION("proposals are capped by the demos the team can give")
    {
        ForwardInputs inputs = seedForward(5.0);
        inputs.activity.demosPerDay = 2.0; // 5 × 2 × 250 = 2,500 demos in the year
        const Result<ForwardResult> result = solveForward(inputs);
        REQUIRE(result.ok());
        CHECK(result->funnel.qualifiedLeads == 12'500);
        CHECK(result->funnel.proposals == 2'500);
        CHECK(result->funnel.deals == 500);
        CHECK(result->attainment == Approx(0.4));
    }
    SECTION("6 reps beat the target: the gap turns negative")
    {
        const Result<ForwardResult> result = solveForward(seedForward(6.0));
        REQUIRE(result.ok());
        CHECK(result->revenue == cny(120'000'000 * yuan));
        CHECK(result->gapToTarget == cny(-20'000'000 * yuan));
        CHECK(result->attainment == Approx(1.2));
    }
    SECTION("no reps, no revenue")
    {
        const Result<ForwardResult> result = solveForward(seedForward(0.0));
        REQUIRE(result.ok());
        CHECK(result->revenue == cny(0));
        CHECK(result->attainment == 0.0);
    }
}

TEST_CASE("Forward refuses bad input and results too large", "[funnel]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto fieldFor = [](const std::function<void(ForwardInputs &)> &change) {
        ForwardInputs inputs = seedForward(5.0);
        change(inputs);
        const Result<ForwardResult> result = solveForward(inputs);
        return result.ok() ? std::string("(accepted)") : fieldOf(result.error());
    };
    CHECK(fieldFor([](ForwardInputs &in) { in.reps = -1.0; }) == "reps");
    CHECK(fieldFor([=](ForwardInputs &in) { in.reps = nan; }) == "reps");
    CHECK(fieldFor([](ForwardInputs &in) { in.activity.callsPerDay = 0.0; }) ==
          "calls per rep a day");
    CHECK(fieldFor([](ForwardInputs &in) { in.workingDays = 400; }) == "working days");
    CHECK(fieldFor([](ForwardInputs &in) { in.callsPerLead = 0.0; }) == "calls per lead");
    CHECK(fieldFor([](ForwardInputs &in) { in.rates.leadToQualified = 2.5; }) ==
          "lead to qualified rate");
    CHECK(fieldFor([](ForwardInputs &in) { in.averageDealSize = cny(0); }) == "average deal size");
    CHECK(fieldFor([](ForwardInputs &in) { in.revenueTarget = cny(0); }) == "revenue target");
    CHECK(fieldFor([](ForwardInputs &in) {
              in.averageDealSize = Money::of(8'000'000, QStringLiteral("USD"));
          }) == "average deal size");
    CHECK(fieldFor([](ForwardInputs &in) { in.reps = 1e18; }) == "calls");
    CHECK(fieldFor([](ForwardInputs &in) { in.averageDealSize = cny(int64Max / 100); }) ==
          "revenue");
}

TEST_CASE("Forward figures hold for random teams", "[funnel]")
{
    const int seed = GENERATE(take(200, random(1, 1'000'000'000)));
    std::mt19937_64 rng(static_cast<std::mt19937_64::result_type>(seed));
    std::uniform_real_distribution<double> reps(0.0, 200.0);
    ForwardInputs inputs = forwardFrom(randomBackward(rng), 0.0);
    inputs.reps = reps(rng);
    CAPTURE(seed, inputs.reps);

    const Result<ForwardResult> result = solveForward(inputs);
    REQUIRE(result.ok());
    const FunnelCounts &funnel = result->funnel;
    CHECK(funnel.leads >= funnel.qualifiedLeads);
    CHECK(funnel.qualifiedLeads >= funnel.proposals);
    CHECK(funnel.proposals >= funnel.deals);
    CHECK(funnel.deals >= 0);
    CHECK(static_cast<double>(funnel.proposals) <=
          inputs.reps * inputs.activity.demosPerDay * inputs.workingDays * (1.0 + 1e-12));
    CHECK(static_cast<double>(result->calls) <=
          inputs.reps * inputs.activity.callsPerDay * inputs.workingDays * (1.0 + 1e-12));
    CHECK(result->revenue.minor == funnel.deals * inputs.averageDealSize.minor);
    CHECK(result->gapToTarget.minor == inputs.revenueTarget.minor - result->revenue.minor);
    CHECK(std::isfinite(result->attainment));
    CHECK(result->attainment == Approx(static_cast<double>(result->revenue.minor) /
                                       static_cast<double>(inputs.revenueTarget.minor)));
}

// --- Capacity by month ------------------------------------------------------------------------

TEST_CASE("A rep ramps up from the start month", "[funnel]")
{
    const Period year{2027, 1};
    SECTION("on the team before the plan year: full speed all year")
    {
        for (int month = 0; month < 12; ++month)
            CHECK(repProductivity({QDate(), 3}, year, month) == 1.0);
    }
    SECTION("starting in April with three months of ramp")
    {
        const RepOnTeam rep{QDate(2027, 4, 15), 3};
        CHECK(repProductivity(rep, year, 0) == 0.0);
        CHECK(repProductivity(rep, year, 2) == 0.0);
        CHECK(repProductivity(rep, year, 3) == 0.25);
        CHECK(repProductivity(rep, year, 4) == 0.5);
        CHECK(repProductivity(rep, year, 5) == 0.75);
        CHECK(repProductivity(rep, year, 6) == 1.0);
        CHECK(repProductivity(rep, year, 11) == 1.0);
    }
    SECTION("no ramp, or a negative one: full speed from the start month")
    {
        CHECK(repProductivity({QDate(2027, 6, 1), 0}, year, 5) == 1.0);
        CHECK(repProductivity({QDate(2027, 6, 1), -2}, year, 5) == 1.0);
        CHECK(repProductivity({QDate(2027, 6, 1), 0}, year, 4) == 0.0);
    }
    SECTION("started two months before the plan year: part way up the ramp in January")
    {
        CHECK(repProductivity({QDate(2026, 11, 1), 3}, year, 0) == 0.75);
    }
    SECTION("starting after the plan year: never on the team")
    {
        for (int month = 0; month < 12; ++month)
            CHECK(repProductivity({QDate(2028, 1, 1), 0}, year, month) == 0.0);
    }
    SECTION("a fiscal year from April: January 2028 is month 9")
    {
        const Period fiscal{2027, 4};
        CHECK(repProductivity({QDate(2028, 1, 10), 1}, fiscal, 8) == 0.0);
        CHECK(repProductivity({QDate(2028, 1, 10), 1}, fiscal, 9) == 0.5);
        CHECK(repProductivity({QDate(2028, 1, 10), 1}, fiscal, 10) == 1.0);
    }
}

TEST_CASE("A team just large enough is short in no month", "[funnel]")
{
    const Result<CapacityPlan> plan = capacityByMonth(evenCapacity(5));
    REQUIRE(plan.ok());
    REQUIRE(plan->months.size() == 12);
    for (const MonthCapacity &month : plan->months) {
        CHECK(month.repsRequired == 5);
        CHECK(month.repsAvailable == 5.0);
        CHECK(month.repsShort == 0);
    }
    CHECK(plan->firstShortMonth == -1);
    CHECK(plan->largestShortfall == 0);
}

TEST_CASE("Attrition thins the team month by month", "[funnel]")
{
    CapacityInputs inputs = evenCapacity(5);
    inputs.annualAttrition = 0.12; // 1 % a month, counted at mid-month
    SECTION("five reps are already a fraction short in January")
    {
        const Result<CapacityPlan> plan = capacityByMonth(inputs);
        REQUIRE(plan.ok());
        CHECK(plan->months[0].repsAvailable == Approx(4.975));
        CHECK(plan->months[11].repsAvailable == Approx(4.425));
        CHECK(plan->months[0].repsShort == 1);
        CHECK(plan->firstShortMonth == 0);
        CHECK(plan->largestShortfall == 1);
    }
    SECTION("six reps stay above five all year")
    {
        inputs.reps.append(RepOnTeam{});
        const Result<CapacityPlan> plan = capacityByMonth(inputs);
        REQUIRE(plan.ok());
        CHECK(plan->months[11].repsAvailable == Approx(5.31));
        CHECK(plan->firstShortMonth == -1);
    }
}

TEST_CASE("A new hire ramping up closes the gap in June", "[funnel]")
{
    CapacityInputs inputs = evenCapacity(4);
    inputs.reps.append(RepOnTeam{QDate(2027, 4, 1), 2});
    const Result<CapacityPlan> plan = capacityByMonth(inputs);
    REQUIRE(plan.ok());
    CHECK(plan->months[0].repsAvailable == 4.0);
    CHECK(plan->months[3].repsAvailable == Approx(4.0 + 1.0 / 3.0));
    CHECK(plan->months[4].repsAvailable == Approx(4.0 + 2.0 / 3.0));
    CHECK(plan->months[5].repsAvailable == 5.0);
    for (int month = 0; month < 5; ++month)
        CHECK(plan->months[month].repsShort == 1);
    for (int month = 5; month < 12; ++month)
        CHECK(plan->months[month].repsShort == 0);
    CHECK(plan->firstShortMonth == 0);
    CHECK(plan->largestShortfall == 1);
}

TEST_CASE("A December twice as big as other months needs twice the reps", "[funnel]")
{
    CapacityInputs inputs = evenCapacity(6);
    inputs.monthTargets[11] = 20; // 130 shares in all
    inputs.annual.calls = 13 * 4'000;
    inputs.annual.proposals = 13 * 500;
    const Result<CapacityPlan> plan = capacityByMonth(inputs);
    REQUIRE(plan.ok());
    CHECK(plan->months[0].repsRequired == 5);
    CHECK(plan->months[11].repsRequired == 10);
    CHECK(plan->months[11].repsShort == 4);
    CHECK(plan->firstShortMonth == 11);
    CHECK(plan->largestShortfall == 4);
}

TEST_CASE("Ten reps at a tenth of their speed are one rep, not one short", "[funnel]")
{
    // 10 × 0.1 is 0.9999999999999999 in doubles.
    CapacityInputs inputs = evenCapacity(0);
    inputs.reps = QList<RepOnTeam>(10, RepOnTeam{QDate(2027, 1, 1), 9});
    inputs.annual.calls = 12 * 800; // 800 calls a month at 20 days × 40 calls: one rep
    inputs.annual.proposals = 0;
    const Result<CapacityPlan> plan = capacityByMonth(inputs);
    REQUIRE(plan.ok());
    CHECK(plan->months[0].repsRequired == 1);
    CHECK(plan->months[0].repsShort == 0);
    CHECK(plan->firstShortMonth == -1);
}

TEST_CASE("Months without activity need no reps, months with it need working days", "[funnel]")
{
    CapacityInputs inputs = evenCapacity(5);
    inputs.monthTargets[1] = 0;
    inputs.workingDays[1] = 0;
    inputs.annual.calls = 11 * 4'000;
    inputs.annual.proposals = 11 * 500;
    const Result<CapacityPlan> plan = capacityByMonth(inputs);
    REQUIRE(plan.ok());
    CHECK(plan->months[1].repsRequired == 0);
    CHECK(plan->months[2].repsRequired == 5);

    inputs.monthTargets[1] = 10;
    const Result<CapacityPlan> refused = capacityByMonth(inputs);
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldOf(refused.error()) == "working days");
    CHECK(refused.error().reason.contains(QStringLiteral("2027")));
}

TEST_CASE("Capacity by month refuses bad input naming the field", "[funnel]")
{
    const auto fieldFor = [](const std::function<void(CapacityInputs &)> &change) {
        CapacityInputs inputs = evenCapacity(5);
        change(inputs);
        const Result<CapacityPlan> result = capacityByMonth(inputs);
        return result.ok() ? std::string("(accepted)") : fieldOf(result.error());
    };
    CHECK(fieldFor([](CapacityInputs &in) { in.period.startMonth = 13; }) == "plan year");
    CHECK(fieldFor([](CapacityInputs &in) { in.annualAttrition = 1.0; }) == "annual attrition");
    CHECK(fieldFor([](CapacityInputs &in) { in.capacity.demosPerDay = 0.0; }) ==
          "demos per rep a day");
    CHECK(fieldFor([](CapacityInputs &in) { in.monthTargets.fill(0); }) == "month targets");
    CHECK(fieldFor([](CapacityInputs &in) { in.monthTargets[3] = -1; }) == "month targets");
    CHECK(fieldFor([](CapacityInputs &in) { in.monthTargets.fill(int64Max); }) == "month targets");
    CHECK(fieldFor([](CapacityInputs &in) { in.workingDays[0] = 32; }) == "working days");
    CHECK(fieldFor([](CapacityInputs &in) { in.workingDays[0] = -1; }) == "working days");
    CHECK(fieldFor([](CapacityInputs &in) { in.annual.calls = -1; }) == "calls");
    CHECK(fieldFor([](CapacityInputs &in) { in.annual.calls = int64Max; }) == "reps required");
}

TEST_CASE("Capacity by month holds for random plans", "[funnel]")
{
    const int seed = GENERATE(take(200, random(1, 1'000'000'000)));
    std::mt19937_64 rng(static_cast<std::mt19937_64::result_type>(seed));
    const BackwardInputs backwardInputs = randomBackward(rng);
    const Result<BackwardResult> annual = solveBackward(backwardInputs);
    REQUIRE(annual.ok());
    CAPTURE(seed);

    std::uniform_int_distribution<qint64> monthTarget(0, 1'000'000);
    std::uniform_int_distribution<int> days(15, 23);
    std::uniform_int_distribution<int> teamSize(0, 40);
    std::uniform_int_distribution<int> startMonth(-12, 14);
    std::uniform_int_distribution<int> ramp(0, 6);
    CapacityInputs inputs;
    inputs.period = Period{2027, 1 + static_cast<int>(rng() % 12)};
    inputs.annualAttrition = backwardInputs.annualAttrition;
    inputs.capacity = backwardInputs.capacity;
    inputs.annual = *annual;
    for (std::size_t month = 0; month < 12; ++month) {
        inputs.monthTargets[month] = monthTarget(rng);
        inputs.workingDays[month] = days(rng);
    }
    inputs.monthTargets[0] += 1; // never all zero
    const int size = teamSize(rng);
    for (int i = 0; i < size; ++i) {
        const QDate start = inputs.period.firstDay().addMonths(startMonth(rng));
        inputs.reps.append(RepOnTeam{i % 3 == 0 ? QDate() : start, ramp(rng)});
    }

    const Result<CapacityPlan> plan = capacityByMonth(inputs);
    REQUIRE(plan.ok());
    REQUIRE(plan->months.size() == 12);
    qint64 monthTargetTotal = 0;
    for (const qint64 target : inputs.monthTargets)
        monthTargetTotal += target;
    int largest = 0;
    int firstShort = -1;
    for (int month = 0; month < 12; ++month) {
        const MonthCapacity &capacity = plan->months[month];
        const std::size_t index = static_cast<std::size_t>(month);
        const double share =
            static_cast<double>(inputs.monthTargets[index]) / static_cast<double>(monthTargetTotal);
        const double repDays = static_cast<double>(capacity.repsRequired) *
                               static_cast<double>(inputs.workingDays[index]);
        // The required reps cover the month's share of the calls and demos.
        CHECK(repDays * inputs.capacity.callsPerDay >=
              static_cast<double>(annual->calls) * share * (1.0 - 1e-9));
        CHECK(repDays * inputs.capacity.demosPerDay >=
              static_cast<double>(annual->proposals) * share * (1.0 - 1e-9));
        CHECK(std::isfinite(capacity.repsAvailable));
        CHECK(capacity.repsAvailable >= 0.0);
        CHECK(capacity.repsAvailable <= static_cast<double>(size));
        CHECK(capacity.repsShort >= 0);
        CHECK(capacity.repsShort ==
              std::max(0, capacity.repsRequired -
                              static_cast<int>(std::floor(capacity.repsAvailable + 1e-9))));
        largest = std::max(largest, capacity.repsShort);
        if (firstShort < 0 && capacity.repsShort > 0)
            firstShort = month;
    }
    CHECK(plan->largestShortfall == largest);
    CHECK(plan->firstShortMonth == firstShort);
}
