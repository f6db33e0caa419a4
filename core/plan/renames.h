#pragma once

#include "plan/plan.h"

// What names a row of the plan by its name, and so follows when the row is renamed: the
// initiatives name the KPI they should move (a name, so that a typed KPI of another plan reads).
namespace salesplan {

// Makes the initiatives of `after` that name a KPI by its name in `before` name it by its name
// in `after`, for every KPI (matched by id) renamed between them. Names compare trimmed; a KPI
// renamed to nothing leaves its initiatives as they are.
void followRenamedKpis(const Plan &before, Plan &after);

} // namespace salesplan
