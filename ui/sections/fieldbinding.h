#pragma once

#include "plan/plan.h"

#include <QString>

#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace salesplan::ui {

class PlanDocument;

// A merge key for the undo stack that is the same for every edit of one field, so typing into
// the field is one undo step. `fieldKey` is the field's stable key, e.g. "mission.mission".
int mergeKeyFor(const QString &fieldKey);

// How a text field of the plan is read and written.
struct TextField
{
    QString key;      // stable field key, e.g. "mission.valueProposition"; also the objectName
    QString undoText; // e.g. tr("Edit value proposition")
    std::function<QString(const Plan &)> read;
    std::function<void(Plan &, const QString &)> write;
};

// Binds an editor to a text field: each keystroke is an edit of the plan (typing merges into
// one undo step), and the editor shows the plan's value again whenever it changes (undo, redo,
// another window). The editor's objectName becomes the field key. A multi-line editor also
// offers the plan's live figures as `{` is typed (LiveFigureCompleter).
void bindText(QLineEdit *editor, PlanDocument *document, const TextField &field);
void bindText(QPlainTextEdit *editor, PlanDocument *document, const TextField &field);

} // namespace salesplan::ui
