#include "plan/approval.h"

#include "plan/choices.h"
#include "plan/format.h"
#include "plan/narrative.h"
#include "plan/planchanges.h"

namespace salesplan {

namespace {

// `after` with what an approved plan lets change put back as it was in `before`.
Plan withoutAllowedChanges(const Plan &before, const Plan &after, bool narrativeEditable)
{
    Plan kept = after;
    kept.info.status = before.info.status;
    kept.info.statusLog = before.info.statusLog;
    kept.history = before.history;
    kept.kpiActuals = before.kpiActuals;
    kept.metrics.reviewLog = before.metrics.reviewLog;
    kept.targets.revisions = before.targets.revisions;
    kept.presentationDeck = before.presentationDeck;
    kept.speakerNotes = before.speakerNotes;
    kept.scenarios = before.scenarios; // a what-if never changes the plan itself
    kept.ids = before.ids;
    if (narrativeEditable)
        copyNarrative(before, kept);
    return kept;
}

QString lockedPartReason(PlanChanges parts)
{
    if (parts.testFlag(PlanPart::Targets))
        return Approval::tr("The plan is approved: its targets are locked. Reopen it as a draft "
                            "to change them.");
    if (parts.testFlag(PlanPart::Team))
        return Approval::tr("The plan is approved: its team and quotas are locked. Reopen it as "
                            "a draft to change them.");
    return Approval::tr("The plan is approved: it is locked as approved. Reopen it as a draft "
                        "to change it.");
}

} // namespace

bool canChangeStatus(PlanStatus from, PlanStatus to)
{
    switch (to) {
    case PlanStatus::InReview:
        return from == PlanStatus::Draft;
    case PlanStatus::Approved:
        return from == PlanStatus::InReview;
    case PlanStatus::Draft:
        return from != PlanStatus::Draft;
    }
    return false;
}

void changeStatus(Plan &plan, StatusChange change)
{
    change.id = plan.ids.take();
    plan.info.status = change.status;
    plan.info.statusLog.append(change);
}

std::optional<StatusChange> currentApproval(const PlanInfo &info)
{
    if (info.status != PlanStatus::Approved || info.statusLog.isEmpty() ||
        info.statusLog.last().status != PlanStatus::Approved)
        return std::nullopt;
    return info.statusLog.last();
}

std::optional<StatusChange> lastReopening(const PlanInfo &info)
{
    for (qsizetype i = info.statusLog.size() - 1; i >= 0; --i) {
        if (info.statusLog.at(i).status == PlanStatus::Draft)
            return info.statusLog.at(i);
    }
    return std::nullopt;
}

QString lockedChangeReason(const Plan &before, const Plan &after)
{
    if (before.info.status != PlanStatus::Approved)
        return {};
    const std::optional<StatusChange> approval = currentApproval(before.info);
    const bool narrativeEditable = approval && approval->narrativeEditable;
    const Plan kept = withoutAllowedChanges(before, after, narrativeEditable);
    if (kept == before)
        return {};
    if (!narrativeEditable) {
        Plan textsKept = kept;
        copyNarrative(before, textsKept);
        if (textsKept == before)
            return Approval::tr("The plan is approved and its narrative was locked with it. "
                                "Reopen it as a draft to change the texts.");
    }
    return lockedPartReason(changedParts(before, kept));
}

QString approvalLine(const PlanInfo &info)
{
    if (info.status != PlanStatus::Approved)
        return {};
    const std::optional<StatusChange> approval = currentApproval(info);
    if (!approval) // approved before SalesPlan kept the status log
        return choiceName(info.status);
    const QString date = formatDay(approval->date);
    if (approval->by.isEmpty())
        return Approval::tr("Approved on %1").arg(date);
    return Approval::tr("Approved by %1 on %2").arg(approval->by, date);
}

QString approvalVersionName(const StatusChange &approval, const QStringList &taken)
{
    const QString date = approval.date.toString(Qt::ISODate);
    const QString by = approval.by.trimmed();
    const QString base = by.isEmpty() ? Approval::tr("Approved %1").arg(date)
                                      : Approval::tr("Approved %1 by %2").arg(date, by);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

QString statusLine(const PlanInfo &info)
{
    const QString approved = approvalLine(info);
    return approved.isEmpty() ? choiceName(info.status) : approved;
}

} // namespace salesplan
