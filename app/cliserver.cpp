#include "cli.h"
#include "consolidationprinter.h"
#include "passwordprompt.h"

#include "check/findings.h"
#include "exchange/consolidationjson.h"
#include "team/consolidation.h"
#include "team/linkedunits.h"

#include "exchange/planio.h"
#include "server/publishedunits.h"
#include "server/serverurl.h"
#include "server/teamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

// The command line's team server: `salesplan server init|add-unit|add-director|units URL`,
// and `salesplan consolidate --server URL` (publish and fetch: clipublish.cpp).
// A refusal of the server (sign-in, permission, a stale version) exits 2 with its reason.
namespace salesplan {

using namespace server;

namespace {

QString when(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QJsonObject versionJson(const PublishedVersion &version)
{
    QJsonObject json{{QStringLiteral("version"), version.number},
                     {QStringLiteral("publishedAt"), version.publishedAt.toString(Qt::ISODate)},
                     {QStringLiteral("publishedBy"), version.publishedBy}};
    if (!version.unit.isEmpty())
        json.insert(QStringLiteral("unit"), version.unit);
    if (version.basedOnAllocation)
        json.insert(QStringLiteral("basedOnAllocation"), *version.basedOnAllocation);
    return json;
}

struct CliServerWords
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<PublishedVersion> versionsOf(const QList<PublishedPlan> &units)
{
    QList<PublishedVersion> versions;
    for (const PublishedPlan &unit : units)
        versions.append(unit.version);
    return versions;
}

QList<PublishedVersion> versionsOf(const QList<PublishedFigures> &units)
{
    QList<PublishedVersion> versions;
    for (const PublishedFigures &unit : units)
        versions.append(unit.version);
    return versions;
}

QJsonObject serverJson(const QString &url, const PublishedVersion &allocation,
                       const QList<PublishedVersion> &units)
{
    QJsonArray versions;
    for (const PublishedVersion &unit : units)
        versions.append(versionJson(unit));
    return QJsonObject{{QStringLiteral("url"), url},
                       {QStringLiteral("allocation"), versionJson(allocation)},
                       {QStringLiteral("units"), versions}};
}

QString serverText(const QString &url, const PublishedVersion &allocation,
                   const QList<PublishedVersion> &units)
{
    QString text = CliServerWords::tr("Team server %1: allocation version %2 by %3, %4\n")
                       .arg(url)
                       .arg(allocation.number)
                       .arg(allocation.publishedBy, when(allocation.publishedAt));
    for (const PublishedVersion &unit : units)
        text += CliServerWords::tr("  %1: version %2 by %3, %4\n")
                    .arg(unit.unit)
                    .arg(unit.number)
                    .arg(unit.publishedBy, when(unit.publishedAt));
    return text + u'\n';
}

// What a manager reads of the other units, in words.
QString figuresOnlyText(TeamServer &team)
{
    const auto units = team.units();
    const QString unit = units && !units->isEmpty() ? units->first().name : QString();
    return CliServerWords::tr("%1 manages “%2”: these are the units' published figures. Their "
                              "plans — regions, product lines, members, funnel — are the "
                              "director's to read.\n\n")
        .arg(team.role(), unit);
}

} // namespace

Result<std::unique_ptr<TeamServer>> Cli::signIn(const Words &words, const QString &url)
{
    PasswordInput passwords(words.options.contains(QStringLiteral("--password-stdin")));
    const auto address = parseServerUrl(url);
    if (!address)
        return address.error();
    // Other users' `ps` and the shell's history would see it.
    if (!address->password.isEmpty())
        return Error{redactedUrl(url),
                     tr("the address holds a password, which the command line must not: give it "
                        "with --password-stdin, in PGPASSWORD or ~/.pgpass, or type it at the "
                        "prompt")};
    const QString password =
        passwords.own(tr("Password of %1 at %2: ").arg(address->user, displayUrl(*address)));
    auto server = std::make_unique<TeamServer>();
    if (const Status connected = server->connect(url, password); !connected)
        return connected.error();
    return server;
}

int Cli::runServer(const Words &words)
{
    const QString action = words.positional.at(0);
    const auto server = signIn(words, words.positional.at(1));
    if (!server)
        return fail(server.error().message());
    TeamServer &team = **server;
    if (action == QStringLiteral("init")) {
        if (const Status done = team.init(); !done)
            return fail(done.error().message());
        print(tr("The team server %1 is ready: add a director with “salesplan server "
                 "add-director” and each unit with “salesplan server add-unit”.\n")
                  .arg(team.displayUrl()));
        return Ok;
    }
    if (action == QStringLiteral("units"))
        return printUnits(team);
    const bool unit = action == QStringLiteral("add-unit");
    if (!unit && action != QStringLiteral("add-director"))
        return fail(
            tr("server: unknown action “%1” (init, add-unit, add-director, units)").arg(action));
    const QString roleOption = unit ? QStringLiteral("--manager") : QStringLiteral("--director");
    const QString role = words.options.value(roleOption);
    if (role.isEmpty() || (unit && words.options.value(QStringLiteral("--unit")).isEmpty()))
        return fail(unit ? tr("server add-unit: give --unit NAME and --manager ROLE")
                         : tr("server add-director: give --director ROLE"));
    const auto existing = team.existingRole(role);
    if (!existing)
        return fail(existing.error().message());
    // A role that exists keeps its password (or is refused): none is asked for it.
    std::optional<QString> password;
    if (*existing == ExistingRole::None) {
        PasswordInput passwords(false);
        password = passwords.forNewRole(tr("Password for %1: ").arg(role), tr("The same again: "));
        if (!password)
            return fail(tr("%1 needs a password to sign in with: type it at the prompt, or give "
                           "it on the line of standard input after your own.")
                            .arg(role));
    }
    const Status added = unit ? team.addUnit(words.options.value(QStringLiteral("--unit")), role,
                                             password.value_or(QString()))
                              : team.addDirector(role, password.value_or(QString()));
    if (!added)
        return fail(added.error().message());
    if (*existing == ExistingRole::Plain)
        print(tr("%1 existed already on the server: it keeps its own password.\n").arg(role));
    print(unit ? tr("%1 manages “%2” on %3.\n")
                     .arg(role, words.options.value(QStringLiteral("--unit")), team.displayUrl())
               : tr("%1 is a director on %2.\n").arg(role, team.displayUrl()));
    return Ok;
}

int Cli::printUnits(TeamServer &team)
{
    const auto units = team.units();
    if (!units)
        return fail(units.error().message());
    for (const ServerUnit &unit : *units) {
        const auto latest = team.latestVersion(unit.name);
        const QString published =
            !latest   ? latest.error().message()
            : *latest ? tr("version %1, %2 by %3")
                            .arg((*latest)->number)
                            .arg(when((*latest)->publishedAt), (*latest)->publishedBy)
                      : tr("nothing published");
        print(QStringLiteral("%1\t%2\t%3\n").arg(unit.name, unit.managerRole, published));
    }
    return Ok;
}

Result<std::optional<qint64>> Cli::versionOption(const Words &words, const QString &option)
{
    if (!words.options.contains(option))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 number = words.options.value(option).toLongLong(&ok);
    if (!ok || number < 0)
        return Error{option, tr("give a version number (0: none published yet)")};
    return std::optional<qint64>(number);
}

int Cli::runConsolidateServer(const Words &words)
{
    const auto server = signIn(words, words.options.value(QStringLiteral("--server")));
    if (!server)
        return fail(server.error().message());
    const auto allocation = (*server)->fetchAllocation();
    if (!allocation)
        return fail(allocation.error().message());
    const auto director = (*server)->isDirector();
    if (!director)
        return fail(director.error().message());
    if (!*director)
        return consolidateFigures(words, **server, *allocation);
    const auto units = (*server)->fetchUnits();
    if (!units)
        return fail(units.error().message());
    const Plan &team = allocation->plan;
    const Consolidation consolidation = consolidate(team, publishedPlanInputs(team, *units));
    if (words.options.contains(QStringLiteral("--json"))) {
        QJsonObject json =
            QJsonDocument::fromJson(consolidationToJson(team, consolidation)).object();
        json.insert(QStringLiteral("server"),
                    serverJson((*server)->displayUrl(), allocation->version, versionsOf(*units)));
        print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        print(serverText((*server)->displayUrl(), allocation->version, versionsOf(*units)));
        print(ConsolidationPrinter(team, consolidation).text());
    }
    return hasErrors(consolidation.findings) ? PlanHasErrors : Ok;
}

int Cli::consolidateFigures(const Words &words, TeamServer &team, const PublishedPlan &allocation)
{
    const auto units = team.fetchUnitFigures();
    if (!units)
        return fail(units.error().message());
    const Plan &plan = allocation.plan;
    const Consolidation consolidation =
        salesplan::consolidateFigures(plan, publishedFiguresInputs(plan, *units));
    if (words.options.contains(QStringLiteral("--json"))) {
        QJsonObject json =
            QJsonDocument::fromJson(consolidationToJson(plan, consolidation)).object();
        QJsonObject server = serverJson(team.displayUrl(), allocation.version, versionsOf(*units));
        server.insert(QStringLiteral("figuresOnly"), true);
        json.insert(QStringLiteral("server"), server);
        print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        print(serverText(team.displayUrl(), allocation.version, versionsOf(*units)));
        print(figuresOnlyText(team));
        print(ConsolidationPrinter(plan, consolidation).figuresText());
    }
    return hasErrors(consolidation.findings) ? PlanHasErrors : Ok;
}

Result<Consolidation> Cli::consolidateFromServer(const Words &words, const Plan &team)
{
    const auto server = signIn(words, words.options.value(QStringLiteral("--server")));
    if (!server)
        return server.error();
    const auto director = (*server)->isDirector();
    if (!director)
        return director.error();
    if (!*director) {
        const auto figures = (*server)->fetchUnitFigures();
        if (!figures)
            return figures.error();
        return salesplan::consolidateFigures(team, publishedFiguresInputs(team, *figures));
    }
    const auto units = (*server)->fetchUnits();
    if (!units)
        return units.error();
    return consolidate(team, publishedPlanInputs(team, *units));
}

Result<std::optional<Consolidation>> Cli::teamConsolidationFor(const Words &words, const Plan &team,
                                                               const QString &teamPath)
{
    if (!words.options.contains(QStringLiteral("--server")))
        return consolidateLinkedUnits(team, teamPath);
    if (team.units.isEmpty())
        return Error{teamPath, tr("--server: this is not a team plan (it has no units)")};
    Result<Consolidation> consolidation = consolidateFromServer(words, team);
    if (!consolidation)
        return consolidation.error();
    return std::optional<Consolidation>(std::move(*consolidation));
}

} // namespace salesplan
