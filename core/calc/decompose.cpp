#include "calc/decompose.h"

#include "plan/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace salesplan {

namespace {

// The translation context of the decomposition's messages.
struct Decompose
{
    Q_DECLARE_TR_FUNCTIONS(Decompose)
};

// The weights become whole parts whose sum is at most about 2×10^9 (and above 2×10^8), so that
// (total mod parts) × part stays below 2^62 and every share is exact integer arithmetic.
constexpr double largestPartsSum = 2e9;
constexpr qint64 partsSumLimit = qint64(1) << 31;

// The label of a weight in messages: its item's name, or its position.
QString weightLabel(const QStringList &names, qsizetype index)
{
    if (index < names.size())
        return names.at(index);
    return Decompose::tr("entry %1").arg(index + 1);
}

bool isUsableWeight(double weight)
{
    return std::isfinite(weight) && weight >= 0;
}

// Why an unusable weight cannot be used.
QString weightProblem(double weight, const QString &label)
{
    if (std::isnan(weight))
        return Decompose::tr("the weight of %1 is not a number").arg(label);
    if (std::isinf(weight))
        return Decompose::tr("the weight of %1 is infinite").arg(label);
    return Decompose::tr("the weight of %1 is negative").arg(label);
}

// The field a split's errors name: the caller's, or "weights".
QString splitField(const QString &field)
{
    return field.isEmpty() ? Decompose::tr("weights") : field;
}

// Refuses weights a split cannot use: none at all, a negative, NaN or infinite one, or all zero.
std::optional<Error> checkWeights(const QList<double> &weights, const QStringList &names,
                                  const QString &field)
{
    if (weights.isEmpty())
        return Error{splitField(field), Decompose::tr("has no entries to split between")};
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (!isUsableWeight(weights.at(i)))
            return Error{splitField(field), weightProblem(weights.at(i), weightLabel(names, i))};
    }
    if (std::all_of(weights.begin(), weights.end(), [](double weight) { return weight == 0; }))
        return Error{splitField(field), Decompose::tr("all weights are zero")};
    return std::nullopt;
}

// Weights of extreme magnitude are brought near 1 first, so the power of ten below stays finite.
QList<double> moderateWeights(const QList<double> &weights)
{
    const double largest = *std::max_element(weights.begin(), weights.end());
    if (largest >= 1e-100 && largest <= 1e100)
        return weights;
    QList<double> moderated = weights;
    for (double &weight : moderated)
        weight /= largest;
    return moderated;
}

// The weights as whole parts: multiplied by the power of ten that brings their sum into
// (2×10^8, 2×10^9] and rounded, so decimal weights such as 1 : 2 or 0.3 : 0.7 keep their exact
// ratio. A positive weight gets at least one part.
QList<qint64> integerParts(const QList<double> &weights)
{
    const QList<double> moderated = moderateWeights(weights);
    const double sum = std::accumulate(moderated.begin(), moderated.end(), 0.0);
    const double scale = std::pow(10.0, std::floor(std::log10(largestPartsSum / sum)));
    QList<qint64> parts;
    parts.reserve(moderated.size());
    for (qsizetype i = 0; i < moderated.size(); ++i) {
        const auto part = static_cast<qint64>(std::llround(moderated.at(i) * scale));
        parts.append(weights.at(i) > 0 ? std::max<qint64>(part, 1) : 0);
    }
    return parts;
}

