#include "summary/memberactivity.h"

#include "calc/holidays.h"
#include "calc/workdays.h"
#include "plan/format.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace salesplan {

namespace {

// The translation context of the activity targets' sentences.
struct MemberActivityText
{
    Q_DECLARE_TR_FUNCTIONS(MemberActivityText)
};

qint64 sumOf(const MonthValues &months)
{
    return std::accumulate(months.begin(), months.end(), qint64(0));
}

// The five stage counts of a funnel result, from deals to calls.
std::array<qint64, 5> stageCounts(const BackwardResult &funnel)
{
    return {funnel.deals, funnel.proposals, funnel.qualifiedLeads, funnel.leads, funnel.calls};
}

std::array<qint64, 5> stageCounts(const ActivityCounts &counts)
{
    return {counts.deals, counts.proposals, counts.qualified, counts.leads, counts.calls};
}

void setStage(ActivityCounts &counts, int stage, qint64 value)
{
    qint64 *const fields[] = {&counts.deals, &counts.proposals, &counts.qualified, &counts.leads,
                              &counts.calls};
    *fields[stage] = value;
}

void setPerDay(ActivityCounts &counts, int people)
{
    const double personDays = double(counts.workingDays) * std::max(1, people);
    counts.callsPerDay = personDays > 0 ? double(counts.calls) / personDays : 0.0;
    counts.demosPerDay = personDays > 0 ? double(counts.proposals) / personDays : 0.0;
}

// Shares each stage count of `year` among the months by their quota.
void spreadOverMonths(HolderActivity &holder, const MonthValues &quotas, const MonthValues &days)
{
    const QList<qint64> weights(quotas.begin(), quotas.end());
    const std::array<QList<qint64>, 5> shares =
        shareStagesByWeight(stageCounts(holder.year), weights);
    for (int stage = 0; stage < 5; ++stage) {
        for (int m = 0; m < Period::monthCount; ++m)
            setStage(holder.months[m], stage, shares[stage][m]);
    }
    for (int m = 0; m < Period::monthCount; ++m) {
        holder.months[m].quota = quotas[m];
        holder.months[m].workingDays = int(days[m]);
    }
}

// The quarters and the year as sums of the months, and every per-day figure: per working day
// of one of `people`.
void addUpMonths(HolderActivity &holder, int people)
{
    holder.quarters = {};
    holder.year = {};
    for (int m = 0; m < Period::monthCount; ++m) {
        setPerDay(holder.months[m], people);
        holder.quarters[Period::quarterOfMonth(m)] += holder.months[m];
        holder.year += holder.months[m];
    }
    for (ActivityCounts &quarter : holder.quarters)
        setPerDay(quarter, people);
    setPerDay(holder.year, people);
}

Status checkInputs(const ActivityInputs &inputs)
{
    const qsizetype count = inputs.names.size();
    if (inputs.people.size() != count || inputs.quotas.size() != count ||
        inputs.workingDays.size() != count)
        return Error{QStringLiteral("activity"),
                     QStringLiteral("holders' names, people, quotas and days differ in number")};
    return Success{};
}

// The team's funnel for all the quota the holders carry: the plan's own arithmetic.
Result<BackwardResult> teamFunnel(const ActivityInputs &inputs, qint64 quota)
{
    BackwardInputs funnel = inputs.funnel;
    funnel.revenueTarget.minor = quota;
    funnel.workingDays = 250; // per-day figures are the holders' own, worked out below
    return solveBackward(funnel);
}

// The team's row: the holders' months added up; per day of the team's longest working months.
HolderActivity teamRow(const QList<HolderActivity> &holders)
{
    HolderActivity team;
    team.name = MemberActivityText::tr("Team");
    team.people = 0;
    for (const HolderActivity &holder : holders) {
        team.people += holder.people;
        for (int m = 0; m < Period::monthCount; ++m) {
            const int days = std::max(team.months[m].workingDays, holder.months[m].workingDays);
            team.months[m] += holder.months[m];
            team.months[m].workingDays = days;
        }
    }
    addUpMonths(team, 1); // the team's per-day figures are for all of it
    return team;
}

// A per-day count as a target a person can aim at: rounded up, to one decimal below ten.
QString perDayTarget(double perDay)
{
    if (perDay >= 10.0)
        return formatNumber(std::ceil(perDay - 1e-9), 0);
    return formatNumber(std::ceil(perDay * 10.0 - 1e-9) / 10.0, 1);
}

// One quarter's SMART target. Per working day while the holder works in the quarter; a quarter
// with quota but no working day of theirs (quotas that do not follow start dates) gives the
// quarter's counts instead. Spelled out rather than "%n deal(s)": English is the source language
// and has no .ts.
QString quarterSentence(const ActivityCounts &quarter, int q, const QString &currency)
{
    const QString worth = formatPlanAmount(quarter.quota, currency);
    const bool oneDeal = quarter.deals == 1;
    const QString deals = formatCount(double(quarter.deals));
    if (quarter.workingDays == 0) {
        const QString demos = formatCount(double(quarter.proposals));
        const QString calls = formatCount(double(quarter.calls));
        return oneDeal ? MemberActivityText::tr("Win 1 deal worth %1 in Q%2: %3 demos and %4 "
                                                "calls in the quarter")
                             .arg(worth)
                             .arg(q + 1)
                             .arg(demos, calls)
                       : MemberActivityText::tr("Win %1 deals worth %2 in Q%3: %4 demos and %5 "
                                                "calls in the quarter")
                             .arg(deals, worth)
                             .arg(q + 1)
                             .arg(demos, calls);
    }
    const QString demos = perDayTarget(quarter.demosPerDay);
    const QString calls = perDayTarget(quarter.callsPerDay);
    return oneDeal ? MemberActivityText::tr("Win 1 deal worth %1 in Q%2: %3 demos and %4 calls a "
                                            "working day")
                         .arg(worth)
                         .arg(q + 1)
                         .arg(demos, calls)
                   : MemberActivityText::tr("Win %1 deals worth %2 in Q%3: %4 demos and %5 calls "
                                            "a working day")
                         .arg(deals, worth)
                         .arg(q + 1)
                         .arg(demos, calls);
}

} // namespace

