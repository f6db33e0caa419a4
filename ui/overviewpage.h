#pragma once

#include "plan/plan.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QListWidget;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

// The plan at a glance: key figures, quarter and month targets beside the reps each month needs
// and has, and the findings. Everything shown is derived from the Plan when it is shown.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void showPlan(const Plan &plan);

private:
    void showQuarters(const Plan &plan, const PlanSummary &summary);
    void showMonths(const Plan &plan, const PlanSummary &summary);
    void showFindings(const PlanSummary &summary);

    QLabel *m_title = nullptr;
    QLabel *m_figures = nullptr;
    QTableWidget *m_quarters = nullptr;
    QTableWidget *m_months = nullptr;
    QListWidget *m_findings = nullptr;
};

} // namespace salesplan::ui
