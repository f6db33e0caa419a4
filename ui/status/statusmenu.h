#pragma once

#include <QMenu>

#include <functional>

namespace salesplan::ui {

class PlanDocument;

// File ▸ Status: Submit for Review, Approve… and Reopen as Draft… over the open plan, each one
// undoable edit (PlanDocument::setStatus); only the moves the plan's status allows are enabled.
class StatusMenu : public QMenu
{
    Q_OBJECT
public:
    // `document` gives the open plan, or null when none is open; the dialogs open over
    // `window`.
    StatusMenu(std::function<PlanDocument *()> document, QWidget *window, QWidget *parent);

private:
    void updateActions();
    void submit();
    void approve();
    void reopen();

    std::function<PlanDocument *()> m_document;
    QWidget *m_window;
    QAction *m_submit;
    QAction *m_approve;
    QAction *m_reopen;
};

} // namespace salesplan::ui
