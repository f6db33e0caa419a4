#include "cli.h"
#include "passwordprompt.h"

#include "exchange/planio.h"
#include "plan/format.h"
#include "server/serverurl.h"
#include "server/teamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

// The command line's team server: `salesplan server init|add-unit|add-director|units URL`,
// `salesplan publish PLAN --server URL --unit NAME` and `salesplan consolidate --server URL`.
// A refusal of the server (sign-in, permission, a stale version) exits 2 with its reason.
namespace salesplan {

using namespace server;

namespace {

void print(const QString &text)
{
    QTextStream out(stdout);
    out << text;
}

QString when(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QJsonObject moneyJson(const Money &money)
{
    return QJsonObject{{QStringLiteral("minor"), money.minor},
                       {QStringLiteral("currency"), money.currency}};
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

} // namespace

Result<std::unique_ptr<TeamServer>> Cli::signIn(const Words &words, const QString &url)
{
    PasswordInput passwords(words.options.contains(QStringLiteral("--password-stdin")));
    const auto address = parseServerUrl(url);
    if (!address)
        return address.error();
    const QString password =
        address->password.isEmpty()
            ? passwords.own(tr("Password of %1 at %2: ").arg(address->user, displayUrl(*address)))
            : QString();
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
    PasswordInput passwords(false);
    const std::optional<QString> password =
        passwords.forNewRole(tr("Password for %1: ").arg(role), tr("The same again: "));
    if (!password)
        return fail(tr("%1 needs a password to sign in with: type it at the prompt, or give it "
                       "on the line of standard input after your own.")
                        .arg(role));
    const Status added =
        unit ? team.addUnit(words.options.value(QStringLiteral("--unit")), role, *password)
             : team.addDirector(role, *password);
    if (!added)
        return fail(added.error().message());
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

int Cli::runPublish(const Words &words)
{
    const bool allocation = words.options.contains(QStringLiteral("--allocation"));
    const QString unit = words.options.value(QStringLiteral("--unit"));
    if (!words.options.contains(QStringLiteral("--server")) || allocation == !unit.isEmpty())
        return fail(tr("publish: give --server URL and either --unit NAME or --allocation"));
    const auto allocationVersion = versionOption(words, QStringLiteral("--allocation-version"));
    const auto unitVersion = versionOption(words, QStringLiteral("--unit-version"));
    if (!allocationVersion || !unitVersion)
        return fail((!allocationVersion ? allocationVersion : unitVersion).error().message());
    const Result<Plan> plan = readPlan(words.positional.first());
    if (!plan)
        return fail(plan.error().message());
    const auto server = signIn(words, words.options.value(QStringLiteral("--server")));
    if (!server)
        return fail(server.error().message());
    const auto published =
        allocation ? (*server)->publishAllocation(*plan, *allocationVersion)
                   : (*server)->publish(unit, *plan, {*allocationVersion, *unitVersion});
    if (!published)
        return fail(published.error().message());
    print(allocation ? tr("Published the allocation as version %1 on %2.\n")
                           .arg(published->number)
                           .arg((*server)->displayUrl())
                     : tr("Published “%1” as version %2 on %3.\n")
                           .arg(unit)
                           .arg(published->number)
                           .arg((*server)->displayUrl()));
    return Ok;
}

int Cli::runConsolidate(const Words &words)
{
    if (!words.options.contains(QStringLiteral("--server")))
        return fail(tr("consolidate: give --server URL"));
    const auto server = signIn(words, words.options.value(QStringLiteral("--server")));
    if (!server)
        return fail(server.error().message());
    const auto units = (*server)->fetchUnits();
    if (!units)
        return fail(units.error().message());
    const auto allocation = (*server)->fetchAllocation();
    const QString currency =
        units->isEmpty() ? QString() : units->first().plan.targets.annualTarget.currency;
    qint64 total = 0;
    for (const PublishedPlan &unit : *units) {
        if (unit.plan.targets.annualTarget.currency != currency)
            return fail(tr("The units plan in different currencies (%1, %2): consolidate them "
                           "after they agree on one.")
                            .arg(currency, unit.plan.targets.annualTarget.currency));
        total += unit.plan.targets.annualTarget.minor;
    }
    if (words.options.contains(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const PublishedPlan &unit : *units) {
            QJsonObject json = versionJson(unit.version);
            json.insert(QStringLiteral("plan"), unit.plan.info.name);
            json.insert(QStringLiteral("annualTarget"), moneyJson(unit.plan.targets.annualTarget));
            json.insert(QStringLiteral("members"), unit.plan.team.members.size());
            list.append(json);
        }
        QJsonObject json{{QStringLiteral("server"), (*server)->displayUrl()},
                         {QStringLiteral("units"), list},
                         {QStringLiteral("annualTarget"), moneyJson(Money{total, currency})}};
        if (allocation) {
            QJsonObject top = versionJson(allocation->version);
            top.insert(QStringLiteral("annualTarget"),
                       moneyJson(allocation->plan.targets.annualTarget));
            json.insert(QStringLiteral("allocation"), top);
        }
        print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    print(tr("Team server %1\n").arg((*server)->displayUrl()));
    print(allocation
              ? tr("Allocation: version %1 by %2, %3: %4\n")
                    .arg(allocation->version.number)
                    .arg(allocation->version.publishedBy, when(allocation->version.publishedAt),
                         formatMoneyExact(allocation->plan.targets.annualTarget))
              : tr("Allocation: %1\n").arg(allocation.error().message()));
    for (const PublishedPlan &unit : *units)
        print(tr("%1: version %2 by %3, %4: %5, %n member(s)\n", nullptr,
                 int(unit.plan.team.members.size()))
                  .arg(unit.version.unit)
                  .arg(unit.version.number)
                  .arg(unit.version.publishedBy, when(unit.version.publishedAt),
                       formatMoneyExact(unit.plan.targets.annualTarget)));
    print(tr("Units together: %1\n").arg(formatMoneyExact(Money{total, currency})));
    return Ok;
}

} // namespace salesplan
