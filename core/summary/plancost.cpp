#include "summary/plancost.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace salesplan {

namespace {

// The translation context of the cost's messages.
struct Cost
{
    Q_DECLARE_TR_FUNCTIONS(Cost)
};

Error tooLarge()
{
    return {Cost::tr("cost of the plan"), Cost::tr("is too large to calculate with")};
}

Status checkRate(double rate, const QString &field)
{
    if (!std::isfinite(rate) || rate < 0)
        return Error{field, Cost::tr("must be zero or more")};
    return Success{};
}

// The tools' costs in `currency` summed, and the others summed by their currency.
Status addTools(PlanCost &cost, const QList<Money> &toolCosts)
{
    for (const Money &toolCost : toolCosts) {
        if (toolCost.isZero())
            continue;
        if (toolCost.currency == cost.currency) {
            if (qAddOverflow(cost.tools, toolCost.minor, &cost.tools))
                return tooLarge();
            continue;
        }
        auto other =
            std::find_if(cost.toolsInOtherCurrencies.begin(), cost.toolsInOtherCurrencies.end(),
                         [&](const Money &sum) { return sum.currency == toolCost.currency; });
        if (other == cost.toolsInOtherCurrencies.end()) {
            cost.toolsInOtherCurrencies.append(toolCost);
            continue;
        }
        const Result<Money> sum = other->plus(toolCost);
        if (!sum)
            return tooLarge();
        *other = *sum;
    }
    return Success{};
}

// The commission on `revenue` spread over the reps like their quotas: the commission rate up to
// `quotaTotal`, the accelerator rate above it.
Result<qint64> commissionAt(const Money &revenue, qint64 quotaTotal, const CostInputs &inputs)
{
    const Money upToQuota = Money::of(qMin(revenue.minor, quotaTotal), revenue.currency);
    const Money aboveQuota =
        Money::of(qMax<qint64>(0, revenue.minor - quotaTotal), revenue.currency);
    const Result<Money> base = upToQuota.scaled(inputs.commissionRate);
    const Result<Money> accelerated = aboveQuota.scaled(inputs.acceleratorRate);
    qint64 sum = 0;
    if (!base || !accelerated || qAddOverflow(base->minor, accelerated->minor, &sum))
        return tooLarge();
    return sum;
}

} // namespace

std::optional<qint64> PlanCost::commissionAtStretch() const
{
    if (!accelerator)
        return std::nullopt;
    return commissionAtPlan + *accelerator;
}

std::optional<qint64> PlanCost::perDeal() const
{
    if (!deals || *deals <= 0)
        return std::nullopt;
    return std::llround(double(total()) / double(*deals));
}

Result<PlanCost> planCost(const CostInputs &inputs)
{
    if (inputs.target.minor <= 0)
        return Error{Cost::tr("revenue target"), Cost::tr("must be more than zero")};
    if (const Status ok = checkRate(inputs.commissionRate, Cost::tr("commission rate")); !ok)
        return ok.error();
    if (const Status ok = checkRate(inputs.acceleratorRate, Cost::tr("accelerator rate")); !ok)
        return ok.error();
    PlanCost cost;
    cost.currency = inputs.target.currency;
    cost.target = inputs.target.minor;
    cost.quotaTotal = inputs.quotaTotal && inputs.quotaTotal->currency == cost.currency
                          ? inputs.quotaTotal->minor
                          : cost.target;
    const Result<Money> commission = inputs.target.scaled(inputs.commissionRate);
    if (!commission)
        return tooLarge();
    cost.commissionAtPlan = commission->minor;
    if (inputs.stretch && inputs.stretch->currency == cost.currency) {
        const Result<qint64> atStretch = commissionAt(*inputs.stretch, cost.quotaTotal, inputs);
        if (!atStretch)
            return atStretch.error();
        cost.accelerator = qMax<qint64>(0, *atStretch - cost.commissionAtPlan);
    }
    if (const Status ok = addTools(cost, inputs.toolCosts); !ok)
        return ok.error();
    if (inputs.funnel) {
        cost.marketing = inputs.funnel->marketingBudget.minor;
        cost.leads = inputs.funnel->leads;
        cost.deals = inputs.funnel->deals;
    }
    qint64 total = 0;
    if (qAddOverflow(cost.commissionAtPlan, cost.tools, &total) ||
        qAddOverflow(total, cost.marketing.value_or(0), &total) ||
        (cost.accelerator && qAddOverflow(cost.commissionAtPlan, *cost.accelerator, &total)))
        return tooLarge();
    return cost;
}

} // namespace salesplan
