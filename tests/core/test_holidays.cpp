// The built-in holiday calendars: lunar dates through ICU, the official notices, the computed
// years, and the working days a plan gets from them.
#include "calc/holidays.h"
#include "calc/lunardate.h"
#include "calc/workdays.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace salesplan;

namespace {

std::vector<qint64> workingDaysOf(HolidayCalendar calendar, int year, QList<QDate> daysOff = {},
                                  QList<QDate> workdays = {})
{
    const Period period{year, 1};
    const MonthValues days =
        workingDaysByMonth(period, planWorkCalendar(calendar, period, daysOff, workdays));
    return {days.begin(), days.end()};
}

bool isOff(const HolidayYear &year, const QDate &date)
{
    for (const PublicHoliday &day : year.daysOff) {
        if (day.date == date)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Lunar holidays fall on the dates of the almanac", "[holidays]")
{
    CHECK(lunarToGregorian(2024, 1, 1) == QDate(2024, 2, 10));
    CHECK(lunarToGregorian(2025, 1, 1) == QDate(2025, 1, 29));
    CHECK(lunarToGregorian(2026, 1, 1) == QDate(2026, 2, 17));
    CHECK(lunarToGregorian(2027, 1, 1) == QDate(2027, 2, 6));
    CHECK(lunarToGregorian(2028, 1, 1) == QDate(2028, 1, 26));
    // New moons within minutes of midnight in Beijing, where ICU alone is a day out.
    CHECK(lunarToGregorian(2030, 1, 1) == QDate(2030, 2, 3));
    CHECK(lunarToGregorian(2031, 1, 1) == QDate(2031, 1, 23));
    CHECK(lunarToGregorian(2032, 1, 1) == QDate(2032, 2, 11));
    CHECK(lunarToGregorian(2033, 1, 1) == QDate(2033, 1, 31));
    CHECK(lunarToGregorian(2034, 1, 1) == QDate(2034, 2, 19));
    CHECK(lunarToGregorian(2035, 1, 1) == QDate(2035, 2, 8));
    CHECK(lunarNewYearsEve(2027) == QDate(2027, 2, 5));
    // 2025 has a leap sixth month; the Mid-Autumn Festival still falls in the eighth.
    CHECK(lunarToGregorian(2025, 5, 5) == QDate(2025, 5, 31));
    CHECK(lunarToGregorian(2025, 8, 15) == QDate(2025, 10, 6));
    CHECK(lunarToGregorian(2026, 5, 5) == QDate(2026, 6, 19));
    CHECK(lunarToGregorian(2026, 8, 15) == QDate(2026, 9, 25));
    CHECK(lunarToGregorian(2027, 5, 5) == QDate(2027, 6, 9));
    CHECK(lunarToGregorian(2027, 8, 15) == QDate(2027, 9, 15));
    CHECK(qingmingDay(2024) == QDate(2024, 4, 4));
    CHECK(qingmingDay(2025) == QDate(2025, 4, 4));
    CHECK(qingmingDay(2026) == QDate(2026, 4, 5));
    CHECK(qingmingDay(2027) == QDate(2027, 4, 5));
    CHECK(qingmingDay(2028) == QDate(2028, 4, 4));
}

TEST_CASE("Mainland China 2026 follows the State Council's notice", "[holidays]")
{
    const HolidayYear year = holidayYear(HolidayCalendar::China, 2026);
    CHECK(year.official);
    CHECK(isOff(year, QDate(2026, 2, 15)));
    CHECK(isOff(year, QDate(2026, 2, 23)));
    CHECK_FALSE(isOff(year, QDate(2026, 2, 24)));
    CHECK(year.makeUpWorkdays.contains(QDate(2026, 2, 14)));
    CHECK(year.makeUpWorkdays.contains(QDate(2026, 2, 28)));
    // Worked out by hand from the notice: weekdays, less weekday holidays, plus 调休 weekends.
    const std::vector<qint64> expected{21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23};
    CHECK(workingDaysOf(HolidayCalendar::China, 2026) == expected);
}

TEST_CASE("Mainland China 2027 is computed from the rules and marked proposed", "[holidays]")
{
    const HolidayYear year = holidayYear(HolidayCalendar::China, 2027);
    CHECK_FALSE(year.official);
    // New Year's Eve (Fri), the Spring Festival's first three days (Sat–Mon), and the two
    // weekend days made up on Tuesday and Wednesday.
    for (int day : {5, 6, 7, 8, 9, 10})
        CHECK(isOff(year, QDate(2027, 2, day)));
    CHECK_FALSE(isOff(year, QDate(2027, 2, 11)));
    CHECK(year.makeUpWorkdays.isEmpty());
    // By hand: Jan 1; Feb 5, 8, 9, 10; Apr 5; May 3, 4 (for May 1–2 on a weekend); Jun 9;
    // Sep 15; Oct 1, 4, 5 (for Oct 2–3).
    const std::vector<qint64> expected{20, 16, 23, 21, 19, 21, 22, 22, 21, 18, 22, 23};
    CHECK(workingDaysOf(HolidayCalendar::China, 2027) == expected);
}

TEST_CASE("Taiwan 2027 is computed from the rules and marked proposed", "[holidays]")
{
    const HolidayYear year = holidayYear(HolidayCalendar::Taiwan, 2027);
    CHECK_FALSE(year.official);
    CHECK(isOff(year, QDate(2027, 2, 4)));   // the eve of New Year's Eve
    CHECK(isOff(year, QDate(2027, 3, 1)));   // Peace Memorial Day on a Sunday
    CHECK(isOff(year, QDate(2027, 4, 30)));  // Labour Day on a Saturday: the Friday before
    CHECK(isOff(year, QDate(2027, 12, 24))); // Constitution Day on a Saturday
    // By hand: Jan 1; Feb 4, 5, 8, 9, 10; Mar 1; Apr 5, 6 (Children's Day on a Sunday), 30;
    // Jun 9; Sep 15, 28; Oct 11, 25; Dec 24.
    const std::vector<qint64> expected{20, 15, 22, 19, 21, 21, 22, 22, 20, 19, 22, 22};
    CHECK(workingDaysOf(HolidayCalendar::Taiwan, 2027) == expected);
}

TEST_CASE("No calendar means weekdays only, the user's own days change the built-in ones",
          "[holidays]")
{
    const std::vector<qint64> weekdays{21, 20, 23, 22, 21, 22, 22, 22, 22, 21, 22, 23};
    CHECK(workingDaysOf(HolidayCalendar::None, 2027) == weekdays);
    CHECK(holidayYear(HolidayCalendar::None, 2027).daysOff.isEmpty());
    // Working on Feb 10 and taking Mar 2 off, against the computed Chinese calendar.
    const std::vector<qint64> changed =
        workingDaysOf(HolidayCalendar::China, 2027, {QDate(2027, 3, 2)}, {QDate(2027, 2, 10)});
    CHECK(changed[1] == 17);
    CHECK(changed[2] == 22);
}

TEST_CASE("A plan year from April takes the holidays of both calendar years", "[holidays]")
{
    const Period period{2027, 4};
    const WorkCalendar work = planWorkCalendar(HolidayCalendar::China, period, {}, {});
    CHECK(work.holidays.contains(QDate(2027, 10, 1)));
    CHECK(work.holidays.contains(lunarNewYearsEve(2028)));
}

TEST_CASE("A plan's summary counts the working days of its calendar", "[holidays]")
{
    Plan plan;
    plan.info.period = Period{2027, 1};
    const MonthValues weekdays = summarizePlan(plan).workingDays;
    CHECK(weekdays[1] == 20);
    plan.targets.funnel.calendar = HolidayCalendar::China;
    const MonthValues china = summarizePlan(plan).workingDays;
    CHECK(china[1] == 16); // the Spring Festival
    CHECK(std::accumulate(china.begin(), china.end(), qint64(0)) == 248);
    CHECK_FALSE(holidaysAreOfficial(plan)); // 2027: computed, proposed
    plan.info.period = Period{2026, 1};
    CHECK(holidaysAreOfficial(plan));
}

TEST_CASE("A new plan's calendar follows its currency and language", "[holidays]")
{
    CHECK(defaultHolidayCalendar(QStringLiteral("CNY"), QStringLiteral("en")) ==
          HolidayCalendar::China);
    CHECK(defaultHolidayCalendar(QStringLiteral("USD"), QStringLiteral("zh_CN")) ==
          HolidayCalendar::China);
    CHECK(defaultHolidayCalendar(QStringLiteral("TWD"), QStringLiteral("en")) ==
          HolidayCalendar::Taiwan);
    // A plan in yuan sells where yuan are paid, whatever the language it is written in.
    CHECK(defaultHolidayCalendar(QStringLiteral("CNY"), QStringLiteral("zh_TW")) ==
          HolidayCalendar::China);
    CHECK(defaultHolidayCalendar(QStringLiteral("TWD"), QStringLiteral("zh_CN")) ==
          HolidayCalendar::Taiwan);
    CHECK(defaultHolidayCalendar(QStringLiteral("USD"), QStringLiteral("zh_TW")) ==
          HolidayCalendar::Taiwan);
    CHECK(defaultHolidayCalendar(QStringLiteral("USD"), QStringLiteral("en")) ==
          HolidayCalendar::None);
}
