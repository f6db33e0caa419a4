#include "plan/period.h"

namespace salesplan {

int Period::monthIndexOf(const QDate &date) const
{
    if (!date.isValid() || date < firstDay() || date > lastDay())
        return -1;
    const int months = (date.year() - year) * 12 + date.month() - startMonth;
    return months;
}

} // namespace salesplan
