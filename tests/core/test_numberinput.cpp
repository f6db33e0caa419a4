#include "plan/numberinput.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace salesplan;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);

NumberRule percentRule(double minimum = 0.0, double maximum = 100.0)
{
    return NumberRule{minimum, maximum, 1, true};
}

QString refusal(const Result<double> &result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().reason;
}

} // namespace

TEST_CASE("A typed number reads as it is written", "[numberinput]")
{
    const NumberRule rule{-1000.0, 100000.0, 2, false};
    CHECK(parseNumberInput(QStringLiteral("45"), rule, english).value() == 45.0);
    CHECK(parseNumberInput(QStringLiteral(" 2.5 "), rule, english).value() == 2.5);
    CHECK(parseNumberInput(QStringLiteral("-12.5"), rule, english).value() == -12.5);
    CHECK(parseNumberInput(QStringLiteral("\u221212.5"), rule, english).value() == -12.5);
    CHECK(parseNumberInput(QStringLiteral("1,200.25"), rule, english).value() == 1200.25);
    CHECK(parseNumberInput(QStringLiteral("１２００"), rule, english).value() == 1200.0);
}

TEST_CASE("A percent may carry its sign, half-width or full-width", "[numberinput]")
{
    CHECK(parseNumberInput(QStringLiteral("45 %"), percentRule(), english).value() == 45.0);
    CHECK(parseNumberInput(QStringLiteral("４５％"), percentRule(), english).value() == 45.0);
    CHECK(parseNumberInput(QStringLiteral("62.5%"), percentRule(), english).value() == 62.5);
    CHECK_FALSE(parseNumberInput(QStringLiteral("45 %"), NumberRule{}, english).ok());
}

TEST_CASE("A percent of 250 is out of range, not 25", "[numberinput]")
{
    CHECK(refusal(parseNumberInput(QStringLiteral("250"), percentRule(), english)) ==
          QStringLiteral("250% is out of range: 0% to 100%"));
    CHECK(refusal(parseNumberInput(QStringLiteral("-150"), percentRule(-100.0, 1000.0), english)) ==
          QStringLiteral("-150% is out of range: -100% to 1,000%"));
    CHECK(refusal(parseNumberInput(QStringLiteral("-1"), NumberRule{0.0}, english)) ==
          QStringLiteral("-1 is out of range: 0 or more"));
    // A bound kept as a fraction times 100 takes its own value.
    CHECK(parseNumberInput(QStringLiteral("99"), percentRule(0.0, 0.99 * 100.0), english).value() ==
          99.0);
    CHECK(parseNumberInput(QStringLiteral("1000"), percentRule(-100.0, 1000.0), english).value() ==
          1000.0);
}

TEST_CASE("What is not a plain number is refused in words", "[numberinput]")
{
    const NumberRule rule{};
    CHECK(refusal(parseNumberInput(QStringLiteral("1e30"), rule, english)) ==
          QStringLiteral("\"1e30\" is not a number"));
    CHECK(refusal(parseNumberInput(QStringLiteral("abc"), rule, english)) ==
          QStringLiteral("\"abc\" is not a number"));
    CHECK(refusal(parseNumberInput(QStringLiteral("1.2.3"), rule, english)) ==
          QStringLiteral("\"1.2.3\" is not a number"));
    CHECK(refusal(parseNumberInput(QStringLiteral("  "), rule, english)) ==
          QStringLiteral("type a number"));
    CHECK(refusal(parseNumberInput(QStringLiteral("2.5"), NumberRule{0.0, 24.0, 0}, english)) ==
          QStringLiteral("must be a whole number"));
    CHECK(refusal(parseNumberInput(QStringLiteral("12.25"), percentRule(), english)) ==
          QStringLiteral("has too many decimals: 1 at most"));
}
