#pragma once

#include "plan/period.h"
#include "plan/plan.h"
#include "plan/result.h"

// Where the twelve month weights of a plan come from.
namespace salesplan {

// Sums the history entries of the plan-year-shaped `period` by month (minor units).
MonthValues monthlyTotals(const QList<HistoryEntry> &history, const Period &period);

// The month weights for the plan's seasonality mode:
// Even — all equal; Custom — the plan's own weights; LastYear — the shape of last year's history;
// AverageYears — the average of the monthly shares of up to `historyYears` earlier years that
// have history. Refused when the weights are negative or all zero, or when no history exists.
Result<MonthWeights> seasonalityWeights(const Plan &plan);

} // namespace salesplan
