#pragma once

#include "calc/decompose.h"
#include "calc/funnel.h"
#include "plan/plan.h"

// The plan's figures as the calculators take them: the glue between core/plan and core/calc,
// shared by the summary and the checks.
namespace salesplan {

// The plan's splits of the company target (regions, product lines) ready for decomposeTarget;
// the members' quotas split the regions' (summary/teamquotas.h).
QList<Dimension> planDimensions(const Plan &plan);
// Whether the plan has anything to split the target by `split`: regions, product lines, or
// members (or, when quotas follow start dates, planned hires).
bool hasSplit(const Plan &plan, TargetSplit split);
BackwardInputs backwardInputs(const Plan &plan, int workingDays);
// The members and planned hires as reps on the team, for the capacity by month.
QList<RepOnTeam> repsOnTeam(const Plan &plan);

} // namespace salesplan
