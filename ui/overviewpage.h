#pragma once

#include "check/findings.h"
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
// and has, the status of the plan in execution once actuals are booked, and the findings.
// Everything shown comes from the Plan and its summary when shown.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // Shows `plan` with its figures and findings, `summary`.
    void showPlan(const Plan &plan, const PlanSummary &summary);

signals:
    // A finding was double-clicked or chosen with Enter: the window shows its field.
    void findingActivated(const salesplan::Finding &finding);

private:
    // Each key figure a name and a value label, both explaining how the figure is computed.
    void showKeyFigures(const Plan &plan, const PlanSummary &summary);
    void showQuarters(const Plan &plan, const PlanSummary &summary);
    void showMonths(const Plan &plan, const PlanSummary &summary);
    void showFindings(const PlanSummary &summary);
    // The review of the last month with actuals, when the plan year has any.
    void showStatus(const Plan &plan, const PlanSummary &summary);

    QLabel *m_title = nullptr;
    QWidget *m_figures = nullptr; // the key figures' labels, in a grid
    QLabel *m_statusHeading = nullptr;
    QLabel *m_status = nullptr; // hidden while the plan year has no actuals
    QTableWidget *m_quarters = nullptr;
    QTableWidget *m_months = nullptr;
    QListWidget *m_findings = nullptr;
    QList<Finding> m_shownFindings; // in the order of m_findings' rows
};

} // namespace salesplan::ui
