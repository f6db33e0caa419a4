#include "calc/calibration.h"

#include "calc/planinputs.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace salesplan {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Calibration", text);
}

Error notSet(const char *reason)
{
    return Error{QString(), translated(reason)};
}

Money moneyOf(double minor, const QString &currency)
{
    return Money::of(qint64(std::llround(minor)), currency);
}

// --- Market -----------------------------------------------------------------------------------

Result<MarketCeiling> marketCeiling(const Plan &plan)
{
    const QString &currency = plan.info.currency;
    MarketCeiling market;
    market.marketSize = plan.mission.marketSize;
    market.growth = plan.mission.marketGrowth;
    if (market.marketSize.minor <= 0)
        return notSet(QT_TRANSLATE_NOOP("Calibration", "no market size (Mission)"));
    const double planYear = double(market.marketSize.minor) * (1.0 + market.growth);
    if (planYear <= 0.0)
        return notSet(QT_TRANSLATE_NOOP("Calibration", "the market shrinks to nothing"));
    market.planYearMarket = moneyOf(planYear, currency);
    if (plan.targets.lastYearActual.minor > 0)
        market.lastYearShare =
            double(plan.targets.lastYearActual.minor) / double(market.marketSize.minor);
    market.shareTyped = plan.targets.marketShare > 0.0;
    if (market.shareTyped)
        market.share = plan.targets.marketShare;
    else if (market.lastYearShare)
        market.share = *market.lastYearShare;
    else
        return notSet(
            QT_TRANSLATE_NOOP("Calibration", "no market share: type one, or last year's actual"));
    market.ceiling = moneyOf(planYear * market.share, currency);
    market.targetShare = double(plan.targets.annualTarget.minor) / planYear;
    return market;
}

// --- Team -------------------------------------------------------------------------------------

// A member's productivity (0–1) in a month of history, from their start date and ramp.
double productivityIn(const Member &member, const QDate &month)
{
    const RepOnTeam rep{member.startDate, member.rampMonths};
    return repProductivity(rep, Period{month.year(), month.month()}, 0);
}

// The history the team ceiling counts: the bookings of the current team in the years before
// the plan year, and the months that have any booking, for the company and by region.
struct HistoryWindow
{
    QDate from;
    QDate to;
    QSet<QDate> months;                       // months with any booking
    QHash<QString, QSet<QDate>> regionMonths; // by region
    qint64 revenue = 0;
    QHash<QString, qint64> regionRevenue;
    QSet<QString> membersBooked; // current members named in history
    bool namesMembers = false;   // some booking names a member
    bool hasRegions = false;     // some booking names a region
};

HistoryWindow historyWindow(const Plan &plan)
{
    HistoryWindow window;
    const QDate end = plan.info.period.firstDay();
    const QDate start = end.addYears(-std::clamp(plan.targets.historyYears, 1, 3));
    QSet<QString> team;
    for (const Member &member : plan.team.members)
        team.insert(member.name);
    for (const HistoryEntry &entry : plan.history) {
        const QDate month(entry.month.year(), entry.month.month(), 1);
        if (!entry.month.isValid() || month < start || month >= end)
            continue;
        window.months.insert(month);
        window.regionMonths[entry.region].insert(month);
        window.hasRegions = window.hasRegions || !entry.region.isEmpty();
        window.namesMembers = window.namesMembers || !entry.member.isEmpty();
        if (!entry.member.isEmpty() && !team.contains(entry.member))
            continue; // no longer on the team: their months are not known
        if (!entry.member.isEmpty())
            window.membersBooked.insert(entry.member);
        window.revenue += entry.amount.minor;
        window.regionRevenue[entry.region] += entry.amount.minor;
    }
    if (!window.months.isEmpty()) {
        window.from = *std::min_element(window.months.cbegin(), window.months.cend());
        window.to = *std::max_element(window.months.cbegin(), window.months.cend());
    }
    return window;
}

// The members whose months history counts: when history names members, those it names (a member
// without a booking says nothing of productivity); otherwise every member.
QList<Member> countedMembers(const Plan &plan, const HistoryWindow &window)
{
    QList<Member> counted;
    for (const Member &member : plan.team.members) {
        if (!window.namesMembers || window.membersBooked.contains(member.name))
            counted.append(member);
    }
    return counted;
}

double repMonthsIn(const QList<Member> &members, const QSet<QDate> &months)
{
    double total = 0.0;
    for (const Member &member : members) {
        for (const QDate &month : months)
            total += productivityIn(member, month);
    }
    return total;
}

