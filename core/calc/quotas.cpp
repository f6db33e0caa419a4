#include "calc/quotas.h"

#include "calc/decompose.h"
#include "plan/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace salesplan {

namespace {

// The translation context of the quota messages.
struct Quotas
{
    Q_DECLARE_TR_FUNCTIONS(Quotas)
};

// How much of a full quota a holder carries in each month: 0 before the start month, the ramp
// factor while ramping up, then 1.
using MonthFactors = std::array<double, Period::monthCount>;

MonthFactors activityOf(const QuotaHolder &holder, const Period &period, bool followStart)
{
    MonthFactors factors;
    factors.fill(1.0);
    if (followStart) {
        for (int month = 0; month < Period::monthCount; ++month)
            factors[month] = repProductivity(holder.rep, period, month);
    }
    return factors;
}

qint64 sumOf(const MonthValues &values)
{
    return std::accumulate(values.begin(), values.end(), qint64(0));
}

// Holders go to the regions they name only when regions exist and someone names one.
bool holdersUseRegions(const QuotaInputs &inputs)
{
    return std::any_of(inputs.holders.begin(), inputs.holders.end(), [&](const QuotaHolder &h) {
        return !h.group.isEmpty() && inputs.groupNames.contains(h.group);
    });
}

// One group being split: its raised months, its holders and their month factors.
struct GroupWork
{
    MonthValues parent{};
    QList<int> holders;
};

// Every group's months raised by the over-assignment: each within one minor unit of
// month × (1 + rate), and all of them adding up to the whole target × (1 + rate) rounded, so
// the company's assigned total is exact. The units left by rounding down go to the months with
// the largest fractions.
Result<QList<MonthValues>> raisedGroups(const QList<MonthValues> &targets, double rate)
{
    qint64 total = 0;
    for (const MonthValues &months : targets)
        total += sumOf(months);
    const Result<qint64> raisedTotal = raisedBy(total, rate);
    if (!raisedTotal)
        return raisedTotal.error();
    QList<MonthValues> raised(targets.size());
    QList<std::pair<long double, qsizetype>> fractions; // (fraction, group × 12 + month)
    qint64 leftover = *raisedTotal;
    for (qsizetype g = 0; g < targets.size(); ++g) {
        for (int month = 0; month < Period::monthCount; ++month) {
            const long double exact =
                static_cast<long double>(targets.at(g)[month]) * (1.0L + rate);
            const long double whole = std::floor(exact);
            raised[g][month] = static_cast<qint64>(whole);
            leftover -= raised[g][month];
            fractions.append({exact - whole, g * Period::monthCount + month});
        }
    }
    std::stable_sort(fractions.begin(), fractions.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < fractions.size() && leftover > 0; ++i, --leftover) {
        const qsizetype cell = fractions.at(i).second;
        ++raised[cell / Period::monthCount][cell % Period::monthCount];
    }
    return raised;
}

// A fixed annual quota phased like the group's months over the months the holder is active in.
Result<MonthValues> phaseFixed(const QuotaHolder &holder, const MonthValues &parent,
                               const MonthFactors &factors)
{
    QList<double> weights;
    for (int month = 0; month < Period::monthCount; ++month)
        weights.append(double(parent[month]) * factors[month]);
    if (std::all_of(weights.begin(), weights.end(), [](double w) { return w == 0; })) {
        return Error{holder.name, Quotas::tr("has a fixed quota but no month of the plan year in "
                                             "which they are active has a target")};
    }
    const Result<QList<qint64>> parts = splitExactly(holder.fixedAnnual, weights, holder.name);
    if (!parts)
        return parts.error();
    MonthValues months{};
    std::copy(parts->begin(), parts->end(), months.begin());
    return months;
}

// Where the fixed quotas of a month exceed the group's month, moves the excess to other months
// the same holders are active in that still have room. False when some excess cannot move.
bool fitFixedQuotas(QList<MonthValues *> rows, const QList<MonthFactors> &factors,
                    const MonthValues &parent)
{
    MonthValues room = parent;
    for (const MonthValues *row : rows) {
        for (int month = 0; month < Period::monthCount; ++month)
            room[month] -= (*row)[month];
    }
    for (int month = 0; month < Period::monthCount; ++month) {
        for (qsizetype r = 0; r < rows.size() && room[month] < 0; ++r) {
            MonthValues &row = *rows[r];
            for (int other = 0; other < Period::monthCount && room[month] < 0; ++other) {
                if (other == month || factors[r][other] <= 0 || room[other] <= 0)
                    continue;
                const qint64 moved = std::min({-room[month], row[month], room[other]});
                row[month] -= moved;
                row[other] += moved;
                room[month] += moved;
                room[other] -= moved;
            }
        }
        if (room[month] < 0)
            return false;
    }
    return true;
}

std::optional<Error> checkWeight(const QuotaHolder &holder)
{
    if (!std::isfinite(holder.weight) || holder.weight < 0)
        return Error{holder.name, Quotas::tr("the quota weight must be zero or more")};
    if (holder.count < 0)
        return Error{holder.name, Quotas::tr("the number of people cannot be negative")};
    return std::nullopt;
}

// What the fixed quotas leave of each month, shared by weight × ramp factor among the others.
// When no one's factors change over the year, each holder's year is first set by weight and
// then phased like the months, which keeps the year exactly in proportion to the weights.
void shareByWeight(const MonthValues &rest, const QList<double> &weights,
                   const QList<MonthFactors> &factors, QList<MonthValues *> rows,
                   MonthValues &unassigned)
{
    if (std::none_of(weights.begin(), weights.end(), [](double w) { return w > 0; })) {
        unassigned = rest;
        return;
    }
    const bool uniform = std::all_of(factors.begin(), factors.end(), [](const MonthFactors &f) {
        return std::all_of(f.begin(), f.end(), [](double factor) { return factor == 1.0; });
    });
    if (uniform) {
        const QList<qint64> years = splitExactly(sumOf(rest), weights).value();
        const Matrix cells = splitMatrix(years, QList<qint64>(rest.begin(), rest.end())).value();
        for (qsizetype r = 0; r < rows.size(); ++r)
            std::copy(cells.at(r).begin(), cells.at(r).end(), rows[r]->begin());
        return;
    }
    for (int month = 0; month < Period::monthCount; ++month) {
        QList<double> active;
        for (qsizetype r = 0; r < rows.size(); ++r)
            active.append(weights.at(r) * factors.at(r)[month]);
        if (std::none_of(active.begin(), active.end(), [](double w) { return w > 0; })) {
            unassigned[month] = rest[month];
            continue;
        }
        const QList<qint64> parts = splitExactly(rest[month], active).value();
        for (qsizetype r = 0; r < rows.size(); ++r)
            (*rows[r])[month] = parts.at(r);
    }
}

// Splits one group among its holders, filling their months and the group's unassigned part.
std::optional<Error> splitGroup(const QuotaInputs &inputs, GroupQuota &group,
                                QList<HolderQuota> &quotas)
{
    QList<MonthValues *> fixedRows;
    QList<MonthFactors> fixedFactors;
    QList<MonthValues *> weightedRows;
    QList<MonthFactors> weightedFactors;
    QList<double> weights;
    qint64 fixedTotal = 0;
    for (int index : group.holders) {
        const QuotaHolder &holder = inputs.holders.at(index);
        if (const auto problem = checkWeight(holder))
            return problem;
        const MonthFactors factors = activityOf(holder, inputs.period, inputs.followStart);
        MonthValues &months = quotas[index].months;
        if (holder.fixedAnnual > 0) {
            if (qAddOverflow(fixedTotal, holder.fixedAnnual, &fixedTotal))
                return Error{group.name, Quotas::tr("the fixed quotas are too large to add up")};
            const Result<MonthValues> phased = phaseFixed(holder, group.assigned, factors);
            if (!phased)
                return phased.error();
            months = *phased;
            fixedRows.append(&months);
            fixedFactors.append(factors);
        } else {
            weightedRows.append(&months);
            weightedFactors.append(factors);
            weights.append(holder.weight * holder.count);
        }
    }
    const qint64 available = sumOf(group.assigned);
    if (fixedTotal > available) {
        return Error{group.name, Quotas::tr("the fixed quotas add up to %1, more than the %2 "
                                            "to assign")
                                     .arg(formatMoney(Money{fixedTotal, inputs.currency}),
                                          formatMoney(Money{available, inputs.currency}))};
    }
    if (!fitFixedQuotas(fixedRows, fixedFactors, group.assigned)) {
        return Error{group.name, Quotas::tr("the fixed quotas do not fit in the months their "
                                            "holders are active")};
    }
    MonthValues rest = group.assigned;
    for (const MonthValues *row : fixedRows) {
        for (int month = 0; month < Period::monthCount; ++month)
            rest[month] -= (*row)[month];
    }
    shareByWeight(rest, weights, weightedFactors, weightedRows, group.unassigned);
    return std::nullopt;
}

// The groups: one per region when holders name regions, otherwise the company.
Result<QList<GroupQuota>> groupsOf(const QuotaInputs &inputs, QList<HolderQuota> &quotas)
{
    QList<GroupQuota> groups;
    const bool byRegion = holdersUseRegions(inputs);
    const QList<MonthValues> targets = byRegion ? inputs.groupMonths : QList{inputs.companyMonths};
    const QStringList names = byRegion ? inputs.groupNames : QStringList{Quotas::tr("Company")};
    const Result<QList<MonthValues>> raised = raisedGroups(targets, inputs.overAssignment);
    if (!raised)
        return raised.error();
    for (qsizetype g = 0; g < targets.size(); ++g)
        groups.append({names.value(g), raised->at(g), {}, {}});
    for (qsizetype h = 0; h < inputs.holders.size(); ++h) {
        const int group = byRegion ? int(names.indexOf(inputs.holders.at(h).group)) : 0;
        quotas[h].group = group;
        if (group >= 0)
            groups[group].holders.append(int(h));
    }
    return groups;
}

} // namespace

