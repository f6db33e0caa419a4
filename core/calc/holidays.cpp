#include "calc/holidays.h"

#include "calc/lunardate.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>

namespace salesplan {

namespace {

const char *const newYear = QT_TRANSLATE_NOOP("Holiday", "New Year's Day");
const char *const springFestival = QT_TRANSLATE_NOOP("Holiday", "Spring Festival");
const char *const qingming = QT_TRANSLATE_NOOP("Holiday", "Qingming Festival");
const char *const labourDay = QT_TRANSLATE_NOOP("Holiday", "Labour Day");
const char *const dragonBoat = QT_TRANSLATE_NOOP("Holiday", "Dragon Boat Festival");
const char *const midAutumn = QT_TRANSLATE_NOOP("Holiday", "Mid-Autumn Festival");
const char *const nationalDay = QT_TRANSLATE_NOOP("Holiday", "National Day");
const char *const peaceMemorial = QT_TRANSLATE_NOOP("Holiday", "Peace Memorial Day");
const char *const childrensDay = QT_TRANSLATE_NOOP("Holiday", "Children's Day");
const char *const teachersDay = QT_TRANSLATE_NOOP("Holiday", "Teachers' Day");
const char *const retrocessionDay = QT_TRANSLATE_NOOP("Holiday", "Retrocession Day");
const char *const constitutionDay = QT_TRANSLATE_NOOP("Holiday", "Constitution Day");

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// --- Official notices ---------------------------------------------------------------------------

// Days off from one date to another, inclusive, for one holiday.
struct DaysOff
{
    QDate first;
    QDate last;
    const char *name;
};

struct OfficialNotice
{
    int year;
    QList<DaysOff> daysOff;
    QList<QDate> makeUpWorkdays;
};

// The State Council's notices on the public holidays of mainland China.
const QList<OfficialNotice> &chinaNotices()
{
    static const QList<OfficialNotice> notices{
        {2025,
         {{QDate(2025, 1, 1), QDate(2025, 1, 1), newYear},
          {QDate(2025, 1, 28), QDate(2025, 2, 4), springFestival},
          {QDate(2025, 4, 4), QDate(2025, 4, 6), qingming},
          {QDate(2025, 5, 1), QDate(2025, 5, 5), labourDay},
          {QDate(2025, 5, 31), QDate(2025, 6, 2), dragonBoat},
          {QDate(2025, 10, 1), QDate(2025, 10, 8), nationalDay}},
         {QDate(2025, 1, 26), QDate(2025, 2, 8), QDate(2025, 4, 27), QDate(2025, 9, 28),
          QDate(2025, 10, 11)}},
        {2026,
         {{QDate(2026, 1, 1), QDate(2026, 1, 3), newYear},
          {QDate(2026, 2, 15), QDate(2026, 2, 23), springFestival},
          {QDate(2026, 4, 4), QDate(2026, 4, 6), qingming},
          {QDate(2026, 5, 1), QDate(2026, 5, 5), labourDay},
          {QDate(2026, 6, 19), QDate(2026, 6, 21), dragonBoat},
          {QDate(2026, 9, 25), QDate(2026, 9, 27), midAutumn},
          {QDate(2026, 10, 1), QDate(2026, 10, 7), nationalDay}},
         {QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28), QDate(2026, 5, 9),
          QDate(2026, 9, 20), QDate(2026, 10, 10)}},
    };
    return notices;
}

HolidayYear fromNotice(const OfficialNotice &notice)
{
    HolidayYear year;
    year.official = true;
    for (const DaysOff &range : notice.daysOff) {
        for (QDate day = range.first; day <= range.last; day = day.addDays(1))
            year.daysOff.append({day, range.name});
    }
    year.makeUpWorkdays = notice.makeUpWorkdays;
    return year;
}

// --- Computed years -----------------------------------------------------------------------------

// The statutory days of one holiday, before any day is moved off a weekend.
struct StatutoryHoliday
{
    QList<QDate> days;
    const char *name;
};

QList<QDate> consecutiveDays(const QDate &first, int count)
{
    QList<QDate> days;
    for (int i = 0; i < count && first.isValid(); ++i)
        days.append(first.addDays(i));
    return days;
}

// Mainland China's statutory days since 2025: 13 a year.
QList<StatutoryHoliday> chinaStatutory(int year)
{
    return {
        {{QDate(year, 1, 1)}, newYear},
        {consecutiveDays(lunarNewYearsEve(year), 4), springFestival},
        {{qingmingDay(year)}, qingming},
        {consecutiveDays(QDate(year, 5, 1), 2), labourDay},
        {{lunarToGregorian(year, 5, 5)}, dragonBoat},
        {{lunarToGregorian(year, 8, 15)}, midAutumn},
        {consecutiveDays(QDate(year, 10, 1), 3), nationalDay},
    };
}

// Taiwan's national holidays, including those added in 2025 (the eve of New Year's Eve,
// Teachers' Day, Retrocession Day and Constitution Day).
QList<StatutoryHoliday> taiwanStatutory(int year)
{
    QDate children(year, 4, 4);
    const QDate tombSweeping = qingmingDay(year);
    if (children == tombSweeping)
        children = children.addDays(-1);
    return {
        {{QDate(year, 1, 1)}, newYear},
        {consecutiveDays(lunarNewYearsEve(year).addDays(-1), 5), springFestival},
        {{QDate(year, 2, 28)}, peaceMemorial},
        {{children}, childrensDay},
        {{tombSweeping}, qingming},
        {{QDate(year, 5, 1)}, labourDay},
        {{lunarToGregorian(year, 5, 5)}, dragonBoat},
        {{lunarToGregorian(year, 8, 15)}, midAutumn},
        {{QDate(year, 9, 28)}, teachersDay},
        {{QDate(year, 10, 10)}, nationalDay},
        {{QDate(year, 10, 25)}, retrocessionDay},
        {{QDate(year, 12, 25)}, constitutionDay},
    };
}

// The first weekday from `day` on (or back, with step -1) that is not yet off.
QDate freeWeekday(QDate day, int step, const QSet<QDate> &off)
{
    while (isWeekend(day) || off.contains(day))
        day = day.addDays(step);
    return day;
}

// Lays the statutory days out as days off. A statutory day on a weekend is made up by the next
// free weekday after its holiday; in Taiwan a one-day holiday on a Saturday moves to the Friday
// before instead.
HolidayYear computedYear(const QList<StatutoryHoliday> &holidays, bool saturdayToFriday)
{
    HolidayYear year;
    QSet<QDate> off;
    for (const StatutoryHoliday &holiday : holidays) {
        for (const QDate &day : holiday.days) {
            if (day.isValid() && !off.contains(day)) {
                off.insert(day);
                year.daysOff.append({day, holiday.name});
            }
        }
    }
    for (const StatutoryHoliday &holiday : holidays) {
        for (const QDate &day : holiday.days) {
            if (!day.isValid() || !isWeekend(day))
                continue;
            const bool toFriday =
                saturdayToFriday && holiday.days.size() == 1 && day.dayOfWeek() == Qt::Saturday;
            const QDate moved = toFriday ? freeWeekday(day.addDays(-1), -1, off)
                                         : freeWeekday(holiday.days.last().addDays(1), 1, off);
            off.insert(moved);
            year.daysOff.append({moved, holiday.name});
        }
    }
    std::sort(year.daysOff.begin(), year.daysOff.end(),
              [](const PublicHoliday &a, const PublicHoliday &b) { return a.date < b.date; });
    return year;
}

HolidayYear buildYear(HolidayCalendar calendar, int year)
{
    switch (calendar) {
    case HolidayCalendar::None:
        break;
    case HolidayCalendar::China:
        for (const OfficialNotice &notice : chinaNotices()) {
            if (notice.year == year)
                return fromNotice(notice);
        }
        return computedYear(chinaStatutory(year), false);
    case HolidayCalendar::Taiwan:
        return computedYear(taiwanStatutory(year), true);
    }
    return {};
}

} // namespace

