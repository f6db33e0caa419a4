#include "versions/saveversiondialog.h"

#include "document/plandocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesplan::ui {

SaveVersionDialog::SaveVersionDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_author(new QLineEdit(document->plan().info.author, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save Version"));
    m_name->setObjectName(QStringLiteral("versionName"));
    m_name->setPlaceholderText(tr("Submitted to leadership"));
    m_author->setObjectName(QStringLiteral("versionAuthor"));
    m_problem->setObjectName(QStringLiteral("versionProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *explanation = new QLabel(tr("The plan as it is now is kept inside its file under this "
                                      "name, with today's date. Later edits do not change it."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Author:"), m_author);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaveVersionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SaveVersionDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveVersionDialog::updateOk);
    updateOk();
}

void SaveVersionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_name->text().trimmed().isEmpty());
    m_problem->hide();
}

void SaveVersionDialog::accept()
{
    const Result<RowId> saved = m_document->saveVersion(m_name->text(), m_author->text());
    if (!saved) {
        m_problem->setText(saved.error().message());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace salesplan::ui
