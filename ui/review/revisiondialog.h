#pragma once

#include "plan/plan.h"

#include <QDialog>

class QLineEdit;
class QWidget;

namespace salesplan::ui {

class PlanDocument;

// "Adjust the remaining months": at a reviewed month, shows what is still to book to reach the
// approved annual target spread over the months after it (core/calc/revision.h) — the gap, and
// each remaining month's target now and adjusted — with a note, and on OK adds the new version of
// the targets to the plan as one undoable edit. The approved target stays as it is.
class AdjustRemainingMonthsDialog : public QDialog
{
    Q_OBJECT
public:
    // For the plan's month `monthIndex` (0–11); check canAdjust() before showing it.
    AdjustRemainingMonthsDialog(PlanDocument *document, int monthIndex, QWidget *parent = nullptr);

    // Whether the months can be adjusted; when not, problem() says why in words.
    bool canAdjust() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // The revision OK adds (without its id).
    const TargetRevision &revision() const { return m_revision; }

    void accept() override;

private:
    QWidget *makeSummary(const MonthValues &current, bool revised);
    QWidget *makeTable(const MonthValues &current, bool revised);
    QString money(qint64 minor) const;

    PlanDocument *m_document;
    int m_monthIndex;
    TargetRevision m_revision;
    QString m_problem;
    QLineEdit *m_note = nullptr;
};

// Shows the dialog for the plan's month `monthIndex` and, on OK, adds the revision as one
// undoable edit; says in a message box why when the months cannot be adjusted. Returns whether a
// revision was added.
bool adjustRemainingMonths(PlanDocument *document, int monthIndex, QWidget *parent);

} // namespace salesplan::ui
