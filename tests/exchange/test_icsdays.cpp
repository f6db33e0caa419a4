// Holidays from iCalendar files, as governments, Google and Apple publish them.
#include "exchange/icsdays.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

QByteArray calendar(const char *events)
{
    return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//holidays//EN\r\n") +
           events + "END:VCALENDAR\r\n";
}

QList<QDate> datesOf(const QList<CalendarDay> &days)
{
    QList<QDate> dates;
    for (const CalendarDay &day : days)
        dates.append(day.date);
    return dates;
}

const QDate first(2027, 1, 1);
const QDate last(2027, 12, 31);

} // namespace

TEST_CASE("An .ics file gives each day its events cover, with their names", "[ics]")
{
    const QByteArray text = calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20270205\r\n"
                                     "DTEND;VALUE=DATE:20270211\r\nSUMMARY:春节\r\nEND:VEVENT\r\n"
                                     "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20270405\r\n"
                                     "SUMMARY:清明节\r\nEND:VEVENT\r\n");
    const auto days = readIcsDays(text, first, last);
    REQUIRE(days);
    CHECK(datesOf(*days) == QList<QDate>{QDate(2027, 2, 5), QDate(2027, 2, 6), QDate(2027, 2, 7),
                                         QDate(2027, 2, 8), QDate(2027, 2, 9), QDate(2027, 2, 10),
                                         QDate(2027, 4, 5)});
    CHECK(days->first().name == QStringLiteral("春节"));
    CHECK(days->last().name == QStringLiteral("清明节"));
}

TEST_CASE("A yearly event gives the plan year's day, days outside the range are left out", "[ics]")
{
    const QByteArray text = calendar("BEGIN:VEVENT\r\nUID:3\r\nDTSTART;VALUE=DATE:20200101\r\n"
                                     "RRULE:FREQ=YEARLY\r\nSUMMARY:New Year's Day\r\nEND:VEVENT\r\n"
                                     "BEGIN:VEVENT\r\nUID:4\r\nDTSTART;VALUE=DATE:20281001\r\n"
                                     "SUMMARY:Next year\r\nEND:VEVENT\r\n");
    const auto days = readIcsDays(text, first, last);
    REQUIRE(days);
    CHECK(datesOf(*days) == QList<QDate>{QDate(2027, 1, 1)});
}

TEST_CASE("A timed event gives the day it happens on", "[ics]")
{
    const QByteArray text = calendar("BEGIN:VEVENT\r\nUID:5\r\nDTSTART:20270610T090000Z\r\n"
                                     "DTEND:20270610T170000Z\r\nSUMMARY:Offsite\r\nEND:VEVENT\r\n");
    const auto days = readIcsDays(text, first, last);
    REQUIRE(days);
    CHECK(datesOf(*days) == QList<QDate>{QDate(2027, 6, 10)});
}

TEST_CASE("Text that is not a calendar, or a calendar without events, is refused in words", "[ics]")
{
    const auto notCalendar = readIcsDays("月份,金额\n2026-01,100\n", first, last);
    REQUIRE_FALSE(notCalendar);
    CHECK(notCalendar.error().message() == QStringLiteral("this is not an iCalendar (.ics) file"));
    const auto empty = readIcsDays(calendar(""), first, last);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message() == QStringLiteral("the calendar holds no events with a date"));
}

TEST_CASE("A yearly event's excluded year is left out and an extra date is added", "[ics]")
{
    const QByteArray text =
        calendar("BEGIN:VEVENT\r\nUID:6\r\nDTSTART;VALUE=DATE:20200501\r\nRRULE:FREQ=YEARLY\r\n"
                 "EXDATE;VALUE=DATE:20270501\r\nRDATE;VALUE=DATE:20270503\r\nSUMMARY:Labour Day\r\n"
                 "END:VEVENT\r\n");
    const auto days = readIcsDays(text, first, last);
    REQUIRE(days);
    CHECK(datesOf(*days) == QList<QDate>{QDate(2027, 5, 3)});
}

TEST_CASE(
    "An event that repeats by the second or hour is refused in words, not searched for minutes",
    "[ics]")
{
    const QByteArray text = calendar("BEGIN:VEVENT\r\nUID:7\r\nDTSTART:20270101T000000Z\r\n"
                                     "RRULE:FREQ=SECONDLY\r\nSUMMARY:Tick\r\nEND:VEVENT\r\n");
    const auto days = readIcsDays(text, first, last);
    REQUIRE_FALSE(days);
    CHECK(days.error().message() ==
          QStringLiteral("the event \"Tick\" repeats more often than days off do: by the hour, or "
                         "more than 5000 times"));
}

TEST_CASE("A daily event repeated for more than 5000 days is refused in words", "[ics]")
{
    const QByteArray text = calendar("BEGIN:VEVENT\r\nUID:8\r\nDTSTART;VALUE=DATE:20000101\r\n"
                                     "RRULE:FREQ=DAILY;COUNT=20000\r\nSUMMARY:Every day\r\n"
                                     "END:VEVENT\r\n");
    const auto days = readIcsDays(text, first, last);
    REQUIRE_FALSE(days);
    CHECK(days.error().message().contains(QStringLiteral("more than 5000 times")));
}
