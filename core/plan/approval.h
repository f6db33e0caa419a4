#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The status workflow of a plan: Draft → In review → Approved, and back to Draft with a reason.
// An approved plan keeps its targets, team and tables as approved; what may still change is the
// plan in execution (actuals, the review log, "Adjust the remaining months"), the presentation
// deck, the status itself, and the narrative texts when the approval allowed them.
namespace salesplan {

struct Approval
{
    Q_DECLARE_TR_FUNCTIONS(Approval)
};

// Whether a plan of status `from` may move to `to`: submitted from Draft, approved from In
// review, reopened as Draft from In review or Approved.
bool canChangeStatus(PlanStatus from, PlanStatus to);

// Moves the plan to `change.status`, recording `change` (with a fresh row id) in the status log.
// The caller checks canChangeStatus() first.
void changeStatus(Plan &plan, StatusChange change);

// The approval in force: the last change of the status log when the plan is approved by it.
std::optional<StatusChange> currentApproval(const PlanInfo &info);
// The last time the plan was sent back to Draft from review or approval, if ever.
std::optional<StatusChange> lastReopening(const PlanInfo &info);

// Why changing the plan `before` into `after` is refused, in words ("The plan is approved: its
// targets are locked. Reopen it as a draft to change them."); empty when the change is allowed.
QString lockedChangeReason(const Plan &before, const Plan &after);

// "Approved by 王总 on 2027-01-15" (the date as formatDay() writes it); "Approved" for a plan
// approved with no approval on record (a file older than the status log); empty when the plan is
// not approved.
QString approvalLine(const PlanInfo &info);
// The name of the version an approval saves: "Approved 2027-01-15 by 王总", with " (2)", " (3)"...
// when that name is among `taken`.
QString approvalVersionName(const StatusChange &approval, const QStringList &taken);

// The plan's status in words: approvalLine() when approved, else "Draft" or "In review".
QString statusLine(const PlanInfo &info);

} // namespace salesplan
