#include "calc/attainment.h"

#include <cmath>

namespace salesplan {

namespace {

// Actual and target of the months from `first` to `last` (inclusive).
Attainment window(const MonthValues &targets, const MonthActuals &actuals, int first, int last)
{
    Attainment result;
    for (int m = first; m <= last; ++m) {
        result.target += targets[std::size_t(m)];
        if (const auto &actual = actuals[std::size_t(m)])
            result.actual = result.actual.value_or(0) + *actual;
    }
    return result;
}

qint64 bookedTo(const MonthActuals &actuals, int last)
{
    qint64 booked = 0;
    for (int m = 0; m <= last; ++m)
        booked += actuals[std::size_t(m)].value_or(0);
    return booked;
}

qint64 targetOf(const MonthValues &targets, int first, int last)
{
    qint64 sum = 0;
    for (int m = first; m <= last; ++m)
        sum += targets[std::size_t(m)];
    return sum;
}

} // namespace

std::optional<double> Attainment::ratio() const
{
    if (!actual || target == 0)
        return std::nullopt;
    return double(*actual) / double(target);
}

std::optional<qint64> Attainment::gap() const
{
    if (!actual)
        return std::nullopt;
    return target - *actual;
}

ReviewAttainment attainmentAt(const MonthValues &targets, const MonthActuals &actuals,
                              int monthIndex)
{
    Q_ASSERT(monthIndex >= 0 && monthIndex < Period::monthCount);
    const int quarterStart = Period::quarterOfMonth(monthIndex) * 3;
    ReviewAttainment result;
    result.month = window(targets, actuals, monthIndex, monthIndex);
    result.quarter = window(targets, actuals, quarterStart, monthIndex);
    result.yearToDate = window(targets, actuals, 0, monthIndex);
    result.year = result.yearToDate;
    result.year.target = targetOf(targets, 0, Period::monthCount - 1);
    return result;
}

YearForecast forecastAt(const MonthValues &targets, const MonthActuals &actuals, int monthIndex)
{
    Q_ASSERT(monthIndex >= 0 && monthIndex < Period::monthCount);
    const qint64 booked = bookedTo(actuals, monthIndex);
    const qint64 targetSoFar = targetOf(targets, 0, monthIndex);
    const qint64 rest = targetOf(targets, monthIndex + 1, Period::monthCount - 1);
    YearForecast forecast;
    forecast.planRest = booked + rest;
    // An estimate: scaled in double, exact to the minor unit below 2⁵³ minor units (¥90万亿).
    const double scaled = targetSoFar > 0
                              ? double(booked) / double(targetSoFar) * double(targetSoFar + rest)
                              : double(forecast.planRest);
    forecast.runRate = std::abs(scaled) < 9.0e18 ? qint64(std::llround(scaled)) : forecast.planRest;
    return forecast;
}

qint64 dealsForGap(qint64 gap, qint64 averageDealSize)
{
    if (gap <= 0 || averageDealSize <= 0)
        return 0;
    return (gap + averageDealSize - 1) / averageDealSize;
}

Light lightFor(std::optional<double> actual, double target, double greenAt, double yellowAt,
               KpiDirection direction)
{
    if (!actual || !std::isfinite(*actual))
        return Light::NoData;
    const bool higher = direction == KpiDirection::HigherIsBetter;
    if (higher ? target <= 0 : *actual <= 0)
        return Light::Green;
    const double share = higher ? *actual / target : target / *actual;
    if (share >= greenAt)
        return Light::Green;
    return share >= yellowAt ? Light::Yellow : Light::Red;
}

} // namespace salesplan
