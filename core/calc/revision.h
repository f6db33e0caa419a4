#pragma once

#include "calc/attainment.h"
#include "plan/period.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>

// "Adjust the remaining months": a new version of the company's month targets made at a monthly
// review, spreading what is still to book to reach the approved annual target over the months
// after the reviewed one, and the targets in force once such a version exists. The approved
// target (annual, seasonality, decomposition) is never changed.
namespace salesplan {

// The month targets of a revision made at the plan's month `monthIndex` (0–11), to be stored as
// TargetRevision::months: each month up to `monthIndex` holds what it booked; what is still to
// book of `annual` (the approved annual target) is spread over the months after it in proportion
// to their targets in `inForce`, evenly when they are all zero, with largest-remainder rounding,
// so that the twelve months add up to `annual` exactly. Refused in words when no month is left
// or more than `annual` is already booked (a remaining month would go below zero).
Result<MonthValues> adjustedMonths(const MonthValues &inForce, qint64 annual,
                                   const MonthActuals &actuals, int monthIndex,
                                   const QString &currency);

// Whether `revision` can be in force for a plan whose approved company months are `approved`:
// its first month lies in the plan year after the first month, its months add up to the
// approved annual target and none from its first month on is negative. A revision made before
// the annual target was changed is not.
bool revisionFits(const TargetRevision &revision, const MonthValues &approved,
                  const Period &period);

// The revision in force: the plan's last, when it fits (see revisionFits), else none.
const TargetRevision *revisionInForce(const QList<TargetRevision> &revisions,
                                      const MonthValues &approved, const Period &period);

// The company's month targets in force: the approved ones before the revision's first month, the
// revision's from it on; the approved ones when there is no revision.
MonthValues targetsInForce(const MonthValues &approved, const TargetRevision *revision,
                           const Period &period);

// An item's (region, product line, member) month targets under the company's targets in force:
// in each month the company's target changed, the items take the changed month at their own
// proportion to the company's month (exactly it for regions and product lines; for members, whose
// quotas carry the over-assignment, that much more), split in proportion to their approved month
// targets `items` (by their annual targets when those are all zero that month, else evenly) with
// largest-remainder rounding. Months where `inForce` equals `approved` keep the approved targets.
QList<MonthValues> itemTargetsInForce(const QList<MonthValues> &items, const MonthValues &approved,
                                      const MonthValues &inForce);

// What a revision adds to the months from its first one on, against `approved` (negative when
// it lowers them).
qint64 revisionChange(const TargetRevision &revision, const MonthValues &approved,
                      const Period &period);

} // namespace salesplan
