#include "summary/teamquotas.h"

#include "calc/seasonality.h"
#include "plan/format.h"
#include "summary/plansummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace salesplan {

namespace {

// The translation context of the quota texts.
struct Quotas
{
    Q_DECLARE_TR_FUNCTIONS(Quotas)
};

QuotaHolder memberHolder(const Member &member)
{
    return {member.name,
            member.region,
            member.quotaShare,
            1,
            member.quotaAmount.minor,
            {member.startDate, member.rampMonths}};
}

// The weight of an average rep: of the members by weight in `region`, else of all members by
// weight, else 1. Weights are relative, so a new hire is weighed on the team's own scale.
double averageWeight(const Plan &plan, const QString &region)
{
    const auto average = [&plan](auto inScope) {
        double sum = 0;
        int count = 0;
        for (const Member &member : plan.team.members) {
            if (member.quotaAmount.minor == 0 && inScope(member)) {
                sum += member.quotaShare;
                ++count;
            }
        }
        return count > 0 ? sum / count : 0.0;
    };
    const double inRegion = average([&](const Member &m) { return m.region == region; });
    if (inRegion > 0)
        return inRegion;
    const double overall = average([](const Member &) { return true; });
    return overall > 0 ? overall : 1.0;
}

QuotaHolder hireHolder(const Plan &plan, const Hire &hire)
{
    return {
        hireQuotaName(hire), hire.region, averageWeight(plan, hire.region),
        hire.count,          0,           {hire.startDate, plan.targets.funnel.newHireRampMonths}};
}

Finding quotaFinding(Severity severity, const QString &field, const QString &message)
{
    const Section section = field.startsWith(u"team") ? Section::Team : Section::Targets;
    return Finding{severity, section, field, message};
}

// The plan months from `first` to `last` as "January" or "January–March".
QString monthSpan(const Period &period, int first, int last)
{
    const QString from = formatMonthName(period.monthStart(first).month());
    if (first == last)
        return from;
    return QStringLiteral("%1–%2").arg(from, formatMonthName(period.monthStart(last).month()));
}

// The first run of months in which some of a group's target is carried by no one.
std::pair<int, int> firstUnassignedSpan(const MonthValues &unassigned)
{
    int first = 0;
    while (first < Period::monthCount && unassigned[first] == 0)
        ++first;
    int last = first;
    while (last + 1 < Period::monthCount && unassigned[last + 1] > 0)
        ++last;
    return {first, last};
}

void addGroupFindings(const Plan &plan, const GroupQuota &group, QList<Finding> &findings)
{
    qint64 unassigned = 0;
    for (qint64 amount : group.unassigned)
        unassigned += amount;
    if (unassigned == 0)
        return;
    const QString amount = formatMoney(unassigned, plan.info.currency);
    if (group.holders.isEmpty()) {
        findings.append(quotaFinding(
            Severity::Warning, QStringLiteral("team.members.region"),
            QCoreApplication::translate("Quotas", "%1 has a target but no member or planned hire "
                                                  "works in it: %2 is carried by no one.")
                .arg(group.name, amount)));
        return;
    }
    const auto [first, last] = firstUnassignedSpan(group.unassigned);
    findings.append(quotaFinding(
        Severity::Warning, QStringLiteral("team.members.startDate"),
        QCoreApplication::translate("Quotas", "No one in %1 carries quota in %2 (no one has "
                                              "started yet, or every weight is zero): %3 is "
                                              "carried by no one.")
            .arg(group.name, monthSpan(plan.info.period, first, last), amount)));
}

// Holders outside every region when quotas are split by region: they carry nothing.
// Without quotas by region, a member naming a region the plan does not have is only a hint
// that the name is probably mistyped: quotas are shared across the company.
void addUnknownRegionHints(const Plan &plan, QList<Finding> &findings)
{
    QStringList regions;
    for (const WeightedItem &region : plan.targets.regions)
        regions.append(region.name);
    for (const Member &member : plan.team.members) {
        if (member.region.isEmpty() || regions.contains(member.region))
            continue;
        findings.append(quotaFinding(
            Severity::Hint, QStringLiteral("team.members.region"),
            QCoreApplication::translate("Quotas", "%1 works in \u201c%2\u201d, which is not one "
                                                  "of the plan's regions; quotas are shared "
                                                  "across the company until members name the "
                                                  "plan's regions.")
                .arg(member.name, member.region)));
    }
}

void addOutsideFindings(const Plan &plan, const QuotaSplit &quotas, QList<Finding> &findings)
{
    if (!quotas.byRegion) {
        if (!plan.targets.regions.isEmpty())
            addUnknownRegionHints(plan, findings);
        return;
    }
    const QList<QuotaHolder> holders = quotaHolders(plan);
    for (qsizetype h = 0; h < holders.size(); ++h) {
        if (quotas.holders.at(h).group >= 0)
            continue;
        const QuotaHolder &holder = holders.at(h);
        const QString message =
            holder.group.isEmpty()
                ? QCoreApplication::translate("Quotas", "%1 has no region; the target is split "
                                                        "by region, so they carry no quota.")
                      .arg(holder.name)
                : QCoreApplication::translate("Quotas", "%1 works in \u201c%2\u201d, which is "
                                                        "not one of the plan's regions; they "
                                                        "carry no quota.")
                      .arg(holder.name, holder.group);
        findings.append(
            quotaFinding(Severity::Warning, QStringLiteral("team.members.region"), message));
    }
}

// Fixed amounts of regions or product lines above the target: the split is refused, and said.
void addFixedAmountFindings(const Plan &plan, QList<Finding> &findings)
{
    const auto check = [&](const QList<WeightedItem> &items, const QString &field,
                           const char *message) {
        qint64 fixed = 0;
        for (const WeightedItem &item : items)
            fixed += std::max<qint64>(0, item.quotaAmount.minor);
        if (fixed <= plan.targets.annualTarget.minor)
            return;
        findings.append(quotaFinding(Severity::Error, field,
                                     QCoreApplication::translate("Quotas", message)
                                         .arg(formatMoney(fixed, plan.info.currency),
                                              formatMoney(plan.targets.annualTarget))));
    };
    check(plan.targets.regions, QStringLiteral("targets.regions.quotaAmount"),
          QT_TRANSLATE_NOOP("Quotas", "The regions' fixed amounts add up to %1, more than the "
                                      "annual target of %2."));
    check(plan.targets.products, QStringLiteral("targets.products.quotaAmount"),
          QT_TRANSLATE_NOOP("Quotas", "The product lines' fixed amounts add up to %1, more "
                                      "than the annual target of %2."));
}

} // namespace

