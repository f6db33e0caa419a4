#pragma once

#include "plan/plan.h"
#include "reportwriter.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan::ui {

// The report's "Cost of the plan": commission at plan and at the stretch tier, tools, marketing,
// the total as a share of the target and per won deal, and what is not in it.
class CostSection
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::CostSection)
public:
    static QString title() { return tr("Cost of the plan"); }
    // `budgetPage` is where the sales budget, the cost of sales, stands.
    static void write(ReportWriter &writer, const Plan &plan, const PlanSummary &summary,
                      int budgetPage);
    // The total for the executive summary: "¥654.2万 (5.5 % of the target):" and on a second
    // line "commission at plan ¥600万 + tools ¥18万 + marketing ¥36.2万".
    static QString totalLine(const PlanCost &cost);
};

} // namespace salesplan::ui
