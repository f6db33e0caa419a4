#include "status/reopendialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesplan::ui {

ReopenDialog::ReopenDialog(const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_by(new QLineEdit(author, this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reopen as Draft"));
    m_by->setObjectName(QStringLiteral("reopenedBy"));
    m_reason->setObjectName(QStringLiteral("reopenReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. Leadership cut the target by 10 %"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reopen"));

    auto *explanation = new QLabel(tr("The plan goes back to a draft and can be edited again. "
                                      "The reason is kept with the plan."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&By:"), m_by);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReopenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReopenDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReopenDialog::updateOk);
    updateOk();
    m_reason->setFocus();
}

void ReopenDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

StatusChange ReopenDialog::reopening() const
{
    StatusChange change;
    change.status = PlanStatus::Draft;
    change.by = m_by->text().trimmed();
    change.date = QDate::currentDate();
    change.comment = m_reason->toPlainText().trimmed();
    return change;
}

} // namespace salesplan::ui
