#pragma once

#include "plan/plan.h"

// A what-if scenario laid over its plan: the plan as it would be with the scenario's drivers.
namespace salesplan {

// `plan` with each driver `scenario` overrides set to the scenario's value, its seasonality (and
// custom weights) when it has one, and the reps it adds or removes (added as a planned hire from
// the plan year's first month; removed from the planned hires first, then from the last members).
// The input plan is left as it is; the result keeps the plan's scenarios.
Plan applyScenario(const Plan &plan, const Scenario &scenario);

// "Make this the baseline": the plan with the drivers of its scenario `id` and that scenario
// removed (it is now the baseline); the other scenarios stay. The plan as it is when no
// scenario has that id.
Plan promoteScenario(const Plan &plan, RowId id);

} // namespace salesplan
