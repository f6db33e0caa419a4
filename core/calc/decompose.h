#pragma once

#include "plan/money.h"
#include "plan/period.h"
#include "plan/result.h"

#include <QList>
#include <QString>

#include <array>

// Target decomposition: an amount split into parts that sum to it exactly, in minor units.
namespace salesplan {

// Splits `total` (>= 0) in proportion to `weights` (each >= 0, at least one > 0) with
// largest-remainder rounding: the parts always sum to `total` exactly and each part differs
// from its ideal share by less than one minor unit. The weights are first resolved to whole parts
// (between 2×10^8 and 2×10^9 in all; every positive weight at least one): whole-number and
// decimal weights such as 1 : 2 or 30 % : 70 % keep their exact ratio, any others are resolved to
// better than one part in 2×10^8. `field` names the split in errors. Refused: a negative total,
// no weights, a negative, NaN or infinite weight, all weights zero.
Result<QList<qint64>> splitExactly(qint64 total, const QList<double> &weights,
                                   const QString &field = {});

// A matrix whose rows sum exactly to `rowTotals` and columns to `columnTotals` (which must have
// the same sum); no cell is negative and each is close to rowTotal × columnTotal / total (filled
// column by column, a cell may drift by about one unit per earlier column). Used for member ×
// month. Refused: no rows or columns, a negative total, sums that differ.
using Matrix = QList<QList<qint64>>;
Result<Matrix> splitMatrix(const QList<qint64> &rowTotals, const QList<qint64> &columnTotals);

// The splits of the target: regions and product lines each split the company's target; the
// members' quotas (core/calc/quotas.h) split the regions'.
enum class TargetSplit { Regions, Products, Members };

// A dimension of the target (regions, product lines): each item a fixed annual amount or a
// weight among the items without one.
struct Dimension
{
    TargetSplit kind = TargetSplit::Regions;
    QString name;          // shown in errors, e.g. "regions"
    QStringList itemNames; // one per weight
    QList<double> weights;
    QList<qint64> fixedAmounts; // per item, > 0 = fixed; may be empty (all by weight)
};

struct DecompositionInputs
{
    Money annualTarget;
    MonthWeights monthWeights{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    QList<Dimension> dimensions;
};

// One dimension's split: each item's annual share and its share of each month.
struct DimensionSplit
{
    TargetSplit kind = TargetSplit::Regions;
    QString name;
    QStringList itemNames;
    QList<qint64> annual;       // per item, sums to the annual target
    QList<MonthValues> byMonth; // per item × month; rows sum to `annual`, columns to months
};

struct Decomposition
{
    QString currency;
    qint64 annual = 0;
    std::array<qint64, Period::quarterCount> quarters{}; // each the sum of its three months
    MonthValues months{};
    QList<DimensionSplit> dimensions; // those the plan has, in the order of TargetSplit

    // The split of `kind`, or null when the plan has none.
    const DimensionSplit *split(TargetSplit kind) const;
};

// Annual target → months (by the seasonality weights) → quarters, and each dimension by item and
// by item × month. Fixed amounts are taken first and the rest is split by the other items'
// weights. Every level sums exactly to its parent. Refused: a negative target, unusable month
// weights, a dimension whose names and weights differ in number or whose weights are unusable,
// fixed amounts above the target, or a rest that no item with a weight can take (the error
// names the dimension).
Result<Decomposition> decomposeTarget(const DecompositionInputs &inputs);

// The base (committed), stretch and challenge tiers: base × (1 + reserve), rounded to minor units.
// Refused: a negative base, a reserve that is negative, above 1 (100 %) or not a number, a
// challenge reserve below the stretch reserve, and a tier too large for qint64.
struct TargetTiers
{
    Money base;
    Money stretch;
    Money challenge;
};
Result<TargetTiers> targetTiers(const Money &base, double stretchReserve, double challengeReserve);

} // namespace salesplan
