#pragma once

#include "plan/plan.h"
#include "reportwriter.h"
#include "summary/plansummary.h"

#include <QCoreApplication>

namespace salesplan::ui {

// The report's "From last year to this year": for the regions and the product lines that have
// last year's history, the waterfall and a table of each item's last year, this year, change and
// change %, with a total row. Nothing when neither has history.
class BridgeSection
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::BridgeSection)
public:
    static void write(ReportWriter &writer, const Plan &plan, const PlanSummary &summary);
};

} // namespace salesplan::ui
