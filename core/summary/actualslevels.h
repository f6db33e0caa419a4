#pragma once

#include "plan/plan.h"

#include <QStringList>

// Whether the plan year's actuals hold a booking twice: typed as a total (the company's, a
// region's, a product line's or a member's) and again as a part of it, which the company's total
// would add up twice.
namespace salesplan {

// The months whose actuals are typed at more than one level that may hold the same booking (by
// region and by member without one, by region and by product line…), each said in words: the
// company's total adds every level, so a booking entered at two counts twice. Empty when none is.
QStringList actualsCountedTwice(const Plan &plan);

} // namespace salesplan
