#include "store/rowpositions.h"

#include <algorithm>
#include <limits>

namespace salesplan::store {

namespace {

// Indexes into `current` of a longest strictly increasing run of existing positions.
QList<bool> rowsInOrder(const QList<std::optional<qint64>> &current)
{
    const qsizetype count = current.size();
    QList<bool> keep(count, false);
    QList<qsizetype> tails;               // tails[l]: row ending a run of length l + 1
    QList<qsizetype> previous(count, -1); // the row before each row in its run
    for (qsizetype row = 0; row < count; ++row) {
        if (!current[row])
            continue;
        const qint64 value = *current[row];
        const auto at =
            std::lower_bound(tails.begin(), tails.end(), value,
                             [&](qsizetype tail, qint64 v) { return *current[tail] < v; });
        const qsizetype length = at - tails.begin();
        previous[row] = length > 0 ? tails[length - 1] : -1;
        if (at == tails.end())
            tails.append(row);
        else
            *at = row;
    }
    for (qsizetype row = tails.isEmpty() ? -1 : tails.last(); row >= 0; row = previous[row])
        keep[row] = true;
    return keep;
}

QList<qint64> numberedAfresh(qsizetype count)
{
    QList<qint64> positions;
    positions.reserve(count);
    for (qsizetype row = 0; row < count; ++row)
        positions.append(qint64(row + 1) * positionStep);
    return positions;
}

// Positions for `count` rows strictly between lower and upper (either may be open); nothing
// when they do not fit.
std::optional<QList<qint64>> fitBetween(std::optional<qint64> lower, std::optional<qint64> upper,
                                        qsizetype count)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    const qint64 span = qint64(count) * positionStep;
    QList<qint64> positions;
    positions.reserve(count);
    if (!lower && !upper)
        return numberedAfresh(count);
    if (!upper) {
        if (*lower > max - span)
            return std::nullopt;
        for (qsizetype j = 0; j < count; ++j)
            positions.append(*lower + qint64(j + 1) * positionStep);
        return positions;
    }
    if (!lower) {
        if (*upper < min + span)
            return std::nullopt;
        for (qsizetype j = 0; j < count; ++j)
            positions.append(*upper - qint64(count - j) * positionStep);
        return positions;
    }
    // Unsigned arithmetic: the gap between two qint64 values may not fit in a qint64.
    const quint64 gap = quint64(*upper) - quint64(*lower);
    const quint64 stride = gap / quint64(count + 1);
    if (stride == 0)
        return std::nullopt;
    for (qsizetype j = 0; j < count; ++j)
        positions.append(qint64(quint64(*lower) + stride * quint64(j + 1)));
    return positions;
}

} // namespace

QList<qint64> assignPositions(const QList<std::optional<qint64>> &current)
{
    const qsizetype count = current.size();
    const QList<bool> keep = rowsInOrder(current);
    QList<qint64> positions(count, 0);
    std::optional<qint64> lower;
    qsizetype row = 0;
    while (row < count) {
        if (keep[row]) {
            positions[row] = *current[row];
            lower = positions[row];
            ++row;
            continue;
        }
        qsizetype end = row;
        while (end < count && !keep[end])
            ++end;
        const std::optional<qint64> upper = end < count ? current[end] : std::nullopt;
        const auto fitted = fitBetween(lower, upper, end - row);
        if (!fitted)
            return numberedAfresh(count);
        std::copy(fitted->begin(), fitted->end(), positions.begin() + row);
        row = end;
    }
    return positions;
}

} // namespace salesplan::store