// Adds the `leftover` units one each to the shares with the largest remainders, ties going to the
// lower index.
void distributeLeftover(QList<qint64> &shares, const QList<qint64> &remainders, qint64 leftover)
{
    QList<qsizetype> order(shares.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    const auto byLargestRemainder = [&remainders](qsizetype a, qsizetype b) {
        return remainders.at(a) != remainders.at(b) ? remainders.at(a) > remainders.at(b) : a < b;
    };
    const auto lastReceiving = order.begin() + leftover;
    std::partial_sort(order.begin(), lastReceiving, order.end(), byLargestRemainder);
    for (auto it = order.begin(); it != lastReceiving; ++it)
        ++shares[*it];
}

// The share of `total` for each whole part, exact: see splitExactly.
QList<qint64> splitByParts(qint64 total, const QList<qint64> &parts, qint64 partsSum)
{
    // total = whole × partsSum + rest. whole × part <= total and rest × part < partsSum^2 < 2^62,
    // so each share whole × part + (rest × part) / partsSum is exact in qint64.
    const qint64 whole = total / partsSum;
    const qint64 rest = total % partsSum;
    QList<qint64> shares;
    QList<qint64> remainders;
    shares.reserve(parts.size());
    remainders.reserve(parts.size());
    for (qint64 part : parts) {
        shares.append(whole * part + rest * part / partsSum);
        remainders.append(rest * part % partsSum);
    }
    // The floors leave fewer units than there are parts with a remainder, so only positive
    // weights receive one.
    const qint64 leftover = total - std::accumulate(shares.begin(), shares.end(), qint64(0));
    distributeLeftover(shares, remainders, leftover);
    return shares;
}

// The sum of amounts, or nothing when it does not fit in qint64.
std::optional<qint64> checkedSum(const QList<qint64> &amounts)
{
    qint64 sum = 0;
    for (qint64 amount : amounts) {
        if (qAddOverflow(sum, amount, &sum))
            return std::nullopt;
    }
    return sum;
}

bool anyNegative(const QList<qint64> &amounts)
{
    return std::any_of(amounts.begin(), amounts.end(), [](qint64 amount) { return amount < 0; });
}

// Rounding the weights can give a nearly exhausted row a unit more than it has left; that excess
// moves to the first rows that still have room, so no later cell turns negative.
void capToRemaining(QList<qint64> &shares, const QList<qint64> &remaining)
{
    qint64 excess = 0;
    for (qsizetype row = 0; row < shares.size(); ++row) {
        if (shares.at(row) > remaining.at(row)) {
            excess += shares.at(row) - remaining.at(row);
            shares[row] = remaining.at(row);
        }
    }
    for (qsizetype row = 0; row < shares.size() && excess > 0; ++row) {
        const qint64 moved = std::min(excess, remaining.at(row) - shares.at(row));
        shares[row] += moved;
        excess -= moved;
    }
}

// One column of splitMatrix: its total in proportion to what each row still has to receive.
QList<qint64> splitColumn(qint64 columnTotal, const QList<qint64> &remaining)
{
    if (columnTotal == 0)
        return QList<qint64>(remaining.size(), 0);
    QList<double> weights;
    weights.reserve(remaining.size());
    for (qint64 amount : remaining)
        weights.append(static_cast<double>(amount));
    // The remaining amounts add up to at least this column's total, so they are not all zero.
    QList<qint64> shares = splitExactly(columnTotal, weights).value();
    capToRemaining(shares, remaining);
    return shares;
}

std::optional<Error> checkMatrixTotals(const QList<qint64> &rowTotals,
                                       const QList<qint64> &columnTotals)
{
    const QString rows = Decompose::tr("row totals");
    const QString columns = Decompose::tr("column totals");
    if (rowTotals.isEmpty())
        return Error{rows, Decompose::tr("there are none")};
    if (columnTotals.isEmpty())
        return Error{columns, Decompose::tr("there are none")};
    if (anyNegative(rowTotals))
        return Error{rows, Decompose::tr("cannot be negative")};
    if (anyNegative(columnTotals))
        return Error{columns, Decompose::tr("cannot be negative")};
    const std::optional<qint64> rowSum = checkedSum(rowTotals);
    const std::optional<qint64> columnSum = checkedSum(columnTotals);
    if (!rowSum)
        return Error{rows, Decompose::tr("add up to more than can be calculated with")};
    if (!columnSum)
        return Error{columns, Decompose::tr("add up to more than can be calculated with")};
    if (*rowSum != *columnSum) {
        return Error{rows, Decompose::tr("add up to %1, but the column totals to %2")
                               .arg(*rowSum)
                               .arg(*columnSum)};
    }
    return std::nullopt;
}

QStringList monthLabels()
{
    QStringList labels;
    for (int month = 1; month <= Period::monthCount; ++month)
        labels.append(Decompose::tr("month %1").arg(month));
    return labels;
}

qint64 fixedAmountOf(const Dimension &dimension, qsizetype item)
{
    return std::max<qint64>(0, dimension.fixedAmounts.value(item));
}

// Each item's year: the fixed amounts, and the rest by the weights of the items without one.
Result<QList<qint64>> itemYears(const Dimension &dimension, qint64 annual, const QString &currency)
{
    QList<qint64> years(dimension.weights.size(), 0);
    QList<double> weights;
    QStringList names;
    qint64 rest = annual;
    for (qsizetype item = 0; item < dimension.weights.size(); ++item) {
        const qint64 fixed = fixedAmountOf(dimension, item);
        years[item] = fixed;
        if (fixed == 0) {
            weights.append(dimension.weights.at(item));
            names.append(dimension.itemNames.at(item));
        } else if (qSubOverflow(rest, fixed, &rest) || rest < 0) {
            return Error{dimension.name, Decompose::tr("the fixed amounts add up to more than "
                                                       "the target of %1")
                                             .arg(formatMoney(Money{annual, currency}))};
        }
    }
    if (rest == 0 && weights.size() < years.size())
        return years;
    if (weights.isEmpty()) {
        return Error{dimension.name, Decompose::tr("the fixed amounts leave %1 that no entry "
                                                   "with a weight can take")
                                         .arg(formatMoney(Money{rest, currency}))};
    }
    if (const auto problem = checkWeights(weights, names, dimension.name))
        return *problem;
    const QList<qint64> shares = splitExactly(rest, weights, dimension.name).value();
    qsizetype next = 0;
    for (qsizetype item = 0; item < years.size(); ++item) {
        if (fixedAmountOf(dimension, item) == 0)
            years[item] = shares.at(next++);
    }
    return years;
}

Result<DimensionSplit> splitDimension(const Dimension &dimension, qint64 annual,
                                      const MonthValues &months, const QString &currency)
{
    if (dimension.itemNames.size() != dimension.weights.size()) {
        return Error{dimension.name, Decompose::tr("has %1 names but %2 weights")
                                         .arg(dimension.itemNames.size())
                                         .arg(dimension.weights.size())};
    }
    if (dimension.weights.isEmpty())
        return Error{dimension.name, Decompose::tr("has no entries to split between")};
    const Result<QList<qint64>> itemAnnual = itemYears(dimension, annual, currency);
    if (!itemAnnual)
        return itemAnnual.error();
    const Result<Matrix> cells =
        splitMatrix(*itemAnnual, QList<qint64>(months.begin(), months.end()));
    if (!cells)
        return Error{dimension.name, cells.error().reason};
    DimensionSplit split{dimension.kind, dimension.name, dimension.itemNames, *itemAnnual, {}};
    for (const QList<qint64> &row : *cells) {
        MonthValues rowMonths{};
        std::copy(row.begin(), row.end(), rowMonths.begin());
        split.byMonth.append(rowMonths);
    }
    return split;
}

// The stretch or challenge tier: base × (1 + reserve), refused rather than wrapped on overflow.
Result<Money> tierOf(const Money &base, double reserve, const QString &tierName)
{
    const Result<Money> tier = base.scaled(1.0 + reserve);
    if (!tier)
        return Error{tierName, Decompose::tr("is too large to calculate with")};
    return tier;
}

std::optional<Error> checkReserve(double reserve, const QString &field)
{
    if (std::isnan(reserve) || std::isinf(reserve))
        return Error{field, Decompose::tr("is not a number")};
    if (reserve < 0)
        return Error{field, Decompose::tr("cannot be negative")};
    if (reserve > 1)
        return Error{field, Decompose::tr("cannot be more than 100 %")};
    return std::nullopt;
}

} // namespace

