#pragma once

#include "plan/period.h"

#include <QDate>
#include <QList>

// Working days of the plan year: weekdays, less public holidays, plus weekend days worked instead.
namespace salesplan {

struct WorkCalendar
{
    QList<QDate> holidays;      // weekdays that are not worked
    QList<QDate> extraWorkdays; // Saturdays or Sundays that are worked (调休)
};

// Mon–Fri in [first, last], less the holidays on weekdays in the range, plus the extra workdays on
// weekends in the range; duplicates count once. 0 when a date is invalid or last < first.
int workingDays(const QDate &first, const QDate &last, const WorkCalendar &calendar);
// Working days of each plan month (all 0 for an invalid period).
MonthValues workingDaysByMonth(const Period &period, const WorkCalendar &calendar);

} // namespace salesplan
