#include "summary/scenariofigures.h"

#include "calc/decompose.h"
#include "calc/holidays.h"
#include "calc/planinputs.h"
#include "calc/seasonality.h"
#include "calc/whatif.h"
#include "calc/workdays.h"
#include "plan/scenario.h"
#include "summary/plancost.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace salesplan {

namespace {

// The reps short in the tightest month, or 0 when the months cannot be worked out (the plan's
// findings say why).
int largestMonthShortfall(const Plan &plan, const BackwardResult &funnel,
                          const MonthValues &workingDays)
{
    const Result<MonthWeights> weights = seasonalityWeights(plan);
    if (!weights)
        return 0;
    const Result<Decomposition> months = decomposeTarget({plan.targets.annualTarget, *weights, {}});
    if (!months)
        return 0;
    CapacityInputs inputs;
    inputs.period = plan.info.period;
    inputs.reps = repsOnTeam(plan);
    inputs.annualAttrition = plan.targets.funnel.annualAttrition;
    inputs.monthTargets = months->months;
    inputs.workingDays = workingDays;
    inputs.annual = funnel;
    inputs.capacity = {plan.targets.funnel.callsPerRepDay, plan.targets.funnel.demosPerRepDay};
    const Result<CapacityPlan> capacity = capacityByMonth(inputs);
    return capacity ? capacity->largestShortfall : 0;
}

Result<PlanCost> costOf(const Plan &plan, const BackwardResult &funnel)
{
    CostInputs inputs;
    inputs.target = plan.targets.annualTarget;
    inputs.commissionRate = plan.team.commissionRate;
    inputs.acceleratorRate = plan.team.acceleratorRate;
    for (const Tool &tool : plan.tools)
        inputs.toolCosts.append(tool.annualCost);
    inputs.funnel = funnel;
    return planCost(inputs);
}

// The drivers the sensitivity moves: every driver but the headcount change.
bool movesInSensitivity(ScenarioDriver driver)
{
    return driver != ScenarioDriver::HeadcountChange;
}

// `value` × `factor`, kept within what the driver takes (a rate at most 100 %, attrition below).
double moved(ScenarioDriver driver, double value, double factor)
{
    const double result = value * factor;
    switch (driver) {
    case ScenarioDriver::LeadToQualified:
    case ScenarioDriver::QualifiedToProposal:
    case ScenarioDriver::ProposalToWon:
        return std::min(result, 1.0);
    case ScenarioDriver::AnnualAttrition:
        return std::min(result, 0.99);
    default:
        return result;
    }
}

// The reps the funnel's daily activity needs at full speed, over the share that stays after
// attrition: the headcount required before it is rounded up.
double unroundedHeadcount(const BackwardInputs &inputs, const BackwardResult &funnel)
{
    const double reps = std::max(funnel.callsPerDay / inputs.capacity.callsPerDay,
                                 funnel.demosPerDay / inputs.capacity.demosPerDay);
    return reps / (1.0 - inputs.annualAttrition);
}

Result<double> repsNeededWith(const Plan &plan, ScenarioDriver driver, double value,
                              int workingDays)
{
    Plan moved = plan;
    scenarioDriver(driver).apply(moved, value);
    const BackwardInputs inputs = backwardInputs(moved, workingDays);
    const Result<BackwardResult> funnel = solveBackward(inputs);
    if (!funnel)
        return funnel.error();
    return unroundedHeadcount(inputs, *funnel);
}

int yearDays(const MonthValues &workingDays)
{
    return int(std::accumulate(workingDays.begin(), workingDays.end(), qint64(0)));
}

} // namespace

int repsAvailable(const Plan &plan)
{
    int reps = int(plan.team.members.size());
    for (const Hire &hire : plan.team.hiring)
        reps += std::max(0, hire.count);
    return reps;
}

MonthValues planWorkingDays(const Plan &plan)
{
    return workingDaysByMonth(plan.info.period, planWorkCalendar(plan));
}

Result<WhatIfFigures> whatIfFigures(const Plan &plan, const MonthValues &workingDays)
{
    const Result<BackwardResult> funnel =
        solveBackward(backwardInputs(plan, yearDays(workingDays)));
    if (!funnel)
        return funnel.error();
    const Result<PlanCost> cost = costOf(plan, *funnel);
    if (!cost)
        return cost.error();
    WhatIfFigures figures;
    figures.target = plan.targets.annualTarget;
    figures.deals = funnel->deals;
    figures.leads = funnel->leads;
    figures.repsNeeded = funnel->headcountRequired;
    figures.repsAvailable = repsAvailable(plan);
    if (figures.repsAvailable > 0)
        figures.callsPerRepDay = funnel->callsPerDay / figures.repsAvailable;
    figures.largestMonthShortfall = largestMonthShortfall(plan, *funnel, workingDays);
    figures.marketingBudget = funnel->marketingBudget;
    figures.costOfSales = Money{cost->total(), cost->currency};
    return figures;
}

QList<WhatIfColumn> whatIfTable(const Plan &plan)
{
    const MonthValues workingDays = planWorkingDays(plan);
    QList<WhatIfColumn> columns;
    columns.append({0, QString(), whatIfFigures(plan, workingDays)});
    for (const Scenario &scenario : plan.scenarios) {
        WhatIfColumn column{scenario.id, scenario.name, Error{}};
        if (const Status valid = checkScenario(scenario); !valid)
            column.figures = valid.error();
        else
            column.figures = whatIfFigures(applyScenario(plan, scenario), workingDays);
        columns.append(column);
    }
    return columns;
}

Result<HeadcountSensitivity> headcountSensitivity(const Plan &plan)
{
    const int workingDays = yearDays(planWorkingDays(plan));
    const BackwardInputs inputs = backwardInputs(plan, workingDays);
    const Result<BackwardResult> funnel = solveBackward(inputs);
    if (!funnel)
        return funnel.error();
    HeadcountSensitivity sensitivity;
    sensitivity.base = unroundedHeadcount(inputs, *funnel);
    sensitivity.repsNeeded = funnel->headcountRequired;
    for (const ScenarioDriverInfo &info : scenarioDrivers()) {
        if (!movesInSensitivity(info.driver))
            continue;
        const double value = info.baseline(plan);
        const Result<double> low =
            repsNeededWith(plan, info.driver, moved(info.driver, value, 0.9), workingDays);
        const Result<double> high =
            repsNeededWith(plan, info.driver, moved(info.driver, value, 1.1), workingDays);
        if (!low)
            return low.error();
        if (!high)
            return high.error();
        sensitivity.swings.append({info.driver, *low, *high});
    }
    std::stable_sort(
        sensitivity.swings.begin(), sensitivity.swings.end(),
        [](const DriverSwing &a, const DriverSwing &b) { return a.swing() > b.swing(); });
    return sensitivity;
}

} // namespace salesplan
