#include "calc/attainment.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

// ¥1,000万 a month in fen, ¥1.2亿 a year.
constexpr qint64 wan1000 = qint64(10'000'000) * 100;

MonthValues evenTargets(qint64 perMonth)
{
    MonthValues targets{};
    targets.fill(perMonth);
    return targets;
}

} // namespace

TEST_CASE("¥1.8亿 booked against a ¥1.5亿 target is 120 %", "[attainment]")
{
    MonthValues targets{};
    targets[0] = qint64(150'000'000) * 100;
    MonthActuals actuals{};
    actuals[0] = qint64(180'000'000) * 100;
    const ReviewAttainment review = attainmentAt(targets, actuals, 0);
    REQUIRE(review.month.ratio());
    CHECK(*review.month.ratio() == Approx(1.2));
    CHECK(*review.month.gap() == qint64(-30'000'000) * 100); // ¥3,000万 ahead
}

TEST_CASE("The review windows of May: the month, April–May, January–May and the year",
          "[attainment]")
{
    const MonthValues targets = evenTargets(wan1000);
    MonthActuals actuals{};
    for (int m = 0; m < 5; ++m)
        actuals[std::size_t(m)] = wan1000 * (m + 1) / 5; // 200万, 400万 … 1,000万
    actuals[6] = wan1000;                                // July is after May: not counted

    const ReviewAttainment may = attainmentAt(targets, actuals, 4);
    CHECK(may.month == Attainment{wan1000, wan1000});
    CHECK(may.quarter == Attainment{wan1000 * 9 / 5, wan1000 * 2}); // April + May
    CHECK(may.yearToDate == Attainment{wan1000 * 3, wan1000 * 5});
    CHECK(may.year == Attainment{wan1000 * 3, wan1000 * 12});
    CHECK(*may.yearToDate.ratio() == Approx(0.6));
    CHECK(*may.year.gap() == wan1000 * 9);
}

TEST_CASE("A month with no actuals is no data, not 0 %", "[attainment]")
{
    const MonthValues targets = evenTargets(wan1000);
    MonthActuals actuals{};
    actuals[0] = wan1000;
    const ReviewAttainment february = attainmentAt(targets, actuals, 1);
    CHECK_FALSE(february.month.actual);
    CHECK_FALSE(february.month.ratio());
    CHECK_FALSE(february.month.gap());
    // The quarter and the year to date have January's actuals.
    CHECK(*february.quarter.ratio() == Approx(0.5));

    SECTION("A booked zero is data: 0 %")
    {
        actuals[1] = 0;
        CHECK(*attainmentAt(targets, actuals, 1).month.ratio() == 0.0);
    }
    SECTION("A month without a target has no ratio, but a gap")
    {
        MonthValues none{};
        const Attainment january = attainmentAt(none, actuals, 0).month;
        CHECK_FALSE(january.ratio());
        CHECK(*january.gap() == -wan1000);
    }
}

TEST_CASE("The forecast follows the plan's seasonality, not a straight line", "[attainment]")
{
    // A plan with a quiet first half: ¥500万 a month, then ¥1,500万.
    MonthValues targets{};
    for (int m = 0; m < 12; ++m)
        targets[std::size_t(m)] = m < 6 ? wan1000 / 2 : wan1000 * 3 / 2;
    MonthActuals actuals{};
    for (int m = 0; m < 6; ++m)
        actuals[std::size_t(m)] = wan1000 / 2 * 9 / 10; // 90 % of each quiet month

    const YearForecast june = forecastAt(targets, actuals, 5);
    // 90 % of the year's ¥1.2亿, where a straight line would say 2 × ¥2,700万 = ¥5,400万.
    CHECK(june.runRate == wan1000 * 12 * 9 / 10);
    // ¥2,700万 booked + ¥9,000万 still planned.
    CHECK(june.planRest == wan1000 * 27 / 10 + wan1000 * 9);

    SECTION("Months without a target forecast what is booked plus the plan")
    {
        MonthValues lateStart{};
        lateStart[11] = wan1000;
        actuals = {};
        actuals[0] = 100;
        const YearForecast january = forecastAt(lateStart, actuals, 0);
        CHECK(january.runRate == wan1000 + 100);
        CHECK(january.planRest == wan1000 + 100);
    }
}

TEST_CASE("A gap in deals is rounded up", "[attainment]")
{
    CHECK(dealsForGap(8'000'000, 4'000'000) == 2);
    CHECK(dealsForGap(8'000'001, 4'000'000) == 3);
    CHECK(dealsForGap(-5, 4'000'000) == 0); // ahead
    CHECK(dealsForGap(100, 0) == 0);        // deal size unknown
}

TEST_CASE("Red, yellow and green from a KPI's thresholds", "[attainment]")
{
    SECTION("Conversion 20 % below its baseline is red with the default thresholds")
    {
        CHECK(lightFor(0.20, 0.25, 1.0, 0.9) == Light::Red);
    }
    SECTION("At or above each threshold")
    {
        CHECK(lightFor(100.0, 100.0, 1.0, 0.9) == Light::Green);
        CHECK(lightFor(90.0, 100.0, 1.0, 0.9) == Light::Yellow);
        CHECK(lightFor(89.9, 100.0, 1.0, 0.9) == Light::Red);
        CHECK(lightFor(119.0, 100.0, 1.2, 1.0) == Light::Yellow); // green only from 120 %
    }
    SECTION("Lower is better: a cost per lead 10 % above its target is yellow")
    {
        CHECK(lightFor(110.0, 100.0, 1.0, 0.9, KpiDirection::LowerIsBetter) == Light::Yellow);
        CHECK(lightFor(95.0, 100.0, 1.0, 0.9, KpiDirection::LowerIsBetter) == Light::Green);
        CHECK(lightFor(130.0, 100.0, 1.0, 0.9, KpiDirection::LowerIsBetter) == Light::Red);
        CHECK(lightFor(0.0, 100.0, 1.0, 0.9, KpiDirection::LowerIsBetter) == Light::Green);
        CHECK(lightFor(1.0, 0.0, 1.0, 0.9, KpiDirection::LowerIsBetter) == Light::Red);
    }
    SECTION("No actual is no data; a zero target is met")
    {
        CHECK(lightFor(std::nullopt, 100.0, 1.0, 0.9) == Light::NoData);
        CHECK(lightFor(0.0, 0.0, 1.2, 0.9) == Light::Green);
    }
}
