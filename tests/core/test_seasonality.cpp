#include "calc/decompose.h"
#include "calc/seasonality.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

using namespace salesplan;

namespace {

const QString cny = QStringLiteral("CNY");

// Catch2 prints std::vector but not std::array of Qt types.
std::vector<qint64> values(const MonthValues &months)
{
    return {months.begin(), months.end()};
}

std::vector<double> values(const MonthWeights &weights)
{
    return {weights.begin(), weights.end()};
}

std::string messageOf(const Error &error)
{
    return error.message().toStdString();
}

HistoryEntry booked(const QDate &month, qint64 amount, const QString &region = {})
{
    return {0, month, region, {}, {}, Money::of(amount, cny)};
}

// Books `amounts[i]` in the i-th month of the year starting at `firstMonth`.
void bookYear(Plan &plan, const QDate &firstMonth, const std::vector<qint64> &amounts)
{
    for (std::size_t i = 0; i < amounts.size(); ++i)
        plan.history.append(booked(firstMonth.addMonths(int(i)), amounts[i]));
}

Plan planFor(int year, int startMonth, SeasonalityMode mode)
{
    Plan plan;
    plan.info.period = Period{year, startMonth};
    plan.targets.seasonality = mode;
    return plan;
}

// The weights as shares of their sum, to compare shapes.
std::vector<double> sharesOf(const MonthWeights &weights)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> shares;
    for (double weight : weights)
        shares.push_back(weight / sum);
    return shares;
}

const std::vector<qint64> shapeOf2026{80, 70, 90, 100, 100, 110, 90, 80, 100, 110, 120, 150};

} // namespace

