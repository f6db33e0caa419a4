#pragma once

#include "plan/money.h"
#include "plan/result.h"

// Growth against last year, gap to target and attainment. Amounts in different currencies are
// refused (a zero amount has no currency to disagree with), so is a growth of −100 % or less,
// and a result too large for Money is refused rather than wrapped.
namespace salesplan {

// target / lastYear − 1, e.g. 0.2 for +20 %. Refused when last year is zero or negative.
Result<double> growthRate(const Money &target, const Money &lastYear);
// lastYear × (1 + growth), rounded to minor units. Refused when last year is zero or negative.
Result<Money> targetFromGrowth(const Money &lastYear, double growth);
// target / (1 + growth), rounded to minor units: the last year a target and its growth imply
// (1.2亿 at +20 % → 1亿). Refused when the target is zero or negative.
Result<Money> impliedLastYear(const Money &target, double growth);
// target − actual; negative once the target is beaten.
Result<Money> gapToTarget(const Money &target, const Money &actual);
// actual / target, e.g. 0.85 for 85 %. Refused when the target is zero or negative.
Result<double> attainment(const Money &actual, const Money &target);

} // namespace salesplan
