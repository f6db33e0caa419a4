#pragma once

#include "plan/plan.h"

#include <QFlags>

namespace salesplan {

// A part of a plan that an edit can change: the plan's information (name, currency, period...),
// each of the seven sections, the actuals (booked amounts by month and the KPIs' measured values),
// the presentation deck (its charts and speaker notes) and the what-if scenarios. A set of parts,
// PlanChanges, says what an edit, undo or redo changed, so views refresh only for their data.
enum class PlanPart : unsigned {
    Info = 1u << 0,
    Mission = 1u << 1,
    Targets = 1u << 2,
    Team = 1u << 3,
    Segments = 1u << 4,
    Stages = 1u << 5,
    Tools = 1u << 6,
    Metrics = 1u << 7,
    History = 1u << 8,
    Deck = 1u << 9,
    Scenarios = 1u << 10,
};
Q_DECLARE_FLAGS(PlanChanges, PlanPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(PlanChanges)

// The part that holds `section`.
PlanPart partOf(Section section);

// The parts in which `after` differs from `before`; none when the plans are equal. Row ids
// handed out (Plan::ids) are no part of their own: they change only with the rows they name.
PlanChanges changedParts(const Plan &before, const Plan &after);

} // namespace salesplan
