#include "status/statusmenu.h"

#include "document/plandocument.h"
#include "plan/approval.h"
#include "status/approvedialog.h"
#include "status/reopendialog.h"

namespace salesplan::ui {

StatusMenu::StatusMenu(std::function<PlanDocument *()> document, QWidget *window, QWidget *parent)
    : QMenu(tr("S&tatus"), parent)
    , m_document(std::move(document))
    , m_window(window)
    , m_submit(addAction(tr("&Submit for Review"), this, &StatusMenu::submit))
    , m_approve(addAction(tr("&Approve…"), this, &StatusMenu::approve))
    , m_reopen(addAction(tr("&Reopen as Draft…"), this, &StatusMenu::reopen))
{
    setObjectName(QStringLiteral("statusMenu"));
    m_submit->setObjectName(QStringLiteral("submitForReviewAction"));
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_reopen->setObjectName(QStringLiteral("reopenAction"));
    m_submit->setStatusTip(tr("Mark the plan as in review, ready for leadership"));
    m_approve->setStatusTip(tr("Record who approved the plan and lock its targets"));
    m_reopen->setStatusTip(tr("Send the plan back to a draft, with the reason"));
    connect(this, &QMenu::aboutToShow, this, &StatusMenu::updateActions);
    updateActions();
}

void StatusMenu::updateActions()
{
    PlanDocument *document = m_document();
    const bool editable = document && !document->isReadOnly();
    const PlanStatus status = editable ? document->plan().info.status : PlanStatus::Draft;
    m_submit->setEnabled(editable && canChangeStatus(status, PlanStatus::InReview));
    m_approve->setEnabled(editable && canChangeStatus(status, PlanStatus::Approved));
    m_reopen->setEnabled(editable && canChangeStatus(status, PlanStatus::Draft));
}

void StatusMenu::submit()
{
    PlanDocument *document = m_document();
    if (!document)
        return;
    StatusChange change;
    change.status = PlanStatus::InReview;
    change.by = document->plan().info.author;
    change.date = QDate::currentDate();
    document->setStatus(change);
}

void StatusMenu::approve()
{
    PlanDocument *document = m_document();
    if (!document)
        return;
    ApproveDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        document->setStatus(dialog.approval());
}

void StatusMenu::reopen()
{
    PlanDocument *document = m_document();
    if (!document)
        return;
    ReopenDialog dialog(document->plan().info.author, m_window);
    if (dialog.exec() == QDialog::Accepted)
        document->setStatus(dialog.reopening());
}

} // namespace salesplan::ui
