#include "calc/lunardate.h"

#include <QDateTime>

#include <unicode/ucal.h>

#include <cmath>
#include <memory>
#include <optional>

namespace salesplan {

namespace {

struct CalendarCloser
{
    void operator()(UCalendar *calendar) const { ucal_close(calendar); }
};

// The lunar month, day and leap flag of a Gregorian date.
struct LunarDay
{
    int month = 0;
    int day = 0;
    bool leap = false;
};

std::optional<LunarDay> lunarDayOf(UCalendar *calendar, const QDate &date)
{
    UErrorCode status = U_ZERO_ERROR;
    // Noon in Beijing, so the day is the same there and in UTC.
    const QDateTime noon(date, QTime(4, 0), Qt::UTC);
    ucal_setMillis(calendar, UDate(noon.toMSecsSinceEpoch()), &status);
    LunarDay lunar;
    lunar.month = ucal_get(calendar, UCAL_MONTH, &status) + 1;
    lunar.day = ucal_get(calendar, UCAL_DATE, &status);
    lunar.leap = ucal_get(calendar, UCAL_IS_LEAP_MONTH, &status) != 0;
    if (U_FAILURE(status))
        return std::nullopt;
    return lunar;
}

// --- The exact day of a new moon ---------------------------------------------------------------
// ICU computes new moons to within minutes, so a new moon close to midnight in Beijing can land
// on the wrong day: ICU puts the Spring Festival of 2027 on February 7 and that of 2030 on
// February 2, where the almanac has February 6 and February 3. The day of each lunar month's
// first day is therefore taken from Meeus' new-moon series (Astronomical Algorithms, ch. 49),
// good to seconds; ICU still says which month is which, and which is a leap month.

constexpr double degrees = 3.14159265358979323846 / 180.0;

double sinDegrees(double angle)
{
    return std::sin(angle * degrees);
}

// The moment (Julian ephemeris day) of new moon number k (k = 0 in January 2000).
double newMoonJde(int k)
{
    const double t = k / 1236.85;
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double t4 = t3 * t;
    double jde =
        2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    const double e = 1.0 - 0.002516 * t - 0.0000074 * t2;
    const double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    const double mm =
        201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
    const double f =
        160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    const double omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
    jde += -0.40720 * sinDegrees(mm) + 0.17241 * e * sinDegrees(m) + 0.01608 * sinDegrees(2 * mm) +
           0.01039 * sinDegrees(2 * f) + 0.00739 * e * sinDegrees(mm - m) -
           0.00514 * e * sinDegrees(mm + m) + 0.00208 * e * e * sinDegrees(2 * m) -
           0.00111 * sinDegrees(mm - 2 * f) - 0.00057 * sinDegrees(mm + 2 * f) +
           0.00056 * e * sinDegrees(2 * mm + m) - 0.00042 * sinDegrees(3 * mm) +
           0.00042 * e * sinDegrees(m + 2 * f) + 0.00038 * e * sinDegrees(m - 2 * f) -
           0.00024 * e * sinDegrees(2 * mm - m) - 0.00017 * sinDegrees(omega) -
           0.00007 * sinDegrees(mm + 2 * m) + 0.00004 * sinDegrees(2 * mm - 2 * f) +
           0.00004 * sinDegrees(3 * m) + 0.00003 * sinDegrees(mm + m - 2 * f) +
           0.00003 * sinDegrees(2 * mm + 2 * f) - 0.00003 * sinDegrees(mm + m + 2 * f) +
           0.00003 * sinDegrees(mm - m + 2 * f) - 0.00002 * sinDegrees(mm - m - 2 * f) -
           0.00002 * sinDegrees(3 * mm + m) + 0.00002 * sinDegrees(4 * mm);
    // The planetary arguments.
    const double planetary[14][3] = {
        {299.77, 0.107408, 0.000325},  {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060},  {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042},  {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
    for (int i = 0; i < 14; ++i) {
        double argument = planetary[i][0] + planetary[i][1] * k;
        if (i == 0)
            argument -= 0.009173 * t2;
        jde += planetary[i][2] * sinDegrees(argument);
    }
    return jde;
}

// TT − UT in seconds (Espenak and Meeus' polynomials for 2005–2150, a plain value before).
double deltaTSeconds(double year)
{
    if (year < 2005)
        return 64.0;
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

// The day in Beijing (UTC+8) on which new moon number k falls.
QDate newMoonDay(int k)
{
    const double jde = newMoonJde(k);
    const double year = 2000 + k / 12.3685;
    const double beijing = jde - deltaTSeconds(year) / 86400.0 + 8.0 / 24.0;
    return QDate::fromJulianDay(qint64(std::floor(beijing + 0.5)));
}

// The day of the new moon closest to `day`, which ICU gave as the first of a lunar month.
QDate exactMonthStart(const QDate &day)
{
    const int k = int(std::lround((double(day.toJulianDay()) - 2451550.1) / 29.530588861));
    QDate closest = day;
    qint64 distance = 15;
    for (int near = k - 1; near <= k + 1; ++near) {
        const QDate candidate = newMoonDay(near);
        const qint64 apart = std::abs(candidate.daysTo(day));
        if (apart < distance) {
            distance = apart;
            closest = candidate;
        }
    }
    return closest;
}

} // namespace

QDate lunarToGregorian(int year, int month, int day)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCalendar, CalendarCloser> calendar(
        ucal_open(u"UTC", -1, "zh_CN@calendar=chinese", UCAL_DEFAULT, &status));
    if (U_FAILURE(status))
        return {};
    const auto isDay = [&](const QDate &date, int wantedMonth, int wantedDay) {
        const std::optional<LunarDay> lunar = lunarDayOf(calendar.get(), date);
        return lunar && lunar->month == wantedMonth && lunar->day == wantedDay && !lunar->leap;
    };
    // The lunar new year falls between January 21 and February 20.
    QDate newYear;
    for (QDate date(year, 1, 21); date <= QDate(year, 2, 21) && !newYear.isValid();
         date = date.addDays(1)) {
        if (isDay(date, 1, 1))
            newYear = date;
    }
    if (!newYear.isValid())
        return {};
    // ICU's first day of the month; months run 29 or 30 days, and a leap month before `month`
    // moves it a month later.
    const QDate estimate = newYear.addDays(qint64((month - 1) * 29.53));
    for (QDate date = estimate.addDays(-5); date <= estimate.addDays(40); date = date.addDays(1)) {
        if (isDay(date, month, 1))
            return exactMonthStart(date).addDays(day - 1);
    }
    return {};
}

QDate lunarNewYearsEve(int year)
{
    const QDate newYear = lunarToGregorian(year, 1, 1);
    return newYear.isValid() ? newYear.addDays(-1) : QDate();
}

QDate qingmingDay(int year)
{
    // The usual approximation of the solar term's day (the sun at 15° longitude), right for the
    // 20th and 21st centuries: day = ⌊Y × 0.2422 + C⌋ − ⌊Y / 4⌋, Y the year within its century.
    const int inCentury = year % 100;
    const double constant = year >= 2000 ? 4.81 : 5.59;
    return QDate(year, 4, int(inCentury * 0.2422 + constant) - inCentury / 4);
}

} // namespace salesplan
