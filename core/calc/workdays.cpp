#include "calc/workdays.h"

#include <QSet>

namespace salesplan {

namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

bool isInRange(const QDate &date, const QDate &first, const QDate &last)
{
    return date.isValid() && date >= first && date <= last;
}

int weekdaysBetween(const QDate &first, const QDate &last)
{
    int weekdays = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!isWeekend(day))
            ++weekdays;
    }
    return weekdays;
}

// How many different dates of `dates` lie in [first, last] on a weekend (or on a weekday).
int distinctDaysInRange(const QList<QDate> &dates, const QDate &first, const QDate &last,
                        bool onWeekend)
{
    QSet<QDate> counted;
    for (const QDate &date : dates) {
        if (isInRange(date, first, last) && isWeekend(date) == onWeekend)
            counted.insert(date);
    }
    return static_cast<int>(counted.size());
}

} // namespace

int workingDays(const QDate &first, const QDate &last, const WorkCalendar &calendar)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    // A holiday on a weekend is no day off, and a weekday "extra workday" is no extra day.
    const int holidaysOff = distinctDaysInRange(calendar.holidays, first, last, false);
    const int weekendsWorked = distinctDaysInRange(calendar.extraWorkdays, first, last, true);
    return weekdaysBetween(first, last) - holidaysOff + weekendsWorked;
}

MonthValues workingDaysByMonth(const Period &period, const WorkCalendar &calendar)
{
    MonthValues days{};
    if (!period.isValid())
        return days;
    for (int month = 0; month < Period::monthCount; ++month) {
        days[static_cast<std::size_t>(month)] =
            workingDays(period.monthStart(month), period.monthEnd(month), calendar);
    }
    return days;
}

} // namespace salesplan
