#pragma once

#include "plan/period.h"
#include "plan/result.h"

#include <array>
#include <optional>

// Collections (回款): the cash a month's bookings bring in that month and the months after, by
// the plan's collection terms. In minor units; every booking is collected exactly once, in the
// plan year or as the receivable left at its end.
namespace salesplan {

inline constexpr int collectionLags = 7; // the same month and up to six months later
using CollectionShares = std::array<double, collectionLags>;

struct CollectionInputs
{
    CollectionShares shares{}; // [k]: the share collected k months after booking; sum 1
    MonthValues bookings{};    // the plan year's bookings by month
    // The last year's bookings by month, when known: what they leave to collect flows into the
    // plan year by the same terms.
    std::optional<MonthValues> lastYearBookings;
    qint64 openingReceivable = 0; // used when lastYearBookings is not known
};

struct CollectionPlan
{
    MonthValues months{};         // collected in each plan month
    MonthValues fromOpening{};    // the part of `months` that comes from last year's bookings
    qint64 opening = 0;           // last year's bookings still to collect when the year starts
    qint64 closingReceivable = 0; // the plan year's bookings still to collect at its end
};

// Refused: a share that is negative, above 100 % or not a number, shares that do not add up to
// 100 %, negative bookings or a negative opening receivable.
Result<CollectionPlan> planCollections(const CollectionInputs &inputs);

// What `bookings` bring in by month under `shares` (already checked), without the opening
// receivable: for a region's or a member's own bookings.
CollectionPlan collectionsOf(const CollectionShares &shares, const MonthValues &bookings);

} // namespace salesplan