HolidayYear holidayYear(HolidayCalendar calendar, int year)
{
    // Lunar dates take ICU a few hundred calls each: compute each year once.
    static QMutex mutex;
    static QHash<int, HolidayYear> years;
    const int key = int(calendar) * 100000 + year;
    const QMutexLocker locker(&mutex);
    const auto found = years.constFind(key);
    if (found != years.constEnd())
        return *found;
    return *years.insert(key, buildYear(calendar, year));
}

WorkCalendar planWorkCalendar(HolidayCalendar calendar, const Period &period,
                              const QList<QDate> &userDaysOff, const QList<QDate> &userWorkdays)
{
    WorkCalendar work;
    if (period.isValid()) {
        for (int year = period.firstDay().year(); year <= period.lastDay().year(); ++year) {
            const HolidayYear holidays = holidayYear(calendar, year);
            for (const PublicHoliday &day : holidays.daysOff) {
                if (!userWorkdays.contains(day.date))
                    work.holidays.append(day.date);
            }
            for (const QDate &day : holidays.makeUpWorkdays) {
                if (!userDaysOff.contains(day))
                    work.extraWorkdays.append(day);
            }
        }
    }
    for (const QDate &day : userDaysOff) {
        if (!userWorkdays.contains(day))
            work.holidays.append(day);
    }
    work.extraWorkdays.append(userWorkdays);
    return work;
}

WorkCalendar planWorkCalendar(const Plan &plan)
{
    const FunnelAssumptions &funnel = plan.targets.funnel;
    return planWorkCalendar(funnel.calendar, plan.info.period, funnel.holidays,
                            funnel.extraWorkdays);
}

bool holidaysAreOfficial(const Plan &plan)
{
    const Period &period = plan.info.period;
    const HolidayCalendar calendar = plan.targets.funnel.calendar;
    if (calendar == HolidayCalendar::None || !period.isValid())
        return true;
    for (int year = period.firstDay().year(); year <= period.lastDay().year(); ++year) {
        if (!holidayYear(calendar, year).official)
            return false;
    }
    return true;
}

HolidayCalendar defaultHolidayCalendar(const QString &currency, const QString &language)
{
    // The currency says where the team sells; the language only when the currency does not.
    if (currency == u"CNY")
        return HolidayCalendar::China;
    if (currency == u"TWD")
        return HolidayCalendar::Taiwan;
    if (language == u"zh_CN")
        return HolidayCalendar::China;
    if (language == u"zh_TW")
        return HolidayCalendar::Taiwan;
    return HolidayCalendar::None;
}

} // namespace salesplan
