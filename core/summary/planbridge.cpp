#include "summary/planbridge.h"

#include "plan/format.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace salesplan {

namespace {

// The translation context of the bridge's step names.
struct Bridge
{
    Q_DECLARE_TR_FUNCTIONS(Bridge)
};

// Last year's history of one dimension: the amount of each item (by position) and of the entries
// naming none of them.
struct LastYear
{
    QList<qint64> items;
    qint64 notAssigned = 0;
    qint64 total = 0;
    bool matchedAnItem = false;
    bool overflowed = false;
};

QString itemOf(const HistoryEntry &entry, TargetSplit dimension)
{
    return (dimension == TargetSplit::Regions ? entry.region : entry.product).trimmed();
}

void add(qint64 &sum, qint64 amount, bool &overflowed)
{
    if (qAddOverflow(sum, amount, &sum))
        overflowed = true;
}

LastYear lastYearOf(const Plan &plan, const DimensionSplit &split, const QString &currency)
{
    const Period lastYear = plan.info.period.earlier(1);
    QHash<QString, qsizetype> positions;
    for (qsizetype i = 0; i < split.itemNames.size(); ++i)
        positions.insert(split.itemNames.at(i).trimmed(), i);
    LastYear result;
    result.items.fill(0, split.itemNames.size());
    for (const HistoryEntry &entry : plan.history) {
        if (lastYear.monthIndexOf(entry.month) < 0)
            continue;
        if (entry.amount.currency != currency && !entry.amount.isZero())
            continue;
        add(result.total, entry.amount.minor, result.overflowed);
        const auto found = positions.constFind(itemOf(entry, split.kind));
        if (found == positions.constEnd()) {
            add(result.notAssigned, entry.amount.minor, result.overflowed);
            continue;
        }
        add(result.items[*found], entry.amount.minor, result.overflowed);
        result.matchedAnItem = true;
    }
    return result;
}

QList<BridgeStep> itemSteps(const DimensionSplit &split, const LastYear &lastYear)
{
    QList<BridgeStep> steps;
    for (qsizetype i = 0; i < split.itemNames.size(); ++i)
        steps.append({BridgeStep::Kind::Item, split.itemNames.at(i), lastYear.items.at(i),
                      split.annual.at(i)});
    std::stable_sort(steps.begin(), steps.end(), [](const BridgeStep &a, const BridgeStep &b) {
        return a.change() > b.change();
    });
    return steps;
}

} // namespace

std::optional<double> BridgeStep::changeRate() const
{
    if (lastYear <= 0)
        return std::nullopt;
    return double(change()) / double(lastYear);
}

std::optional<PlanBridge> planBridge(const Plan &plan, const Decomposition &decomposition,
                                     TargetSplit dimension)
{
    const DimensionSplit *split = decomposition.split(dimension);
    if (!split || dimension == TargetSplit::Members)
        return std::nullopt;
    const LastYear lastYear = lastYearOf(plan, *split, decomposition.currency);
    if (!lastYear.matchedAnItem || lastYear.overflowed)
        return std::nullopt;
    PlanBridge bridge;
    bridge.dimension = dimension;
    bridge.currency = decomposition.currency;
    bridge.end = decomposition.annual;
    bridge.historyTotal = lastYear.total;
    const Money &stated = plan.targets.lastYearActual;
    const bool statesLastYear = !stated.isZero() && stated.currency == bridge.currency;
    bridge.start = statesLastYear ? stated.minor : bridge.historyTotal;
    if (bridge.start != bridge.historyTotal) {
        const QString name = bridge.start > bridge.historyTotal
                                 ? Bridge::tr("Not in the history")
                                 : Bridge::tr("History above actual");
        bridge.steps.append(
            {BridgeStep::Kind::NotInHistory, name, bridge.start - bridge.historyTotal, 0});
    }
    bridge.steps.append(itemSteps(*split, lastYear));
    if (lastYear.notAssigned != 0)
        bridge.steps.append({BridgeStep::Kind::NotAssigned, Bridge::tr("Other / not assigned"),
                             lastYear.notAssigned, 0});
    return bridge;
}

QString withChangeSign(double change, const QString &magnitude)
{
    return (change < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

QString formatChange(qint64 minor, const QString &currency)
{
    return withChangeSign(double(minor), formatMoney(qAbs(minor), currency));
}

QString formatChangeRate(double rate)
{
    return withChangeSign(rate, formatPercent(std::abs(rate)));
}

QList<PlanBridge> planBridges(const Plan &plan, const Decomposition &decomposition)
{
    QList<PlanBridge> bridges;
    for (const TargetSplit dimension : {TargetSplit::Regions, TargetSplit::Products})
        if (std::optional<PlanBridge> bridge = planBridge(plan, decomposition, dimension))
            bridges.append(std::move(*bridge));
    return bridges;
}

} // namespace salesplan
