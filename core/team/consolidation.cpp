#include "team/consolidation.h"

#include "calc/decompose.h"
#include "plan/format.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <QHash>

#include <cmath>

namespace salesplan {

namespace {

Finding unitFinding(Severity severity, QString message)
{
    return Finding{severity, Section::Targets, QStringLiteral("units"), std::move(message)};
}

Result<QList<qint64>> allocateByAmounts(const Plan &team)
{
    QList<qint64> amounts;
    for (const PlanUnit &unit : team.units) {
        if (unit.allocation.currency != team.info.currency && unit.allocation.minor != 0)
            return Error{unit.name,
                         TeamConsolidation::tr("the allocation is in %1, the team plan in %2")
                             .arg(unit.allocation.currency, team.info.currency)};
        if (unit.allocation.minor < 0)
            return Error{unit.name, TeamConsolidation::tr("the allocation must not be negative")};
        amounts.append(unit.allocation.minor);
    }
    return amounts;
}

// The regions' (or product lines') items of one unit added to the consolidated list by name.
void addItems(QList<ConsolidatedItem> &items, const DimensionSplit *split)
{
    if (!split)
        return;
    for (qsizetype i = 0; i < split->itemNames.size(); ++i) {
        const QString &name = split->itemNames.at(i);
        auto it = std::find_if(items.begin(), items.end(),
                               [&](const ConsolidatedItem &item) { return item.name == name; });
        if (it == items.end())
            it = items.insert(items.end(), ConsolidatedItem{name, 0, {}});
        it->annual += split->annual.at(i);
        for (int m = 0; m < Period::monthCount; ++m)
            it->months[std::size_t(m)] += split->byMonth.at(i)[std::size_t(m)];
    }
}

void addFunnel(ConsolidatedFunnel &sum, const BackwardResult &funnel)
{
    ++sum.units;
    sum.deals += funnel.deals;
    sum.proposals += funnel.proposals;
    sum.qualifiedLeads += funnel.qualifiedLeads;
    sum.leads += funnel.leads;
    sum.calls += funnel.calls;
    sum.repsRequired += funnel.repsRequired;
    sum.headcountRequired += funnel.headcountRequired;
    sum.headcount += funnel.headcount;
    sum.repsShort += funnel.repsShort;
    sum.marketingBudget += funnel.marketingBudget.minor;
}

void addCapacity(ConsolidatedCapacity &sum, const CapacityPlan &capacity)
{
    ++sum.units;
    for (int m = 0; m < Period::monthCount && m < capacity.months.size(); ++m) {
        const MonthCapacity &month = capacity.months.at(m);
        sum.repsAvailable[std::size_t(m)] += month.repsAvailable;
        sum.repsRequired[std::size_t(m)] += month.repsRequired;
        sum.repsShort[std::size_t(m)] += month.repsShort;
    }
}

void addCollections(ConsolidatedCollections &sum, const CollectionPlan &collections)
{
    ++sum.units;
    for (int m = 0; m < Period::monthCount; ++m)
        sum.months[std::size_t(m)] += collections.months[std::size_t(m)];
    sum.opening += collections.opening;
    sum.closingReceivable += collections.closingReceivable;
}

// Adds a unit's figures to the sums; false (and the reason in `problem`) when its target cannot
// be split, so that it has no figures to add.
bool addUnit(ConsolidatedFigures &sum, UnitRow &row, const Plan &plan)
{
    const PlanSummary summary = summarizePlan(plan);
    if (summary.budget)
        row.budget = summary.budget->total();
    if (!summary.decomposition) {
        row.problem = TeamConsolidation::tr("its target cannot be split: %1")
                          .arg(summary.decomposition.error().message());
        return false;
    }
    const Decomposition &split = *summary.decomposition;
    row.months = split.months;
    ++sum.unitsSummed;
    sum.annual += split.annual;
    for (int m = 0; m < Period::monthCount; ++m)
        sum.months[std::size_t(m)] += split.months[std::size_t(m)];
    for (int q = 0; q < Period::quarterCount; ++q)
        sum.quarters[std::size_t(q)] += split.quarters[std::size_t(q)];
    addItems(sum.regions, split.split(TargetSplit::Regions));
    addItems(sum.products, split.split(TargetSplit::Products));
    if (summary.quotas) {
        const DimensionSplit members = memberSplit(plan, *summary.quotas);
        for (qsizetype i = 0; i < members.itemNames.size(); ++i)
            sum.members.append(ConsolidatedMember{row.name, members.itemNames.at(i),
                                                  members.annual.at(i), members.byMonth.at(i)});
    }
    if (summary.funnel)
        addFunnel(sum.funnel, *summary.funnel);
    if (summary.capacity)
        addCapacity(sum.capacity, *summary.capacity);
    if (summary.collections && *summary.collections)
        addCollections(sum.collections, **summary.collections);
    if (row.budget) {
        ++sum.budgetUnits;
        sum.budgetTotal += *row.budget;
    }
    return true;
}

// Whether a unit in `currency` for `period` can be summed into the team's figures; when not, the
// row says why.
bool sameBasis(const Plan &team, const QString &currency, const Period &period, UnitRow &row)
{
    if (currency != team.info.currency) {
        row.status = UnitStatus::OtherCurrency;
        row.problem = TeamConsolidation::tr("its plan is in %1, the team plan in %2")
                          .arg(currency, team.info.currency);
        return false;
    }
    if (period != team.info.period) {
        row.status = UnitStatus::OtherPeriod;
        row.problem = TeamConsolidation::tr("its plan year starts %1, the team plan's %2")
                          .arg(formatMonthOfYear(period.firstDay()),
                               formatMonthOfYear(team.info.period.firstDay()));
        return false;
    }
    return true;
}

void markMissing(UnitRow &row, const QString &problem)
{
    row.status = UnitStatus::Missing;
    row.problem = problem.isEmpty() ? TeamConsolidation::tr("not read") : problem;
}

// A unit whose plan is a team plan itself: not summed, its units would be counted twice.
void markTeamPlan(UnitRow &row, const QString &problem)
{
    row.status = UnitStatus::TeamPlan;
    row.problem =
        !problem.isEmpty() ? problem
        : row.path.isEmpty()
            ? TeamConsolidation::tr("its plan is a team plan itself: link the units' own plans")
            : TeamConsolidation::tr("%1 is a team plan itself: link the units' own plans")
                  .arg(row.path);
}

// The row of a unit read (or not) as `input`, its figures added to `sum` when it is summed.
void readUnit(const Plan &team, const UnitInput &input, UnitRow &row, ConsolidatedFigures &sum)
{
    if (!input.plan)
        return markMissing(row, input.problem);
    const Plan &plan = *input.plan;
    if (!plan.units.isEmpty())
        return markTeamPlan(row, input.problem);
    row.members = int(plan.team.members.size());
    for (const Hire &hire : plan.team.hiring)
        row.plannedHires += hire.count;
    if (!sameBasis(team, plan.info.currency, plan.info.period, row))
        return;
    row.bottomUp = plan.targets.annualTarget.minor;
    row.status = addUnit(sum, row, plan) ? UnitStatus::Ok : UnitStatus::NoFigures;
}

// The row of a unit known by its figures alone, its year, months and budget added to `sum`.
void readFigures(const Plan &team, const UnitFiguresInput &input, UnitRow &row,
                 ConsolidatedFigures &sum)
{
    if (!input.figures)
        return markMissing(row, input.problem);
    const UnitFigures &figures = *input.figures;
    if (figures.teamPlan)
        return markTeamPlan(row, input.problem);
    row.members = figures.members;
    row.plannedHires = figures.plannedHires;
    if (!sameBasis(team, figures.currency, figures.period, row))
        return;
    row.bottomUp = figures.annualTarget;
    row.budget = figures.salesBudget;
    if (!figures.months) {
        row.status = UnitStatus::NoFigures;
        row.problem = TeamConsolidation::tr("its target cannot be split");
        return;
    }
    row.status = UnitStatus::Ok;
    row.months = *figures.months;
    ++sum.unitsSummed;
    sum.annual += figures.annualTarget;
    for (int m = 0; m < Period::monthCount; ++m) {
        sum.months[std::size_t(m)] += (*figures.months)[std::size_t(m)];
        sum.quarters[std::size_t(Period::quarterOfMonth(m))] += (*figures.months)[std::size_t(m)];
    }
    if (row.budget) {
        ++sum.budgetUnits;
        sum.budgetTotal += *row.budget;
    }
}

QString amountText(const Consolidation &c, qint64 minor)
{
    return formatPlanAmount(minor, c.currency);
}

void addFindings(Consolidation &c)
{
    for (const UnitRow &row : std::as_const(c.units)) {
        if (row.status != UnitStatus::Ok) {
            c.findings.append(
                unitFinding(Severity::Error,
                            TeamConsolidation::tr("The unit %1 is not in the team's figures: %2.")
                                .arg(row.name, row.problem)));
        } else if (!row.allocated) {
            c.findings.append(unitFinding(
                Severity::Warning,
                TeamConsolidation::tr("The unit %1 has a plan but no allocation in the team plan.")
                    .arg(row.name)));
        } else if (row.gapBeyondThreshold) {
            const qint64 gap = *row.gap();
            c.findings.append(unitFinding(
                Severity::Warning,
                (gap < 0 ? TeamConsolidation::tr(
                               "The unit %1 plans %2 less than its allocation of %3 (%4).")
                         : TeamConsolidation::tr(
                               "The unit %1 plans %2 more than its allocation of %3 (%4)."))
                    .arg(row.name, amountText(c, std::abs(gap)), amountText(c, row.topDown),
                         row.gapShare() ? formatPercent(*row.gapShare()) : QStringLiteral("—"))));
        }
    }
    const qint64 allocated = c.allocatedTotal();
    if (c.allocation == UnitAllocation::Amounts && allocated != c.teamTarget &&
        !c.units.isEmpty()) {
        c.findings.append(
            unitFinding(Severity::Warning,
                        TeamConsolidation::tr("The units are allocated %1 of the team's target %2.")
                            .arg(amountText(c, allocated), amountText(c, c.teamTarget))));
    }
    sortFindings(c.findings);
}

bool beyondThreshold(const UnitRow &row, double threshold)
{
    const std::optional<qint64> gap = row.gap();
    if (!gap || *gap == 0)
        return false;
    const std::optional<double> share = row.gapShare();
    return !share || std::abs(*share) > threshold;
}

// The consolidation of `team` over `units` (plans or figures), each read into its row by `read`.
template <typename Input, typename Read>
Consolidation consolidateWith(const Plan &team, const QList<Input> &units, Read read)
{
    Consolidation c;
    c.currency = team.info.currency;
    c.period = team.info.period;
    c.teamTarget = team.targets.annualTarget.minor;
    c.allocation = team.targets.unitAllocation;
    c.gapThreshold = team.targets.unitGapThreshold;

    const Result<QList<qint64>> allocation = allocateToUnits(team);
    if (!allocation) {
        c.findings.append(
            unitFinding(Severity::Error,
                        TeamConsolidation::tr("The target cannot be allocated to the units: %1.")
                            .arg(allocation.error().message())));
    }
    QHash<QString, qsizetype> inputByName;
    for (qsizetype i = 0; i < units.size(); ++i)
        inputByName.insert(units.at(i).name.trimmed().toCaseFolded(), i);

    for (qsizetype i = 0; i < team.units.size(); ++i) {
        const PlanUnit &unit = team.units.at(i);
        UnitRow row;
        row.name = unit.name;
        row.path = unit.path;
        row.topDown = allocation ? allocation->at(i) : 0;
        const auto input = inputByName.constFind(unit.name.trimmed().toCaseFolded());
        const bool found = input != inputByName.constEnd();
        read(team, found ? units.at(*input) : Input{unit.name, std::nullopt, {}}, row, c.figures);
        if (found)
            inputByName.erase(input);
        row.gapBeyondThreshold = beyondThreshold(row, c.gapThreshold);
        c.units.append(row);
    }
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (!inputByName.contains(units.at(i).name.trimmed().toCaseFolded()))
            continue;
        UnitRow row;
        row.name = units.at(i).name;
        row.allocated = false;
        read(team, units.at(i), row, c.figures);
        c.units.append(row);
    }
    addFindings(c);
    return c;
}

} // namespace

