#pragma once

#include "plan/plan.h"
#include "server/teamserver.h"
#include "team/consolidation.h"

#include <QList>

// The units a consolidation over the team server adds up, matched to the team plan's units by
// name (in any case): each unit's latest published plan (the director's consolidation) or figures
// (a manager's), and for a unit of the team plan with none, that nothing is published yet. The
// window and the command line consolidate from the same inputs.
namespace salesplan::server {

QList<UnitInput> publishedPlanInputs(const Plan &team, const QList<PublishedPlan> &published);
QList<UnitFiguresInput> publishedFiguresInputs(const Plan &team,
                                               const QList<PublishedFigures> &published);

} // namespace salesplan::server
