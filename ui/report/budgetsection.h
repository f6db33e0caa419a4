#pragma once

#include "plan/plan.h"
#include "reportwriter.h"
#include "summary/plansummary.h"

#include <QCoreApplication>

namespace salesplan::ui {

// The report's "Sales budget", after the cost of the plan: each category by quarter and for the
// year, the cost of sales (the budget, with the cost of the plan as its part) as a share of the
// target and per won deal against the limit, and the budget by month as a stacked bar chart
// (drawn by the caller, which owns the report's charts).
class BudgetSection
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::BudgetSection)
public:
    static QString title() { return tr("Sales budget"); }
    // Writes the heading, the table and the line; false when there is no budget to chart.
    static bool write(ReportWriter &writer, const PlanSummary &summary);
};

} // namespace salesplan::ui
