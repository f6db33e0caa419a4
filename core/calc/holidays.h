#pragma once

#include "calc/workdays.h"
#include "plan/period.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The built-in public holidays of mainland China and Taiwan: for the years whose official notice
// is known, its days off and make-up working days (调休/補班); for other years, the days off
// computed from the rules (lunar dates through ICU), "proposed until the official notice".
namespace salesplan {

// The translation context of the holidays' names.
struct Holiday
{
    Q_DECLARE_TR_FUNCTIONS(Holiday)
};

struct PublicHoliday
{
    QDate date;
    const char *name; // QT_TRANSLATE_NOOP("Holiday", ...)
    QString nameText() const { return Holiday::tr(name); }
    bool operator==(const PublicHoliday &other) const { return date == other.date; }
};

struct HolidayYear
{
    QList<PublicHoliday> daysOff; // every day off for a holiday, weekends included, in order
    QList<QDate> makeUpWorkdays;  // weekend days worked instead
    bool official = false;        // false: computed, proposed until the official notice
};

// The holidays of `calendar` in the calendar year `year` (empty for HolidayCalendar::None).
HolidayYear holidayYear(HolidayCalendar calendar, int year);

// The working calendar of a plan period: the built-in holidays of the years it touches, with the
// user's own changes on top (`userDaysOff` are not worked and `userWorkdays` are worked, whatever
// the built-in calendar says).
WorkCalendar planWorkCalendar(HolidayCalendar calendar, const Period &period,
                              const QList<QDate> &userDaysOff, const QList<QDate> &userWorkdays);
// The working calendar of `plan`: its period, its holiday calendar and the user's own days.
WorkCalendar planWorkCalendar(const Plan &plan);
// Whether the plan year's built-in holidays are all from an official notice; false when some
// are computed, "proposed until the official notice".
bool holidaysAreOfficial(const Plan &plan);
// The calendar a new plan starts with: mainland China's for yuan, Taiwan's for New Taiwan
// dollars; in another currency, mainland China's for Simplified Chinese and Taiwan's for
// Traditional Chinese; otherwise none.
HolidayCalendar defaultHolidayCalendar(const QString &currency, const QString &language);

} // namespace salesplan
