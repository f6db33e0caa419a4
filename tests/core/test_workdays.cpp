#include <catch2/catch.hpp>

#include "calc/workdays.h"

#include <QSet>

#include <numeric>
#include <random>

using namespace salesplan;

namespace {

qint64 total(const MonthValues &months)
{
    return std::accumulate(months.begin(), months.end(), qint64(0));
}

// An illustrative 2027 holiday list in the style of China's: weekdays off, some holidays that
// fall on a weekend (no extra day off), a duplicate and a date outside the year.
QList<QDate> holidays2027()
{
    return {
        QDate(2026, 12, 31), // outside 2027
        QDate(2027, 1, 1),   // Friday
        QDate(2027, 2, 6),   // Saturday: no day off gained
        QDate(2027, 2, 7),   // Sunday
        QDate(2027, 2, 8),   QDate(2027, 2, 9),  QDate(2027, 2, 10), QDate(2027, 2, 11),
        QDate(2027, 2, 12), // Spring Festival, Monday to Friday
        QDate(2027, 4, 5),  // Monday
        QDate(2027, 5, 1),  // Saturday
        QDate(2027, 5, 3),  // Monday
        QDate(2027, 10, 1), // Friday
        QDate(2027, 10, 1), // listed twice
        QDate(2027, 10, 4),  QDate(2027, 10, 5), QDate(2027, 10, 6), QDate(2027, 10, 7),
    };
}

// The definition, day by day: a weekday not on the holiday list, or a listed extra workday.
int workingDaysByDefinition(const QDate &first, const QDate &last, const WorkCalendar &calendar)
{
    const QSet<QDate> holidays(calendar.holidays.begin(), calendar.holidays.end());
    const QSet<QDate> extra(calendar.extraWorkdays.begin(), calendar.extraWorkdays.end());
    int days = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const bool weekday = day.dayOfWeek() <= 5;
        if ((weekday && !holidays.contains(day)) || (!weekday && extra.contains(day)))
            ++days;
    }
    return days;
}

QDate randomDate(std::mt19937 &rng, const QDate &from, int spanDays)
{
    std::uniform_int_distribution<int> offset(0, spanDays);
    return from.addDays(offset(rng));
}

} // namespace

TEST_CASE("2027 has 261 weekdays", "[workdays]")
{
    // 2027 starts on a Friday and has 365 days: 52 whole weeks and one extra Friday.
    REQUIRE(QDate(2027, 1, 1).dayOfWeek() == 5);
    CHECK(workingDays(QDate(2027, 1, 1), QDate(2027, 12, 31), {}) == 261);

    const MonthValues months = workingDaysByMonth(Period{2027, 1}, {});
    const MonthValues expected{21, 20, 23, 22, 21, 22, 22, 22, 22, 21, 22, 23};
    CHECK(months == expected);
    CHECK(total(months) == 261);
}

TEST_CASE("Holidays on weekdays are days off, on weekends they change nothing", "[workdays]")
{
    const WorkCalendar calendar{holidays2027(), {}};
    // 13 distinct weekday holidays in 2027: 1 Jan, 8–12 Feb, 5 Apr, 3 May, 1 and 4–7 Oct.
    CHECK(workingDays(QDate(2027, 1, 1), QDate(2027, 12, 31), calendar) == 261 - 13);

    const MonthValues months = workingDaysByMonth(Period{2027, 1}, calendar);
    CHECK(months[0] == 20); // 21 − New Year
    CHECK(months[1] == 15); // 20 − Spring Festival week
    CHECK(months[3] == 21); // 22 − Qingming
    CHECK(months[4] == 20); // 21 − 3 May (1 May is a Saturday)
    CHECK(months[9] == 16); // 21 − 1 Oct − 4 to 7 Oct
    CHECK(months[6] == 22); // July: no holidays
    CHECK(total(months) == 248);
}

