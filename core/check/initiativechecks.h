#pragma once

#include "check/findings.h"
#include "plan/plan.h"

#include <QDate>
#include <QList>

// The action plan's findings: initiatives dated outside the plan year or due before they start,
// owned by someone not on the team, spending more than their budget, or overdue (with their
// milestones) on a given day.
// "Today" is always passed in, so that the same plan gives the same findings in every test.
namespace salesplan {

// Whether `initiative` is overdue on `today`: its due date has passed and it is neither done
// nor dropped.
bool isOverdue(const Initiative &initiative, const QDate &today);
// Whether `milestone` of `initiative` is overdue on `today`: its date has passed, it is not done
// and its initiative is still open (a done or dropped initiative's milestones are history).
bool isOverdue(const Milestone &milestone, const Initiative &initiative, const QDate &today);
// Whether it has spent more than its budget.
bool isOverspent(const Initiative &initiative);

// The findings that need no date: dates outside the plan year (a warning), a due date before
// the start (an error), an owner not on the team (a hint: marketing or a partner may own one)
// and spend above the budget (a warning). checkPlan() adds them.
void checkInitiatives(const Plan &plan, QList<Finding> &findings);
// A warning for each initiative and each milestone overdue on `today`.
QList<Finding> overdueFindings(const Plan &plan, const QDate &today);
// Adds the overdue findings of `today` to `findings` (a summary's) and sorts them again: the
// window, `salesplan check` and `summary` show them with the plan's other findings.
void addOverdueFindings(QList<Finding> &findings, const Plan &plan, const QDate &today);

} // namespace salesplan
