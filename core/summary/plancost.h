#pragma once

#include "calc/funnel.h"
#include "plan/money.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>

#include <optional>

// What the plan costs to sell, in minor units of the plan's currency: the commission when the
// team reaches the target (commission rate × target) and when it reaches the stretch tier, the
// revenue spread over the reps like their quotas: the commission rate up to the quotas' total and
// the accelerator rate on the revenue above it (above 100 % of quota), the tools' annual costs, and
// the marketing (the funnel's leads × cost per lead). Headcount cost is not in it: the sales
// budget (summary/salesbudget.h) adds it by month. The total is at plan (without the accelerator),
// also as a share of the target and per won deal.
namespace salesplan {

struct PlanCost
{
    QString currency;
    qint64 target = 0;
    qint64 quotaTotal = 0; // the revenue at which the reps reach 100 % of quota
    qint64 commissionAtPlan = 0;
    std::optional<qint64> accelerator;   // the more at the stretch tier, when the tiers are known
    qint64 tools = 0;                    // the tools in the plan's currency
    QList<Money> toolsInOtherCurrencies; // summed by currency; not in the total
    std::optional<qint64> marketing;     // while the funnel solves
    std::optional<qint64> leads;         // the leads the funnel needs
    std::optional<qint64> deals;         // the won deals the funnel needs

    qint64 total() const { return commissionAtPlan + tools + marketing.value_or(0); }
    // The commission at the stretch tier: at plan plus the accelerator.
    std::optional<qint64> commissionAtStretch() const;
    double shareOfTarget() const { return target > 0 ? double(total()) / double(target) : 0.0; }
    // total / deals rounded to a minor unit, while the funnel needs at least one deal.
    std::optional<qint64> perDeal() const;
};

struct CostInputs
{
    Money target;
    std::optional<Money> stretch;
    // The revenue at which the reps reach 100 % of their quotas: the quotas' total, above the
    // target by the over-assignment. None: the target.
    std::optional<Money> quotaTotal;
    double commissionRate = 0.0;
    double acceleratorRate = 0.0;
    QList<Money> toolCosts;
    std::optional<BackwardResult> funnel;
};

// Refused: a target of zero or less, a negative or non-finite rate, or a figure too large for
// Money.
Result<PlanCost> planCost(const CostInputs &inputs);

} // namespace salesplan
