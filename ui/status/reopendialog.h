#pragma once

#include "plan/plan.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace salesplan::ui {

// Plan ▸ Status ▸ Reopen as Draft…: why the plan goes back to a draft (required) and who
// reopens it; the reason stays in the plan's status log for leadership to read.
class ReopenDialog : public QDialog
{
    Q_OBJECT
public:
    ReopenDialog(const QString &author, QWidget *parent = nullptr);

    // The reopening as filled in, dated today; its id is left for the plan to give.
    StatusChange reopening() const;

private:
    void updateOk();

    QLineEdit *m_by;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace salesplan::ui
