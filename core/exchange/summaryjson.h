#pragma once

#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QByteArray>

namespace salesplan {

// The derived figures of a plan as JSON, for `salesplan summary --json` and for scripts that
// read a plan's targets. Money is written as exact decimal strings, like the plan exchange format.
QByteArray summaryToJson(const Plan &plan, const PlanSummary &summary);

} // namespace salesplan
