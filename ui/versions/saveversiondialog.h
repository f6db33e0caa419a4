#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace salesplan::ui {

class PlanDocument;

// File ▸ Save Version…: asks for a version's name and author and saves the open plan as that
// version inside its file. A refusal (a name already used) is shown in the dialog, which stays
// open so the name can be changed.
class SaveVersionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SaveVersionDialog(PlanDocument *document, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateOk();

    PlanDocument *m_document;
    QLineEdit *m_name;
    QLineEdit *m_author;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace salesplan::ui
