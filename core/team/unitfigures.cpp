#include "team/unitfigures.h"

#include "summary/plansummary.h"

namespace salesplan {

UnitFigures unitFiguresOf(const Plan &plan)
{
    UnitFigures figures;
    figures.currency = plan.info.currency;
    figures.period = plan.info.period;
    figures.annualTarget = plan.targets.annualTarget.minor;
    figures.teamPlan = !plan.units.isEmpty();
    figures.members = int(plan.team.members.size());
    for (const Hire &hire : plan.team.hiring)
        figures.plannedHires += hire.count;
    const PlanSummary summary = summarizePlan(plan);
    if (summary.decomposition)
        figures.months = summary.decomposition->months;
    if (summary.budget)
        figures.salesBudget = summary.budget->total();
    return figures;
}

} // namespace salesplan
