#pragma once

#include "calc/funnel.h"
#include "plan/period.h"
#include "plan/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Quotas people can sign: the month targets of a region (or of the whole company) shared among
// the reps in it, from each rep's start month and scaled during their ramp, with fixed annual
// quotas taken first and the whole raised by the plan's over-assignment. All in minor units;
// every month sums exactly.
namespace salesplan {

// Someone who carries quota: a member, or a row of planned hires (count people alike).
struct QuotaHolder
{
    QString name;
    QString group;          // the region the holder works in; empty = none
    double weight = 1.0;    // per person; the row's weight is weight × count
    int count = 1;          // people in the row
    qint64 fixedAnnual = 0; // > 0: a fixed annual quota for the row
    RepOnTeam rep;          // start date and ramp
};

struct QuotaInputs
{
    Period period;
    QString currency;               // for amounts in messages
    QStringList groupNames;         // the regions; empty = one group, the whole company
    QList<MonthValues> groupMonths; // the target of each region by month
    MonthValues companyMonths{};    // used when there are no groups
    QList<QuotaHolder> holders;
    double overAssignment = 0.0; // 0–1: quotas add up to the target × (1 + this)
    bool followStart = true;     // no quota before the start month, scaled during ramp
};

// A holder's quota: the year and each month (0 before the start month when quotas follow it).
struct HolderQuota
{
    qint64 annual = 0;
    MonthValues months{};
    int firstMonth = -1; // the first plan month with quota, -1 for none
    int group = -1;      // index into QuotaSplit::groups, -1 for a holder outside every group
};

// One region (or the company): its target raised by the over-assignment, and what of that no
// holder takes (no rep active in a month, no reps at all, or only fixed quotas that leave some).
struct GroupQuota
{
    QString name;
    // The group's target × (1 + over-assignment), month by month: each month within a minor
    // unit of that, and all groups' months adding up to the company's raised target exactly.
    MonthValues assigned{};
    MonthValues unassigned{}; // the part of `assigned` no holder carries
    QList<int> holders;       // indexes into QuotaSplit::holders
};

struct QuotaSplit
{
    QList<HolderQuota> holders; // one per input holder, in order
    QList<GroupQuota> groups;   // one per region, or one for the company
    bool byRegion = false;      // the groups are the regions
    qint64 target = 0;          // the groups' targets before over-assignment
    qint64 assigned = 0;        // the groups' targets × (1 + over-assignment)
    qint64 unassigned = 0;      // the part of `assigned` no holder carries
};

// Shares each group's months among its holders: fixed quotas first (phased like the group's
// months over the months the holder is active), then the rest of each month by weight × ramp
// factor among the holders active in it. When regions are given and some holder names one,
// holders go to the region they name (a holder naming none of them gets nothing: group -1);
// otherwise every holder shares the company's months. Refused: over-assignment outside 0–100 %,
// an unusable weight, fixed quotas above their group's target, a fixed quota for someone who
// is never active in the plan year, and fixed quotas that cannot fit in the months their holders
// are active (the error names the group or the holder).
Result<QuotaSplit> splitQuotas(const QuotaInputs &inputs);

// `amount` × (1 + rate) rounded half away from zero to a minor unit; refused when it overflows.
Result<qint64> raisedBy(qint64 amount, double rate);

} // namespace salesplan
