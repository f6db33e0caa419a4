#pragma once

#include "calc/calibration.h"
#include "plan/plan.h"

#include <QJsonObject>

namespace salesplan {

// The summary JSON's "calibration": the target, and for each of the market, the team and the
// resources the ceiling (null when not set, with the reason), the inputs it is worked out from,
// the target as a share of it and what would have to change (docs/json-format.md).
QJsonObject calibrationJson(const Plan &plan, const Calibration &calibration);

} // namespace salesplan
