#pragma once

#include "plan/plan.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace salesplan::ui {

// The note on a deviation of the monthly review: its cause as a chain of up to five whys (asked
// until the answer is something to act on), the action, its owner, when it is due and whether it
// is done. Edits a copy of one ReviewEntry; the caller writes entry() to the plan.
class ReviewNoteDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int whyCount = 5;

    // `subject` says what deviates in words ("Region 华东 at 80.0% of plan in May 2027");
    // `owners` are the names the owner field completes.
    ReviewNoteDialog(const ReviewEntry &entry, const QString &subject, const QStringList &owners,
                     QWidget *parent = nullptr);

    // The entry as edited: the whys one a line in `cause`, empty ones left out.
    ReviewEntry entry() const;

    // The end of the month after `month`: when an action is due unless set.
    static QDate defaultDue(const QDate &month);

private:
    ReviewEntry m_entry;
    QList<QLineEdit *> m_whys;
    QPlainTextEdit *m_action;
    QLineEdit *m_owner;
    QDateEdit *m_due;
    QCheckBox *m_done;
};

} // namespace salesplan::ui