Result<QList<qint64>> allocateToUnits(const Plan &team)
{
    if (team.units.isEmpty())
        return QList<qint64>();
    if (team.targets.unitAllocation == UnitAllocation::Amounts)
        return allocateByAmounts(team);
    QList<double> weights;
    for (const PlanUnit &unit : team.units)
        weights.append(unit.weight);
    return splitExactly(team.targets.annualTarget.minor, weights,
                        TeamConsolidation::tr("the units' weights"));
}

std::optional<qint64> UnitRow::gap() const
{
    if (!bottomUp)
        return std::nullopt;
    return *bottomUp - topDown;
}

std::optional<double> UnitRow::gapShare() const
{
    const std::optional<qint64> difference = gap();
    if (!difference || topDown <= 0)
        return std::nullopt;
    return double(*difference) / double(topDown);
}

qint64 Consolidation::allocatedTotal() const
{
    qint64 total = 0;
    for (const UnitRow &row : units)
        total += row.topDown;
    return total;
}

int Consolidation::missingCount() const
{
    return int(std::count_if(units.begin(), units.end(),
                             [](const UnitRow &row) { return row.status != UnitStatus::Ok; }));
}

Consolidation consolidate(const Plan &team, const QList<UnitInput> &units)
{
    return consolidateWith(team, units, readUnit);
}

