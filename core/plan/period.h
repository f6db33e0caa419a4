#pragma once

#include <QDate>

#include <array>

namespace salesplan {

// The plan's year: twelve months starting at the fiscal-year start month of the plan year.
// Month and quarter indexes below are positions inside the plan year (0 = its first month),
// not calendar months, so a plan from April 2027 has month 0 = April 2027, quarter 0 = Apr–Jun.
struct Period
{
    static constexpr int monthCount = 12;
    static constexpr int quarterCount = 4;

    int year = 2027;
    int startMonth = 1; // 1 = January

    bool isValid() const { return year >= 1900 && year <= 9999 && startMonth >= 1 && startMonth <= 12; }
    QDate firstDay() const { return QDate(year, startMonth, 1); }
    QDate lastDay() const { return firstDay().addYears(1).addDays(-1); }
    // The first day of the plan's month `index` (0–11).
    QDate monthStart(int index) const { return firstDay().addMonths(index); }
    QDate monthEnd(int index) const { return monthStart(index + 1).addDays(-1); }
    // The position (0–11) of the month holding `date`, or -1 when the date is outside the plan year.
    int monthIndexOf(const QDate &date) const;
    static int quarterOfMonth(int monthIndex) { return monthIndex / 3; }
    // The same plan year `yearsBack` years earlier (for history).
    Period earlier(int yearsBack) const { return Period{year - yearsBack, startMonth}; }

    bool operator==(const Period &) const = default;
};

using MonthValues = std::array<qint64, Period::monthCount>;
using MonthWeights = std::array<double, Period::monthCount>;

} // namespace salesplan
