#pragma once

#include "calc/decompose.h"
#include "calc/funnel.h"
#include "calc/planinputs.h"
#include "check/findings.h"
#include "plan/plan.h"

#include <optional>

// Every derived figure of a plan in one place, computed from the Plan alone: the overview, the
// CLI summary and the report all read this, so they can never disagree. It sits above core/calc
// and core/check and gathers both; neither of them includes it.
namespace salesplan {

struct PlanSummary
{
    std::optional<double> growth; // against last year's actual, when there is one
    Result<TargetTiers> tiers = Error{};
    Result<Decomposition> decomposition = Error{};
    MonthValues workingDays{};
    Result<BackwardResult> funnel = Error{};
    Result<CapacityPlan> capacity = Error{};
    QList<Finding> findings;
};

PlanSummary summarizePlan(const Plan &plan);

// The capacity gap in plain words: "Up to 3 reps short from April" or "Enough reps in every month".
QString capacityGapText(const CapacityPlan &capacity, const Period &period);

} // namespace salesplan
