#include "exchange/icsdays.h"

#include <libical/ical.h>

#include <QMap>

#include <algorithm>
#include <memory>

namespace salesplan {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

icaltimetype dateValue(const QDate &date)
{
    icaltimetype time = icaltime_null_date();
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    return time;
}

// What the recurrence callback collects: the days in range, each with its event's summary.
struct Collected
{
    QDate first;
    QDate last;
    QMap<QDate, QString> days;
};

void collectSpan(icalcomponent *event, icaltime_span *span, void *data)
{
    auto *collected = static_cast<Collected *>(data);
    constexpr qint64 secondsPerDay = 86400;
    const QDate epoch(1970, 1, 1);
    const qint64 startDay = qint64(span->start) / secondsPerDay;
    // For an all-day event libical ends the span at the last second of its end date, which
    // RFC 5545 counts as the first day after the event; an all-day event without an end lasts
    // its start day.
    const bool allDay = icalcomponent_get_dtstart(event).is_date != 0;
    const bool hasEnd = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) ||
                        icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
    qint64 lastDay = qint64(span->end) / secondsPerDay;
    if (allDay)
        lastDay = hasEnd ? lastDay - 1 : startDay;
    lastDay = std::max(startDay, lastDay);
    const char *summary = icalcomponent_get_summary(event);
    const QString name = summary ? QString::fromUtf8(summary).trimmed() : QString();
    // Only the days in range are visited: an event may last for centuries.
    const qint64 from = std::max(startDay, epoch.daysTo(collected->first));
    const qint64 to = std::min(lastDay, epoch.daysTo(collected->last));
    for (qint64 day = from; day <= to; ++day) {
        const QDate date = epoch.addDays(day);
        if (!collected->days.contains(date))
            collected->days.insert(date, name);
    }
}

} // namespace

Result<QList<CalendarDay>> readIcsDays(const QByteArray &text, const QDate &first,
                                       const QDate &last)
{
    const Error notCalendar{QString(), IcsDays::tr("this is not an iCalendar (.ics) file")};
    if (!text.trimmed().startsWith("BEGIN:VCALENDAR"))
        return notCalendar;
    const std::unique_ptr<icalcomponent, ComponentFree> calendar(
        icalparser_parse_string(text.constData()));
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
        return notCalendar;
    Collected collected{first, last, {}};
    int events = 0;
    // Recurrences are expanded from a year before, so an event that began then still counts.
    const icaltimetype from = dateValue(first.addYears(-1));
    const icaltimetype to = dateValue(last.addDays(1));
    for (icalcomponent *event =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        if (icaltime_is_null_time(icalcomponent_get_dtstart(event)))
            continue;
        ++events;
        icalcomponent_foreach_recurrence(event, from, to, collectSpan, &collected);
    }
    if (events == 0)
        return Error{QString(), IcsDays::tr("the calendar holds no events with a date")};
    QList<CalendarDay> days;
    for (auto day = collected.days.cbegin(); day != collected.days.cend(); ++day)
        days.append({day.key(), day.value()});
    return days;
}

} // namespace salesplan
