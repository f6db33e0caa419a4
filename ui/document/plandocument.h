#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace salesplan {
class PlanFile;
}

namespace salesplan::ui {

// The open plan: its PlanFile and the QUndoStack of the edits made to it.
//
// Every edit goes through edit(): it becomes one undo command that changes the plan and commits
// the change to the file in one transaction before it returns; undo and redo write the file the
// same way. Widgets keep no copy of plan data: they read plan() and refresh on sectionChanged.
//
// Ownership: the document owns the PlanFile and the undo stack (and through it the commands).
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    // A change to a plan, applied to a copy of the current plan.
    using Change = std::function<void(Plan &)>;

    explicit PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const;
    QString filePath() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Pushes one undo command named `text` that applies `change` to `section`. Edits that share
    // a non-zero `mergeKey` in a row (typing into one field) merge into one undo step. An edit
    // that would change nothing is dropped. Returns false, after emitting writeFailed, when the
    // file could not be written; the plan then stays as the file has it.
    bool edit(Section section, const QString &text, const Change &change, int mergeKey = 0);

    // Writes a copy of the plan file to `path` (Save As); the document stays on its own file.
    Status saveCopyAs(const QString &path);

    // Writes `plan` to the file and makes it current; used by the undo commands.
    Status commitPlan(const Plan &plan, Section section);

signals:
    // The section whose data changed (after an edit, undo or redo).
    void sectionChanged(salesplan::Section section);
    // A write to the file failed; `message` says why in words.
    void writeFailed(const QString &message);

private:
    std::unique_ptr<PlanFile> m_file;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace salesplan::ui
