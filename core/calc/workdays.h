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

int workingDays(const QDate &first, const QDate &last, const WorkCalendar &calendar);
MonthValues workingDaysByMonth(const Period &period, const WorkCalendar &calendar);

} // namespace salesplan
