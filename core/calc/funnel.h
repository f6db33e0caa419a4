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
// Counts that people must reach are rounded up; counts a team produces are rounded down, both
// after taking a value within one part in 10^12 of a whole number as that number, so that
// floating-point noise never adds or drops one (150 deals at 15 % need 1,000 leads, not 1,001).
// Bad input is refused with an Error naming the field; a count too large for qint64 is refused
// too, never wrapped; no result is ever NaN.
namespace salesplan {

// Conversion from one stage to the next, each a fraction in (0, 1] (0.15 = 15 %).
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

// Refused: a target or deal size of zero or less, or in different currencies; a rate outside
// (0, 1]; calls per lead or rep capacity of zero or less; working days outside 1–366; attrition
// outside [0, 1); a negative headcount; a negative cost per lead (or one in another currency).
struct BackwardInputs
{
    Money revenueTarget;
    Money averageDealSize; // in the target's currency
    FunnelRates rates;
    double callsPerLead = 1.0;
    int workingDays = 250;
    RepCapacity capacity;
    double annualAttrition = 0.0; // share of reps expected to leave in the year, [0, 1)
    int headcount = 0;            // reps on the team
    Money costPerLead;            // zero (in any currency) when leads are not bought
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
    int repsShort = 0;     // headcountRequired − headcount, or 0
    Money marketingBudget; // leads × cost per lead, in the target's currency
};

Result<BackwardResult> solveBackward(const BackwardInputs &inputs);

// Reps needed for a daily activity: the larger of calls/day ÷ calls per rep and demos/day ÷
// demos per rep, rounded up. 200 calls and 25 demos at 40 calls / 5 demos a rep need 5 reps.
// Refused: negative or non-finite activity, capacity of zero or less, more reps than an int holds.
Result<int> repsForActivity(double callsPerDay, double demosPerDay, const RepCapacity &capacity);

// --- Forward: team → revenue ----------------------------------------------------------------

// Counts a number of leads turns into (rounded down stage by stage): 1,000 leads at 15 % overall
// → 150 deals. Refused: negative leads, a rate outside (0, 1].
struct FunnelCounts
{
    qint64 leads = 0;
    qint64 qualifiedLeads = 0;
    qint64 proposals = 0;
    qint64 deals = 0;
};
Result<FunnelCounts> funnelFromLeads(qint64 leads, const FunnelRates &rates);

// Refused like BackwardInputs, and a negative or non-finite number of reps; the target must be
// more than zero (attainment divides by it).
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
// linearly over rampMonths (a negative ramp counts as 0) to full productivity.
struct RepOnTeam
{
    QDate startDate;
    int rampMonths = 0;
};

// Refused: an invalid period, attrition outside [0, 1), rep capacity of zero or less, negative
// or all-zero month targets, working days outside 0–31, negative annual activity, and a month
// that has activity but no working days.
struct CapacityInputs
{
    Period period;
    QList<RepOnTeam> reps;
    double annualAttrition = 0.0;
    MonthValues monthTargets{}; // the decomposed month targets, minor units
    MonthValues workingDays{};  // per month
    BackwardResult annual;      // the yearly activity, spread over months like the target
    RepCapacity capacity;
};

// Reps in one plan month. The month's calls and demos are the annual ones × its share of the
// target; expected attrition is counted at the middle of the month.
struct MonthCapacity
{
    double repsAvailable = 0.0; // productive reps after ramp and expected attrition
    int repsRequired = 0;       // 0 in a month without activity
    int repsShort = 0;          // ceil(required − available), or 0
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
// The share of the reps still on the team in plan month `monthIndex` when `annualAttrition` of
// them leave evenly over the year, counted by the middle of the month.
double stayingShare(double annualAttrition, int monthIndex);

} // namespace salesplan
