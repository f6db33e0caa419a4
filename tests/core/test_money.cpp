#include "plan/money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace salesplan;

namespace {

const QString cny = QStringLiteral("CNY");
const QString usd = QStringLiteral("USD");
const QString jpy = QStringLiteral("JPY");
constexpr qint64 largest = std::numeric_limits<qint64>::max();
constexpr qint64 smallest = std::numeric_limits<qint64>::min();

bool refusedAsTooLarge(const Result<Money> &result)
{
    return !result.ok() && result.error().reason.contains(QStringLiteral("too large"));
}

} // namespace

TEST_CASE("Money parses grouped, decimal and negative amounts", "[money]")
{
    CHECK(Money::parse(QStringLiteral("1,200,000.50"), cny).value() == Money::of(120'000'050, cny));
    CHECK(Money::parse(QStringLiteral("1200000"), cny).value() == Money::of(120'000'000, cny));
    CHECK(Money::parse(QStringLiteral("-3.5"), cny).value() == Money::of(-350, cny));
    CHECK(Money::parse(QStringLiteral("  +0.07 "), usd).value() == Money::of(7, usd));
    CHECK(Money::parse(QStringLiteral(".5"), cny).value() == Money::of(50, cny));
}

TEST_CASE("Money refuses text that is not an amount", "[money]")
{
    for (const char *text : {"abc", "", "-", ".", "1.2.3", "12a", "--5", "1e6"}) {
        INFO(text);
        const Result<Money> parsed = Money::parse(QString::fromLatin1(text), cny);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().field == QStringLiteral("amount"));
    }
}

TEST_CASE("Money refuses more decimals than the currency has", "[money]")
{
    CHECK_FALSE(Money::parse(QStringLiteral("1.005"), cny).ok());
    CHECK(Money::parse(QStringLiteral("1.005"), QStringLiteral("KWD")).value().minor == 1005);

    SECTION("JPY has no minor units")
    {
        CHECK(Money::parse(QStringLiteral("1,200"), jpy).value() == Money::of(1200, jpy));
        CHECK_FALSE(Money::parse(QStringLiteral("1200.5"), jpy).ok());
        CHECK(Money::of(1200, jpy).toPlainString() == QStringLiteral("1200"));
    }
}

TEST_CASE("Money refuses amounts near the int64 limit instead of wrapping", "[money]")
{
    // 92,233,720,368,547,758.07 is the largest CNY amount; one fen more does not fit.
    CHECK(Money::parse(QStringLiteral("92233720368547758.07"), cny).value().minor == largest);
    CHECK(refusedAsTooLarge(Money::parse(QStringLiteral("92233720368547758.08"), cny)));
    CHECK(refusedAsTooLarge(Money::parse(QStringLiteral("92233720368547759"), cny)));
    CHECK(refusedAsTooLarge(Money::parse(QStringLiteral("99999999999999999999999"), cny)));
    CHECK(Money::parse(QStringLiteral("9223372036854775807"), jpy).value().minor == largest);
    CHECK(refusedAsTooLarge(Money::parse(QStringLiteral("9223372036854775808"), jpy)));
    CHECK(Money::parse(QStringLiteral("-9223372036854775808"), jpy).value().minor == smallest);
    CHECK(refusedAsTooLarge(Money::parse(QStringLiteral("-9223372036854775809"), jpy)));
}

