#pragma once

#include "plan/plan.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QListWidget;

namespace salesplan::ui {

// The plan at a glance: key figures, the quarter and month targets, reps needed, and findings.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void showPlan(const Plan &plan);

private:
    QLabel *m_title = nullptr;
    QLabel *m_figures = nullptr;
    QTableWidget *m_months = nullptr;
    QListWidget *m_findings = nullptr;
};

} // namespace salesplan::ui
