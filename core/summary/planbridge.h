#pragma once

#include "calc/decompose.h"
#include "plan/plan.h"

#include <QList>
#include <QString>

#include <optional>

// The bridge from last year to this year for one split of the target (regions or product lines):
// last year's actual, each item's change to its target this year, and this year's target, in
// minor units. Last year is the history of the 12 months before the plan year, matched to the
// items by name; an entry that names no item or an unknown one is "Other / not assigned", which
// has no target this year. When the plan states a last year's actual that differs from the
// history's total, the bridge starts at the stated figure (the one the growth is measured
// against) and a first step, "Not in the history" (or "History above actual" when the history is
// larger), takes it to the history's total. So the steps always add up exactly to the end minus
// the start.
namespace salesplan {

struct BridgeStep
{
    enum class Kind {
        Item,         // a region or product line of the plan
        NotAssigned,  // last year's entries naming no item or an unknown one
        NotInHistory, // the stated last year's actual less the history's total
    };
    Kind kind = Kind::Item;
    QString name; // the item's name, or what the other kinds are called
    qint64 lastYear = 0;
    qint64 thisYear = 0;
    qint64 change() const { return thisYear - lastYear; }
    // change / last year, when last year is positive.
    std::optional<double> changeRate() const;
};

struct PlanBridge
{
    TargetSplit dimension = TargetSplit::Regions;
    QString currency;
    qint64 start = 0;        // last year's actual: the plan's, else the history's total
    qint64 historyTotal = 0; // the history of the 12 months before the plan year
    qint64 end = 0;          // this year's target
    // The reconciling step first, then the items from the largest rise to the largest fall
    // (equal changes in the plan's order), then "Other / not assigned".
    QList<BridgeStep> steps;
};

// The bridge of `split` (regions or product lines), or none when no entry of the 12 months before
// the plan year names one of its items. Entries in another currency than the split's are left out.
std::optional<PlanBridge> planBridge(const Plan &plan, const Decomposition &decomposition,
                                     TargetSplit dimension);

// A change as the bridge writes it everywhere, with its sign: "+¥1,200.00", "−¥300.00", "+20.0 %".
QString formatChange(qint64 minor, const QString &currency);
QString formatChangeRate(double rate);
// `magnitude`, the change written without its sign, after the sign of `change`: "+" or "−".
QString withChangeSign(double change, const QString &magnitude);

// The bridges of the regions and the product lines that have history, in that order.
QList<PlanBridge> planBridges(const Plan &plan, const Decomposition &decomposition);

} // namespace salesplan
