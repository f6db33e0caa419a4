#pragma once

#include "plan/period.h"
#include "plan/plan.h"
#include "plan/result.h"

// Where the twelve month weights of a plan come from.
namespace salesplan {

// Sums the history entries of the plan-year-shaped `period` by month (minor units). A month whose
// sum would leave the qint64 range stops at the limit instead of wrapping.
MonthValues monthlyTotals(const QList<HistoryEntry> &history, const Period &period);

// The month weights for the plan's seasonality mode:
// Even — all 1; Custom — the plan's own weights; LastYear — last year's monthly totals;
// AverageYears — the average of the monthly shares (each year's total counted as 1, so a larger
// year does not weigh more) of those of the `historyYears` (1–3) earlier years that have history.
// Refused when custom weights are negative, not a number or all zero, when a used year has a
// negative month or sums to zero, or when no history exists (the error names the year).
Result<MonthWeights> seasonalityWeights(const Plan &plan);

} // namespace salesplan
