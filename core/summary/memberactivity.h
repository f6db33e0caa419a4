#pragma once

#include "calc/funnel.h"
#include "plan/period.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// Each person's activity targets: what a rep's quota asks of them in deals, demos/proposals,
// qualified leads, leads and calls, by month, by quarter and by their own working day. The team
// funnel (calc/funnel.h) is worked out once for what all the quota holders carry; its whole
// counts are then shared among the holders by quota, and each holder's among their months, so
// that the members' figures add up to the team's and the months to the year exactly.
namespace salesplan {

struct PlanSummary;

// The activity of one stretch of time (a month, a quarter or the year) for one quota holder.
struct ActivityCounts
{
    qint64 quota = 0; // minor units of the plan's currency
    qint64 deals = 0;
    qint64 proposals = 0; // demos / proposals
    qint64 qualified = 0;
    qint64 leads = 0;
    qint64 calls = 0;
    int workingDays = 0; // the holder's own: from their start date, in the plan's calendar
    // Per working day of one person (a planned-hire line counts its people). Not rounded: the
    // views write them to one decimal, so per-day figures need not add up across members or
    // months the way the counts do (1.25 + 1.25 calls shown as 1.3 + 1.3 against a team's 2.5).
    double callsPerDay = 0.0;
    double demosPerDay = 0.0;

    ActivityCounts &operator+=(const ActivityCounts &other);
    bool operator==(const ActivityCounts &) const = default;
};

// A quota holder's activity: a member, or a planned-hire line of `people` people.
struct HolderActivity
{
    QString name;
    int people = 1;
    std::array<ActivityCounts, Period::monthCount> months{};
    std::array<ActivityCounts, Period::quarterCount> quarters{};
    ActivityCounts year;
};

struct TeamActivity
{
    QList<HolderActivity> holders; // in the order of the quota holders
    // The funnel of everything the holders carry, and its months: the sum of the holders'.
    HolderActivity team;
};

// What activityTargets() works from: each holder's quota and working days by month, and the
// plan's funnel (its revenue target and working days are ignored: they come from the quotas).
struct ActivityInputs
{
    QStringList names;
    QList<int> people;
    QList<MonthValues> quotas;      // per holder, minor units
    QList<MonthValues> workingDays; // per holder, days on which that holder works
    BackwardInputs funnel;
};

// Shares the whole `total` among `weights` in proportion: the shares add up to `total` exactly,
// each is within one of its exact proportion, and equal weights in a row take turns with the
// odd ones. All weights zero (or none) = all shares zero.
QList<qint64> shareByWeight(qint64 total, const QList<qint64> &weights);
// The five stage counts (deals to calls) shared by `weights` as shareByWeight() shares each,
// but keeping the funnel's order in every share: a stage at least as large as the one before is
// that stage's share plus a share of the difference, so no month or person is asked for more
// deals than demos, or more demos than qualified leads.
std::array<QList<qint64>, 5> shareStagesByWeight(const std::array<qint64, 5> &stages,
                                                 const QList<qint64> &weights);

// Refused: holders' lists of different lengths, and a funnel solveBackward() refuses. No quota at
// all gives all zeros.
Result<TeamActivity> activityTargets(const ActivityInputs &inputs);

// The activity of the plan's members and planned-hire lines from the summary's quotas.
Result<TeamActivity> planActivity(const Plan &plan, const PlanSummary &summary);

// The holder's working days by plan month from `startDate` (invalid = all year).
MonthValues holderWorkingDays(const Plan &plan, const QDate &startDate);

// The SMART targets of a holder, one sentence a quarter with quota, in the UI language and
// money as the plan writes it: "Win 6 deals worth ¥96万 in Q2: 2 demos and 18 calls a working
// day". Per-day counts are rounded up to whole ones a person can aim at, below ten to one
// decimal ("0.4 demos").
QStringList smartTargets(const HolderActivity &activity, const QString &currency);

} // namespace salesplan
