#pragma once

#include <QDate>

// Dates of the Chinese lunisolar calendar, through ICU's Chinese calendar.
namespace salesplan {

// The Gregorian date of lunar `month`/`day` (not a leap month) in the lunar year that begins
// in Gregorian `year`: lunarToGregorian(2027, 1, 1) is 2027-02-06, the Spring Festival. An
// invalid date when ICU cannot say.
QDate lunarToGregorian(int year, int month, int day);
// The eve of the lunar new year that begins in `year` (the last day of the twelfth month).
QDate lunarNewYearsEve(int year);
// The day of the Qingming solar term (April 4, 5 or 6) in `year`, 1900–2099.
QDate qingmingDay(int year);

} // namespace salesplan
