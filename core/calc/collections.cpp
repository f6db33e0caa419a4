#include "calc/collections.h"

#include "calc/decompose.h"
#include "plan/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace salesplan {

namespace {

// The translation context of the collection messages.
struct Collections
{
    Q_DECLARE_TR_FUNCTIONS(Collections)
};

// Shares that add up to 100 % within this are taken as adding up to it (typed percentages such
// as 33.3 + 33.3 + 33.4 are exact in decimal but not in binary).
constexpr double shareTolerance = 1e-9;

QString fieldName()
{
    return Collections::tr("collection terms");
}

std::optional<Error> checkShares(const CollectionShares &shares)
{
    double sum = 0;
    for (double share : shares) {
        if (!std::isfinite(share) || share < 0 || share > 1)
            return Error{fieldName(), Collections::tr("each share must be from 0 % to 100 %")};
        sum += share;
    }
    if (std::abs(sum - 1.0) > shareTolerance) {
        return Error{fieldName(), Collections::tr("the shares add up to %1, not %2")
                                      .arg(formatPercent(sum), formatPercent(1.0, 0))};
    }
    return std::nullopt;
}

QList<double> shareWeights(const CollectionShares &shares)
{
    return QList<double>(shares.begin(), shares.end());
}

// Adds what the bookings of plan month `month` (which may be before the plan year, negative)
// bring in to the plan months and the closing receivable.
void collectMonth(const QList<double> &weights, qint64 booked, int month, MonthValues &into,
                  qint64 &beyond)
{
    if (booked == 0)
        return;
    const QList<qint64> parts = splitExactly(booked, weights).value();
    for (int lag = 0; lag < collectionLags; ++lag) {
        const int target = month + lag;
        if (target >= Period::monthCount)
            beyond += parts.at(lag);
        else if (target >= 0)
            into[target] += parts.at(lag);
    }
}

// The typed opening receivable over the first months as if last year's bookings had been even:
// month k of the plan year gets the shares collected more than k months after booking.
MonthValues openingByMonth(const CollectionShares &shares, qint64 opening)
{
    MonthValues months{};
    if (opening == 0)
        return months;
    QList<double> weights(Period::monthCount, 0.0);
    for (int month = 0; month + 1 < collectionLags; ++month) {
        for (int lag = month + 1; lag < collectionLags; ++lag)
            weights[month] += shares[lag];
    }
    if (std::all_of(weights.begin(), weights.end(), [](double w) { return w == 0; }))
        weights[0] = 1.0; // terms that collect everything at once: due in the first month
    const QList<qint64> parts = splitExactly(opening, weights).value();
    std::copy(parts.begin(), parts.end(), months.begin());
    return months;
}

// Last year's bookings collected in the plan year, by month.
MonthValues lastYearByMonth(const CollectionShares &shares, const MonthValues &lastYear)
{
    const QList<double> weights = shareWeights(shares);
    MonthValues months{};
    qint64 ignored = 0;
    for (int month = 0; month < Period::monthCount; ++month)
        collectMonth(weights, lastYear[month], month - Period::monthCount, months, ignored);
    return months;
}

bool anyNegative(const MonthValues &values)
{
    return std::any_of(values.begin(), values.end(), [](qint64 v) { return v < 0; });
}

} // namespace

CollectionPlan collectionsOf(const CollectionShares &shares, const MonthValues &bookings)
{
    const QList<double> weights = shareWeights(shares);
    CollectionPlan plan;
    for (int month = 0; month < Period::monthCount; ++month)
        collectMonth(weights, bookings[month], month, plan.months, plan.closingReceivable);
    return plan;
}

Result<CollectionPlan> planCollections(const CollectionInputs &inputs)
{
    if (const auto problem = checkShares(inputs.shares))
        return *problem;
    if (anyNegative(inputs.bookings) ||
        (inputs.lastYearBookings && anyNegative(*inputs.lastYearBookings)))
        return Error{fieldName(), Collections::tr("bookings cannot be negative")};
    if (inputs.openingReceivable < 0)
        return Error{Collections::tr("opening receivable"), Collections::tr("cannot be negative")};
    CollectionPlan plan = collectionsOf(inputs.shares, inputs.bookings);
    plan.fromOpening = inputs.lastYearBookings
                           ? lastYearByMonth(inputs.shares, *inputs.lastYearBookings)
                           : openingByMonth(inputs.shares, inputs.openingReceivable);
    for (int month = 0; month < Period::monthCount; ++month) {
        plan.months[month] += plan.fromOpening[month];
        plan.opening += plan.fromOpening[month];
    }
    return plan;
}

} // namespace salesplan