QList<QuotaHolder> quotaHolders(const Plan &plan)
{
    QList<QuotaHolder> holders;
    for (const Member &member : plan.team.members)
        holders.append(memberHolder(member));
    if (plan.targets.quotasFollowStart) {
        for (const Hire &hire : plan.team.hiring)
            holders.append(hireHolder(plan, hire));
    }
    return holders;
}

QString hireQuotaName(const Hire &hire)
{
    const QString role = hire.role.isEmpty() ? Quotas::tr("rep") : hire.role;
    if (hire.region.isEmpty())
        return QCoreApplication::translate("Quotas", "Hire: %1 × %2").arg(hire.count).arg(role);
    return QCoreApplication::translate("Quotas", "Hire: %1 × %2, %3")
        .arg(hire.count)
        .arg(role, hire.region);
}

QString unassignedQuotaName()
{
    return Quotas::tr("Carried by no one");
}

Result<QuotaSplit> planQuotas(const Plan &plan, const Decomposition &decomposition)
{
    QuotaInputs inputs;
    inputs.period = plan.info.period;
    inputs.currency = decomposition.currency;
    if (const DimensionSplit *regions = decomposition.split(TargetSplit::Regions)) {
        inputs.groupNames = regions->itemNames;
        inputs.groupMonths = regions->byMonth;
    }
    inputs.companyMonths = decomposition.months;
    inputs.holders = quotaHolders(plan);
    inputs.overAssignment = plan.targets.overAssignment;
    inputs.followStart = plan.targets.quotasFollowStart;
    return splitQuotas(inputs);
}

