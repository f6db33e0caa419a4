#include <catch2/catch.hpp>

#include "calc/growth.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>

using namespace salesplan;

namespace {

constexpr qint64 yuan = 100;              // fen in one yuan
constexpr qint64 yi = 100'000'000 * yuan; // 1亿 yuan in fen
constexpr qint64 int64Max = std::numeric_limits<qint64>::max();

Money cny(qint64 fen)
{
    return Money::of(fen, QStringLiteral("CNY"));
}

Money usd(qint64 cents)
{
    return Money::of(cents, QStringLiteral("USD"));
}

std::string fieldOf(const Error &error)
{
    return error.field.toStdString();
}

} // namespace

TEST_CASE("A 1.2亿 target at +20 % means last year was 1亿", "[growth]")
{
    const Money target = cny(12 * yi / 10);
    REQUIRE(target.minor == 12'000'000'000);

    const Result<Money> lastYear = impliedLastYear(target, 0.2);
    REQUIRE(lastYear.ok());
    CHECK(lastYear->minor == 10'000'000'000);
    CHECK(lastYear->currency.toStdString() == "CNY");

    const Result<Money> fromGrowth = targetFromGrowth(cny(yi), 0.2);
    REQUIRE(fromGrowth.ok());
    CHECK(*fromGrowth == target);

    const Result<double> growth = growthRate(target, cny(yi));
    REQUIRE(growth.ok());
    CHECK(*growth == Approx(0.2).margin(1e-15));
}

TEST_CASE("Gap and attainment of the 1.2亿 target", "[growth]")
{
    const Money target = cny(12 * yi / 10);
    SECTION("1.02亿 booked: 85 %, 1,800万 to go")
    {
        const Money actual = cny(102 * yi / 100);
        CHECK(*gapToTarget(target, actual) == cny(18'000'000 * yuan));
        CHECK(*attainment(actual, target) == Approx(0.85));
    }
    SECTION("beating the target turns the gap negative and attainment above 100 %")
    {
        const Money actual = cny(13 * yi / 10);
        CHECK(*gapToTarget(target, actual) == cny(-10'000'000 * yuan));
        CHECK(*attainment(actual, target) == Approx(13.0 / 12.0));
    }
    SECTION("nothing booked yet")
    {
        CHECK(*gapToTarget(target, cny(0)) == target);
        CHECK(*attainment(cny(0), target) == 0.0);
        // A zero amount has no currency to disagree with.
        CHECK(*attainment(usd(0), target) == 0.0);
    }
}

TEST_CASE("Shrinking and flat years", "[growth]")
{
    CHECK(*targetFromGrowth(cny(yi), -0.25) == cny(75'000'000 * yuan));
    CHECK(*impliedLastYear(cny(75'000'000 * yuan), -0.25) == cny(yi));
    CHECK(*growthRate(cny(75'000'000 * yuan), cny(yi)) == Approx(-0.25));
    CHECK(*targetFromGrowth(cny(yi), 0.0) == cny(yi));
    CHECK(*growthRate(cny(yi), cny(yi)) == 0.0);
    // Rounded half away from zero to a fen: 1 fen × 1.5 = 1.5 fen → 2 fen.
    CHECK(*targetFromGrowth(cny(1), 0.5) == cny(2));
}

TEST_CASE("Growth refuses zero and negative bases", "[growth]")
{
    CHECK(fieldOf(growthRate(cny(yi), cny(0)).error()) == "last year's actual");
    CHECK(fieldOf(growthRate(cny(yi), cny(-1)).error()) == "last year's actual");
    CHECK(fieldOf(targetFromGrowth(cny(0), 0.2).error()) == "last year's actual");
    CHECK(fieldOf(targetFromGrowth(cny(-5), 0.2).error()) == "last year's actual");
    CHECK(fieldOf(impliedLastYear(cny(0), 0.2).error()) == "revenue target");
    CHECK(fieldOf(impliedLastYear(cny(-5), 0.2).error()) == "revenue target");
    CHECK(fieldOf(attainment(cny(5), cny(0)).error()) == "revenue target");
    CHECK(fieldOf(attainment(cny(5), cny(-5)).error()) == "revenue target");
}

TEST_CASE("Growth of -100 % or less, or no number at all, is refused", "[growth]")
{
    const double growth = GENERATE(-1.0, -1.5, std::numeric_limits<double>::quiet_NaN(),
                                   std::numeric_limits<double>::infinity());
    CAPTURE(growth);
    const Result<Money> target = targetFromGrowth(cny(yi), growth);
    REQUIRE_FALSE(target.ok());
    CHECK(fieldOf(target.error()) == "growth");
    const Result<Money> lastYear = impliedLastYear(cny(yi), growth);
    REQUIRE_FALSE(lastYear.ok());
    CHECK(fieldOf(lastYear.error()) == "growth");
    CHECK_FALSE(lastYear.error().reason.isEmpty());
}

TEST_CASE("Amounts in different currencies are refused", "[growth]")
{
    CHECK(fieldOf(growthRate(usd(100), cny(100)).error()) == "revenue target");
    CHECK(fieldOf(gapToTarget(cny(100), usd(50)).error()) == "actual");
    CHECK(fieldOf(attainment(usd(50), cny(100)).error()) == "actual");
    const std::string reason = attainment(usd(50), cny(100)).error().reason.toStdString();
    CHECK(reason.find("USD") != std::string::npos);
    CHECK(reason.find("CNY") != std::string::npos);
}

TEST_CASE("Results too large for Money are refused, not wrapped", "[growth]")
{
    CHECK(fieldOf(targetFromGrowth(cny(int64Max / 2), 1.5).error()) == "revenue target");
    CHECK(fieldOf(targetFromGrowth(cny(yi), 1e300).error()) == "revenue target");
    CHECK(fieldOf(impliedLastYear(cny(int64Max / 2), -0.9).error()) == "last year's actual");
    CHECK(fieldOf(gapToTarget(cny(int64Max), cny(-1)).error()) == "gap to target");
    CHECK(fieldOf(growthRate(cny(-int64Max), cny(10)).error()) == "growth");
    // 3 × 2^61 still fits and is exact; 4 × 2^61 = 2^63 does not fit.
    const qint64 twoToThe61 = qint64(1) << 61;
    CHECK(*targetFromGrowth(cny(twoToThe61), 2.0) == cny(3 * twoToThe61));
    CHECK(fieldOf(targetFromGrowth(cny(twoToThe61), 3.0).error()) == "revenue target");
}

TEST_CASE("Growth in whole percents round-trips exactly", "[growth]")
{
    const int seed = GENERATE(take(300, random(1, 1'000'000'000)));
    std::mt19937_64 rng(static_cast<std::mt19937_64::result_type>(seed));
    // Last year in whole yuan up to 1,000亿, growth from −90 % to +300 % in whole percents.
    std::uniform_int_distribution<qint64> lastYearYuan(1, qint64(1'000) * 100'000'000);
    std::uniform_int_distribution<int> percent(-90, 300);
    const Money lastYear = cny(lastYearYuan(rng) * yuan);
    const int growthPercent = percent(rng);
    const double growth = growthPercent / 100.0;
    CAPTURE(seed, lastYear.minor, growthPercent);

    const Result<Money> target = targetFromGrowth(lastYear, growth);
    REQUIRE(target.ok());
    // A yuan amount × (100 + p) / 100 is a whole number of fen: no rounding is involved.
    CHECK(target->minor == lastYear.minor / 100 * (100 + growthPercent));
    const Result<Money> impliedBack = impliedLastYear(*target, growth);
    REQUIRE(impliedBack.ok());
    CHECK(*impliedBack == lastYear);
    const Result<double> rate = growthRate(*target, lastYear);
    REQUIRE(rate.ok());
    CHECK(*rate == Approx(growth).margin(1e-12));
}

TEST_CASE("Gap and attainment agree for random amounts", "[growth]")
{
    const int seed = GENERATE(take(200, random(1, 1'000'000'000)));
    std::mt19937_64 rng(static_cast<std::mt19937_64::result_type>(seed));
    std::uniform_int_distribution<qint64> amount(1, 1'000'000'000'000'000);
    const Money target = cny(amount(rng));
    const Money actual = cny(amount(rng));
    CAPTURE(seed, target.minor, actual.minor);

    const Result<Money> gap = gapToTarget(target, actual);
    REQUIRE(gap.ok());
    CHECK(gap->minor + actual.minor == target.minor);
    const Result<double> share = attainment(actual, target);
    REQUIRE(share.ok());
    CHECK(std::isfinite(*share));
    CHECK(*share * static_cast<double>(target.minor) ==
          Approx(static_cast<double>(actual.minor)).epsilon(1e-12));
    CHECK((*share >= 1.0) == (gap->minor <= 0));

    // Growth of an arbitrary fraction is the product rounded to the nearest fen.
    std::uniform_int_distribution<qint64> base(1, 10'000'000'000'000);
    std::uniform_real_distribution<double> anyGrowth(-0.95, 5.0);
    const Money lastYear = cny(base(rng));
    const double growth = anyGrowth(rng);
    const Result<Money> grown = targetFromGrowth(lastYear, growth);
    REQUIRE(grown.ok());
    const long double exact =
        static_cast<long double>(lastYear.minor) * (1.0L + static_cast<long double>(growth));
    CHECK(std::abs(static_cast<long double>(grown->minor) - exact) <= 0.5L + 1e-2L);
}
