#pragma once

#include "plan/plan.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace salesplan::ui {

// Plan ▸ Status ▸ Approve…: who approves, on which day, with what comment, and whether the
// narrative stays editable while the plan is approved. The approver's name is remembered
// (QSettings) for the next approval.
class ApproveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApproveDialog(QWidget *parent = nullptr);

    // The approval as filled in; its id is left for the plan to give.
    StatusChange approval() const;
    void accept() override;

private:
    QLineEdit *m_approver;
    QDateEdit *m_date;
    QPlainTextEdit *m_comment;
    QCheckBox *m_narrativeEditable;
};

} // namespace salesplan::ui
