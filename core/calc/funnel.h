#pragma once

#include "plan/money.h"
#include "plan/period.h"
#include "plan/result.h"

#include <QDate>
#include <QList>

// The funnel and capacity solver: from a revenue target back to the activity and reps it needs,
// and from a team forward to the revenue it can deliver.
//
// The funnel is lead → qualified lead → demo/proposal → won deal. Calls make leads
// (callsPerLead); a rep makes callsPerDay calls and demosPerDay demos on a working day.
// Counts that people must reach are rounded up; counts a team produces are rounded down.
namespace salesplan {

struct FunnelRates
{
    double leadToQualified = 1.0;
    double qualifiedToProposal = 1.0;
    double proposalToWon = 1.0;
    double overall() const { return leadToQualified * qualifiedToProposal * proposalToWon; }
};

struct RepCapacity
{
    double callsPerDay = 40.0;
    double demosPerDay = 5.0;
};

struct BackwardInputs
{
    Money revenueTarget;
    Money averageDealSize;
    FunnelRates rates;
    double callsPerLead = 1.0;
    int workingDays = 250;
    RepCapacity capacity;
    double annualAttrition = 0.0; // share of reps expected to leave in the year, [0, 1)
    int headcount = 0;            // reps on the team
    Money costPerLead;            // zero when leads are not bought
};

struct BackwardResult
{
    qint64 deals = 0;
    qint64 proposals = 0; // demos / proposals
    qint64 qualifiedLeads = 0;
    qint64 leads = 0;
    qint64 calls = 0;
    int workingDays = 0;
    double callsPerDay = 0;
    double demosPerDay = 0;
    double qualifiedPerDay = 0;
    double leadsPerDay = 0;
    int repsRequired = 0;      // productive reps the daily activity needs
    int headcountRequired = 0; // reps to employ so that after attrition repsRequired remain
    int headcount = 0;
    int repsShort = 0; // headcountRequired − headcount, or 0
    Money marketingBudget; // leads × cost per lead
};

Result<BackwardResult> solveBackward(const BackwardInputs &inputs);

// Reps needed for a daily activity: the larger of calls/day ÷ calls per rep and demos/day ÷
// demos per rep, rounded up. 200 calls and 25 demos at 40 calls / 5 demos a rep need 5 reps.
Result<int> repsForActivity(double callsPerDay, double demosPerDay, const RepCapacity &capacity);

// --- Forward: team → revenue ----------------------------------------------------------------

// Counts a number of leads turns into (rounded down): 1,000 leads at 15 % overall → 150 deals.
struct FunnelCounts
{
    qint64 leads = 0;
    qint64 qualifiedLeads = 0;
    qint64 proposals = 0;
    qint64 deals = 0;
};
Result<FunnelCounts> funnelFromLeads(qint64 leads, const FunnelRates &rates);

struct ForwardInputs
{
    double reps = 0.0; // productive reps (full-time equivalents)
    RepCapacity activity;
    int workingDays = 250;
    double callsPerLead = 1.0;
    FunnelRates rates;
    Money averageDealSize;
    Money revenueTarget;
};

struct ForwardResult
{
    qint64 calls = 0;
    FunnelCounts funnel; // proposals are capped by the team's demo capacity
    Money revenue;
    Money gapToTarget; // target − revenue; negative when the team beats the target
    double attainment = 0.0;
};

Result<ForwardResult> solveForward(const ForwardInputs &inputs);

// --- Capacity by month ----------------------------------------------------------------------

// A rep of the team: on board from startDate (invalid = before the plan year) and ramping up
// linearly over rampMonths to full productivity.
struct RepOnTeam
{
    QDate startDate;
    int rampMonths = 0;
};

struct CapacityInputs
{
    Period period;
    QList<RepOnTeam> reps;
    double annualAttrition = 0.0;
    MonthValues monthTargets{};  // the decomposed month targets, minor units
    MonthValues workingDays{};   // per month
    BackwardResult annual;       // the yearly activity, spread over months like the target
    RepCapacity capacity;
};

struct MonthCapacity
{
    double repsAvailable = 0.0; // productive reps after ramp and expected attrition
    int repsRequired = 0;
    int repsShort = 0; // ceil(required − available), or 0
};

struct CapacityPlan
{
    QList<MonthCapacity> months;
    int firstShortMonth = -1; // plan month index of the first month short of reps, or -1
    int largestShortfall = 0;
};

Result<CapacityPlan> capacityByMonth(const CapacityInputs &inputs);

// A rep's productivity (0–1) in plan month `monthIndex`: 0 before the start month, then
// 1/(ramp+1), 2/(ramp+1) … until full.
double repProductivity(const RepOnTeam &rep, const Period &period, int monthIndex);

} // namespace salesplan