Result<QList<qint64>> splitExactly(qint64 total, const QList<double> &weights, const QString &field)
{
    if (total < 0) {
        return Error{field.isEmpty() ? Decompose::tr("amount") : field,
                     Decompose::tr("cannot split a negative amount")};
    }
    if (const auto problem = checkWeights(weights, {}, field))
        return *problem;
    const QList<qint64> parts = integerParts(weights);
    const qint64 partsSum = std::accumulate(parts.begin(), parts.end(), qint64(0));
    if (partsSum >= partsSumLimit) {
        return Error{splitField(field), Decompose::tr("has too many entries to split between")};
    }
    return splitByParts(total, parts, partsSum);
}

Result<Matrix> splitMatrix(const QList<qint64> &rowTotals, const QList<qint64> &columnTotals)
{
    if (const auto problem = checkMatrixTotals(rowTotals, columnTotals))
        return *problem;
    Matrix cells(rowTotals.size(), QList<qint64>(columnTotals.size(), 0));
    QList<qint64> remaining = rowTotals;
    const qsizetype lastColumn = columnTotals.size() - 1;
    for (qsizetype column = 0; column < lastColumn; ++column) {
        const QList<qint64> shares = splitColumn(columnTotals.at(column), remaining);
        for (qsizetype row = 0; row < rowTotals.size(); ++row) {
            cells[row][column] = shares.at(row);
            remaining[row] -= shares.at(row);
        }
    }
    // The last column takes what each row has left, which also adds up to its total.
    for (qsizetype row = 0; row < rowTotals.size(); ++row)
        cells[row][lastColumn] = remaining.at(row);
    return cells;
}

