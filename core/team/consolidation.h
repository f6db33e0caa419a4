#pragma once

#include "calc/funnel.h"
#include "check/findings.h"
#include "plan/period.h"
#include "plan/plan.h"
#include "plan/result.h"
#include "team/unitfigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// A team plan over its units' plans: the team's target allocated to the units top-down, each
// unit's own target (bottom-up) beside it with the gap, and the consolidated figures as the sum
// of the units' own figures (PlanSummary), exact to the minor unit. A unit that could not be read
// is listed as missing and counted as such ("2 of 3 units"), never as zero. The units come from
// linked files (core/team/linkedunits.h) or a team server; this file does not care which.
namespace salesplan {

// The translation context of the consolidation's words.
struct TeamConsolidation
{
    Q_DECLARE_TR_FUNCTIONS(TeamConsolidation)
};

// The team's annual target split among its units, one amount per unit of Plan::units in minor
// units of the team plan's currency: by the units' weights, exactly (splitExactly(), as the
// regions are split), or by the amounts typed (which need not add up to the target: the rest is
// unallocated, see allocatedTotal()). Refused in words: weights that cannot split the target
// (all zero), an allocation in another currency, a negative amount.
Result<QList<qint64>> allocateToUnits(const Plan &team);

// One unit as read for the consolidation: its plan, or why it could not be read.
struct UnitInput
{
    QString name; // as the team plan names the unit
    std::optional<Plan> plan;
    // Without a plan: why, in words ("east.salesplan: does not exist"); with a plan that is a
    // team plan itself, the words to say so (else the unit's status gives them).
    QString problem;
};

enum class UnitStatus {
    Ok,            // read, and summed into the consolidated figures
    Missing,       // could not be read: not summed, shown as missing
    OtherCurrency, // read, but in another currency than the team plan: not summed
    OtherPeriod,   // read, but for another plan year (or first month): not summed
    NoFigures,     // read, but its target cannot be split (no months to add): not summed
    TeamPlan,      // read, but a team plan itself (or the team plan's own file): not summed
};

// A unit's row of the consolidation table. Amounts are minor units of the team plan's currency.
struct UnitRow
{
    QString name;
    QString path; // the unit's plan file as the team plan links it; empty for a server's unit
    UnitStatus status = UnitStatus::Missing;
    QString problem;       // why the unit is not summed, in words; empty when Ok
    bool allocated = true; // the team plan has the unit (a server may report one it has not)
    qint64 topDown = 0;    // the unit's allocation of the team's target
    std::optional<qint64> bottomUp; // the unit plan's own annual target, when Ok
    int members = 0;                // the unit's members, when read
    int plannedHires = 0;           // the people its hiring plan adds, when read
    std::optional<qint64> budget;   // the unit's sales budget for the year, when it can say
    // The unit's own target by month as summed into the consolidated months, when Ok.
    std::optional<MonthValues> months;
    bool gapBeyondThreshold = false;