TEST_CASE("monthlyTotals sums the history of the plan year by month", "[seasonality]")
{
    SECTION("a calendar year: two regions in one month add up, other years are left out")
    {
        const QList<HistoryEntry> history{
            booked(QDate(2026, 1, 1), 500, QStringLiteral("North")),
            booked(QDate(2026, 1, 1), 250, QStringLiteral("South")),
            booked(QDate(2026, 12, 1), 900),
            booked(QDate(2025, 12, 1), 7'000),
            booked(QDate(2027, 1, 1), 8'000),
            booked(QDate(2026, 6, 1), -100),
        };
        const MonthValues totals = monthlyTotals(history, Period{2026, 1});
        CHECK(values(totals) == std::vector<qint64>{750, 0, 0, 0, 0, -100, 0, 0, 0, 0, 0, 900});
    }
    SECTION("a fiscal year from April: April is the first month, next March the last")
    {
        const QList<HistoryEntry> history{
            booked(QDate(2026, 4, 1), 1), booked(QDate(2027, 3, 1), 2),
            booked(QDate(2026, 3, 1), 4), booked(QDate(2027, 4, 1), 8)};
        CHECK(values(monthlyTotals(history, Period{2026, 4})) ==
              std::vector<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2});
    }
    SECTION("no history gives zeros; a sum beyond the int64 range stops at the limit")
    {
        CHECK(values(monthlyTotals({}, Period{2026, 1})) == std::vector<qint64>(12, 0));
        const qint64 largest = std::numeric_limits<qint64>::max();
        const QList<HistoryEntry> huge{booked(QDate(2026, 2, 1), largest),
                                       booked(QDate(2026, 2, 1), largest)};
        CHECK(monthlyTotals(huge, Period{2026, 1})[1] == largest);
    }
}

TEST_CASE("seasonalityWeights: even and custom weights", "[seasonality]")
{
    SECTION("even: all months weigh the same")
    {
        const auto weights = seasonalityWeights(planFor(2027, 1, SeasonalityMode::Even));
        REQUIRE(weights.ok());
        CHECK(values(*weights) == std::vector<double>(12, 1.0));
    }
    SECTION("custom: the plan's own weights")
    {
        Plan plan = planFor(2027, 1, SeasonalityMode::Custom);
        plan.targets.customWeights = {5, 5, 10, 10, 10, 10, 5, 5, 10, 10, 10, 0};
        const auto weights = seasonalityWeights(plan);
        REQUIRE(weights.ok());
        CHECK(*weights == plan.targets.customWeights);
    }
    SECTION("custom weights that are negative, not a number or all zero are refused")
    {
        Plan plan = planFor(2027, 1, SeasonalityMode::Custom);
        for (double bad : {-1.0, std::numeric_limits<double>::quiet_NaN(),
                           std::numeric_limits<double>::infinity()}) {
            plan.targets.customWeights.fill(1.0);
            plan.targets.customWeights[2] = bad;
            const auto weights = seasonalityWeights(plan);
            REQUIRE_FALSE(weights.ok());
            INFO(messageOf(weights.error()));
            CHECK(weights.error().field == QStringLiteral("custom month weights"));
        }
        plan.targets.customWeights.fill(0.0);
        const auto zero = seasonalityWeights(plan);
        REQUIRE_FALSE(zero.ok());
        CHECK(zero.error().reason.contains(QStringLiteral("zero")));
    }
}

TEST_CASE("seasonalityWeights: last year's shape", "[seasonality]")
{
    Plan plan = planFor(2027, 1, SeasonalityMode::LastYear);
    bookYear(plan, QDate(2026, 1, 1), shapeOf2026);
    bookYear(plan, QDate(2025, 1, 1), std::vector<qint64>(12, 1'000)); // an older, flat year

    SECTION("the months follow last year's history, not older years")
    {
        const auto weights = seasonalityWeights(plan);
        REQUIRE(weights.ok());
        const std::vector<double> expected(shapeOf2026.begin(), shapeOf2026.end());
        CHECK(values(*weights) == expected);
    }
    SECTION("a target of 1,200 × last year splits into exactly 1,200 × each month")
    {
        const qint64 lastYear = std::accumulate(shapeOf2026.begin(), shapeOf2026.end(), qint64(0));
        DecompositionInputs inputs;
        inputs.annualTarget = Money::of(lastYear * 1'200, cny);
        inputs.monthWeights = seasonalityWeights(plan).value();
        const auto result = decomposeTarget(inputs);
        REQUIRE(result.ok());
        for (int month = 0; month < Period::monthCount; ++month)
            CHECK(result->months[month] == shapeOf2026[month] * 1'200);
    }
    SECTION("a fiscal year from April uses April 2026 to March 2027")
    {
        Plan fiscal = planFor(2027, 4, SeasonalityMode::LastYear);
        bookYear(fiscal, QDate(2026, 4, 1), shapeOf2026);
        bookYear(fiscal, QDate(2026, 1, 1), {999, 999, 999}); // January to March 2026: earlier
        const auto weights = seasonalityWeights(fiscal);
        REQUIRE(weights.ok());
        CHECK(values(*weights) == std::vector<double>(shapeOf2026.begin(), shapeOf2026.end()));
    }
    SECTION("without last year's history the error names the year")
    {
        Plan noLastYear = planFor(2027, 1, SeasonalityMode::LastYear);
        bookYear(noLastYear, QDate(2025, 1, 1), shapeOf2026);
        const auto weights = seasonalityWeights(noLastYear);
        REQUIRE_FALSE(weights.ok());
        INFO(messageOf(weights.error()));
        CHECK(weights.error().reason.contains(QStringLiteral("2026")));
        const auto fiscal = seasonalityWeights(planFor(2027, 4, SeasonalityMode::LastYear));
        REQUIRE_FALSE(fiscal.ok());
        CHECK(fiscal.error().reason.contains(QStringLiteral("2026/27")));
    }
    SECTION("a month of net returns is refused, naming the year")
    {
        plan.history.append(booked(QDate(2026, 3, 1), -1'000));
        const auto weights = seasonalityWeights(plan);
        REQUIRE_FALSE(weights.ok());
        INFO(messageOf(weights.error()));
        CHECK(weights.error().reason.contains(QStringLiteral("2026")));
        CHECK(weights.error().reason.contains(QStringLiteral("negative")));
    }
}

TEST_CASE("seasonalityWeights: the average of earlier years' shares", "[seasonality]")
{
    // 2026 and 2024 are flat; 2025 was twice as large and half of it came in January.
    Plan plan = planFor(2027, 1, SeasonalityMode::AverageYears);
    bookYear(plan, QDate(2026, 1, 1), std::vector<qint64>(12, 100));
    std::vector<qint64> year2025(12, 200);
    year2025[0] = 2'200;
    bookYear(plan, QDate(2025, 1, 1), year2025);
    bookYear(plan, QDate(2024, 1, 1), std::vector<qint64>(12, 100));
    bookYear(plan, QDate(2023, 1, 1), std::vector<qint64>(12, 5'000)); // beyond three years

    SECTION("three years: shares are averaged, so the larger year does not weigh double")
    {
        const auto weights = seasonalityWeights(plan);
        REQUIRE(weights.ok());
        const std::vector<double> shares = sharesOf(*weights);
        // January: (1/12 + 1/2 + 1/12) / 3 = 2/9. Averaging the amounts would give 2,400 / 6,800.
        CHECK(shares[0] == Approx(2.0 / 9.0).epsilon(1e-12));
        CHECK(shares[0] != Approx(2'400.0 / 6'800.0).epsilon(1e-3));
        for (int month = 1; month < Period::monthCount; ++month)
            CHECK(shares[month] == Approx((1.0 / 12 + 1.0 / 22 + 1.0 / 12) / 3).epsilon(1e-12));
        CHECK(std::accumulate(weights->begin(), weights->end(), 0.0) == Approx(1.0));
    }
    SECTION("two years: only 2026 and 2025")
    {
        plan.targets.historyYears = 2;
        const auto weights = seasonalityWeights(plan);
        REQUIRE(weights.ok());
        CHECK(sharesOf(*weights)[0] == Approx((1.0 / 12 + 1.0 / 2) / 2).epsilon(1e-12));
    }
    SECTION("one year: last year's shape")
    {
        plan.targets.historyYears = 1;
        const auto weights = seasonalityWeights(plan);
        REQUIRE(weights.ok());
        CHECK(sharesOf(*weights)[0] == Approx(1.0 / 12).epsilon(1e-12));
    }
    SECTION("a year without history is left out of the average")
    {
        plan.history.erase(
            std::remove_if(plan.history.begin(), plan.history.end(),
                           [](const HistoryEntry &entry) { return entry.month.year() == 2026; }),
            plan.history.end());
        const auto weights = seasonalityWeights(plan);
        REQUIRE(weights.ok());
        // (1/2 + 1/12) / 2: 2025 and 2024 only.
        CHECK(sharesOf(*weights)[0] == Approx((1.0 / 2 + 1.0 / 12) / 2).epsilon(1e-12));
    }
    SECTION("no history in any of the years: the error names them")
    {
        Plan empty = planFor(2027, 1, SeasonalityMode::AverageYears);
        bookYear(empty, QDate(2023, 1, 1), std::vector<qint64>(12, 100));
        const auto weights = seasonalityWeights(empty);
        REQUIRE_FALSE(weights.ok());
        INFO(messageOf(weights.error()));
        CHECK(weights.error().reason.contains(QStringLiteral("2024")));
        CHECK(weights.error().reason.contains(QStringLiteral("2026")));
    }
    SECTION("a number of years outside 1–3 is refused")
    {
        for (int years : {0, 4}) {
            plan.targets.historyYears = years;
            const auto weights = seasonalityWeights(plan);
            REQUIRE_FALSE(weights.ok());
            CHECK(weights.error().field == QStringLiteral("history years"));
        }
    }
    SECTION("a year whose history adds up to zero is refused, naming it")
    {
        bookYear(plan, QDate(2024, 1, 1), std::vector<qint64>(12, -100)); // fully credited
        const auto weights = seasonalityWeights(plan);
        REQUIRE_FALSE(weights.ok());
        INFO(messageOf(weights.error()));
        CHECK(weights.error().reason.contains(QStringLiteral("2024")));
    }
}