ActivityCounts &ActivityCounts::operator+=(const ActivityCounts &other)
{
    quota += other.quota;
    deals += other.deals;
    proposals += other.proposals;
    qualified += other.qualified;
    leads += other.leads;
    calls += other.calls;
    workingDays += other.workingDays;
    return *this;
}

QList<qint64> shareByWeight(qint64 total, const QList<qint64> &weights)
{
    QList<qint64> shares(weights.size(), 0);
    long double weightSum = 0;
    for (const qint64 weight : weights)
        weightSum += std::max<qint64>(0, weight);
    if (weightSum <= 0 || total <= 0)
        return shares;
    // Each share is the rounded running total less the one before: the shares add up to `total`
    // and a run of equal weights gets its whole ones spread along it (1, 0, 1, 0 for 0.5 each),
    // not all at its start.
    long double running = 0;
    qint64 givenBefore = 0;
    for (int i = 0; i < weights.size(); ++i) {
        running += std::max<qint64>(0, weights[i]);
        const qint64 given =
            running >= weightSum ? total : qint64(std::floor(total * running / weightSum + 0.5L));
        shares[i] = given - givenBefore;
        givenBefore = given;
    }
    return shares;
}

std::array<QList<qint64>, 5> shareStagesByWeight(const std::array<qint64, 5> &stages,
                                                 const QList<qint64> &weights)
{
    std::array<QList<qint64>, 5> shares;
    shares[0] = shareByWeight(stages[0], weights);
    for (std::size_t stage = 1; stage < stages.size(); ++stage) {
        const qint64 before = stages[stage - 1];
        if (stages[stage] < before) { // fewer calls than leads: nothing to keep in order
            shares[stage] = shareByWeight(stages[stage], weights);
            continue;
        }
        shares[stage] = shareByWeight(stages[stage] - before, weights);
        for (qsizetype i = 0; i < weights.size(); ++i)
            shares[stage][i] += shares[stage - 1][i];
    }
    return shares;
}

Result<TeamActivity> activityTargets(const ActivityInputs &inputs)
{
    if (Status checked = checkInputs(inputs); !checked)
        return checked.error();
    TeamActivity result;
    QList<qint64> annualQuotas;
    for (const MonthValues &quotas : inputs.quotas)
        annualQuotas.append(sumOf(quotas));
    const qint64 total = std::accumulate(annualQuotas.begin(), annualQuotas.end(), qint64(0));
    std::array<qint64, 5> teamStages{};
    if (total > 0) {
        const Result<BackwardResult> funnel = teamFunnel(inputs, total);
        if (!funnel)
            return funnel.error();
        teamStages = stageCounts(*funnel);
    }
    const std::array<QList<qint64>, 5> holderStages = shareStagesByWeight(teamStages, annualQuotas);
    for (int i = 0; i < inputs.names.size(); ++i) {
        HolderActivity holder;
        holder.name = inputs.names[i];
        holder.people = inputs.people[i];
        for (int stage = 0; stage < 5; ++stage)
            setStage(holder.year, stage, holderStages[stage][i]);
        spreadOverMonths(holder, inputs.quotas[i], inputs.workingDays[i]);
        addUpMonths(holder, holder.people);
        result.holders.append(holder);
    }
    result.team = teamRow(result.holders);
    return result;
}

MonthValues holderWorkingDays(const Plan &plan, const QDate &startDate)
{
    const Period &period = plan.info.period;
    const WorkCalendar calendar = planWorkCalendar(plan);
    MonthValues days{};
    for (int m = 0; m < Period::monthCount; ++m) {
        const bool startsLater = startDate.isValid() && startDate > period.monthStart(m);
        days[m] = workingDays(startsLater ? startDate : period.monthStart(m), period.monthEnd(m),
                              calendar);
    }
    return days;
}

Result<TeamActivity> planActivity(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.quotas)
        return summary.quotas.error();
    const QList<QuotaHolder> holders = quotaHolders(plan);
    ActivityInputs inputs;
    inputs.funnel = backwardInputs(plan, 250);
    for (int i = 0; i < holders.size() && i < summary.quotas->holders.size(); ++i) {
        inputs.names.append(holders[i].name);
        inputs.people.append(holders[i].count);
        inputs.quotas.append(summary.quotas->holders[i].months);
        inputs.workingDays.append(holderWorkingDays(plan, holders[i].rep.startDate));
    }
    return activityTargets(inputs);
}

QStringList smartTargets(const HolderActivity &activity, const QString &currency)
{
    QStringList lines;
    for (int q = 0; q < Period::quarterCount; ++q) {
        if (activity.quarters[q].quota > 0)
            lines.append(quarterSentence(activity.quarters[q], q, currency));
    }
    if (activity.people > 1 && !lines.isEmpty()) {
        // A hire line of several: its deals are theirs together, its per-day figures each one's.
        lines.prepend(MemberActivityText::tr("For the %n people together; the figures a working "
                                             "day are each person's:",
                                             nullptr, activity.people));
    }
    return lines;
}

} // namespace salesplan
