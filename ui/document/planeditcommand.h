#pragma once

#include "plan/plan.h"

#include <QUndoCommand>

namespace salesplan::ui {

class PlanDocument;

// One edit of the plan on the undo stack: the plan before and after it. Plan's lists share their
// data until written, so keeping both costs only the part that changed. Consecutive edits with
// the same merge key (typing into one field) merge into one; a merge that ends where it began is
// dropped.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(PlanDocument *document, const QString &text, Plan before, Plan after,
                    int mergeKey);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

    // False when the last redo or undo could not write the file.
    bool succeeded() const { return m_succeeded; }

private:
    // `plan` with the basis at the team server the document has now: recording it is no edit
    // (PlanDocument::recordTeamServerBasis()), so undo and redo leave it as it is.
    Plan withCurrentBasis(Plan plan) const;

    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
    int m_mergeKey;
    bool m_succeeded = true;
};

} // namespace salesplan::ui
