#include "cli.h"

#include "exchange/planio.h"
#include "server/planbasis.h"
#include "server/teamserver.h"
#include "store/planfile.h"

#include <QFileInfo>
#include <QTextStream>

// `salesplan publish PLAN --server URL --unit NAME | --allocation` and `salesplan fetch PLAN
// --server URL [--unit NAME | --allocation]`: the plan file keeps what it is based on at the
// team server (Plan::teamServer), a publish is checked against it by default and both record it
// in the file, in one transaction and only once the server has answered.
namespace salesplan {

using namespace server;

namespace {

// The plan file a fetch or a publish records its basis in: a .salesplan file as it is now (not
// a JSON plan, nor a version saved in it).
bool recordsBasis(const QString &path)
{
    return !isJsonPlanPath(path) && QFileInfo::exists(path);
}

// What to do about a stale basis: fetch into the file, or, for a plan that keeps none, say the
// versions seen.
QString staleWayOut(const QString &path, bool recordsBasis, const QString &unit)
{
    if (!recordsBasis)
        return Cli::tr("%1 keeps no basis of its own: give the versions it is based on with "
                       "--allocation-version N and --unit-version N, or import it into a "
                       ".salesplan file and run “salesplan fetch” on that.")
            .arg(path);
    return Cli::tr("Run “salesplan fetch %1 --server URL %2” to record what is on the server now.")
        .arg(path,
             unit.isEmpty() ? QStringLiteral("--allocation") : QStringLiteral("--unit ") + unit);
}

} // namespace

int Cli::runPublish(const Words &words)
{
    const bool allocation = words.options.contains(QStringLiteral("--allocation"));
    const QString unit = words.options.value(QStringLiteral("--unit"));
    const QString url = words.options.value(QStringLiteral("--server"));
    if (!words.options.contains(QStringLiteral("--server")) || allocation == !unit.isEmpty())
        return fail(tr("publish: give --server URL and either --unit NAME or --allocation"));
    const auto allocationVersion = versionOption(words, QStringLiteral("--allocation-version"));
    const auto unitVersion = versionOption(words, QStringLiteral("--unit-version"));
    if (!allocationVersion || !unitVersion)
        return fail((!allocationVersion ? allocationVersion : unitVersion).error().message());
    const QString path = words.positional.first();
    std::unique_ptr<PlanFile> file;
    Plan plan;
    if (recordsBasis(path)) {
        auto opened = PlanFile::open(path);
        if (!opened)
            return fail(tr("%1: %2").arg(path, opened.error().message()));
        if ((*opened)->isReadOnly())
            return fail(tr("%1: cannot record the published version: %2")
                            .arg(path, (*opened)->readOnlyReason()));
        file = std::move(opened).value();
        plan = file->plan();
    } else {
        const Result<Plan> read = readPlan(path);
        if (!read)
            return fail(read.error().message());
        plan = *read;
    }
    const auto server = signIn(words, url);
    if (!server)
        return fail(server.error().message());
    // The file's basis, unless the command line says otherwise. A JSON plan keeps none of its
    // own: what it carries was the .salesplan file's when exported, and nothing updates it.
    Plan basisSource = plan;
    if (!file)
        basisSource.teamServer = TeamServerBasis{};
    PublishBasis basis = publishBasisOf(basisSource, (*server)->displayUrl(), unit);
    if (*allocationVersion)
        basis.allocationVersion = *allocationVersion;
    if (*unitVersion && !allocation)
        basis.unitVersion = *unitVersion;
    const Result<Publication> published = publishPlan(**server, unit, plan, basis);
    if (!published) {
        if ((*server)->lastProblem() == ServerProblem::Stale)
            return fail(published.error().message() + u'\n' +
                        staleWayOut(path, file != nullptr, unit));
        return fail(published.error().message());
    }
    print(allocation ? tr("Published the allocation as version %1 on %2.\n")
                           .arg(published->version.number)
                           .arg((*server)->displayUrl())
                     : tr("Published “%1” as version %2 on %3.\n")
                           .arg(unit)
                           .arg(published->version.number)
                           .arg((*server)->displayUrl()));
    if (!file)
        return Ok;
    plan.teamServer = published->basis;
    if (const Status recorded = file->commit(plan); !recorded)
        return fail(tr("%1: the version is published, but the file could not record it: %2")
                        .arg(path, recorded.error().message()));
    print(
        tr("%1 is now based on allocation %2%3.\n")
            .arg(path)
            .arg(published->basis.allocationVersion)
            .arg(allocation
                     ? QString()
                     : tr(" and version %1 of “%2”").arg(published->basis.unitVersion).arg(unit)));
    return Ok;
}

int Cli::runFetch(const Words &words)
{
    const bool allocation = words.options.contains(QStringLiteral("--allocation"));
    const QString url = words.options.value(QStringLiteral("--server"));
    QString unit = words.options.value(QStringLiteral("--unit"));
    if (url.isEmpty() || (allocation && !unit.isEmpty()))
        return fail(tr("fetch: give --server URL and --unit NAME, or --allocation"));
    const QString path = words.positional.first();
    if (!recordsBasis(path))
        return fail(tr("%1: fetch records what the plan is based on in a .salesplan file; import "
                       "the JSON plan into one first")
                        .arg(path));
    auto file = PlanFile::open(path);
    if (!file)
        return fail(tr("%1: %2").arg(path, file.error().message()));
    if ((*file)->isReadOnly())
        return fail(tr("%1: cannot be changed: %2").arg(path, (*file)->readOnlyReason()));
    Plan plan = (*file)->plan();
    const auto server = signIn(words, url);
    if (!server)
        return fail(server.error().message());
    TeamServer &team = **server;
    const auto director = team.isDirector();
    if (!director)
        return fail(director.error().message());
    // A director's team plan is based on the allocation, whatever units the server has.
    if (!allocation && unit.isEmpty() && !(*director && !plan.units.isEmpty())) {
        // The unit the plan was fetched for before, else the one unit the role manages.
        const auto units = team.units();
        if (!units)
            return fail(units.error().message());
        if (basisIsFor(plan.teamServer, team.displayUrl(), plan.teamServer.unit) &&
            !plan.teamServer.unit.isEmpty())
            unit = plan.teamServer.unit;
        else if (units->size() == 1)
            unit = units->first().name;
        else
            return fail(tr("fetch: give --unit NAME (the unit whose plan this is) or --allocation "
                           "(the director's team plan)"));
    }
    const Result<TeamServerBasis> fetched = team.fetchBasis(unit, plan.info.currency);
    if (!fetched)
        return fail(fetched.error().message());
    const TeamServerBasis before = plan.teamServer;
    plan.teamServer = *fetched;
    if (const Status recorded = (*file)->commit(plan); !recorded)
        return fail(tr("%1: %2").arg(path, recorded.error().message()));
    if (const QString change = basisChangeText(before, *fetched); !change.isEmpty())
        print(change + u'\n');
    print(allocatedTargetText(plan) + u'\n');
    if (!unit.isEmpty())
        print(fetched->unitVersion == 0
                  ? tr("Nothing of “%1” is published yet: the first publish makes version 1.\n")
                        .arg(unit)
                  : tr("This plan is based on version %1 of “%2”.\n")
                        .arg(fetched->unitVersion)
                        .arg(unit));
    return Ok;
}

} // namespace salesplan