// The plan year's rep-months of the members and the hires, by region ("" when history has none).
struct PlanMonths
{
    double members = 0.0;
    double hires = 0.0;
};

QMap<QString, PlanMonths> planMonthsByRegion(const Plan &plan, bool byRegion)
{
    const Period &period = plan.info.period;
    const double attrition = plan.targets.funnel.annualAttrition;
    QMap<QString, PlanMonths> months;
    for (const Member &member : plan.team.members) {
        const QString region = byRegion ? member.region : QString();
        months[region].members +=
            planRepMonths({RepOnTeam{member.startDate, member.rampMonths}}, period, attrition);
    }
    for (const Hire &hire : plan.team.hiring) {
        const QString region = byRegion ? hire.region : QString();
        const RepOnTeam rep{hire.startDate, plan.targets.funnel.newHireRampMonths};
        months[region].hires += std::max(0, hire.count) * planRepMonths({rep}, period, attrition);
    }
    return months;
}

void addUplifts(const Plan &plan, TeamCeiling &team)
{
    for (const Uplift &uplift : plan.targets.uplifts) {
        if (uplift.appliesTo == UpliftScope::NewHires)
            team.newHireUplift += uplift.uplift;
        else
            team.allRepsUplift += uplift.uplift;
    }
}

RegionProductivity regionProductivity(const QString &region, const PlanMonths &months,
                                      const HistoryWindow &window, const QList<Member> &counted,
                                      double companyProductivity)
{
    RegionProductivity result;
    result.region = region;
    result.planRepMonths = months.members + months.hires;
    result.hireRepMonths = months.hires;
    result.productivity = companyProductivity;
    if (!window.hasRegions || !window.regionMonths.contains(region))
        return result;
    QList<Member> ofRegion;
    for (const Member &member : counted) {
        if (member.region == region)
            ofRegion.append(member);
    }
    result.revenue = window.regionRevenue.value(region);
    result.historyRepMonths = repMonthsIn(ofRegion, window.regionMonths.value(region));
    if (result.historyRepMonths > 0.0 && result.revenue > 0) {
        result.productivity = double(result.revenue) / result.historyRepMonths;
        result.ownHistory = true;
    }
    return result;
}

Result<TeamCeiling> teamCeiling(const Plan &plan)
{
    const HistoryWindow window = historyWindow(plan);
    if (window.months.isEmpty())
        return notSet(QT_TRANSLATE_NOOP("Calibration", "no history before the plan year"));
    const QList<Member> counted = countedMembers(plan, window);
    TeamCeiling team;
    team.historyFrom = window.from;
    team.historyTo = window.to;
    team.historyMonths = int(window.months.size());
    team.historyRevenue = window.revenue;
    team.historyRepMonths = repMonthsIn(counted, window.months);
    if (team.historyRepMonths <= 0.0 || team.historyRevenue <= 0)
        return notSet(QT_TRANSLATE_NOOP("Calibration", "history has no bookings of the team"));
    team.productivity = double(team.historyRevenue) / team.historyRepMonths;
    addUplifts(plan, team);

    double baseline = 0.0;
    double ceiling = 0.0;
    const QMap<QString, PlanMonths> months = planMonthsByRegion(plan, window.hasRegions);
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const RegionProductivity region =
            regionProductivity(it.key(), it.value(), window, counted, team.productivity);
        team.planRepMonths += region.planRepMonths;
        team.hireRepMonths += region.hireRepMonths;
        baseline += region.productivity * region.planRepMonths;
        ceiling +=
            region.productivity * (it->members * (1.0 + team.allRepsUplift) +
                                   it->hires * (1.0 + team.allRepsUplift + team.newHireUplift));
        if (window.hasRegions)
            team.regions.append(region);
    }
    if (team.planRepMonths <= 0.0)
        return notSet(QT_TRANSLATE_NOOP("Calibration", "no one on the team in the plan year"));
    team.baseline = moneyOf(baseline, plan.info.currency);
    team.ceiling = moneyOf(ceiling, plan.info.currency);
    return team;
}

// --- Resources --------------------------------------------------------------------------------

FunnelRates ratesOf(const Plan &plan)
{
    const FunnelAssumptions &funnel = plan.targets.funnel;
    return {funnel.leadToQualified, funnel.qualifiedToProposal, funnel.proposalToWon};
}

