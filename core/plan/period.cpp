#include "plan/period.h"

namespace salesplan {

int Period::monthIndexOf(const QDate &date) const
{
    // One conversion of the date to its parts: this runs for every history entry of a review.
    int dateYear = 0;
    int dateMonth = 0;
    date.getDate(&dateYear, &dateMonth, nullptr);
    if (!date.isValid())
        return -1;
    const int months = (dateYear - year) * 12 + dateMonth - startMonth;
    return months >= 0 && months < monthCount ? months : -1;
}

} // namespace salesplan
