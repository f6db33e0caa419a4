#pragma once

#include "plan/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Days off from an iCalendar file (.ics), as a government, Google or Apple holiday calendar
// publishes them, read with libical.
namespace salesplan {

// The translation context of the messages below.
struct IcsDays
{
    Q_DECLARE_TR_FUNCTIONS(IcsDays)
};

struct CalendarDay
{
    QDate date;
    QString name; // the event's summary
    bool operator==(const CalendarDay &) const = default;
};

// Every day between `first` and `last` that an event of the calendar covers, in date order
// and each date once: an event over several days gives each of them, a yearly event gives each
// year's. An error in words for text that is not an iCalendar file or holds no events.
Result<QList<CalendarDay>> readIcsDays(const QByteArray &text, const QDate &first,
                                       const QDate &last);

} // namespace salesplan
