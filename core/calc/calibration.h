#pragma once

#include "calc/funnel.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The target's calibration: three ceilings it is held against, each worked out from the plan
// alone, and what would have to change for the target to fit under each.
//
// - Market: the plan year's market × the share the plan assumes. The market size is last year's
//   market, so the plan year's is marketSize × (1 + marketGrowth); the share is the typed one, or
//   last year's (lastYearActual ÷ marketSize).
// - Team: revenue per fully ramped rep-month from history × the rep-months the team will have.
//   History is counted over the last historyYears years before the plan year that have any
//   bookings (a month without a booking at all is a gap in the records, not a month of zero).
//   Its rep-months are the current members' months there, counted from their start dates with
//   their ramp as capacity counts them; a member who started before the plan year without a
//   start date was there all along. Bookings of people no longer on the team are left out: their
//   months are not known. Where history has regions, each region's productivity is its own
//   (its bookings ÷ its members' rep-months) and applies to that region's rep-months in the plan
//   year; members of a region without history take the company's. The plan year's rep-months
//   are the capacity's: members and planned hires from their start months, ramping, less the
//   attrition expected by the middle of each month. Uplifts add up: a rep-month × (1 + the
//   all-reps uplifts), a planned hire's × (1 + every uplift).
// - Resources: the marketing budget ÷ cost per lead leads, through the funnel's rates (rounded
//   down stage by stage) × the average deal size, plus what existing customers bring again
//   (the typed share of last year's actual).
//
// A ceiling that cannot be worked out is "not set" with the reason in words — never zero.
namespace salesplan {

struct MarketCeiling
{
    Money marketSize;                    // last year's market
    double growth = 0.0;                 // the market's growth into the plan year
    Money planYearMarket;                // marketSize × (1 + growth)
    double share = 0.0;                  // the share the ceiling takes
    bool shareTyped = false;             // typed by the user, or last year's
    std::optional<double> lastYearShare; // lastYearActual ÷ marketSize, when there is one
    Money ceiling;                       // planYearMarket × share
    double targetShare = 0.0;            // the share the target needs of the plan year's market
};

// A region's productivity in history and the rep-months it has in the plan year.
struct RegionProductivity
{
    QString region;
    qint64 revenue = 0;          // minor units booked in the history months counted
    double historyRepMonths = 0; // its members' rep-months there
    double productivity = 0;     // minor units per rep-month; the company's when it has none
    bool ownHistory = false;     // its own history, or the company's productivity
    double planRepMonths = 0;    // its members' and hires' rep-months in the plan year
    double hireRepMonths = 0;    // of which the planned hires'
};

struct TeamCeiling
{
    QDate historyFrom; // the first and last month of history counted
    QDate historyTo;
    int historyMonths = 0;     // months with bookings between them
    qint64 historyRevenue = 0; // minor units, bookings of the current team
    double historyRepMonths = 0;
    double productivity = 0;           // minor units per rep-month, the company's
    QList<RegionProductivity> regions; // one per region when history has regions
    double planRepMonths = 0;          // members and hires, after ramp and attrition
    double hireRepMonths = 0;          // of which the planned hires'
    double allRepsUplift = 0;          // the sum of the uplifts for all reps
    double newHireUplift = 0;          // the sum of the uplifts for new hires only
    Money baseline;                    // without uplifts
    Money ceiling;                     // with the uplifts
};

struct ResourcesCeiling
{
    Money budget;
    Money costPerLead;
    FunnelCounts counts; // from the leads the budget buys
    Money averageDealSize;
    Money newCustomers;       // deals × average deal size
    double existingShare = 0; // of last year's actual
    Money existingCustomers;  // lastYearActual × existingShare
    Money ceiling;            // newCustomers + existingCustomers
};

// What would have to change for the target to fit under a ceiling it is above.
struct CalibrationChange
{
    double productivityIncrease = 0; // more revenue per rep-month: 0.14 = 14 %
    int moreReps = 0;                // reps hired from `hireFrom`, with the new hires' ramp
    int hireFrom = 0;                // plan month index
    Money moreBudget;                // more marketing budget
    double shareNeeded = 0;          // the market share the target needs
};

struct Calibration
{
    Money target;
    Result<MarketCeiling> market = Error{};
    Result<TeamCeiling> team = Error{};
    Result<ResourcesCeiling> resources = Error{};
    CalibrationChange change; // for the ceilings that are set and below the target
};

// The plan's calibration. `hireFrom` is the plan month from which more reps are counted in what
// would have to change (the capacity's first month short of reps, or the plan's first month).
Calibration calibratePlan(const Plan &plan, int hireFrom = 0);

// The rep-months of the plan year: each rep's productivity by month (ramp) less the attrition
// expected by the middle of the month, as the capacity by month counts them.
double planRepMonths(const QList<RepOnTeam> &reps, const Period &period, double annualAttrition);

// The target as a share of a ceiling (1.2 = 120 %); none when the ceiling is zero.
std::optional<double> targetShareOf(const Money &target, const Money &ceiling);

} // namespace salesplan