TEST_CASE("A 调休 Saturday is one more working day", "[workdays]")
{
    WorkCalendar calendar{holidays2027(), {}};
    calendar.extraWorkdays = {
        QDate(2027, 2, 20), // Saturday worked after the Spring Festival
        QDate(2027, 2, 20), // listed twice
        QDate(2027, 2, 22), // a Monday: already a working day
        QDate(2028, 1, 8),  // a Saturday outside 2027
    };
    const MonthValues months = workingDaysByMonth(Period{2027, 1}, calendar);
    CHECK(months[1] == 16);
    CHECK(total(months) == 249);
    CHECK(workingDays(QDate(2027, 2, 20), QDate(2027, 2, 21), calendar) == 1);
    CHECK(workingDays(QDate(2027, 2, 20), QDate(2027, 2, 21), {}) == 0);
}

TEST_CASE("A fiscal year from April counts April 2027 to March 2028", "[workdays]")
{
    const Period fiscal{2027, 4};
    const MonthValues months = workingDaysByMonth(fiscal, {});
    // 2028 is a leap year: February 2028 has 29 days and 21 weekdays.
    const MonthValues expected{22, 21, 22, 22, 22, 22, 21, 22, 23, 21, 21, 23};
    CHECK(months == expected);
    CHECK(total(months) == 262);
    CHECK(workingDays(fiscal.firstDay(), fiscal.lastDay(), {}) == 262);

    // 3 January 2028 (a Monday) off lands in plan month 9; 2027's New Year is outside the plan.
    const WorkCalendar calendar{{QDate(2028, 1, 3), QDate(2027, 1, 1)}, {}};
    const MonthValues withHoliday = workingDaysByMonth(fiscal, calendar);
    CHECK(withHoliday[9] == 20);
    CHECK(total(withHoliday) == 261);
}

TEST_CASE("Working days of empty and odd ranges", "[workdays]")
{
    CHECK(workingDays(QDate(2027, 3, 10), QDate(2027, 3, 9), {}) == 0);
    CHECK(workingDays(QDate(2027, 3, 10), QDate(2027, 3, 10), {}) == 1);
    CHECK(workingDays(QDate(2027, 3, 13), QDate(2027, 3, 13), {}) == 0); // a Saturday
    CHECK(workingDays(QDate(), QDate(2027, 3, 13), {}) == 0);
    CHECK(workingDays(QDate(2027, 3, 1), QDate(), {}) == 0);
    CHECK(workingDays(QDate(2027, 3, 10), QDate(2027, 3, 10), {{QDate(2027, 3, 10)}, {}}) == 0);
    CHECK(workingDaysByMonth(Period{2027, 0}, {}) == MonthValues{});
}

TEST_CASE("Working days match the day-by-day definition for random calendars", "[workdays]")
{
    const int seed = GENERATE(take(200, random(1, 1'000'000'000)));
    std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
    const QDate origin(2024, 1, 1);
    std::uniform_int_distribution<int> listLength(0, 30);

    WorkCalendar calendar;
    const int holidays = listLength(rng);
    for (int i = 0; i < holidays; ++i)
        calendar.holidays.append(randomDate(rng, origin, 4 * 366));
    const int extra = listLength(rng);
    for (int i = 0; i < extra; ++i)
        calendar.extraWorkdays.append(randomDate(rng, origin, 4 * 366));
    const QDate first = randomDate(rng, origin, 3 * 366);
    const QDate last = randomDate(rng, first, 500);
    const QDate middle = randomDate(rng, first, static_cast<int>(first.daysTo(last)));
    CAPTURE(seed, first.toString(Qt::ISODate).toStdString(),
            last.toString(Qt::ISODate).toStdString());

    const int days = workingDays(first, last, calendar);
    CHECK(days == workingDaysByDefinition(first, last, calendar));
    CHECK(days >= 0);
    CHECK(days <= first.daysTo(last) + 1);
    // Splitting a range anywhere splits its working days.
    CHECK(days ==
          workingDays(first, middle, calendar) + workingDays(middle.addDays(1), last, calendar));

    const Period period{first.year(), first.month()};
    const MonthValues months = workingDaysByMonth(period, calendar);
    CHECK(total(months) == workingDays(period.firstDay(), period.lastDay(), calendar));
}
