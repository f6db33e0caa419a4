#pragma once

#include "plan/plan.h"

#include <QString>

// How each computed figure people see is worked out, in words and with the plan's own numbers:
// "Deals to win = annual target ÷ average deal size, rounded up = ¥50,000,000 ÷ ¥200,000 = 250".
// The one description of the formulas behind the figures: the overview, the Targets page and the
// what-if table show it as "What's this?", and link to the guide's page on the numbers.
namespace salesplan {

struct PlanSummary;

enum class Figure {
    AnnualTarget,
    Growth,
    StretchTier,
    ChallengeTier,
    AssignedToReps,
    Collections,
    Deals,
    Proposals,
    QualifiedLeads,
    Leads,
    Calls,
    WorkingDays,
    CallsPerDay,
    DemosPerDay,
    QualifiedPerDay,
    RepsRequired,
    HeadcountRequired,
    YearHeadcount,
    TightestMonth,
    MarketingBudget,
    QuarterTarget,     // of the quarter `index` (0–3)
    MonthTarget,       // of the plan month `index` (0–11)
    MonthRepsRequired, // of the plan month `index`
    MonthRepsAvailable,
    CostOfSales,
    TeamSize,       // the members and planned hires
    CallsPerRepDay, // calls a day over the team
    HeadcountGap,   // reps to employ less the members and planned hires
};

struct FigureExplanation
{
    QString title;   // the figure's name: "Deals to win"
    QString formula; // in words: "Deals to win = annual target ÷ average deal size, rounded up"
    // The formula with the plan's numbers and its result: "= ¥50,000,000 ÷ ¥200,000 = 250"; or,
    // when the plan cannot give the figure, why.
    QString worked;
    // The guide's page (and anchor) that tells more: "numbers.html#funnel".
    QString guidePage;
};

// The formula of `figure` in words alone, for a figure shown without the plan's numbers beside
// it (a what-if scenario's column).
QString figureFormula(Figure figure);

// `figure` of `plan` (whose figures are `summary`) explained; `index` picks the quarter or month.
FigureExplanation explainFigure(const Plan &plan, const PlanSummary &summary, Figure figure,
                                int index = 0);

} // namespace salesplan
