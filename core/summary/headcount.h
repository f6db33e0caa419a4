#pragma once

#include "calc/funnel.h"
#include "check/findings.h"
#include "plan/period.h"
#include "plan/plan.h"

#include <QString>

// The headcount told one way wherever the figures are: the overview, the funnel panel, the
// findings, the report and the command line. Two views that differ and must say which they are:
// the year's headcount (the reps the year's activity needs at full speed, plus attrition) and the
// tightest month (capacity by month: each member from the start month, ramping up).
namespace salesplan {

struct PlanSummary;

// A labelled statement: "Headcount for the year" and what the figures say.
struct HeadcountLine
{
    QString label;
    QString text;
    // "Label: text", for a finding or a paragraph.
    QString sentence() const;
};

// "15 to employ (12 at full speed + 3 for attrition); the team has 12 → 3 to hire."
HeadcountLine yearHeadcountLine(const BackwardResult &funnel);

// The plan month with the fewest reps to spare (the most short), the earliest of equals; -1
// when the plan has no months.
int tightestMonth(const CapacityPlan &capacity);
// "December, 17 needed at full speed, 12.8 available → 5 short; the first month short is May."
// The texts need no plural forms: the label says what is counted.
HeadcountLine tightestMonthLine(const CapacityPlan &capacity, const Period &period);

// The warnings the headcount raises, in the words above: the team short for the year, a month
// short of reps, or an activity that cannot be worked out.
QList<Finding> headcountFindings(const Plan &plan, const PlanSummary &summary);

} // namespace salesplan
