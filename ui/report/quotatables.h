#pragma once

#include "plan/plan.h"
#include "reportwriter.h"
#include "summary/plansummary.h"

#include <QList>
#include <QStringList>

// The report's quota tables: who carries which part of the target, on what basis and from when,
// and each person's quota by quarter. One row per quota holder (members, planned-hire lines and
// what no one carries), in the order of the members' split.
namespace salesplan::ui {

struct QuotaTable
{
    QList<TableColumn> columns;
    QList<QStringList> rows;
};

// Name, region, basis (fixed or share), annual quota, share of the region, first month.
QuotaTable quotasByPerson(const Plan &plan, const PlanSummary &summary);
// Name, the four quarters and the year, with a total row.
QuotaTable quotasByQuarter(const Plan &plan, const PlanSummary &summary);
// How the quotas were set, in one sentence: start dates and ramp, over-assignment.
QString quotaBasisSentence(const Plan &plan);

} // namespace salesplan::ui
