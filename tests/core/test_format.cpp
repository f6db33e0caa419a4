#include "plan/format.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace salesplan;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale simplified(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
const QLocale traditional(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);

Money yuan(qint64 minor)
{
    return Money::of(minor, QStringLiteral("CNY"));
}

// Turns the 万/亿 setting on or off for one test and back off afterwards.
struct WanYiSetting
{
    explicit WanYiSetting(bool on) { setLargeAmountsInWanYi(on); }
    ~WanYiSetting() { setLargeAmountsInWanYi(false); }
};

} // namespace

TEST_CASE("Money is written with every digit by the locale", "[format]")
{
    CHECK(formatMoneyExact(yuan(120'000'000), english) == QStringLiteral("¥1,200,000.00"));
    CHECK(formatMoneyExact(Money::of(120'000'000, QStringLiteral("USD")), english) ==
          QStringLiteral("$1,200,000.00"));
    CHECK(formatMoneyExact(yuan(120'000'000), simplified) == QStringLiteral("¥1,200,000.00"));
    CHECK(formatMoneyExact(yuan(-350), english) == QStringLiteral("-¥3.50"));
    CHECK(formatMoneyExact(Money::of(1'500, QStringLiteral("JPY")), english) ==
          QStringLiteral("¥1,500"));
}

TEST_CASE("Large amounts read in 万 and 亿, exactly when they fit", "[format]")
{
    CHECK(formatMoneyInWanYi(yuan(12'000'000'000), simplified) == QStringLiteral("¥1.2亿"));
    CHECK(formatMoneyInWanYi(yuan(500'000'000), simplified) == QStringLiteral("¥500万"));
    CHECK(formatMoneyInWanYi(yuan(3'456'780'000), simplified) == QStringLiteral("¥3,456.78万"));
    CHECK(formatMoneyInWanYi(yuan(1'000'000), simplified) == QStringLiteral("¥1万"));
    CHECK(formatMoneyInWanYi(yuan(25'000'000'000'000), simplified) == QStringLiteral("¥2,500亿"));
    CHECK(formatMoneyInWanYi(yuan(-500'000'000), simplified) == QStringLiteral("-¥500万"));
    CHECK(formatMoneyInWanYi(Money::of(12'000'000'000, QStringLiteral("USD")), simplified) ==
          QStringLiteral("$1.2亿"));
    CHECK(formatMoneyInWanYi(Money::of(120'000'000, QStringLiteral("JPY")), simplified) ==
          QStringLiteral("¥1.2亿"));
}

TEST_CASE("A rounded amount in 万 or 亿 keeps its decimals and never looks round", "[format]")
{
    // ¥123,456,789: four decimals of 亿 are ¥10,000 steps.
    CHECK(formatMoneyInWanYi(yuan(12'345'678'900), simplified) == QStringLiteral("¥1.2346亿"));
    // ¥34,567,891.23 rounds to ¥100.
    CHECK(formatMoneyInWanYi(yuan(3'456'789'123), simplified) == QStringLiteral("¥3,456.79万"));
    // ¥10,049 is not "¥1万".
    CHECK(formatMoneyInWanYi(yuan(1'004'900), simplified) == QStringLiteral("¥1.00万"));
    // ¥99,999,999.99 would round to 10,000.00万: it is written in 亿 instead.
    CHECK(formatMoneyInWanYi(yuan(9'999'999'999), simplified) == QStringLiteral("¥1.0000亿"));
    // The largest amount does not overflow.
    CHECK(formatMoneyInWanYi(yuan(std::numeric_limits<qint64>::max()), simplified) ==
          QStringLiteral("¥922,337,203.6855亿"));
}

TEST_CASE("Amounts below 1万 are written exactly even in 万/亿 style", "[format]")
{
    CHECK(formatMoneyInWanYi(yuan(999'999), simplified) == QStringLiteral("¥9,999.99"));
    CHECK(formatMoneyInWanYi(yuan(0), simplified) == QStringLiteral("¥0.00"));
}

TEST_CASE("Traditional Chinese writes 萬 and 億", "[format]")
{
    CHECK(formatMoneyInWanYi(yuan(12'000'000'000), traditional) == QStringLiteral("¥1.2億"));
    CHECK(formatMoneyInWanYi(yuan(500'000'000), traditional) == QStringLiteral("¥500萬"));
    CHECK(wanCharacter(traditional) == QStringLiteral("萬"));
    CHECK(yiCharacter(simplified) == QStringLiteral("亿"));
}

TEST_CASE("formatMoney uses 万 and 亿 only when the option is on and the locale Chinese",
          "[format]")
{
    const Money target = yuan(12'000'000'000);
    {
        const WanYiSetting off(false);
        CHECK(formatMoney(target, simplified) == QStringLiteral("¥120,000,000.00"));
    }
    const WanYiSetting on(true);
    CHECK(formatMoney(target, simplified) == QStringLiteral("¥1.2亿"));
    CHECK(formatMoney(target, traditional) == QStringLiteral("¥1.2億"));
    CHECK(formatMoney(target, english) == QStringLiteral("¥120,000,000.00"));
    CHECK(formatMoneyExact(target, simplified) == QStringLiteral("¥120,000,000.00"));
}

TEST_CASE("What formatMoney writes in 万 and 亿 reads back as the same amount when exact",
          "[format]")
{
    for (const qint64 minor :
         {qint64(12'000'000'000), qint64(500'000'000), qint64(3'456'780'000)}) {
        INFO(minor);
        const QString shown = formatMoneyInWanYi(yuan(minor), simplified);
        CHECK(Money::parseInput(shown, QStringLiteral("CNY")).value() == yuan(minor));
        const QString traditionalShown = formatMoneyInWanYi(yuan(minor), traditional);
        CHECK(Money::parseInput(traditionalShown, QStringLiteral("CNY")).value() == yuan(minor));
    }
}

TEST_CASE("Month names read as the charts write them in each language", "[format]")
{
    CHECK(formatMonthName(3, MonthForm::Long, english) == QStringLiteral("March"));
    CHECK(formatMonthName(3, MonthForm::Short, english) == QStringLiteral("Mar"));
    CHECK(formatMonthName(3, MonthForm::Long, simplified) == QStringLiteral("3月"));
    CHECK(formatMonthName(3, MonthForm::Short, simplified) == QStringLiteral("3月"));
    CHECK(formatMonthName(12, MonthForm::Long, traditional) == QStringLiteral("12月"));
}

TEST_CASE("A plan year's month names start at its first month", "[format]")
{
    const QStringList names = formatMonthNames(Period{2027, 4}, MonthForm::Short, english);
    REQUIRE(names.size() == Period::monthCount);
    CHECK(names.first() == QStringLiteral("Apr"));
    CHECK(names.last() == QStringLiteral("Mar"));
}

TEST_CASE("A month of a year reads Mar 2027 in English and 2027年3月 in Chinese", "[format]")
{
    const QDate march(2027, 3, 1);
    CHECK(formatMonthOfYear(march, MonthForm::Short, english) == QStringLiteral("Mar 2027"));
    CHECK(formatMonthOfYear(march, MonthForm::Long, english) == QStringLiteral("March 2027"));
    for (const QLocale &chinese : {simplified, traditional}) {
        CHECK(formatMonthOfYear(march, MonthForm::Short, chinese) == QStringLiteral("2027年3月"));
        CHECK(formatMonthOfYear(march, MonthForm::Long, chinese) == QStringLiteral("2027年3月"));
    }
}

TEST_CASE("Money kept as minor units beside its currency formats like Money", "[format]")
{
    const QString currency = QStringLiteral("CNY");
    CHECK(formatMoney(123'456, currency, english) ==
          formatMoney(Money{123'456, currency}, english));
    CHECK(formatMoneyExact(-5, currency, english) == QStringLiteral("-¥0.05"));
}

TEST_CASE("Numbers drop trailing zeros but keep their grouping", "[format]")
{
    CHECK(formatNumber(1200, 2, english) == QStringLiteral("1,200"));
    CHECK(formatNumber(2.5, 2, english) == QStringLiteral("2.5"));
    CHECK(formatNumber(0.125, 2, english) == QStringLiteral("0.13"));
    CHECK(formatNumber(100, 0, english) == QStringLiteral("100"));
}

TEST_CASE("A plan amount is written in whole units, never with cents", "[format]")
{
    CHECK(formatPlanAmount(yuan(120'000'000), english) == QStringLiteral("¥1,200,000"));
    CHECK(formatPlanAmount(Money::of(800'000'000, QStringLiteral("USD")), english) ==
          QStringLiteral("$8,000,000"));
    // Rounded half away from zero.
    CHECK(formatPlanAmount(yuan(345'650), english) == QStringLiteral("¥3,457"));
    CHECK(formatPlanAmount(yuan(345'649), english) == QStringLiteral("¥3,456"));
    CHECK(formatPlanAmount(yuan(-345'650), english) == QStringLiteral("-¥3,457"));
    CHECK(formatPlanAmount(yuan(-40), english) == QStringLiteral("¥0"));
    CHECK(formatPlanAmount(Money::of(1'500, QStringLiteral("JPY")), english) ==
          QStringLiteral("¥1,500"));
    // Without the setting a Chinese locale writes every whole unit too.
    CHECK(formatPlanAmount(yuan(120'000'000), simplified) == QStringLiteral("¥1,200,000"));
}

TEST_CASE("A column of plan amounts is written in one unit", "[format]")
{
    const WanYiSetting wanYi(true);
    const auto column = [](const QList<qint64> &minors, const QLocale &locale) {
        return formatPlanAmountColumn(minors, QStringLiteral("CNY"), locale).join(u' ');
    };
    // Regions and their total: 万 throughout, the total not in 亿.
    CHECK(column({4'513'000'000, 5'487'000'000, 10'000'000'000}, simplified).toStdString() ==
          "¥4,513万 ¥5,487万 ¥10,000万");
    // A change column: a change below 100万 brings one decimal to all.
    CHECK(column({887'000'000, 29'900'000, 50'000'000}, simplified).toStdString() ==
          "¥887万 ¥29.9万 ¥50万");
    CHECK(column({-887'000'000, 0}, simplified).toStdString() == "-¥887万 ¥0");
    // Every amount from 1亿: in 亿, as one amount is.
    CHECK(column({12'000'000'000, 30'000'000'000}, simplified).toStdString() == "¥1.2亿 ¥3亿");
    // Without 万/亿 (English), each as formatPlanAmount writes it.
    CHECK(column({4'513'000'000, 10'000'000'000}, english).toStdString() ==
          "¥45,130,000 ¥100,000,000");
}

TEST_CASE("A plan amount in 万 and 亿 has one precision rule and never shows .00", "[format]")
{
    const WanYiSetting wanYi(true);
    // From 1亿: up to two decimals of 亿.
    CHECK(formatPlanAmount(yuan(12'000'000'000), simplified) == QStringLiteral("¥1.2亿"));
    CHECK(formatPlanAmount(yuan(12'500'000'000), simplified) == QStringLiteral("¥1.25亿"));
    CHECK(formatPlanAmount(yuan(12'345'678'900), simplified) == QStringLiteral("¥1.23亿"));
    CHECK(formatPlanAmount(yuan(30'000'000'000), simplified) == QStringLiteral("¥3亿"));
    // From 100万: whole 万, grouped.
    CHECK(formatPlanAmount(yuan(1'075'000'000), simplified) == QStringLiteral("¥1,075万"));
    CHECK(formatPlanAmount(yuan(924'004'500), simplified) == QStringLiteral("¥924万"));
    CHECK(formatPlanAmount(yuan(3'456'789'123), simplified) == QStringLiteral("¥3,457万"));
    // 9,999.6万 is 1亿 once rounded.
    CHECK(formatPlanAmount(yuan(9'999'600'000), simplified) == QStringLiteral("¥1亿"));
    // From 1万: one decimal of 万.
    CHECK(formatPlanAmount(yuan(92'500'000), simplified) == QStringLiteral("¥92.5万"));
    CHECK(formatPlanAmount(yuan(50'000'000), simplified) == QStringLiteral("¥50万"));
    CHECK(formatPlanAmount(yuan(99'960'000), simplified) == QStringLiteral("¥100万"));
    // Below 1万: whole units; ¥9,999.60 rounds to 1万.
    CHECK(formatPlanAmount(yuan(345'678), simplified) == QStringLiteral("¥3,457"));
    CHECK(formatPlanAmount(yuan(999'960), simplified) == QStringLiteral("¥1万"));
    CHECK(formatPlanAmount(yuan(-50'000'000), simplified) == QStringLiteral("-¥50万"));
    CHECK(formatPlanAmount(yuan(12'000'000'000), traditional) == QStringLiteral("¥1.2億"));
    // English keeps whole units whatever the setting.
    CHECK(formatPlanAmount(yuan(12'000'000'000), english) == QStringLiteral("¥120,000,000"));
    for (const qint64 minor : {qint64(100'000'000), qint64(1'000'000'000), qint64(10'000'000'000),
                               qint64(1'234'500), qint64(99'999'999'999)}) {
        CAPTURE(minor);
        CHECK_FALSE(formatPlanAmount(yuan(minor), simplified).contains(QStringLiteral(".0")));
    }
}

TEST_CASE("Within a PlanAmountsForPeople scope formatMoney writes plan amounts", "[format]")
{
    CHECK(formatMoney(yuan(120'000'050), english) == QStringLiteral("¥1,200,000.50"));
    {
        const PlanAmountsForPeople forPeople;
        CHECK(formatMoney(yuan(120'000'050), english) == QStringLiteral("¥1,200,001"));
        CHECK(formatMoneyExact(yuan(120'000'050), english) == QStringLiteral("¥1,200,000.50"));
        {
            const PlanAmountsForPeople nested;
        }
        CHECK(formatMoney(yuan(120'000'050), english) == QStringLiteral("¥1,200,001"));
    }
    CHECK(formatMoney(yuan(120'000'050), english) == QStringLiteral("¥1,200,000.50"));
}

TEST_CASE("Within an ExactAmounts scope formatMoney writes every digit, even with 万/亿 on",
          "[format]")
{
    const WanYiSetting wanYi(true);
    CHECK(formatMoney(yuan(924'001'234), simplified) == QStringLiteral("¥924.00万"));
    const PlanAmountsForPeople forPeople;
    CHECK(formatMoney(yuan(924'001'234), simplified) == QStringLiteral("¥924万"));
    {
        const ExactAmounts exact; // the innermost scope wins
        CHECK(formatMoney(yuan(924'001'234), simplified) == QStringLiteral("¥9,240,012.34"));
        CHECK(formatMoney(yuan(120'000'000), simplified) == QStringLiteral("¥1,200,000.00"));
        {
            const PlanAmountsForPeople nested;
            CHECK(formatMoney(yuan(924'001'234), simplified) == QStringLiteral("¥924万"));
        }
        CHECK(formatMoney(yuan(924'001'234), simplified) == QStringLiteral("¥9,240,012.34"));
    }
    CHECK(formatMoney(yuan(924'001'234), simplified) == QStringLiteral("¥924万"));
}
