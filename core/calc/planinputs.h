#pragma once

#include "calc/decompose.h"
#include "calc/funnel.h"
#include "plan/plan.h"

// The plan's figures as the calculators take them: the glue between core/plan and core/calc,
// shared by the summary and the checks.
namespace salesplan {

// The plan's weighted dimensions (regions, product lines, members) ready for decomposeTarget.
QList<Dimension> planDimensions(const Plan &plan);
BackwardInputs backwardInputs(const Plan &plan, int workingDays);
// The members and planned hires as reps on the team, for the capacity by month.
QList<RepOnTeam> repsOnTeam(const Plan &plan);

} // namespace salesplan