Result<Decomposition> decomposeTarget(const DecompositionInputs &inputs)
{
    const qint64 annual = inputs.annualTarget.minor;
    if (annual < 0)
        return Error{Decompose::tr("annual target"), Decompose::tr("cannot be negative")};
    const QList<double> monthWeights(inputs.monthWeights.begin(), inputs.monthWeights.end());
    if (const auto problem =
            checkWeights(monthWeights, monthLabels(), Decompose::tr("seasonality")))
        return *problem;
    const QList<qint64> months = splitExactly(annual, monthWeights).value();

    Decomposition decomposition;
    decomposition.currency = inputs.annualTarget.currency;
    decomposition.annual = annual;
    for (int month = 0; month < Period::monthCount; ++month) {
        decomposition.months[month] = months.at(month);
        decomposition.quarters[Period::quarterOfMonth(month)] += months.at(month);
    }
    for (const Dimension &dimension : inputs.dimensions) {
        Result<DimensionSplit> split =
            splitDimension(dimension, annual, decomposition.months, decomposition.currency);
        if (!split)
            return split.error();
        decomposition.dimensions.append(std::move(split).value());
    }
    return decomposition;
}

const DimensionSplit *Decomposition::split(TargetSplit kind) const
{
    for (const DimensionSplit &dimension : dimensions) {
        if (dimension.kind == kind)
            return &dimension;
    }
    return nullptr;
}

Result<TargetTiers> targetTiers(const Money &base, double stretchReserve, double challengeReserve)
{
    if (base.isNegative())
        return Error{Decompose::tr("annual target"), Decompose::tr("cannot be negative")};
    const QString stretchField = Decompose::tr("stretch reserve");
    const QString challengeField = Decompose::tr("challenge reserve");
    if (const auto problem = checkReserve(stretchReserve, stretchField))
        return *problem;
    if (const auto problem = checkReserve(challengeReserve, challengeField))
        return *problem;
    if (challengeReserve < stretchReserve)
        return Error{challengeField, Decompose::tr("is below the stretch reserve")};
    const Result<Money> stretch = tierOf(base, stretchReserve, Decompose::tr("stretch target"));
    if (!stretch)
        return stretch.error();
    const Result<Money> challenge =
        tierOf(base, challengeReserve, Decompose::tr("challenge target"));
    if (!challenge)
        return challenge.error();
    return TargetTiers{base, *stretch, *challenge};
}

} // namespace salesplan
