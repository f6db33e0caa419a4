#pragma once

#include "plan/plan.h"
#include "team/consolidation.h"

#include <QList>
#include <QString>

// A team plan's units as files linked from it: each unit's plan (.salesplan or .json) found by a
// path relative to the team plan's folder, so that a folder of plans can be mailed or shared and
// still open. Files are read without a lock and never changed: the units' managers may have
// them open.
namespace salesplan {

// Where the unit's plan file is: its path taken from the folder of `teamFilePath` (an absolute
// path as it is), cleaned.
QString unitFilePath(const PlanUnit &unit, const QString &teamFilePath);
// The path to keep for `unitFile` in the team plan at `teamFilePath`: relative to its folder with
// '/' separators, or absolute when the two are on different drives.
QString unitPathFor(const QString &unitFile, const QString &teamFilePath);
// Why `unitFile` cannot be linked as a unit's plan of the team plan at `teamFilePath`, in words;
// empty when it can. The team plan's own file (by its canonical path) is refused: its units
// would be summed into themselves.
QString unitFileRefusal(const QString &unitFile, const QString &teamFilePath);

// Each unit of `team` read from its file, in order; a unit whose file cannot be read comes with
// the reason in words ("east.salesplan: does not exist"), as UnitPlanCache::read() tells it.
QList<UnitInput> readLinkedUnits(const Plan &team, const QString &teamFilePath);
// The consolidation of `team` over its linked units, or none when it has no units (the plan of
// one team): what the report and the window show.
std::optional<Consolidation> consolidateLinkedUnits(const Plan &team, const QString &teamFilePath);

} // namespace salesplan