Result<qint64> raisedBy(qint64 amount, double rate)
{
    const long double exact = static_cast<long double>(amount) * (1.0L + rate);
    if (!(std::fabs(exact) < 9.2e18L)) {
        return Error{Quotas::tr("over-assignment"),
                     Quotas::tr("makes the quotas too large to calculate with")};
    }
    return static_cast<qint64>(std::llround(exact));
}

Result<QuotaSplit> splitQuotas(const QuotaInputs &inputs)
{
    if (!(inputs.overAssignment >= 0 && inputs.overAssignment <= 1)) {
        return Error{Quotas::tr("over-assignment"), Quotas::tr("must be between 0 % and 100 %")};
    }
    if (inputs.groupNames.size() != inputs.groupMonths.size())
        return Error{Quotas::tr("regions"), Quotas::tr("have names and targets that differ in "
                                                       "number")};
    QuotaSplit split;
    split.holders.resize(inputs.holders.size());
    Result<QList<GroupQuota>> groups = groupsOf(inputs, split.holders);
    if (!groups)
        return groups.error();
    split.groups = std::move(groups).value();
    split.byRegion = holdersUseRegions(inputs);
    for (GroupQuota &group : split.groups) {
        if (const auto problem = splitGroup(inputs, group, split.holders))
            return *problem;
        split.assigned += sumOf(group.assigned);
        split.unassigned += sumOf(group.unassigned);
    }
    for (const MonthValues &months :
         split.byRegion ? inputs.groupMonths : QList{inputs.companyMonths})
        split.target += sumOf(months);
    for (HolderQuota &quota : split.holders) {
        quota.annual = sumOf(quota.months);
        const auto first = std::find_if(quota.months.begin(), quota.months.end(),
                                        [](qint64 amount) { return amount > 0; });
        quota.firstMonth = first == quota.months.end() ? -1 : int(first - quota.months.begin());
    }
    return split;
}

} // namespace salesplan
