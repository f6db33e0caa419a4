#include "plandocument.h"

#include "language/language.h"
#include "plan/format.h"
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

PlanDocument::Wording PlanDocument::currentWording()
{
    return {Translators::current(), largeAmountsInWanYi()};
}

const PlanSummary &PlanDocument::summary() const
{
    const Wording wording = currentWording();
    if (!m_summary || m_summaryWording != wording) {
        m_summary = summarizePlan(plan());
        m_summaryWording = wording;
        m_reviews = {};
        // The summary already reviewed the last month with actuals: that month is not worked
        // out again.
        if (const std::optional<PlanReview> &latest = m_summary->review)
            m_reviews.at(std::size_t(latest->monthIndex)) = *latest;
    }
    return *m_summary;
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
    if (after == plan())
        return true;
    const Plan wanted = after; // shares its data with `after`: a cheap copy
    // push() runs redo(); a failed write marks the command obsolete and the stack drops it.
    m_undoStack->push(new PlanEditCommand(this, text, plan(), std::move(after), mergeKey));
    return plan() == wanted;
}

Status PlanDocument::saveCopyAs(const QString &path)
{
    return m_file->saveCopyAs(path);
}

Result<RowId> PlanDocument::saveVersion(const QString &name, const QString &author)
{
    return m_file->saveVersion(name, author);
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
