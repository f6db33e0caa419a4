#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "server/teamserver.h"

#include <QCoreApplication>
#include <QString>

// What a plan is based on at the team server (Plan::teamServer, kept in its file), the same for
// the command line and the window: which versions a publish of it is checked against, the basis
// after a fetch or a publish, and the unit's allocated target in words.
namespace salesplan::server {

struct PlanBasis
{
    Q_DECLARE_TR_FUNCTIONS(PlanBasis)
};

// Whether `basis` was taken at the server of `url` (its host, port and database, whoever signed
// in) for `unit` (in any case; empty: the director's team plan).
bool basisIsFor(const TeamServerBasis &basis, const QString &url, const QString &unit);

// The versions a publish of `plan` to `unit` (empty: the allocation) at `url` is checked against:
// the plan's basis when it was taken there, else none seen (0), so that a publish over any
// version published there is refused until the plan is fetched.
PublishBasis publishBasisOf(const Plan &plan, const QString &url, const QString &unit);

// What a publish returns: the version made and the plan's basis after it.
struct Publication
{
    PublishedVersion version;
    TeamServerBasis basis;
};

// Publishes `plan` as the next version of `unit` (empty: the allocation) checked against `basis`,
// then reads what the plan is based on now: the version it made, the allocation it was checked
// against and that allocation's target for the unit.
Result<Publication> publishPlan(TeamServer &server, const QString &unit, const Plan &plan,
                                const PublishBasis &basis);

// For the manager: "north is allocated ¥1.2亿 (allocation 3); this plan's target ¥1.1亿:
// −¥1,000万 (−8.3%)"; for the director: "The team plan is based on allocation 3."; nothing for a
// plan never fetched.
QString allocatedTargetText(const Plan &plan);
// What changed between two bases at one server: "The allocation changed from version 2 to 3:
// north was allocated ¥1亿." or "north has version 5 now, published after version 4.";
// nothing when neither changed or they are of different servers or units.
QString basisChangeText(const TeamServerBasis &before, const TeamServerBasis &after);

} // namespace salesplan::server
