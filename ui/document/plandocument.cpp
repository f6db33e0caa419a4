#include "plandocument.h"

#include "check/initiativechecks.h"
#include "exchange/planio.h"
#include "language/language.h"
#include "plan/approval.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "plan/renames.h"
#include "planeditcommand.h"
#include "store/planfile.h"

#include <QUndoStack>

#include <algorithm>

namespace salesplan::ui {

PlanDocument::PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
{}

PlanDocument::~PlanDocument()
{
    // The commands refer to this document; let them go while it is whole.
    m_undoStack->clear();
}

const Plan &PlanDocument::plan() const
{
    return m_file->plan();
}

QString PlanDocument::filePath() const
{
    return m_file->path();
}

bool PlanDocument::isReadOnly() const
{
    return m_file->isReadOnly();
}

QString PlanDocument::readOnlyReason() const
{
    return m_file->readOnlyReason();
}

PlanDocument::SummaryContext PlanDocument::currentContext()
{
    return {Translators::current(), largeAmountsInWanYi(), QDate::currentDate()};
}

const PlanSummary &PlanDocument::summary() const
{
    const SummaryContext context = currentContext();
    if (!m_summary || m_summaryContext != context) {
        m_summary = summarizePlan(plan());
        addOverdueFindings(m_summary->findings, plan(), context.today);
        m_summary->team = consolidateUnits();
        m_summaryContext = context;
        m_reviews = {};
        // The summary already reviewed the last month with actuals: that month is not worked
        // out again.
        if (const std::optional<PlanReview> &latest = m_summary->review)
            m_reviews.at(std::size_t(latest->monthIndex)) = *latest;
    }
    return *m_summary;
}

std::shared_ptr<const Consolidation> PlanDocument::consolidateUnits() const
{
    if (plan().units.isEmpty())
        return nullptr;
    return std::make_shared<const Consolidation>(
        consolidate(plan(), m_unitPlans.read(plan(), filePath())));
}

bool PlanDocument::refreshUnitPlans()
{
    if (plan().units.isEmpty())
        return false;
    const int readsBefore = m_unitPlans.fileReads();
    const QList<UnitInput> units = m_unitPlans.read(plan(), filePath());
    if (m_unitPlans.fileReads() == readsBefore)
        return false; // no file changed on disk
    if (m_summary)
        m_summary->team = std::make_shared<const Consolidation>(consolidate(plan(), units));
    emit unitPlansChanged();
    return true;
}

const Result<PlanReview> &PlanDocument::review(int monthIndex) const
{
    const PlanSummary &figures = summary(); // first: a new wording clears the reviews
    const int month = std::clamp(monthIndex, 0, Period::monthCount - 1);
    std::optional<Result<PlanReview>> &review = m_reviews.at(std::size_t(month));
    if (!review)
        review = reviewPlan(plan(), figures, month);
    return *review;
}

bool PlanDocument::edit(const QString &text, const Change &change, int mergeKey)
{
    Plan after = plan();
    change(after);
    followRenamedKpis(plan(), after); // in the same undo step as the rename
    if (after == plan())
        return true;
    if (const QString reason = lockedChangeReason(plan(), after); !reason.isEmpty()) {
        emit editRefused(reason);
        // The field that was typed into shows the plan's value again.
        emit changed(PlanPart::Info);
        return false;
    }
    const Plan wanted = after; // shares its data with `after`: a cheap copy
    // push() runs redo(); a failed write marks the command obsolete and the stack drops it.
    m_undoStack->push(new PlanEditCommand(this, text, plan(), std::move(after), mergeKey));
    return plan() == wanted;
}

bool PlanDocument::setStatus(const StatusChange &change)
{
    const PlanStatus from = plan().info.status;
    if (!canChangeStatus(from, change.status)) {
        emit editRefused(tr("The plan is %1: it cannot move to %2.")
                             .arg(choiceName(from), choiceName(change.status)));
        return false;
    }
    QString text = tr("Reopen as draft");
    if (change.status == PlanStatus::InReview)
        text = tr("Submit for review");
    else if (change.status == PlanStatus::Approved)
        text = tr("Approve");
    if (!edit(text, [&change](Plan &plan) { changeStatus(plan, change); }))
        return false;
    if (change.status == PlanStatus::Approved) {
        if (const Result<RowId> saved = saveVersion(approvalVersionName(change), change.by); !saved)
            emit writeFailed(saved.error().message());
        // The approved plan is where Undo stops: undoing the approval would drop it from the log
        // without a reason, and the edits before it would change a locked plan. Reopen as Draft
        // is the way back.
        m_undoStack->clear();
    }
    return true;
}

QString PlanDocument::approvalVersionName(const StatusChange &approval) const
{
    QStringList taken;
    if (const Result<QList<PlanVersion>> versions = m_file->versions())
        for (const PlanVersion &version : *versions)
            taken.append(version.name);
    return salesplan::approvalVersionName(approval, taken);
}

Result<PlanWithVersions> PlanDocument::withVersions() const
{
    Result<QList<VersionRecord>> versions = savedVersions(*m_file);
    if (!versions)
        return versions.error();
    return PlanWithVersions{plan(), *versions};
}

Status PlanDocument::saveCopyAs(const QString &path)
{
    return m_file->saveCopyAs(path);
}

Result<RowId> PlanDocument::saveVersion(const QString &name, const QString &author)
{
    Result<RowId> saved = m_file->saveVersion(name, author);
    if (saved)
        emit versionsChanged();
    return saved;
}

Result<QList<PlanVersion>> PlanDocument::versions() const
{
    return m_file->versions();
}

Result<Plan> PlanDocument::versionPlan(RowId id) const
{
    return m_file->versionPlan(id);
}

Status PlanDocument::restoreVersion(const PlanVersion &version)
{
    const Result<Plan> restored = m_file->versionPlan(version.id);
    if (!restored)
        return restored.error();
    // The plan's status and its log are where the plan stands now, not content of a version:
    // restoring keeps them, so an approved plan refuses the restore as it refuses any edit.
    Plan wanted = *restored;
    wanted.info.status = plan().info.status;
    wanted.info.statusLog = plan().info.statusLog;
    wanted.teamServer = plan().teamServer; // what the server holds, not content of a version
    // Ids handed out since the version stay taken, and the kept log's rows take new ones: an id
    // given back by Undo may be in the version too.
    wanted.ids.reserveAbove(plan().ids.peek() - 1);
    for (StatusChange &change : wanted.info.statusLog)
        change.id = wanted.ids.take();
    if (const QString reason = lockedChangeReason(plan(), wanted); !reason.isEmpty())
        return Error{{}, reason};
    if (!edit(tr("Restore Version “%1”").arg(version.name),
              [&wanted](Plan &open) { open = wanted; }))
        return Error{{}, tr("The plan file could not be written.")};
    return Success{};
}

Status PlanDocument::deleteVersion(RowId id)
{
    const Status deleted = m_file->deleteVersion(id);
    if (deleted)
        emit versionsChanged();
    return deleted;
}

Status PlanDocument::recordTeamServerBasis(const TeamServerBasis &basis)
{
    Plan recorded = plan();
    recorded.teamServer = basis;
    return commitPlan(recorded);
}

Status PlanDocument::commitPlan(const Plan &plan)
{
    const Plan before = m_file->plan(); // shares its data with the file's plan: a cheap copy
    const Status written = m_file->commit(plan);
    if (!written) {
        emit writeFailed(written.error().message());
        return written;
    }
    const PlanChanges changes = changedParts(before, m_file->plan());
    if (changes) {
        // The figures and findings never read the scenarios: editing one keeps them.
        if (changes & ~PlanChanges(PlanPart::Scenarios))
            m_summary.reset();
        emit changed(changes);
    }
    return written;
}

} // namespace salesplan::ui
