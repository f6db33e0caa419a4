#pragma once

#include "plan/plan.h"
#include "reportwriter.h"
#include "summary/plansummary.h"
#include "team/consolidation.h"

#include <QCoreApplication>

namespace salesplan::ui {

// The report's "Team consolidation", for a team plan: each unit's allocation against its own
// target with the gap, headcount, budget and status in words and as the "units" chart (the
// Charts page's and the deck's), then the units' figures added up
// by quarter, region and product line ("2 of 3 units": a missing unit is named, never counted as
// zero), and the consolidation's findings.
class ConsolidationSection
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::ConsolidationSection)
public:
    static QString title() { return tr("Team consolidation"); }
    // `plan` and `summary` are the team plan's: the chart is drawn from them with `consolidation`.
    static void write(ReportWriter &writer, const Consolidation &consolidation, const Plan &plan,
                      const PlanSummary &summary);
};

} // namespace salesplan::ui
