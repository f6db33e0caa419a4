#include "exchange/icsdays.h"

#include <libical/ical.h>

#include <QMap>

#include <algorithm>
#include <climits>
#include <memory>

namespace salesplan {

namespace {

// The most occurrences of one rule that are followed. The rules of days off repeat yearly,
// monthly, weekly or at most daily, which over the years read stays far below this. A rule by the
// hour, minute or second is not followed at all: libical may search centuries of hours for an
// occurrence that never comes (FREQ=HOURLY;BYDAY=4TH), which kept the import busy for a minute.
constexpr int maxOccurrences = 5000;

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

// What is collected: the days in range, each with the summary of the first event that covers it.
struct Collected
{
    QDate first;
    QDate last;
    QMap<QDate, QString> days;
};

// Adds the days in range of one occurrence of an event, which spans the seconds of `span`.
void collectSpan(icalcomponent *event, const icaltime_span &span, Collected &collected)
{
    constexpr qint64 secondsPerDay = 86400;
    const QDate epoch(1970, 1, 1);
    const qint64 startDay = qint64(span.start) / secondsPerDay;
    // For an all-day event libical ends the span at the last second of its end date, which
    // RFC 5545 counts as the first day after the event; an all-day event without an end lasts
    // its start day.
    const bool allDay = icalcomponent_get_dtstart(event).is_date != 0;
    const bool hasEnd = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) ||
                        icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
    qint64 lastDay = qint64(span.end) / secondsPerDay;
    if (allDay)
        lastDay = hasEnd ? lastDay - 1 : startDay;
    lastDay = std::max(startDay, lastDay);
    const char *summary = icalcomponent_get_summary(event);
    const QString name = summary ? QString::fromUtf8(summary).trimmed() : QString();
    // Only the days in range are visited: an event may last for centuries.
    const qint64 from = std::max(startDay, epoch.daysTo(collected.first));
    const qint64 to = std::min(lastDay, epoch.daysTo(collected.last));
    for (qint64 day = from; day <= to; ++day) {
        const QDate date = epoch.addDays(day);
        if (!collected.days.contains(date))
            collected.days.insert(date, name);
    }
}

time_t secondsOf(const icaltimetype &time)
{
    return icaltime_as_timet_with_zone(time,
                                       time.zone ? time.zone : icaltimezone_get_utc_timezone());
}

// The recurrence properties of an event, read once: libical's property iterator cannot be
// nested.
struct Recurrence
{
    QList<icalrecurrencetype> rules; // RRULE
    QList<icaltimetype> dates;       // RDATE
    QList<icaltimetype> excluded;    // EXDATE
};

Recurrence recurrenceOf(icalcomponent *event)
{
    Recurrence recurrence;
    for (icalproperty *property = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY);
         property; property = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY)) {
        switch (icalproperty_isa(property)) {
        case ICAL_RRULE_PROPERTY:
            recurrence.rules.append(icalproperty_get_rrule(property));
            break;
        case ICAL_RDATE_PROPERTY:
            if (const icaltimetype date = icalproperty_get_rdate(property).time;
                !icaltime_is_null_time(date)) {
                recurrence.dates.append(date);
            }
            break;
        case ICAL_EXDATE_PROPERTY:
            recurrence.excluded.append(icalproperty_get_exdate(property));
            break;
        default:
            break;
        }
    }
    return recurrence;
}

// The days an event covers from `from` to `to`: its start when it has no rule, else each
// occurrence of its rules, and the extra dates, less the dates excluded. (EXRULE, which RFC 5545
// dropped, is not read.) False when a rule repeats by the hour or more than maxOccurrences times.
bool collectEvent(icalcomponent *event, const icaltimetype &from, const icaltimetype &to,
                  Collected &collected)
{
    const icaltimetype start = icalcomponent_get_dtstart(event);
    const icaltime_span base = icaltime_span_new(start, icalcomponent_get_dtend(event), 1);
    const time_t duration = base.end - base.start;
    const Recurrence recurrence = recurrenceOf(event);
    const auto occur = [&](const icaltimetype &time) {
        const auto excludes = [&](const icaltimetype &excluded) {
            return icaltime_compare(excluded, time) == 0;
        };
        if (std::none_of(recurrence.excluded.cbegin(), recurrence.excluded.cend(), excludes))
            collectSpan(event, {secondsOf(time), secondsOf(time) + duration, 1}, collected);
    };
    if (recurrence.rules.isEmpty())
        occur(start);
    for (const icalrecurrencetype &rule : recurrence.rules) {
        if (rule.freq < ICAL_DAILY_RECURRENCE)
            return false;
        const std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)> iterator(
            icalrecur_iterator_new(rule, start), icalrecur_iterator_free);
        if (!iterator)
            continue;
        if (rule.count == 0) {
            icaltimetype earliest = from; // an occurrence that began earlier may last into range
            icaltime_adjust(&earliest, 0, 0, 0, -int(std::min<time_t>(duration, INT_MAX)));
            icalrecur_iterator_set_start(iterator.get(), earliest);
        }
        int occurrences = 0;
        for (icaltimetype time = icalrecur_iterator_next(iterator.get());
             !icaltime_is_null_time(time) && icaltime_compare(time, to) <= 0;
             time = icalrecur_iterator_next(iterator.get())) {
            if (++occurrences > maxOccurrences)
                return false;
            occur(time);
        }
    }
    for (const icaltimetype &date : recurrence.dates)
        occur(date);
    return true;
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
        if (!collectEvent(event, from, to, collected)) {
            const char *summary = icalcomponent_get_summary(event);
            return Error{QString(),
                         IcsDays::tr("the event \"%1\" repeats more often than days off do: by "
                                     "the hour, or more than %2 times")
                             .arg(QString::fromUtf8(summary ? summary : "").trimmed())
                             .arg(maxOccurrences)};
        }
    }
    if (events == 0)
        return Error{QString(), IcsDays::tr("the calendar holds no events with a date")};
    QList<CalendarDay> days;
    for (auto day = collected.days.cbegin(); day != collected.days.cend(); ++day)
        days.append({day.key(), day.value()});
    return days;
}

} // namespace salesplan
