#include "summary/actualsinput.h"

#include "plan/numberinput.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace salesplan {

namespace {

// The translation context of the messages about typed actuals.
struct ActualsInput
{
    Q_DECLARE_TR_FUNCTIONS(ActualsInput)
};

QString nameOf(const HistoryEntry &entry, ActualsBy by)
{
    switch (by) {
    case ActualsBy::Region:
        return entry.region.trimmed();
    case ActualsBy::Product:
        return entry.product.trimmed();
    case ActualsBy::Member:
        return entry.member.trimmed();
    case ActualsBy::Company:
        break;
    }
    // An entry that names a region, product line or member is no row of the company's grid.
    const bool namesNone = entry.region.trimmed().isEmpty() && entry.product.trimmed().isEmpty() &&
                           entry.member.trimmed().isEmpty();
    return namesNone ? QString() : QStringLiteral("\n");
}

// The region the team member `name` works in; empty for none or no such member.
QString regionOf(const Plan &plan, const QString &name)
{
    for (const Member &member : plan.team.members) {
        if (member.name.trimmed() == name)
            return member.region.trimmed();
    }
    return {};
}

bool inPlanCurrency(const HistoryEntry &entry, const Plan &plan)
{
    return entry.amount.currency == plan.info.currency ||
           (entry.amount.isZero() && entry.amount.currency.isEmpty());
}

void addEntry(ActualsCell &cell, const Plan &plan, const HistoryEntry &entry, ActualsBy by)
{
    cell.amount = cell.amount.value_or(0) + entry.amount.minor;
    ++cell.entries;
    cell.typed = cell.entries == 1 && isTypedEntry(plan, entry, by);
}

// The positions in the plan's history of the entries of the cell of `name` and `monthIndex`.
QList<qsizetype> cellEntries(const Plan &plan, ActualsBy by, const QString &name, int monthIndex)
{
    QList<qsizetype> found;
    const QDate month = plan.info.period.monthStart(monthIndex);
    for (qsizetype i = 0; i < plan.history.size(); ++i) {
        const HistoryEntry &entry = plan.history.at(i);
        if (entry.month == month && nameOf(entry, by) == name.trimmed())
            found.append(i);
    }
    return found;
}

// What a KPI measured in a count or a rate may be: leads whole and not negative, a win rate
// 0–100 %, a custom KPI anything.
NumberRule kpiNumberRule(KpiMeasure measure)
{
    constexpr double most = std::numeric_limits<double>::max();
    switch (measure) {
    case KpiMeasure::QualifiedLeads:
        return NumberRule{0.0, most, 0, false};
    case KpiMeasure::WinRate:
        return NumberRule{0.0, 100.0, 2, true};
    case KpiMeasure::AverageDealSize:
    case KpiMeasure::Revenue:
    case KpiMeasure::Custom:
        break;
    }
    return NumberRule{std::numeric_limits<double>::lowest(), most, 4, false};
}

} // namespace

bool isTypedEntry(const Plan &plan, const HistoryEntry &entry, ActualsBy by)
{
    const bool noRegion = entry.region.trimmed().isEmpty();
    const bool noProduct = entry.product.trimmed().isEmpty();
    const bool noMember = entry.member.trimmed().isEmpty();
    switch (by) {
    case ActualsBy::Region:
        return noProduct && noMember;
    case ActualsBy::Product:
        return noRegion && noMember;
    case ActualsBy::Company:
        return noRegion && noProduct && noMember;
    case ActualsBy::Member:
        break;
    }
    return noProduct && (noRegion || entry.region.trimmed() == regionOf(plan, nameOf(entry, by)));
}

QList<ActualsBy> actualsDimensions(const Plan &plan)
{
    QList<ActualsBy> dimensions;
    for (ActualsBy by : {ActualsBy::Region, ActualsBy::Product, ActualsBy::Member}) {
        if (!actualsNames(plan, by).isEmpty())
            dimensions.append(by);
    }
    if (dimensions.isEmpty())
        dimensions.append(ActualsBy::Company);
    return dimensions;
}

QStringList actualsNames(const Plan &plan, ActualsBy by)
{
    QStringList names;
    const auto add = [&names](const QString &name) {
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names.append(name.trimmed());
    };
    switch (by) {
    case ActualsBy::Region:
        for (const WeightedItem &region : plan.targets.regions)
            add(region.name);
        break;
    case ActualsBy::Product:
        for (const WeightedItem &product : plan.targets.products)
            add(product.name);
        break;
    case ActualsBy::Member:
        for (const Member &member : plan.team.members)
            add(member.name);
        break;
    case ActualsBy::Company:
        return {QString()};
    }
    return names;
}

ActualsGrid actualsGrid(const Plan &plan, ActualsBy by)
{
    ActualsGrid grid;
    grid.by = by;
    grid.names = actualsNames(plan, by);
    grid.rows.resize(grid.names.size());
    QHash<QString, qsizetype> rows;
    for (qsizetype i = 0; i < grid.names.size(); ++i)
        rows.insert(grid.names.at(i), i);
    for (const HistoryEntry &entry : plan.history) {
        const int month = plan.info.period.monthIndexOf(entry.month);
        const auto row = rows.constFind(nameOf(entry, by));
        if (month < 0 || row == rows.constEnd() || !inPlanCurrency(entry, plan))
            continue;
        addEntry(grid.rows[*row][std::size_t(month)], plan, entry, by);
    }
    return grid;
}

