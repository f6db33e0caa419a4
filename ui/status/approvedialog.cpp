#include "status/approvedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

const QString lastApproverKey = QStringLiteral("approval/lastApprover");

} // namespace

ApproveDialog::ApproveDialog(QWidget *parent)
    : QDialog(parent)
    , m_approver(new QLineEdit(QSettings().value(lastApproverKey).toString(), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_comment(new QPlainTextEdit(this))
    , m_narrativeEditable(new QCheckBox(tr("Allow editing the &narrative while approved"), this))
{
    setWindowTitle(tr("Approve the Plan"));
    m_approver->setObjectName(QStringLiteral("approver"));
    m_approver->setPlaceholderText(tr("Who approves the plan"));
    m_date->setObjectName(QStringLiteral("approvalDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    m_narrativeEditable->setObjectName(QStringLiteral("narrativeEditable"));
    m_narrativeEditable->setToolTip(tr("The mission, market texts, training plan and notes may "
                                       "still be edited; the targets, team and tables stay "
                                       "locked until the plan is reopened as a draft."));

    auto *explanation = new QLabel(tr("Approving locks the plan's targets, team and tables. "
                                      "Actuals, the monthly review and adjustments of the "
                                      "remaining months can still be entered. The approved "
                                      "plan is also saved as a version, and the edits before "
                                      "it can no longer be undone."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Approved by:"), m_approver);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_narrativeEditable);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApproveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApproveDialog::reject);
    // The approval names its approver: leadership reads who approved the plan.
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk = [this, ok] {
        ok->setEnabled(!m_approver->text().trimmed().isEmpty());
    };
    connect(m_approver, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

StatusChange ApproveDialog::approval() const
{
    StatusChange change;
    change.status = PlanStatus::Approved;
    change.by = m_approver->text().trimmed();
    change.date = m_date->date();
    change.comment = m_comment->toPlainText().trimmed();
    change.narrativeEditable = m_narrativeEditable->isChecked();
    return change;
}

void ApproveDialog::accept()
{
    if (!m_approver->text().trimmed().isEmpty())
        QSettings().setValue(lastApproverKey, m_approver->text().trimmed());
    QDialog::accept();
}

} // namespace salesplan::ui
