#include "summary/plansummary.h"

#include "calc/holidays.h"

#include "calc/growth.h"
#include "calc/planinputs.h"
#include "calc/seasonality.h"
#include "calc/workdays.h"
#include "plan/format.h"
#include "summary/calibrationtext.h"
#include "summary/headcount.h"
#include "summary/memberactivity.h"
#include "summary/teamquotas.h"

#include <QLocale>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace salesplan {

namespace {

std::atomic<quint64> summaries{0};

// The quotas of the members and hires, added to the decomposition as its members' split, and
// the collections.
void addQuotas(const Plan &plan, PlanSummary &summary)
{
    if (!summary.decomposition) {
        summary.quotas = summary.decomposition.error();
        return;
    }
    summary.collections = planCollectionsOf(plan, *summary.decomposition);
    summary.quotas = planQuotas(plan, *summary.decomposition);
    if (summary.quotas && !summary.quotas->holders.isEmpty())
        summary.decomposition.value().dimensions.append(memberSplit(plan, *summary.quotas));
}

Result<CapacityPlan> capacityOf(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.decomposition)
        return summary.decomposition.error();
    if (!summary.funnel)
        return summary.funnel.error();
    CapacityInputs inputs;
    inputs.period = plan.info.period;
    inputs.reps = repsOnTeam(plan);
    inputs.annualAttrition = plan.targets.funnel.annualAttrition;
    inputs.monthTargets = summary.decomposition->months;
    inputs.workingDays = summary.workingDays;
    inputs.annual = *summary.funnel;
    inputs.capacity = {plan.targets.funnel.callsPerRepDay, plan.targets.funnel.demosPerRepDay};
    return capacityByMonth(inputs);
}

Result<PlanCost> costOf(const Plan &plan, const PlanSummary &summary)
{
    CostInputs inputs;
    inputs.target = plan.targets.annualTarget;
    if (summary.tiers)
        inputs.stretch = summary.tiers->stretch;
    if (summary.quotas)
        inputs.quotaTotal = Money::of(summary.quotas->assigned, plan.info.currency);
    inputs.commissionRate = plan.team.commissionRate;
    inputs.acceleratorRate = plan.team.acceleratorRate;
    for (const Tool &tool : plan.tools)
        inputs.toolCosts.append(tool.annualCost);
    if (summary.funnel)
        inputs.funnel = *summary.funnel;
    return planCost(inputs);
}

// More reps to reach a ceiling start in the first month short of reps, or the plan's first.
int hireFromMonth(const PlanSummary &summary)
{
    return summary.capacity ? std::max(0, summary.capacity->firstShortMonth) : 0;
}

// Each initiative's budget (in the plan's currency) spread evenly over its months in the plan
// year, from its start month (the first, when not set or before the year) to its due month (the
// last, when not set or after), exactly: the months add up to the budget. An initiative wholly
// outside the year, or due before it starts, costs the year nothing.
MonthValues initiativeBudgetsByMonth(const Plan &plan)
{
    MonthValues months{};
    const Period &period = plan.info.period;
    for (const Initiative &initiative : plan.initiatives) {
        if (initiative.budget.currency != plan.info.currency || initiative.budget.minor <= 0)
            continue;
        const bool startsAfter = initiative.start.isValid() && initiative.start > period.lastDay();
        const bool endsBefore = initiative.due.isValid() && initiative.due < period.firstDay();
        if (startsAfter || endsBefore)
            continue;
        const int first = initiative.start.isValid() && initiative.start > period.firstDay()
                              ? period.monthIndexOf(initiative.start)
                              : 0;
        const int last = initiative.due.isValid() && initiative.due < period.lastDay()
                             ? period.monthIndexOf(initiative.due)
                             : Period::monthCount - 1;
        if (last < first)
            continue;
        QList<qint64> weights(Period::monthCount, 0);
        for (int m = first; m <= last; ++m)
            weights[m] = 1;
        const QList<qint64> shares = shareByWeight(initiative.budget.minor, weights);
        for (int m = 0; m < Period::monthCount; ++m)
            months[std::size_t(m)] += shares[m];
    }
    return months;
}

Result<SalesBudget> budgetOf(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.cost)
        return summary.cost.error();
    BudgetInputs inputs;
    inputs.period = plan.info.period;
    inputs.currency = plan.info.currency;
    inputs.roles = plan.team.roles;
    inputs.members = plan.team.members;
    inputs.hires = plan.team.hiring;
    inputs.lines = plan.team.budgetLines;
    inputs.target = summary.cost->target;
    if (summary.decomposition)
        inputs.monthTargets = summary.decomposition->months;
    inputs.commissionAtPlan = summary.cost->commissionAtPlan;
    inputs.tools = summary.cost->tools;
    inputs.funnelMarketing = summary.cost->marketing;
    inputs.deals = summary.cost->deals;
    inputs.limit = plan.team.budgetLimit;
    inputs.initiatives = initiativeBudgetsByMonth(plan);
    return salesBudget(inputs);
}

} // namespace

Result<Decomposition> planDecomposition(const Plan &plan)
{
    const Result<MonthWeights> weights = seasonalityWeights(plan);
    if (!weights)
        return weights.error();
    return decomposeTarget({plan.targets.annualTarget, *weights, planDimensions(plan)});
}

PlanSummary summarizePlan(const Plan &plan)
{
    ++summaries;
    PlanSummary summary;
    const Result<double> growth =
        growthRate(plan.targets.annualTarget, plan.targets.lastYearActual);
    if (growth)
        summary.growth = *growth;
    summary.tiers = targetTiers(plan.targets.annualTarget, plan.targets.stretchReserve,
                                plan.targets.challengeReserve);
    summary.decomposition = planDecomposition(plan);
    addQuotas(plan, summary);
    summary.workingDays = workingDaysByMonth(plan.info.period, planWorkCalendar(plan));
    const qint64 yearDays =
        std::accumulate(summary.workingDays.begin(), summary.workingDays.end(), qint64(0));
    summary.funnel = solveBackward(backwardInputs(plan, int(yearDays)));
    summary.capacity = capacityOf(plan, summary);
    if (summary.decomposition)
        summary.bridges = planBridges(plan, *summary.decomposition);
    summary.cost = costOf(plan, summary);
    summary.calibration = calibratePlan(plan, hireFromMonth(summary));
    summary.budget = budgetOf(plan, summary);
    summary.liveFigures = liveFigures(plan, summary);
    summary.review = latestReview(plan, summary);
    summary.findings = checkPlan(plan) + headcountFindings(plan, summary) +
                       quotaFindings(plan, summary) +
                       liveFigureFindings(plan, summary.liveFigures) +
                       calibrationFindings(plan, summary.calibration);
    if (summary.budget)
        summary.findings += budgetFindings(*summary.budget);
    sortFindings(summary.findings);
    return summary;
}

quint64 summariesComputed()
{
    return summaries;
}

QString capacityGapText(const CapacityPlan &capacity, const Period &period)
{
    if (capacity.firstShortMonth < 0)
        return QCoreApplication::translate("Summary", "Enough reps in every month");
    const QDate month = period.monthStart(capacity.firstShortMonth);
    return QCoreApplication::translate("Summary", "Up to %n rep(s) short from %1", nullptr,
                                       capacity.largestShortfall)
        .arg(formatMonthName(month.month()));
}

} // namespace salesplan