ActualsCell actualsCell(const Plan &plan, ActualsBy by, const QString &name, int monthIndex)
{
    ActualsCell cell;
    for (qsizetype i : cellEntries(plan, by, name, monthIndex)) {
        const HistoryEntry &entry = plan.history.at(i);
        if (inPlanCurrency(entry, plan))
            addEntry(cell, plan, entry, by);
        else
            cell.typed = false;
    }
    return cell;
}

QString actualsCellLock(const ActualsCell &cell)
{
    if (cell.typed)
        return {};
    if (cell.entries > 1)
        return ActualsInput::tr("This amount adds up %n booked entries, so it cannot be typed "
                                "over. Change them in Targets ▸ History.",
                                nullptr, cell.entries);
    return ActualsInput::tr("This amount was imported with more details (a product line, a "
                            "region or another currency), so it cannot be typed over. Change it "
                            "in Targets ▸ History.");
}

Status setActualsCell(Plan &plan, ActualsBy by, const QString &name, int monthIndex,
                      const std::optional<Money> &amount)
{
    const ActualsCell cell = actualsCell(plan, by, name, monthIndex);
    if (!cell.typed)
        return Error{{}, actualsCellLock(cell)};
    if (amount && amount->currency != plan.info.currency)
        return Error{{}, ActualsInput::tr("the amount is not in %1").arg(plan.info.currency)};
    const QList<qsizetype> entries = cellEntries(plan, by, name, monthIndex);
    if (!entries.isEmpty()) {
        if (amount)
            plan.history[entries.first()].amount = *amount;
        else
            plan.history.removeAt(entries.first());
        return Success{};
    }
    if (!amount)
        return Success{};
    HistoryEntry entry;
    entry.id = plan.ids.take();
    entry.month = plan.info.period.monthStart(monthIndex);
    entry.amount = *amount;
    switch (by) {
    case ActualsBy::Region:
        entry.region = name.trimmed();
        break;
    case ActualsBy::Product:
        entry.product = name.trimmed();
        break;
    case ActualsBy::Member:
        entry.member = name.trimmed();
        entry.region = regionOf(plan, name.trimmed());
        break;
    case ActualsBy::Company:
        break;
    }
    plan.history.append(entry);
    return Success{};
}

// --- KPI actuals ------------------------------------------------------------------------------

QList<Kpi> typedKpis(const Plan &plan)
{
    QList<Kpi> kpis;
    for (const Kpi &kpi : plan.metrics.kpis) {
        if (kpi.measures != KpiMeasure::Revenue)
            kpis.append(kpi);
    }
    return kpis;
}

std::optional<double> kpiActualValue(const Plan &plan, RowId kpiId, int monthIndex)
{
    const QDate month = plan.info.period.monthStart(monthIndex);
    std::optional<double> value;
    for (const KpiActual &actual : plan.kpiActuals) {
        if (actual.kpi == kpiId && actual.month == month)
            value = actual.value; // the last one, as the review reads it
    }
    return value;
}

Result<double> parseKpiActual(const Kpi &kpi, const QString &text, const QString &currency)
{
    if (kpi.measures == KpiMeasure::AverageDealSize || kpi.measures == KpiMeasure::Revenue) {
        const Result<Money> money = Money::parseInput(text, currency);
        if (!money)
            return Error{kpi.name, money.error().reason};
        if (money->isNegative())
            return Error{kpi.name, ActualsInput::tr("a deal size cannot be negative")};
        return money->toMajor();
    }
    const Result<double> value = parseNumberInput(text, kpiNumberRule(kpi.measures));
    if (!value)
        return Error{kpi.name, value.error().reason};
    return value;
}

void setKpiActual(Plan &plan, RowId kpiId, int monthIndex, const std::optional<double> &value)
{
    const QDate month = plan.info.period.monthStart(monthIndex);
    const auto sameCell = [&](const KpiActual &actual) {
        return actual.kpi == int(kpiId) && actual.month == month;
    };
    const auto found = std::find_if(plan.kpiActuals.begin(), plan.kpiActuals.end(), sameCell);
    if (!value) {
        plan.kpiActuals.removeIf(sameCell);
        return;
    }
    if (found == plan.kpiActuals.end()) {
        plan.kpiActuals.append(KpiActual{plan.ids.take(), int(kpiId), month, *value});
        return;
    }
    found->value = *value;
    // Later duplicates of the month, which the review would read instead, go.
    const qsizetype kept = std::distance(plan.kpiActuals.begin(), found);
    for (qsizetype i = plan.kpiActuals.size() - 1; i > kept; --i) {
        if (sameCell(plan.kpiActuals.at(i)))
            plan.kpiActuals.removeAt(i);
    }
}

} // namespace salesplan