Result<ResourcesCeiling> resourcesCeiling(const Plan &plan)
{
    const QString &currency = plan.info.currency;
    ResourcesCeiling resources;
    resources.budget = plan.targets.marketingBudget;
    resources.costPerLead = plan.targets.funnel.costPerLead;
    resources.averageDealSize = plan.targets.funnel.averageDealSize;
    if (resources.budget.minor <= 0)
        return notSet(QT_TRANSLATE_NOOP("Calibration", "no marketing budget"));
    if (resources.costPerLead.minor <= 0)
        return notSet(QT_TRANSLATE_NOOP("Calibration", "no cost per lead"));
    if (resources.averageDealSize.minor <= 0)
        return notSet(QT_TRANSLATE_NOOP("Calibration", "no average deal size"));
    const qint64 leads = resources.budget.minor / resources.costPerLead.minor;
    const Result<FunnelCounts> counts = funnelFromLeads(leads, ratesOf(plan));
    if (!counts)
        return counts.error();
    resources.counts = *counts;
    resources.newCustomers =
        moneyOf(double(resources.averageDealSize.minor) * double(resources.counts.deals), currency);
    resources.existingShare = plan.targets.existingCustomerShare;
    resources.existingCustomers =
        moneyOf(double(plan.targets.lastYearActual.minor) * resources.existingShare, currency);
    resources.ceiling =
        Money::of(resources.newCustomers.minor + resources.existingCustomers.minor, currency);
    return resources;
}

// --- What would have to change ----------------------------------------------------------------

// The rep-months one hire from plan month `from` adds, with the new hires' ramp and attrition.
double oneHireRepMonths(const Plan &plan, int from)
{
    const RepOnTeam rep{plan.info.period.monthStart(from), plan.targets.funnel.newHireRampMonths};
    return planRepMonths({rep}, plan.info.period, plan.targets.funnel.annualAttrition);
}

void teamChange(const Plan &plan, const TeamCeiling &team, CalibrationChange &change)
{
    const double target = double(plan.targets.annualTarget.minor);
    const double gap = target - double(team.ceiling.minor);
    if (gap <= 0.0 || team.ceiling.minor <= 0)
        return;
    change.productivityIncrease = target / double(team.ceiling.minor) - 1.0;
    const double perHire = team.productivity * (1.0 + team.allRepsUplift + team.newHireUplift) *
                           oneHireRepMonths(plan, change.hireFrom);
    if (perHire > 0.0)
        change.moreReps = int(std::min(1e6, std::ceil(gap / perHire)));
}

void resourcesChange(const Plan &plan, const ResourcesCeiling &resources, CalibrationChange &change)
{
    const double gap = double(plan.targets.annualTarget.minor - resources.ceiling.minor);
    const double overall = ratesOf(plan).overall();
    if (gap <= 0.0 || overall <= 0.0)
        return;
    const double deals = std::ceil(gap / double(resources.averageDealSize.minor));
    const double leads = std::ceil(deals / overall - 1e-9);
    change.moreBudget = moneyOf(leads * double(resources.costPerLead.minor), plan.info.currency);
}

} // namespace

double planRepMonths(const QList<RepOnTeam> &reps, const Period &period, double annualAttrition)
{
    double total = 0.0;
    for (int month = 0; month < Period::monthCount; ++month) {
        double productive = 0.0;
        for (const RepOnTeam &rep : reps)
            productive += repProductivity(rep, period, month);
        total += productive * stayingShare(annualAttrition, month);
    }
    return total;
}

std::optional<double> targetShareOf(const Money &target, const Money &ceiling)
{
    if (ceiling.minor <= 0)
        return std::nullopt;
    return double(target.minor) / double(ceiling.minor);
}

Calibration calibratePlan(const Plan &plan, int hireFrom)
{
    Calibration calibration;
    calibration.target = plan.targets.annualTarget;
    calibration.market = marketCeiling(plan);
    calibration.team = teamCeiling(plan);
    calibration.resources = resourcesCeiling(plan);
    calibration.change.hireFrom = std::clamp(hireFrom, 0, Period::monthCount - 1);
    if (calibration.market)
        calibration.change.shareNeeded = calibration.market->targetShare;
    if (calibration.team)
        teamChange(plan, *calibration.team, calibration.change);
    if (calibration.resources)
        resourcesChange(plan, *calibration.resources, calibration.change);
    return calibration;
}

} // namespace salesplan
