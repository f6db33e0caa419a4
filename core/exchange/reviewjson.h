#pragma once

#include "plan/plan.h"
#include "summary/planreview.h"

#include <QByteArray>

namespace salesplan {

// The monthly review as JSON, for `salesplan review --json`: attainment of every line in the
// month, quarter to date, year to date and year, the forecast, each KPI's light and the
// deviations. Money is written as exact decimal strings; a window without actuals has a null
// actual and ratio.
QByteArray reviewToJson(const Plan &plan, const PlanReview &review);

// The key of a light in the JSON: "green", "yellow", "red" or "no_data".
QString lightKey(Light light);

} // namespace salesplan
