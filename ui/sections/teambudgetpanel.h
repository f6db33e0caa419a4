#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace salesplan::ui {

class PlanDocument;

// The figures of the Team page's Budget tab: the sales budget by month and category with the
// quarters and the year (core/summary/salesbudget.h), and the cost of sales in one line — its
// share of the target, per won deal and against the limit. Read-only; it follows every edit.
class TeamBudgetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TeamBudgetPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the budget of the document's plan as it is now.
    void refresh();

private:
    PlanDocument *m_document;
    QLabel *m_problem = nullptr;
    QLabel *m_costOfSales = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace salesplan::ui