    int headcount() const { return members + plannedHires; }
    // Read, and a unit's own plan (not a team plan): its headcount is known.
    bool headcountKnown() const
    {
        return status != UnitStatus::Missing && status != UnitStatus::TeamPlan;
    }
    // bottomUp − topDown: above zero the unit plans more than it is allocated.
    std::optional<qint64> gap() const;
    // The gap as a share of the allocation; none without a bottom-up figure or an allocation.
    std::optional<double> gapShare() const;
};

// A region's or product line's part of the consolidated target: the units' parts of that name
// added up.
struct ConsolidatedItem
{
    QString name;
    qint64 annual = 0;
    MonthValues months{};
};

// A member's (or planned hire's) quota, with the unit whose plan has them.
struct ConsolidatedMember
{
    QString unit;
    QString name;
    qint64 annual = 0;
    MonthValues months{};
};

// The funnel of the units whose funnel can be worked out, added up.
struct ConsolidatedFunnel
{
    int units = 0; // how many units' funnels are in the sums
    qint64 deals = 0;
    qint64 proposals = 0;
    qint64 qualifiedLeads = 0;
    qint64 leads = 0;
    qint64 calls = 0;
    qint64 repsRequired = 0;
    qint64 headcountRequired = 0;
    qint64 headcount = 0;
    qint64 repsShort = 0;
    qint64 marketingBudget = 0;
};

// The capacity of the units whose capacity can be worked out, added up month by month.
struct ConsolidatedCapacity
{
    int units = 0;
    std::array<double, Period::monthCount> repsAvailable{};
    MonthValues repsRequired{};
    MonthValues repsShort{};
};

// The collections of the units that plan them, added up.
struct ConsolidatedCollections
{
    int units = 0;
    MonthValues months{};
    qint64 opening = 0;
    qint64 closingReceivable = 0;
};

// The sums of the units that are summed (UnitStatus::Ok and whose target can be split).
struct ConsolidatedFigures
{
    int unitsSummed = 0; // of Consolidation::units.size()
    qint64 annual = 0;
    MonthValues months{};
    std::array<qint64, Period::quarterCount> quarters{};
    QList<ConsolidatedItem> regions;  // in the order they first appear, unit by unit
    QList<ConsolidatedItem> products; // likewise
    QList<ConsolidatedMember> members;
    ConsolidatedFunnel funnel;
    ConsolidatedCapacity capacity;
    ConsolidatedCollections collections;
    int budgetUnits = 0; // how many units' budgets are in budgetTotal
    qint64 budgetTotal = 0;
};

struct Consolidation
{
    QString currency; // the team plan's
    Period period;
    qint64 teamTarget = 0;
    UnitAllocation allocation = UnitAllocation::Amounts;
    double gapThreshold = 0.05;
    QList<UnitRow> units; // the team plan's units in order, then any it does not allocate to
    ConsolidatedFigures figures;
    QList<Finding> findings; // sorted: errors (missing units, other currencies) first

    qint64 allocatedTotal() const; // the units' allocations added up
    int missingCount() const;      // units not summed, for whatever reason
};

// The consolidation of `team` over `units`, matched to the team plan's units by name (in any
// case). A unit of the team plan without an input is missing ("not read"); an input the team
// plan has no unit for is listed after the others with no allocation, and a warning says so.
// Findings: a gap beyond the threshold (warning), a missing unit, a unit in another currency or
// for another plan year, a unit whose plan has units of its own (errors: summing a team plan
// would count its units twice), allocations that do not add up to the team's target (warning).
Consolidation consolidate(const Plan &team, const QList<UnitInput> &units);

// One unit as its published figures tell it (team/unitfigures.h), for a role that may read the
// units' figures but not their plans: the figures, or why there are none.
struct UnitFiguresInput
{
    QString name; // as the team plan names the unit
    std::optional<UnitFigures> figures;
    QString problem; // without figures: why, in words
};

// The consolidation of `team` over the units' figures alone, matched and checked as consolidate()
// does: the units' rows (top-down, bottom-up, gap, headcount, budget) and the consolidated year,
// quarters, months and sales budget. The regions, product lines, members, funnel, capacity and
// collections stay empty: only the units' plans have them.
Consolidation consolidateFigures(const Plan &team, const QList<UnitFiguresInput> &units);

// "Missing", "In another currency", … — a unit's status in words (never colour alone).
QString unitStatusText(UnitStatus status);
// A unit's gap in words, the same in the window, the report and the command line: "+¥200万
// (+4.0%)", with ", beyond 5.0%" when it is beyond the threshold; "—" without a bottom-up figure.
QString unitGapText(const UnitRow &row, const Consolidation &consolidation);
// A unit's status in words with why it is not summed: "Missing: east.json: does not exist",
// "Included, no allocation".
QString unitStatusWords(const UnitRow &row);
// "2 of 3 units": how many units the consolidated figures add up.
QString unitsSummedText(const Consolidation &consolidation);

} // namespace salesplan
