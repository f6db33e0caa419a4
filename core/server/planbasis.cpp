#include "server/planbasis.h"

#include "plan/format.h"
#include "server/serverurl.h"

namespace salesplan::server {

namespace {

// host:port/database of a server URL, the same whoever signs in; empty for no valid URL.
QString serverOf(const QString &url)
{
    const auto address = parseServerUrl(url);
    if (!address)
        return QString();
    return QStringLiteral("%1:%2/%3")
        .arg(address->host.toLower())
        .arg(address->port)
        .arg(address->database);
}

QString signedAmount(const Money &money)
{
    return (money.minor > 0 ? QStringLiteral("+") : QString()) + formatPlanAmount(money);
}

} // namespace

bool basisIsFor(const TeamServerBasis &basis, const QString &url, const QString &unit)
{
    const QString server = serverOf(basis.server);
    return !server.isEmpty() && server == serverOf(url) &&
           basis.unit.compare(unit, Qt::CaseInsensitive) == 0;
}

PublishBasis publishBasisOf(const Plan &plan, const QString &url, const QString &unit)
{
    const bool seen = basisIsFor(plan.teamServer, url, unit);
    PublishBasis basis;
    basis.allocationVersion = seen ? plan.teamServer.allocationVersion : 0;
    if (!unit.isEmpty())
        basis.unitVersion = seen ? plan.teamServer.unitVersion : 0;
    return basis;
}

Result<Publication> publishPlan(TeamServer &server, const QString &unit, const Plan &plan,
                                const PublishBasis &basis)
{
    const Result<PublishedVersion> published =
        unit.isEmpty() ? server.publishAllocation(plan, basis.allocationVersion)
                       : server.publish(unit, plan, basis);
    if (!published)
        return published.error();
    const bool seen = basisIsFor(plan.teamServer, server.displayUrl(), unit);
    TeamServerBasis after;
    after.server = server.displayUrl();
    after.unit = unit;
    after.allocatedTarget = Money{0, plan.info.currency};
    if (unit.isEmpty()) {
        after.allocationVersion = int(published->number);
        return Publication{*published, after};
    }
    after.unitVersion = int(published->number);
    after.allocationVersion =
        int(basis.allocationVersion.value_or(seen ? plan.teamServer.allocationVersion : 0));
    if (seen && plan.teamServer.allocationVersion == after.allocationVersion)
        after.allocatedTarget = plan.teamServer.allocatedTarget;
    // The allocated target of the allocation the publish was checked against, when it is still
    // the latest (someone may have published since, a moment ago).
    const Result<TeamServerBasis> now = server.fetchBasis(unit, plan.info.currency);
    if (now && now->allocationVersion == after.allocationVersion)
        after.allocatedTarget = now->allocatedTarget;
    return Publication{*published, after};
}

QString allocatedTargetText(const Plan &plan)
{
    const TeamServerBasis &basis = plan.teamServer;
    if (basis.server.isEmpty())
        return QString();
    if (basis.unit.isEmpty())
        return basis.allocationVersion == 0
                   ? PlanBasis::tr("The team plan is based on no allocation: none was published.")
                   : PlanBasis::tr("The team plan is based on allocation %1.")
                         .arg(basis.allocationVersion);
    if (basis.allocationVersion == 0)
        return PlanBasis::tr("%1 has no allocation yet: the director has published none.")
            .arg(basis.unit);
    const Money &allocated = basis.allocatedTarget;
    QString text = PlanBasis::tr("%1 is allocated %2 (allocation %3)")
                       .arg(basis.unit, formatPlanAmount(allocated))
                       .arg(basis.allocationVersion);
    const Money &own = plan.targets.annualTarget;
    if (own.currency != allocated.currency || allocated.minor == 0)
        return PlanBasis::tr("%1; this plan's target %2.").arg(text, formatPlanAmount(own));
    const Money gap{own.minor - allocated.minor, own.currency};
    const double share = double(gap.minor) / double(allocated.minor);
    return PlanBasis::tr("%1; this plan's target %2: %3 (%4)")
        .arg(text, formatPlanAmount(own), signedAmount(gap),
             (gap.minor > 0 ? QStringLiteral("+") : QString()) + formatPercent(share));
}

QString basisChangeText(const TeamServerBasis &before, const TeamServerBasis &after)
{
    if (!basisIsFor(before, after.server, after.unit))
        return QString();
    QStringList lines;
    if (before.allocationVersion != after.allocationVersion) {
        QString line = PlanBasis::tr("The allocation changed from version %1 to %2")
                           .arg(before.allocationVersion)
                           .arg(after.allocationVersion);
        if (!after.unit.isEmpty() && before.allocatedTarget != after.allocatedTarget)
            line += PlanBasis::tr(": %1 was allocated %2, now %3")
                        .arg(after.unit, formatPlanAmount(before.allocatedTarget),
                             formatPlanAmount(after.allocatedTarget));
        lines << line + u'.';
    }
    if (!after.unit.isEmpty() && before.unitVersion != after.unitVersion)
        lines << PlanBasis::tr("%1 has version %2 now; this plan was based on version %3.")
                     .arg(after.unit)
                     .arg(after.unitVersion)
                     .arg(before.unitVersion);
    return lines.join(u'\n');
}

} // namespace salesplan::server
