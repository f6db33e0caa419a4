#pragma once

#include "team/consolidation.h"

#include <QByteArray>

// `salesplan consolidate --json`: a team plan's consolidation for scripts (docs/json-format.md
// describes it). Amounts are decimal strings in the team plan's currency.
namespace salesplan {

QByteArray consolidationToJson(const Plan &team, const Consolidation &consolidation);

} // namespace salesplan
