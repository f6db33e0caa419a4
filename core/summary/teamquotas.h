#pragma once

#include "calc/collections.h"
#include "calc/decompose.h"
#include "calc/quotas.h"
#include "check/findings.h"
#include "plan/plan.h"

#include <optional>

// The plan's quotas and collections: who carries which part of the target, from when, and the
// cash the bookings bring in. The glue between the plan and core/calc's quotas and collections;
// the summary, the editors, the report and the CLI read what it gives.
namespace salesplan {

struct PlanSummary;

// The people who carry quota: the members, then (when quotas follow start dates) one row per
// planned-hire line, each person weighted as the average member of the region.
QList<QuotaHolder> quotaHolders(const Plan &plan);
// A planned-hire line as a quota holder: "Hire: 2 × Account Executive, East".
QString hireQuotaName(const Hire &hire);
// The row for the part of the assigned target no one carries.
QString unassignedQuotaName();

// The quotas of the plan's members and hires, within their regions' targets.
Result<QuotaSplit> planQuotas(const Plan &plan, const Decomposition &decomposition);
// The quotas as the members' split of the decomposition: one row per holder, and a last row for
// what no one carries when there is any. Its rows add up to the target × (1 + over-assignment).
DimensionSplit memberSplit(const Plan &plan, const QuotaSplit &quotas);

// The company's collections from its month targets; none when the plan plans no collections.
std::optional<Result<CollectionPlan>> planCollectionsOf(const Plan &plan,
                                                        const Decomposition &decomposition);

// "Company target ¥1.2亿 · assigned to reps ¥1.32亿 (110 %)".
QString assignedTargetText(const Plan &plan, const QuotaSplit &quotas);
// What the reps carry in all: "¥1.32亿 (110 %)".
QString assignedAmountText(const Plan &plan, const QuotaSplit &quotas);
// The year's collections in one line: "¥1.18亿 to collect in the year; ¥1,339万 still receivable
// at year end".
QString collectionsText(const Plan &plan, const CollectionPlan &collections);

// The findings the quotas and collections raise: quotas that cannot be worked out, a region with
// a target but no reps, months no one carries, a member in a region the plan does not have,
// collection terms that do not add up.
QList<Finding> quotaFindings(const Plan &plan, const PlanSummary &summary);

} // namespace salesplan
