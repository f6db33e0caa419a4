#include "server/teamserveractions.h"

#include "document/plandocument.h"
#include "server/passwordstore.h"
#include "server/serverconnectiondialog.h"
#include "server/teamfiguresdialog.h"

#include <QApplication>

#include <QMessageBox>
#include <algorithm>

namespace salesplan::ui {

using server::ServerProblem;

namespace {

// What the user can do about a refusal, after the server's own words.
QString wayOut(ServerProblem problem)
{
    switch (problem) {
    case ServerProblem::Stale:
        return TeamServerActions::tr("Open from Team Server to see what changed, bring your "
                                     "plan in line, then publish again.");
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
        return TeamServerActions::tr("Someone published first");
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

// The units' plans for the consolidation, and for each unit of the team plan without one why:
// nothing published yet, or — for a manager, who reads only their own unit — not theirs to read.
QList<UnitInput> unitInputs(const Plan &team, const QList<server::PublishedPlan> &units,
                            const Result<QList<server::ServerUnit>> &visible)
{
    QList<UnitInput> inputs;
    for (const server::PublishedPlan &unit : units)
        inputs.append({unit.version.unit, unit.plan, {}});
    for (const PlanUnit &unit : team.units) {
        const auto named = [&unit](const auto &other) {
            return other.name == unit.name;
        };
        if (std::any_of(inputs.begin(), inputs.end(), named))
            continue;
        const bool readable = visible && std::any_of(visible->begin(), visible->end(), named);
        inputs.append({unit.name, std::nullopt,
                       readable ? TeamServerActions::tr("nothing published yet")
                                : TeamServerActions::tr("only the director reads the other "
                                                        "units' plans")});
    }
    return inputs;
}

} // namespace

TeamServerActions::TeamServerActions(QWidget *window, std::unique_ptr<PasswordStore> passwords,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_passwords(std::move(passwords))
{}

TeamServerActions::~TeamServerActions() = default;

bool TeamServerActions::signIn(server::TeamServer &server, bool forPublish, ServerLogin *login)
{
    ServerConnectionDialog dialog(&server, m_passwords.get(),
                                  forPublish ? ServerConnectionDialog::Purpose::Publish
                                             : ServerConnectionDialog::Purpose::Open,
                                  m_window);
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
    delete m_refusal;
    m_refusal = new QMessageBox(QMessageBox::Warning, title, refusalTitle(problem), QMessageBox::Ok,
                                m_window);
    m_refusal->setObjectName(QStringLiteral("teamServerRefusal"));
    m_refusal->setAttribute(Qt::WA_DeleteOnClose);
    const QString way = wayOut(problem);
    m_refusal->setInformativeText(way.isEmpty() ? message : message + QStringLiteral("\n\n") + way);
    m_refusal->open();
}

Result<server::PublishedVersion> TeamServerActions::publish(const PlanDocument *document)
{
    server::TeamServer server;
    ServerLogin login;
    if (!document || !signIn(server, /*forPublish=*/true, &login))
        return Error{{}, {}};
    const server::PublishBasis basis = login.basis();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<server::PublishedVersion> published =
        server.publish(login.unit, document->plan(), basis);
    QApplication::restoreOverrideCursor();
    if (!published) {
        showRefusal(tr("Publish to Team Server"), server.lastProblem(),
                    published.error().message());
        return published;
    }
    login.rememberBasis(
        {published->basedOnAllocation ? published->basedOnAllocation : basis.allocationVersion,
         published->number});
    emit statusMessage(tr("Published “%1” as version %2 on %3.")
                           .arg(login.unit)
                           .arg(published->number)
                           .arg(server.displayUrl()));
    return published;
}

TeamFiguresDialog *TeamServerActions::open()
{
    server::TeamServer server;
    ServerLogin login;
    if (!signIn(server, /*forPublish=*/false, &login))
        return nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<server::PublishedPlan> allocation = server.fetchAllocation();
    const bool noAllocation = !allocation && server.lastProblem() == ServerProblem::Other;
    const Result<QList<server::PublishedPlan>> units = server.fetchUnits();
    QApplication::restoreOverrideCursor();
    if ((!allocation && !noAllocation) || !units) {
        showRefusal(tr("Open from Team Server"), server.lastProblem(),
                    !units ? units.error().message() : allocation.error().message());
        return nullptr;
    }
    QHash<QString, server::PublishedVersion> published;
    for (const server::PublishedPlan &unit : *units)
        published.insert(unit.version.unit, unit.version);
    Plan team;
    if (allocation) {
        team = allocation->plan;
        if (!login.unit.isEmpty())
            login.rememberBasis({allocation->version.number, std::nullopt});
    } else if (!units->isEmpty()) {
        team.info.period = units->first().plan.info.period;
        team.info.currency = units->first().plan.info.currency;
    }
    const QList<UnitInput> inputs = unitInputs(team, *units, server.units());
    auto *dialog = new TeamFiguresDialog(
        server.displayUrl(), consolidate(team, inputs),
        allocation ? std::optional<server::PublishedVersion>(allocation->version) : std::nullopt,
        published, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace salesplan::ui
