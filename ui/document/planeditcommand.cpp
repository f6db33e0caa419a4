#include "planeditcommand.h"

#include "plandocument.h"

namespace salesplan::ui {

PlanEditCommand::PlanEditCommand(PlanDocument *document, const QString &text, Plan before,
                                 Plan after, int mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{}

void PlanEditCommand::redo()
{
    m_succeeded = bool(m_document->commitPlan(withCurrentBasis(m_after)));
    if (!m_succeeded)
        setObsolete(true);
}

void PlanEditCommand::undo()
{
    m_succeeded = bool(m_document->commitPlan(withCurrentBasis(m_before)));
}

Plan PlanEditCommand::withCurrentBasis(Plan plan) const
{
    plan.teamServer = m_document->plan().teamServer;
    return plan;
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PlanEditCommand *>(other);
    if (!next->m_succeeded)
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace salesplan::ui
