#pragma once

#include "plan/period.h"
#include "plan/plan.h"

#include <QString>

#include <optional>

// A unit's top-line figures: what the other units and the director may know of a unit without
// reading its plan — its own (bottom-up) target and its months, its headcount and its sales
// budget. The team server keeps them beside each published version of a unit's plan, for every
// team role to read, while the plan itself stays the unit's and the director's.
namespace salesplan {

struct UnitFigures
{
    QString currency;
    Period period;
    qint64 annualTarget = 0;           // minor units of `currency`
    std::optional<MonthValues> months; // the target by month; none when it cannot be split
    int members = 0;                   // on the team now
    int plannedHires = 0;              // the people the hiring plan adds
    std::optional<qint64> salesBudget; // the sales budget for the year, when it can say
    // The plan published is a team plan itself: its figures are its units' added up, which a
    // consolidation must not add again (UnitStatus::TeamPlan).
    bool teamPlan = false;

    bool operator==(const UnitFigures &) const = default;
};

// The figures of `plan`, as its summary (summary/plansummary.h) works them out.
UnitFigures unitFiguresOf(const Plan &plan);

} // namespace salesplan