TEST_CASE("Money prints exactly as a plain decimal", "[money]")
{
    CHECK(Money::of(120'000'000'00, cny).toPlainString() == QStringLiteral("120000000.00"));
    CHECK(Money::of(5, cny).toPlainString() == QStringLiteral("0.05"));
    CHECK(Money::of(-5, cny).toPlainString() == QStringLiteral("-0.05"));
    CHECK(Money::of(-123456, cny).toPlainString() == QStringLiteral("-1234.56"));
    CHECK(Money::of(0, cny).toPlainString() == QStringLiteral("0.00"));
    CHECK(Money::of(smallest, cny).toPlainString() == QStringLiteral("-92233720368547758.08"));
    CHECK(Money::of(smallest, jpy).toPlainString() == QStringLiteral("-9223372036854775808"));
    CHECK(Money::of(largest, cny).toPlainString() == QStringLiteral("92233720368547758.07"));
}

TEST_CASE("Money round-trips through its plain text", "[money]")
{
    for (qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(987654321), largest, smallest}) {
        INFO(minor);
        const Money money = Money::of(minor, cny);
        CHECK(Money::parse(money.toPlainString(), cny).value() == money);
    }
}

TEST_CASE("Money from whole units", "[money]")
{
    CHECK(Money::fromMajor(120'000'000, cny).value().minor == 12'000'000'000);
    CHECK(Money::fromMajor(120'000'000, jpy).value().minor == 120'000'000);
    CHECK(refusedAsTooLarge(Money::fromMajor(largest / 10, cny)));
}

TEST_CASE("Money arithmetic refuses overflow rather than wraps", "[money]")
{
    const Money top = Money::of(largest, cny);
    const Money bottom = Money::of(smallest, cny);
    const Money one = Money::of(1, cny);

    CHECK(one.plus(Money::of(2, cny)).value() == Money::of(3, cny));
    CHECK(one.minus(Money::of(2, cny)).value() == Money::of(-1, cny));
    CHECK(Money::of(250, cny).times(4).value() == Money::of(1000, cny));

    CHECK(refusedAsTooLarge(top.plus(one)));
    CHECK(refusedAsTooLarge(bottom.minus(one)));
    CHECK(refusedAsTooLarge(top.times(2)));
    CHECK(refusedAsTooLarge(bottom.times(-1)));
    CHECK(refusedAsTooLarge(top.scaled(1.5)));
    CHECK(refusedAsTooLarge(bottom.scaled(2.0)));
}

TEST_CASE("Money scales by a fraction and rounds half away from zero", "[money]")
{
    CHECK(Money::of(1000, cny).scaled(0.15).value() == Money::of(150, cny));
    CHECK(Money::of(5, cny).scaled(0.5).value() == Money::of(3, cny));
    CHECK(Money::of(-5, cny).scaled(0.5).value() == Money::of(-3, cny));
    CHECK(Money::of(12'000'000'000, cny).scaled(1.1).value() == Money::of(13'200'000'000, cny));
    CHECK_FALSE(Money::of(100, cny).scaled(std::numeric_limits<double>::quiet_NaN()).ok());
    CHECK_FALSE(Money::of(100, cny).scaled(std::numeric_limits<double>::infinity()).ok());
}

TEST_CASE("Money refuses to combine two currencies", "[money]")
{
    const Result<Money> sum = Money::of(100, cny).plus(Money::of(100, usd));
    REQUIRE_FALSE(sum.ok());
    CHECK(sum.error().field == QStringLiteral("currency"));
    CHECK(sum.error().reason.contains(QStringLiteral("CNY")));
    CHECK(sum.error().reason.contains(QStringLiteral("USD")));
    CHECK_FALSE(Money::of(100, cny).minus(Money::of(1, usd)).ok());
}

TEST_CASE("Currency codes and their minor units", "[money]")
{
    CHECK(isCurrencyCode(QStringLiteral("CNY")));
    CHECK_FALSE(isCurrencyCode(QStringLiteral("cny")));
    CHECK_FALSE(isCurrencyCode(QStringLiteral("CN")));
    CHECK_FALSE(isCurrencyCode(QStringLiteral("CNY1")));
    CHECK_FALSE(isCurrencyCode(QStringLiteral("C1Y")));
    CHECK(minorDigits(cny) == 2);
    CHECK(minorDigits(jpy) == 0);
    CHECK(minorPerMajor(QStringLiteral("KWD")) == 1000);
}

TEST_CASE("Money::parseInput reads what people type, including 万 and 亿", "[money]")
{
    const QString cny = QStringLiteral("CNY");
    CHECK(Money::parseInput(QStringLiteral("1.2亿"), cny)->minor == 12'000'000'000);
    CHECK(Money::parseInput(QStringLiteral("500万"), cny)->minor == 500'000'000);
    CHECK(Money::parseInput(QStringLiteral("¥1,200,000.50"), cny)->minor == 120'000'050);
    CHECK(Money::parseInput(QStringLiteral("CNY 30"), cny)->minor == 3'000);
    CHECK(Money::parseInput(QStringLiteral("0.000001亿"), cny)->minor == 10'000);
    CHECK(Money::parseInput(QStringLiteral("-3万"), cny)->minor == -3'000'000);
    // Traditional Chinese writes the same units as 億 and 萬.
    CHECK(Money::parseInput(QStringLiteral("1.2億"), cny)->minor == 12'000'000'000);
    CHECK(Money::parseInput(QStringLiteral("500萬"), cny)->minor == 500'000'000);
    // More precision than a fen is refused rather than rounded.
    CHECK(Money::parseInput(QStringLiteral("0.0000000001亿"), cny)->minor == 1);
    CHECK_FALSE(Money::parseInput(QStringLiteral("0.00000000001亿"), cny));
    CHECK_FALSE(Money::parseInput(QStringLiteral("abc万"), cny));
    CHECK_FALSE(Money::parseInput(QStringLiteral("99999999999999999亿"), cny));
}

TEST_CASE("Money::parseInput reads the Chinese amounts people type", "[money]")
{
    const QString cny = QStringLiteral("CNY");
    const auto minor = [&](const char16_t *text) {
        const Result<Money> money = Money::parseInput(QString::fromUtf16(text), cny);
        return money ? money->minor : qint64(-1);
    };
    CHECK(minor(u"5千万") == 50'000'000'00);
    CHECK(minor(u"1.2千万") == 12'000'000'00);
    CHECK(minor(u"3百万") == 3'000'000'00);
    CHECK(minor(u"5千萬") == 50'000'000'00);
    CHECK(minor(u"2.5万元") == 25'000'00);
    CHECK(minor(u"¥1.2亿元") == 120'000'000'00);
    CHECK(minor(u"５０００万") == 50'000'000'00);
    CHECK(minor(u"１，２００，０００．５０") == 1'200'000'50);
    CHECK(minor(u"8千") == 8'000'00);
    CHECK(minor(u"十万") == -1); // a unit needs a number before it
    CHECK(minor(u"3十万") == 300'000'00);
    CHECK(minor(u"1万亿") == 1'000'000'000'000'00);
}

TEST_CASE("Money::parseInput names the text it refuses as the user typed it", "[money]")
{
    const QString cny = QStringLiteral("CNY");
    const Result<Money> garbled = Money::parseInput(QStringLiteral("5千x万"), cny);
    REQUIRE_FALSE(garbled);
    CHECK(garbled.error().reason == QStringLiteral("\"5千x万\" is not an amount"));
    const Result<Money> exponent = Money::parseInput(QStringLiteral("1e30"), cny);
    REQUIRE_FALSE(exponent);
    CHECK(exponent.error().reason == QStringLiteral("\"1e30\" is not an amount"));
    CHECK_FALSE(Money::parseInput(QStringLiteral("1.2.3万"), cny));
}