DimensionSplit memberSplit(const Plan &plan, const QuotaSplit &quotas)
{
    DimensionSplit split;
    split.kind = TargetSplit::Members;
    split.name = QCoreApplication::translate("Summary", "team members");
    const QList<QuotaHolder> holders = quotaHolders(plan);
    for (qsizetype h = 0; h < holders.size(); ++h) {
        split.itemNames.append(holders.at(h).name);
        split.annual.append(quotas.holders.at(h).annual);
        split.byMonth.append(quotas.holders.at(h).months);
    }
    if (quotas.unassigned > 0) {
        MonthValues unassigned{};
        for (const GroupQuota &group : quotas.groups) {
            for (int month = 0; month < Period::monthCount; ++month)
                unassigned[month] += group.unassigned[month];
        }
        split.itemNames.append(unassignedQuotaName());
        split.annual.append(quotas.unassigned);
        split.byMonth.append(unassigned);
    }
    return split;
}

std::optional<Result<CollectionPlan>> planCollectionsOf(const Plan &plan,
                                                        const Decomposition &decomposition)
{
    const CollectionTerms &terms = plan.targets.collections;
    if (!terms.isPlanned())
        return std::nullopt;
    CollectionInputs inputs;
    inputs.shares = terms.shares();
    inputs.bookings = decomposition.months;
    const Period lastYear = plan.info.period.earlier(1);
    const bool historyKnown =
        std::any_of(plan.history.begin(), plan.history.end(), [&](const HistoryEntry &entry) {
            return lastYear.monthIndexOf(entry.month) >= 0;
        });
    if (historyKnown)
        inputs.lastYearBookings = monthlyTotals(plan.history, lastYear);
    else
        inputs.openingReceivable = terms.openingReceivable.minor;
    return planCollections(inputs);
}

QString assignedAmountText(const Plan &plan, const QuotaSplit &quotas)
{
    const double ratio = quotas.target > 0 ? double(quotas.assigned) / double(quotas.target) : 1.0;
    return QStringLiteral("%1 (%2)").arg(formatMoney(quotas.assigned, plan.info.currency),
                                         formatPercent(ratio, 0));
}

QString assignedTargetText(const Plan &plan, const QuotaSplit &quotas)
{
    return QCoreApplication::translate("Quotas", "Company target %1 · assigned to reps %2")
        .arg(formatMoney(quotas.target, plan.info.currency), assignedAmountText(plan, quotas));
}

QString collectionsText(const Plan &plan, const CollectionPlan &collections)
{
    qint64 collected = 0;
    for (qint64 month : collections.months)
        collected += month;
    return QCoreApplication::translate("Quotas",
                                       "%1 to collect in the year; %2 still receivable at year end")
        .arg(formatMoney(collected, plan.info.currency),
             formatMoney(collections.closingReceivable, plan.info.currency));
}

QList<Finding> quotaFindings(const Plan &plan, const PlanSummary &summary)
{
    QList<Finding> findings;
    if (summary.collections && !*summary.collections) {
        findings.append(
            quotaFinding(Severity::Error, QStringLiteral("targets.collections"),
                         QCoreApplication::translate("Quotas", "Collections cannot be planned: %1.")
                             .arg(summary.collections->error().reason)));
    }
    addFixedAmountFindings(plan, findings);
    if (!summary.decomposition)
        return findings;
    if (!summary.quotas) {
        findings.append(quotaFinding(
            Severity::Error, QStringLiteral("team.members.quotaAmount"),
            QCoreApplication::translate("Quotas", "The quotas cannot be worked out: %1.")
                .arg(summary.quotas.error().message())));
        return findings;
    }
    if (!summary.quotas->holders.isEmpty()) {
        for (const GroupQuota &group : summary.quotas->groups)
            addGroupFindings(plan, group, findings);
    }
    addOutsideFindings(plan, *summary.quotas, findings);
    return findings;
}

} // namespace salesplan
