#pragma once

#include "plan/plan.h"
#include "summary/plansummary.h"

#include <optional>

// The targets of the KPIs that measure the plan's own figures. A pure function of the plan and
// its summary: nothing is stored, so a KPI that follows the plan moves with it.
namespace salesplan {

// How many of the KPI's periods a year holds: 52 weeks, 12 months, 4 quarters or 1.
int periodsPerYear(ReviewFrequency frequency);

// The plan's figure for what the KPI measures, in one of its periods: qualified leads (the
// funnel's for the year ÷ periods, rounded up), the win rate in percent (the funnel's
// proposal-to-won rate: deals won ÷ proposals, as the standard KPI defines it), the average
// deal size and the revenue (annual target ÷ periods) in whole currency units. None for a
// custom KPI or when the funnel is not calculated.
std::optional<double> planFigureForKpi(const Kpi &kpi, const Plan &plan,
                                       const PlanSummary &summary);

// The target the KPI works to: the plan's figure while it follows the plan and there is one,
// its typed target otherwise.
double kpiTarget(const Kpi &kpi, const Plan &plan, const PlanSummary &summary);

// Whether the KPI's target is the plan's figure rather than a typed one.
bool kpiFollowsPlan(const Kpi &kpi, const Plan &plan, const PlanSummary &summary);

// A KPI's target as the report writes it, by what the KPI measures: a count of leads, a percent
// for the win rate, money in `currency` for deal size and revenue, a number otherwise; "—" for
// no target (0 or less).
QString formatKpiTarget(const Kpi &kpi, double target, const QString &currency);
// A KPI's measured value in the same units, zero included (0 leads, 0%): what the review and the
// grid of KPI actuals show.
QString formatKpiValue(const Kpi &kpi, double value, const QString &currency);

} // namespace salesplan
