#pragma once

#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QByteArray>
#include <QDate>

namespace salesplan {

// The derived figures of a plan as JSON, for `salesplan summary --json` and for scripts that
// read a plan's targets. Money is written as exact decimal strings, like the plan exchange format.
// `today` tells which initiatives are overdue (the CLI passes the current date).
QByteArray summaryToJson(const Plan &plan, const PlanSummary &summary, const QDate &today);

} // namespace salesplan
