#include "server/teamserveractions.h"

#include "document/plandocument.h"
#include "server/passwordstore.h"
#include "server/planbasis.h"
#include "server/publishedunits.h"
#include "server/serverconnectiondialog.h"
#include "server/teamfiguresdialog.h"

#include <QApplication>

#include <QMessageBox>

namespace salesplan::ui {

using server::ServerProblem;

namespace {

// What the user can do about a refusal, after the server's own words. A stale basis: the server
// has said to fetch, check and publish again; this says where to look in the window.
QString wayOut(ServerProblem problem)
{
    switch (problem) {
    case ServerProblem::Stale:
        return TeamServerActions::tr("File ▸ Open from Team Server shows what changed.");
    case ServerProblem::Permission:
        return TeamServerActions::tr("Ask the team server's director to give your user this "
                                     "unit.");
    case ServerProblem::Authentication:
        return TeamServerActions::tr("Check the user name and the password, and try again.");
    case ServerProblem::Unreachable:
        return TeamServerActions::tr("Your plan is safe in its file: publish again when the "
                                     "server can be reached.");
    case ServerProblem::Schema:
    case ServerProblem::Other:
    case ServerProblem::None:
        break;
    }
    return {};
}

QString refusalTitle(ServerProblem problem)
{
    switch (problem) {
    case ServerProblem::Stale:
        return TeamServerActions::tr("The team server has a newer version");
    case ServerProblem::Permission:
        return TeamServerActions::tr("Not allowed on the team server");
    case ServerProblem::Authentication:
        return TeamServerActions::tr("Not signed in");
    case ServerProblem::Unreachable:
        return TeamServerActions::tr("The team server cannot be reached");
    case ServerProblem::Schema:
    case ServerProblem::Other:
    case ServerProblem::None:
        break;
    }
    return TeamServerActions::tr("The team server refused");
}

// What Open from Team Server shows: the consolidation, each unit's published version, and the
// unit of the manager signed in (empty for the director, who reads the units' plans).
struct FetchedTeam
{
    Consolidation consolidation;
    QHash<QString, server::PublishedVersion> published;
    QString managedUnit;
};

// The team plan the units are consolidated against: the director's allocation, or without one
// a plan with no units in the first unit's year and currency.
Plan teamPlanOf(const Result<server::PublishedPlan> &allocation, const Period &period,
                const QString &currency)
{
    if (allocation)
        return allocation->plan;
    Plan team;
    team.info.period = period;
    team.info.currency = currency;
    return team;
}

// The director's view: every unit's published plan, consolidated in full.
Result<FetchedTeam> fetchPlans(server::TeamServer &server,
                               const Result<server::PublishedPlan> &allocation)
{
    const Result<QList<server::PublishedPlan>> units = server.fetchUnits();
    if (!units)
        return units.error();
    FetchedTeam fetched;
    for (const server::PublishedPlan &unit : *units)
        fetched.published.insert(unit.version.unit, unit.version);
    const Plan team = units->isEmpty() ? teamPlanOf(allocation, {}, {})
                                       : teamPlanOf(allocation, units->first().plan.info.period,
                                                    units->first().plan.info.currency);
    fetched.consolidation = consolidate(team, server::publishedPlanInputs(team, *units));
    return fetched;
}

// A manager's view: every unit's published figures (the plans are the director's), consolidated
// over the figures alone.
Result<FetchedTeam> fetchFigures(server::TeamServer &server,
                                 const Result<server::PublishedPlan> &allocation)
{
    const Result<QList<server::PublishedFigures>> units = server.fetchUnitFigures();
    if (!units)
        return units.error();
    const Result<QList<server::ServerUnit>> own = server.units();
    if (!own)
        return own.error();
    FetchedTeam fetched;
    for (const server::PublishedFigures &unit : *units)
        fetched.published.insert(unit.version.unit, unit.version);
    fetched.managedUnit = own->isEmpty() ? server.role() : own->first().name;
    const Plan team = units->isEmpty() ? teamPlanOf(allocation, {}, {})
                                       : teamPlanOf(allocation, units->first().figures.period,
                                                    units->first().figures.currency);
    fetched.consolidation = consolidateFigures(team, server::publishedFiguresInputs(team, *units));
    return fetched;
}

} // namespace

TeamServerActions::TeamServerActions(QWidget *window, std::unique_ptr<PasswordStore> passwords,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_passwords(std::move(passwords))
{}

TeamServerActions::~TeamServerActions() = default;

bool TeamServerActions::signIn(server::TeamServer &server, ServerConnectionDialog::Purpose purpose,
                               ServerLogin *login)
{
    ServerConnectionDialog dialog(&server, m_passwords.get(), purpose, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *login = dialog.login();
    if (!dialog.note().isEmpty())
        emit statusMessage(dialog.note());
    return true;
}

void TeamServerActions::showRefusal(const QString &title, ServerProblem problem,
                                    const QString &message)
{
    const QString way = wayOut(problem);
    showNotice(title, refusalTitle(problem),
               way.isEmpty() ? message : message + QStringLiteral("\n\n") + way);
}

void TeamServerActions::showNotice(const QString &title, const QString &heading,
                                   const QString &text)
{
    delete m_refusal;
    m_refusal = new QMessageBox(QMessageBox::Warning, title, heading, QMessageBox::Ok, m_window);
    m_refusal->setObjectName(QStringLiteral("teamServerRefusal"));
    m_refusal->setAttribute(Qt::WA_DeleteOnClose);
    m_refusal->setInformativeText(text);
    m_refusal->open();
}

Result<server::PublishedVersion> TeamServerActions::publish(PlanDocument *document)
{
    if (!document)
        return Error{{}, {}};
    // The version published must be recorded in the plan, or its next publish would be refused.
    if (document->isReadOnly()) {
        const QString why = tr("This plan is open read-only (%1): the version published could "
                               "not be recorded in it. Open it for editing, then publish.")
                                .arg(document->readOnlyReason());
        showNotice(tr("Publish to Team Server"), tr("Not published"), why);
        return Error{{}, why};
    }
    server::TeamServer server;
    ServerLogin login;
    using Purpose = ServerConnectionDialog::Purpose;
    const bool teamPlan = !document->plan().units.isEmpty();
    if (!signIn(server, teamPlan ? Purpose::PublishTeamPlan : Purpose::Publish, &login))
        return Error{{}, {}};
    // A director's team plan is the allocation; a manager's plan is the unit's, even when it is
    // a team plan itself.
    const Result<bool> director = teamPlan ? server.isDirector() : Result<bool>(false);
    if (!director || (!*director && login.unit.isEmpty())) {
        const QString why = director
                                ? ServerConnectionDialog::tr("Say which unit this plan is for.")
                                : director.error().message();
        showRefusal(tr("Publish to Team Server"), server.lastProblem(), why);
        return Error{{}, why};
    }
    const bool allocation = *director;
    const Plan &plan = document->plan();
    const QString unit = allocation ? QString() : login.unit;
    const server::PublishBasis basis = server::publishBasisOf(plan, server.displayUrl(), unit);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<server::Publication> published = server::publishPlan(server, unit, plan, basis);
    QApplication::restoreOverrideCursor();
    if (!published) {
        showRefusal(tr("Publish to Team Server"), server.lastProblem(),
                    published.error().message());
        return published.error();
    }
    if (const Status recorded = document->recordTeamServerBasis(published->basis); !recorded)
        showNotice(tr("Publish to Team Server"), tr("Published, but not recorded"),
                   recorded.error().message());
    if (allocation)
        emit statusMessage(tr("Published the allocation as version %1 on %2.")
                               .arg(published->version.number)
                               .arg(server.displayUrl()));
    else
        emit statusMessage(tr("Published “%1” as version %2 on %3.")
                               .arg(login.unit)
                               .arg(published->version.number)
                               .arg(server.displayUrl()));
    return published->version;
}

QString TeamServerActions::recordBasis(server::TeamServer &server, const QString &unit,
                                       PlanDocument *document)
{
    if (!document || document->isReadOnly())
        return QString();
    // Only a plan fetched from nowhere else: a plan of another unit or server keeps its basis.
    const TeamServerBasis before = document->plan().teamServer;
    const bool fetchedElsewhere =
        !before.server.isEmpty() && !server::basisIsFor(before, server.displayUrl(), unit);
    if (fetchedElsewhere)
        return QString();
    const Result<TeamServerBasis> fetched = server.fetchBasis(unit, document->plan().info.currency);
    if (!fetched || !document->recordTeamServerBasis(*fetched))
        return QString();
    const QString change = server::basisChangeText(before, *fetched);
    const QString allocated = server::allocatedTargetText(document->plan());
    return change.isEmpty() ? allocated : change + u'\n' + allocated;
}

TeamFiguresDialog *TeamServerActions::open(PlanDocument *document)
{
    server::TeamServer server;
    ServerLogin login;
    if (!signIn(server, ServerConnectionDialog::Purpose::Open, &login))
        return nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<server::PublishedPlan> allocation = server.fetchAllocation();
    const bool noAllocation = !allocation && server.lastProblem() == ServerProblem::Other;
    const Result<bool> director = server.isDirector();
    Result<FetchedTeam> fetched = Error{{}, {}};
    if ((allocation || noAllocation) && director)
        fetched = *director ? fetchPlans(server, allocation) : fetchFigures(server, allocation);
    QApplication::restoreOverrideCursor();
    if (!fetched) {
        const Error &why = !allocation && !noAllocation ? allocation.error()
                           : !director                  ? director.error()
                                                        : fetched.error();
        showRefusal(tr("Open from Team Server"), server.lastProblem(), why.message());
        return nullptr;
    }
    // A manager's plan is the unit's the login names; the director's is the team plan (only a
    // plan with units: a unit's file the director opened is not based on the allocation).
    QString basis;
    if (*director && document && !document->plan().units.isEmpty())
        basis = recordBasis(server, QString(), document);
    else if (!*director && !login.unit.isEmpty())
        basis = recordBasis(server, login.unit, document);
    auto *dialog = new TeamFiguresDialog(
        server.displayUrl(), fetched->consolidation,
        allocation ? std::optional<server::PublishedVersion>(allocation->version) : std::nullopt,
        fetched->published, fetched->managedUnit, m_window);
    dialog->setBasis(basis);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace salesplan::ui
