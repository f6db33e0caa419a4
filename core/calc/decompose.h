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
// from its ideal share by less than one minor unit (weights are resolved to one part in 10^9).
Result<QList<qint64>> splitExactly(qint64 total, const QList<double> &weights,
                                   const QString &field = {});

// A matrix whose rows sum exactly to `rowTotals` and columns to `columnTotals` (which must have
// the same sum); each cell is close to rowTotal × columnTotal / total. Used for member × month.
using Matrix = QList<QList<qint64>>;
Result<Matrix> splitMatrix(const QList<qint64> &rowTotals, const QList<qint64> &columnTotals);

// A weighted dimension of the target: regions, product lines or team members.
struct Dimension
{
    QString name;          // shown in errors, e.g. "regions"
    QStringList itemNames; // one per weight
    QList<double> weights;
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
    QString name;
    QStringList itemNames;
    QList<qint64> annual;           // per item, sums to the annual target
    QList<MonthValues> byMonth;     // per item × month; rows sum to `annual`, columns to months
};

struct Decomposition
{
    QString currency;
    qint64 annual = 0;
    std::array<qint64, Period::quarterCount> quarters{}; // each the sum of its three months
    MonthValues months{};
    QList<DimensionSplit> dimensions;
};

// Annual target → months (by the seasonality weights) → quarters, and each dimension by item and
// by item × month. Every level sums exactly to its parent.
Result<Decomposition> decomposeTarget(const DecompositionInputs &inputs);

// The base (committed), stretch and challenge tiers: base × (1 + reserve), rounded to minor units.
struct TargetTiers
{
    Money base;
    Money stretch;
    Money challenge;
};
Result<TargetTiers> targetTiers(const Money &base, double stretchReserve, double challengeReserve);

} // namespace salesplan
