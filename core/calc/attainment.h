#pragma once

#include "plan/period.h"
#include "plan/plan.h"

#include <QtGlobal>

#include <array>
#include <optional>

// Actual against target for one line of the plan (the company, a region, a product line or a
// member) in the windows a monthly review looks at, and where the year is heading.
namespace salesplan {

// The booked amount of each month of the plan year (minor units); none for a month that has no
// actuals yet, which is "no data", not zero.
using MonthActuals = std::array<std::optional<qint64>, Period::monthCount>;

// Actual and target over one window of months.
struct Attainment
{
    std::optional<qint64> actual; // none when no month of the window has actuals
    qint64 target = 0;

    // actual ÷ target: 1.2 for ¥1.8亿 booked against ¥1.5亿; none without data or target.
    std::optional<double> ratio() const;
    // What is still to book to reach the target (negative when ahead); none without data.
    std::optional<qint64> gap() const;
    bool operator==(const Attainment &) const = default;
};

// The four windows of a review at a month: the month itself, its quarter up to it, the year up
// to it, and the whole year's target against what is booked so far.
struct ReviewAttainment
{
    Attainment month;
    Attainment quarter;
    Attainment yearToDate;
    Attainment year;
    bool operator==(const ReviewAttainment &) const = default;
};

// The attainment of a line whose month targets are `targets` at the plan's month `monthIndex`
// (0–11). Months after it are not counted, even when they have actuals.
ReviewAttainment attainmentAt(const MonthValues &targets, const MonthActuals &actuals,
                              int monthIndex);

// Where the year ends if it goes on as it went, two ways (minor units).
struct YearForecast
{
    // The year to date scaled by the plan's seasonality: booked ÷ the targets of the same months
    // × the year's target, so a slow first quarter the plan expected is not read as a slow year.
    // Booked plus the remaining months' targets when the months so far had no target.
    qint64 runRate = 0;
    // Booked so far plus the plan's targets for the remaining months.
    qint64 planRest = 0;
    bool operator==(const YearForecast &) const = default;
};

// The forecast at the end of the plan's month `monthIndex` (0–11); months without actuals count
// as nothing booked.
YearForecast forecastAt(const MonthValues &targets, const MonthActuals &actuals, int monthIndex);

// The deals a gap stands for at `averageDealSize` (minor units), rounded up; 0 when the gap is
// closed or the deal size unknown.
qint64 dealsForGap(qint64 gap, qint64 averageDealSize);

// A light for a measured value against its target, from the thresholds of a KPI.
enum class Light { NoData, Red, Yellow, Green };

// Green at or above `greenAt` × target, yellow at or above `yellowAt` × target, red below; for a
// figure where lower is better, the share is target ÷ actual (so 10 % above a cost target with the
// default 0.9 yellow is yellow). NoData when there is no actual; a target of zero is met by any
// actual (or, when lower is better, only by zero).
Light lightFor(std::optional<double> actual, double target, double greenAt, double yellowAt,
               KpiDirection direction = KpiDirection::HigherIsBetter);

} // namespace salesplan
