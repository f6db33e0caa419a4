#pragma once

#include "calc/funnel.h"
#include "plan/money.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QString>

#include <cstdlib>
#include <optional>

// The what-if table and the sensitivity of headcount: the figures of the baseline and of each
// scenario, worked out with the same funnel, capacity and cost calculations as the plan's summary
// (calc/funnel, summary/plancost), but only those — cheap enough to redo on every edit.
namespace salesplan {

struct WhatIfFigures
{
    Money target;
    qint64 deals = 0;
    qint64 leads = 0;
    // The calls a working day the target needs, over the reps available; none without reps.
    std::optional<double> callsPerRepDay;
    int repsNeeded = 0;            // reps to employ for the year's activity, attrition included
    int repsAvailable = 0;         // members and planned hires
    int largestMonthShortfall = 0; // reps short in the tightest month (the seasonality shows here)
    Money marketingBudget;         // leads × cost per lead
    Money costOfSales;             // commission at plan + tools + marketing (PlanCost::total())

    // Reps needed − reps available: above zero reps to hire, below zero reps to spare.
    int headcountGap() const { return repsNeeded - repsAvailable; }
};

// One column of the what-if table: the baseline (id 0, no name) or a scenario.
struct WhatIfColumn
{
    RowId id = 0;
    QString name;
    Result<WhatIfFigures> figures = Error{};
};

// The figures of `plan` as it stands (its scenarios play no part). Refused as the funnel refuses
// (a deal size of zero, a rate above 100 %…), in words; `workingDays` by month of the plan year.
Result<WhatIfFigures> whatIfFigures(const Plan &plan, const MonthValues &workingDays);
// The working days of each month of the plan year, as the summary counts them.
MonthValues planWorkingDays(const Plan &plan);

// The baseline, then each of the plan's scenarios in order. A scenario with a refused override
// (checkScenario()) has that error as its figures.
QList<WhatIfColumn> whatIfTable(const Plan &plan);

// How the reps needed move when one driver moves 10 % down and 10 % up from its value in the plan
// (a rate stays within its range). Reps are counted before rounding up (the activity's reps at
// full speed over the share that stays after attrition), so that a small team's swings show.
struct DriverSwing
{
    ScenarioDriver driver;
    double low = 0.0;  // reps needed with the driver 10 % lower
    double high = 0.0; // reps needed with the driver 10 % higher
    double swing() const { return std::abs(high - low); }
};

// The swings of the annual target, deal size, each conversion rate, calls and demos a day and
// attrition, the largest swing first (a tornado chart's order), around the plan's own reps
// needed, `base`, counted the same way. Refused when the plan's own figures are.
struct HeadcountSensitivity
{
    double base = 0.0;
    int repsNeeded = 0; // the base as the plan counts it: rounded up, as WhatIfFigures has it
    QList<DriverSwing> swings;
};
Result<HeadcountSensitivity> headcountSensitivity(const Plan &plan);

// The members on the team and the planned hires, each hire line counted by its people.
int repsAvailable(const Plan &plan);

} // namespace salesplan