Consolidation consolidateFigures(const Plan &team, const QList<UnitFiguresInput> &units)
{
    return consolidateWith(team, units, readFigures);
}

QString unitStatusText(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Ok:
        return TeamConsolidation::tr("Included");
    case UnitStatus::Missing:
        return TeamConsolidation::tr("Missing");
    case UnitStatus::OtherCurrency:
        return TeamConsolidation::tr("Other currency");
    case UnitStatus::OtherPeriod:
        return TeamConsolidation::tr("Other plan year");
    case UnitStatus::NoFigures:
        return TeamConsolidation::tr("No figures");
    case UnitStatus::TeamPlan:
        return TeamConsolidation::tr("Team plan");
    }
    return {};
}

QString unitGapText(const UnitRow &row, const Consolidation &c)
{
    const std::optional<qint64> gap = row.gap();
    if (!gap)
        return QStringLiteral("—");
    const QString sign = *gap > 0 ? QStringLiteral("+") : QString();
    QString text = sign + amountText(c, *gap);
    if (const std::optional<double> share = row.gapShare())
        text += QStringLiteral(" (%1%2)").arg(sign, formatPercent(*share));
    if (row.gapBeyondThreshold)
        text += TeamConsolidation::tr(", beyond %1").arg(formatPercent(c.gapThreshold));
    return text;
}

QString unitStatusWords(const UnitRow &row)
{
    QString text = unitStatusText(row.status);
    if (!row.allocated)
        text += TeamConsolidation::tr(", no allocation");
    if (!row.problem.isEmpty())
        text = TeamConsolidation::tr("%1: %2", "a unit's status: why").arg(text, row.problem);
    return text;
}

QString unitsSummedText(const Consolidation &consolidation)
{
    return TeamConsolidation::tr("%1 of %n units", nullptr, int(consolidation.units.size()))
        .arg(consolidation.figures.unitsSummed);
}

} // namespace salesplan
