#include "calc/planinputs.h"

#include <QCoreApplication>

namespace salesplan {

namespace {

Dimension dimensionOf(TargetSplit kind, const QString &name, const QList<WeightedItem> &items)
{
    Dimension dimension{kind, name, {}, {}, {}};
    for (const WeightedItem &item : items) {
        dimension.itemNames.append(item.name);
        dimension.weights.append(item.weight);
        dimension.fixedAmounts.append(item.quotaAmount.minor);
    }
    return dimension;
}

} // namespace

QList<Dimension> planDimensions(const Plan &plan)
{
    QList<Dimension> dimensions;
    if (!plan.targets.regions.isEmpty())
        dimensions.append(dimensionOf(TargetSplit::Regions,
                                      QCoreApplication::translate("Summary", "regions"),
                                      plan.targets.regions));
    if (!plan.targets.products.isEmpty())
        dimensions.append(dimensionOf(TargetSplit::Products,
                                      QCoreApplication::translate("Summary", "product lines"),
                                      plan.targets.products));
    return dimensions;
}

bool hasSplit(const Plan &plan, TargetSplit split)
{
    switch (split) {
    case TargetSplit::Regions:
        return !plan.targets.regions.isEmpty();
    case TargetSplit::Products:
        return !plan.targets.products.isEmpty();
    case TargetSplit::Members:
        return !plan.team.members.isEmpty() ||
               (plan.targets.quotasFollowStart && !plan.team.hiring.isEmpty());
    }
    return false;
}

BackwardInputs backwardInputs(const Plan &plan, int workingDays)
{
    const FunnelAssumptions &funnel = plan.targets.funnel;
    BackwardInputs inputs;
    inputs.revenueTarget = plan.targets.annualTarget;
    inputs.averageDealSize = funnel.averageDealSize;
    inputs.rates = {funnel.leadToQualified, funnel.qualifiedToProposal, funnel.proposalToWon};
    inputs.callsPerLead = funnel.callsPerLead;
    inputs.workingDays = workingDays;
    inputs.capacity = {funnel.callsPerRepDay, funnel.demosPerRepDay};
    inputs.annualAttrition = funnel.annualAttrition;
    inputs.headcount = int(plan.team.members.size());
    inputs.costPerLead = funnel.costPerLead;
    return inputs;
}

QList<RepOnTeam> repsOnTeam(const Plan &plan)
{
    QList<RepOnTeam> reps;
    for (const Member &member : plan.team.members)
        reps.append({member.startDate, member.rampMonths});
    for (const Hire &hire : plan.team.hiring) {
        for (int i = 0; i < hire.count; ++i)
            reps.append({hire.startDate, plan.targets.funnel.newHireRampMonths});
    }
    return reps;
}

} // namespace salesplan
