// The team server in the window: the connection dialog (the last login remembered, the password
// only in the keychain and never in a message), a publish the server refuses as stale, and the
// team's figures fetched — against the server tests' throw-away PostgreSQL cluster.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "language/language.h"
#include "mainwindow.h"
#include "plan/format.h"
#include "server/passwordstore.h"
#include "server/publishedunits.h"
#include "server/serverconnectiondialog.h"
#include "server/teamfiguresdialog.h"
#include "server/teamserveractions.h"
#include "serversupport.h"
#include "severitystyle.h"
#include "store/planfile.h"
#include "team/consolidation.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// A keychain in memory, or one that fails every call with `problem`.
class FakeStore : public PasswordStore
{
public:
    explicit FakeStore(QString problem = {})
        : m_problem(std::move(problem))
    {}
    Read read(const QString &key) override
    {
        if (!m_problem.isEmpty())
            return {std::nullopt, m_problem};
        return {m_kept.contains(key) ? std::optional<QString>(m_kept.value(key)) : std::nullopt,
                QString()};
    }
    QString write(const QString &key, const QString &password) override
    {
        if (m_problem.isEmpty())
            m_kept.insert(key, password);
        return m_problem;
    }
    QString remove(const QString &key) override
    {
        m_kept.remove(key);
        return m_problem;
    }
    QMap<QString, QString> m_kept;

private:
    QString m_problem;
};

void save(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots-teamserver"));
    widget->grab().save(QStringLiteral("/tmp/shots-teamserver/%1.png").arg(name));
}

// Every value in the settings, to look for a password in them.
QString allSettings()
{
    QSettings settings;
    QString text;
    for (const QString &key : settings.allKeys())
        text += key + u'=' + settings.value(key).toString() + u'\n';
    return text;
}

void rememberLogin(const QString &url, const QString &user, const QString &unit)
{
    QSettings settings;
    settings.setValue(QStringLiteral("teamServer/url"), url);
    settings.setValue(QStringLiteral("teamServer/user"), user);
    settings.setValue(QStringLiteral("teamServer/unit"), unit);
}

// Remembers a login at `db`'s server, whose address names no user (the dialog has its own field).
void rememberLoginAt(const servertest::TestDatabase &db, const QString &user, const QString &unit)
{
    rememberLogin(db.urlAs(QString()).replace(QStringLiteral("postgresql://@"),
                                              QStringLiteral("postgresql://")),
                  user, unit);
}

// The next modal connection dialog gets `password` typed (the rest as remembered) and signs in;
// if the server refuses, the dialog is cancelled and `problem` holds why.
void answerNextDialog(const QString &password, QString *problem = nullptr)
{
    QTimer::singleShot(0, [password, problem] {
        auto *dialog = qobject_cast<ServerConnectionDialog *>(QApplication::activeModalWidget());
        CHECK(dialog); // no REQUIRE: it would throw through Qt's event loop
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(password);
        dialog->signIn();
        if (dialog->isVisible()) {
            if (problem)
                *problem = dialog->problem();
            dialog->reject();
        }
    });
}

std::unique_ptr<PlanDocument> openDocument(const QTemporaryDir &dir, const Plan &plan)
{
    const QString path = dir.filePath(QStringLiteral("east.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path, PlanFile::Access::ReadWrite);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// A unit's plan: the sample with its own target.
Plan unitOf(const char *sample, qint64 targetMinor)
{
    Plan plan = uitest::sample(sample);
    plan.targets.annualTarget.minor = targetMinor;
    return plan;
}

// The director's team plan allocating `east` and `west` their parts of the target.
Plan teamPlan(qint64 east, qint64 west)
{
    Plan team = uitest::sample("sample-zh_CN.json");
    team.info.name = QStringLiteral("Team");
    team.targets.annualTarget.minor = east + west;
    team.targets.unitAllocation = UnitAllocation::Amounts;
    const QString currency = team.info.currency;
    team.units = {
        PlanUnit{team.ids.take(), QStringLiteral("east"), {}, Money{east, currency}, 1.0},
        PlanUnit{team.ids.take(), QStringLiteral("west"), {}, Money{west, currency}, 1.0}};
    return team;
}

} // namespace

TEST_CASE("The connection dialog opens with the last login and the keychain's password",
          "[teamserver][dialog]")
{
    QSettings().clear();
    rememberLogin(QStringLiteral("postgresql://plans.example.com/salesplan"),
                  QStringLiteral("east_manager"), QStringLiteral("East"));
    FakeStore store;
    store.m_kept.insert(QStringLiteral("east_manager@plans.example.com:5432/salesplan"),
                        QStringLiteral("kept-pw"));
    server::TeamServer server;
    ServerConnectionDialog dialog(&server, &store, ServerConnectionDialog::Purpose::Publish);
    CHECK(dialog.login().url == QStringLiteral("postgresql://plans.example.com/salesplan"));
    CHECK(dialog.login().user == QStringLiteral("east_manager"));
    CHECK(dialog.login().unit == QStringLiteral("East"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"));
    CHECK(password->text() == QStringLiteral("kept-pw"));
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
    dialog.resize(dialog.sizeHint());
    save(&dialog, QStringLiteral("connection-en"));
    {
        Translators::use(QStringLiteral("zh_CN"));
        ServerConnectionDialog chinese(&server, &store, ServerConnectionDialog::Purpose::Publish);
        chinese.resize(chinese.sizeHint());
        save(&chinese, QStringLiteral("connection-zh_CN"));
        Translators::use(QStringLiteral("en"));
    }

    SECTION("a password typed into the address is refused: the address is remembered")
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))
            ->setText(QStringLiteral("postgresql://east_manager:oops@plans.example.com/salesplan"));
        dialog.signIn();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problem().contains(QStringLiteral("Password field")));
        CHECK_FALSE(allSettings().contains(QStringLiteral("oops")));
    }
    SECTION("publishing needs the unit")
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("serverUnit"))->clear();
        dialog.signIn();
        CHECK(dialog.problem().contains(QStringLiteral("which unit")));
    }
}

TEST_CASE("A keychain that cannot be read or written is said so, and the password is asked for",
          "[teamserver][dialog]")
{
    QSettings().clear();
    rememberLogin(QStringLiteral("postgresql://plans.example.com/salesplan"),
                  QStringLiteral("east_manager"), QStringLiteral("East"));
    FakeStore locked(QStringLiteral("the keyring is locked"));
    server::TeamServer server;
    ServerConnectionDialog dialog(&server, &locked, ServerConnectionDialog::Purpose::Open);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("the keyring is locked")));
    CHECK(note->text().contains(QStringLiteral("type the password")));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->text().isEmpty());
}

TEST_CASE("The system keychain answers or says why, without hanging", "[teamserver][dialog]")
{
    // Offscreen there is often no Secret Service: the call fails in words (or gives up after its
    // timeout) instead of waiting for ever; with a keychain it answers that there is no entry.
    KeychainPasswordStore keychain(2000);
    const PasswordStore::Read read = keychain.read(
        QStringLiteral("nobody@test.invalid:5432/none-%1").arg(QCoreApplication::applicationPid()));
    CHECK_FALSE(read.password);
}

TEST_CASE("A refused sign-in is shown in words, never with the password", "[teamserver][server]")
{
    QSettings().clear();
    servertest::TestDatabase db;
    db.setUp({QStringLiteral("east")});
    const QString role = db.role(QStringLiteral("east"));
    rememberLoginAt(db, role, QStringLiteral("east"));
    FakeStore store;
    server::TeamServer server;
    ServerConnectionDialog dialog(&server, &store, ServerConnectionDialog::Purpose::Publish);
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"));
    password->setText(QStringLiteral("wrong-secret-4711"));
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
    dialog.signIn();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(server.lastProblem() == server::ServerProblem::Authentication);
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK_FALSE(dialog.problem().contains(QStringLiteral("wrong-secret-4711")));
    CHECK(store.m_kept.isEmpty()); // a password that did not sign in is not kept

    password->setText(servertest::TestDatabase::passwordOf(role));
    dialog.signIn();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(store.m_kept.size() == 1);
    CHECK_FALSE(allSettings().contains(servertest::TestDatabase::passwordOf(role)));
    CHECK(ServerLogin::remembered().user == role);
}

TEST_CASE("A publish on a stale allocation is refused with what changed, and the team's figures "
          "are fetched to read",
          "[teamserver][server]")
{
    const char *language = GENERATE("en", "zh_CN");
    Translators::use(QString::fromLatin1(language));
    QSettings().clear();
    servertest::TestDatabase db;
    db.setUp({QStringLiteral("east"), QStringLiteral("west")});
    const QString eastRole = db.role(QStringLiteral("east"));
    auto director = db.signIn(db.role(QStringLiteral("director")));
    REQUIRE(director->publishAllocation(teamPlan(6'000'000'000, 5'000'000'000)));
    const QString westRole = db.role(QStringLiteral("west"));
    auto west = db.signIn(westRole);
    REQUIRE(west->publish(QStringLiteral("west"), unitOf("sample-zh_CN.json", 4'600'000'000)));

    rememberLoginAt(db, eastRole, QStringLiteral("east"));
    QWidget window;
    TeamServerActions actions(&window, std::make_unique<FakeStore>());
    const QString password = servertest::TestDatabase::passwordOf(eastRole);

    // East fetches the allocation (version 1) into its plan, then publishes the plan on it. A
    // manager reads no other unit's plan, but every unit's published figures: West's are there,
    // and summed.
    QTemporaryDir dir;
    auto document = openDocument(dir, unitOf("sample-zh_CN.json", 6'300'000'000));
    answerNextDialog(password);
    TeamFiguresDialog *figures = actions.open(document.get());
    REQUIRE(figures);
    const TeamServerBasis fetched = document->plan().teamServer;
    CHECK(fetched.unit == QStringLiteral("east"));
    CHECK(fetched.allocationVersion == 1);
    CHECK(fetched.unitVersion == 0);
    CHECK(fetched.allocatedTarget.minor == 6'000'000'000);
    CHECK(document->undoStack()->count() == 0); // recording the basis is no edit
    CHECK_FALSE(allSettings().contains(QStringLiteral("basis")));
    QTableWidget *table = figures->table();
    REQUIRE(table->rowCount() == 3); // east, west, the units together
    const QString currency = teamPlan(0, 0).info.currency;
    const QString westTarget = formatPlanAmount(4'600'000'000, currency);
    CHECK(table->item(0, 0)->text() == QStringLiteral("east"));
    CHECK(table->item(0, 1)->toolTip().contains(
        QCoreApplication::translate("PublishedUnits", "nothing published on the team server yet")));
    CHECK(table->item(1, 0)->text() == QStringLiteral("west"));
    CHECK(table->item(1, 2)->text() == formatPlanAmount(5'000'000'000, currency)); // allocated
    CHECK(table->item(1, 3)->text() == westTarget);                                // own target
    CHECK(table->item(1, 4)->text().startsWith(formatPlanAmount(-400'000'000, currency)));
    CHECK(table->item(1, 4)->foreground().color() ==
          severityColor(Severity::Warning, table->palette())); // −8 %: beyond 5 %
    CHECK(table->item(1, 4)->text().endsWith(
        QCoreApplication::translate("TeamConsolidation", ", beyond %1").arg(formatPercent(0.05))));
    CHECK(table->item(1, 1)->text() == unitStatusText(UnitStatus::Ok)); // said once, in the gap
    CHECK(table->item(1, 5)->text().toInt() > 0);                       // headcount
    CHECK_FALSE(table->item(1, 6)->text().isEmpty());                   // budget
    CHECK(table->item(1, 7)->text().contains(westRole));                // published by
    CHECK(table->item(2, 3)->text() == westTarget); // the units together: West's alone
    CHECK(figures->scope().contains(QStringLiteral("“east”")));
    if (QString::fromLatin1(language) == QStringLiteral("en")) {
        CHECK(figures->headline().contains(QStringLiteral("1 of 2 units")));
        CHECK(figures->scope().contains(QStringLiteral("the director's")));
        CHECK(figures->basis().startsWith(QStringLiteral("east is allocated %1 (allocation 1); "
                                                         "this plan's target %2: +%3")
                                              .arg(formatPlanAmount(6'000'000'000, currency),
                                                   formatPlanAmount(6'300'000'000, currency),
                                                   formatPlanAmount(300'000'000, currency))));
    }
    CHECK(figures->basis().contains(formatPlanAmount(6'000'000'000, currency)));
    save(figures, QStringLiteral("team-figures-manager-") + QString::fromLatin1(language));
    figures->close();
    answerNextDialog(password);
    const auto first = actions.publish(document.get());
    INFO((first ? std::string() : first.error().message().toStdString()));
    REQUIRE(first);
    CHECK(first->number == 1);
    CHECK(first->basedOnAllocation == 1);
    CHECK(document->plan().teamServer.unitVersion == 1);
    CHECK(document->plan().teamServer.allocationVersion == 1);

    // An edit and its undo leave the basis as the server has it: recording it is no edit.
    document->edit(QStringLiteral("Rename"),
                   [](Plan &plan) { plan.info.name = QStringLiteral("East 2027"); });
    document->undoStack()->undo();
    CHECK(document->plan().teamServer.unitVersion == 1);
    // The file keeps it, for a publish from another machine or the command line.
    CHECK(PlanFile::open(document->filePath(), PlanFile::Access::ReadOnly)
              .value()
              ->plan()
              .teamServer == document->plan().teamServer);

    // The director changes the allocation: East's next publish is refused, saying so.
    REQUIRE(director->publishAllocation(teamPlan(6'500'000'000, 4'500'000'000)));
    answerNextDialog(password);
    const auto stale = actions.publish(document.get());
    REQUIRE_FALSE(stale);
    QMessageBox *refusal = actions.refusal();
    REQUIRE(refusal);
    CHECK(refusal->isVisible());
    if (QString::fromLatin1(language) == QStringLiteral("en")) {
        CHECK(refusal->text() == QStringLiteral("The team server has a newer version"));
        CHECK(refusal->informativeText().contains(QStringLiteral("version 1 → 2")));
        CHECK(refusal->informativeText().contains(QStringLiteral("Open from Team Server")));
        CHECK(refusal->informativeText().count(QStringLiteral("publish again")) == 1);
    }
    save(refusal, QStringLiteral("refused-publish-") + QString::fromLatin1(language));
    refusal->close();

    // The director fetches the new allocation beside both units' published plans.
    const QString directorRole = db.role(QStringLiteral("director"));
    rememberLoginAt(db, directorRole, QString());
    answerNextDialog(servertest::TestDatabase::passwordOf(directorRole));
    figures = actions.open();
    REQUIRE(figures);
    table = figures->table();
    REQUIRE(table->rowCount() == 3); // east, west, the units together
    CHECK(table->item(0, 0)->text() == QStringLiteral("east"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("west"));
    CHECK_FALSE(table->item(0, 3)->text().isEmpty()); // east's own target
    if (QString::fromLatin1(language) == QStringLiteral("en")) {
        CHECK(figures->headline().contains(QStringLiteral("version 2")));
        CHECK(figures->headline().contains(QStringLiteral("2 of 2 units")));
    }
    CHECK(figures->scope().isEmpty()); // the director reads the units' plans
    save(figures, QStringLiteral("team-figures-director-") + QString::fromLatin1(language));
    figures->close();

    // Once East has fetched the new allocation, it is East's basis: the publish goes through.
    // East's manager now sees both units' figures summed, as the director does.
    rememberLoginAt(db, eastRole, QStringLiteral("east"));
    answerNextDialog(password);
    figures = actions.open(document.get());
    REQUIRE(figures);
    CHECK(document->plan().teamServer.allocationVersion == 2);
    CHECK(document->plan().teamServer.allocatedTarget.minor == 6'500'000'000);
    CHECK(figures->basis().contains(formatPlanAmount(6'500'000'000, currency)));
    table = figures->table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 3)->text() == formatPlanAmount(6'300'000'000, currency));
    CHECK(table->item(2, 3)->text() == formatPlanAmount(10'900'000'000, currency));
    CHECK(table->item(2, 4)->text() == formatPlanAmount(-100'000'000, currency));
    CHECK_FALSE(figures->scope().isEmpty());
    save(figures, QStringLiteral("team-figures-manager-all-") + QString::fromLatin1(language));
    figures->close();
    answerNextDialog(password);
    const auto again = actions.publish(document.get());
    INFO((again ? std::string() : again.error().message().toStdString()));
    CHECK(again);
    CHECK(document->plan().teamServer.unitVersion == 2);
    Translators::use(QStringLiteral("en"));
}

TEST_CASE("A director's File, Publish to Team Server publishes the team plan as the next "
          "allocation whatever unit the dialog remembers, and a manager then sees the new target",
          "[teamserver][server]")
{
    QSettings().clear();
    servertest::TestDatabase db;
    db.setUp({QStringLiteral("east"), QStringLiteral("west")});
    const QString directorRole = db.role(QStringLiteral("director"));
    // A unit typed into the dialog some other day is still remembered: a director's team plan is
    // the allocation all the same.
    rememberLoginAt(db, directorRole, QStringLiteral("east"));
    QWidget window;
    TeamServerActions actions(&window, std::make_unique<FakeStore>());
    QTemporaryDir dir;
    auto document = openDocument(dir, teamPlan(6'000'000'000, 5'000'000'000));

    QString intro;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ServerConnectionDialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            intro += label->text();
    });
    answerNextDialog(servertest::TestDatabase::passwordOf(directorRole));
    const auto first = actions.publish(document.get());
    INFO((first ? std::string() : first.error().message().toStdString()));
    REQUIRE(first);
    CHECK(first->unit.isEmpty());
    CHECK(first->number == 1);
    CHECK(intro.contains(QStringLiteral("allocation")));
    CHECK(document->plan().teamServer.unit.isEmpty());
    CHECK(document->plan().teamServer.allocationVersion == 1);

    // Open from Team Server records the allocation, not the remembered unit, so the next publish
    // is not refused as based on an allocation never seen.
    answerNextDialog(servertest::TestDatabase::passwordOf(directorRole));
    TeamFiguresDialog *figures = actions.open(document.get());
    REQUIRE(figures);
    figures->close();
    CHECK(document->plan().teamServer.unit.isEmpty());

    // The director allocates more to east and publishes again from the window: version 2, based
    // on version 1 as the file recorded, and east's manager reads the new target.
    REQUIRE(document->edit(QStringLiteral("Allocate more"), [](Plan &plan) {
        plan.units[0].allocation.minor = 6'500'000'000;
        plan.targets.annualTarget.minor = 11'500'000'000;
    }));
    answerNextDialog(servertest::TestDatabase::passwordOf(directorRole));
    const auto second = actions.publish(document.get());
    INFO((second ? std::string() : second.error().message().toStdString()));
    REQUIRE(second);
    CHECK(second->number == 2);
    auto east = db.signIn(db.role(QStringLiteral("east")));
    const auto allocation = east->fetchAllocation();
    REQUIRE(allocation);
    CHECK(allocation->version.number == 2);
    CHECK(allocation->plan.units.at(0).allocation.minor == 6'500'000'000);

    // A manager whose own plan is a team plan publishes it as the unit's version.
    const QString westRole = db.role(QStringLiteral("west"));
    rememberLoginAt(db, westRole, QStringLiteral("west"));
    QTemporaryDir westDir;
    auto westTeam = openDocument(westDir, teamPlan(3'000'000'000, 2'000'000'000));
    answerNextDialog(servertest::TestDatabase::passwordOf(westRole));
    const auto westOpened = actions.open(westTeam.get());
    REQUIRE(westOpened);
    westOpened->close();
    answerNextDialog(servertest::TestDatabase::passwordOf(westRole));
    const auto westPublished = actions.publish(westTeam.get());
    INFO((westPublished ? std::string() : westPublished.error().message().toStdString()));
    REQUIRE(westPublished);
    CHECK(westPublished->unit == QStringLiteral("west"));
}

TEST_CASE("A plan open read-only is not published: its new version could not be recorded in it",
          "[teamserver][dialog]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("east.salesplan"));
    REQUIRE(PlanFile::create(path, unitOf("sample-en.json", 6'000'000'000)));
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    PlanDocument document(std::move(file.value()));
    REQUIRE(document.isReadOnly());
    const QByteArray before = [&] {
        QFile read(path);
        return read.open(QIODevice::ReadOnly) ? read.readAll() : QByteArray();
    }();
    QWidget window;
    TeamServerActions actions(&window, std::make_unique<FakeStore>());
    const auto published = actions.publish(&document);
    CHECK_FALSE(published);
    CHECK(published.error().message().contains(QStringLiteral("read-only")));
    REQUIRE(actions.refusal());
    CHECK(actions.refusal()->text() == QStringLiteral("Not published"));
    actions.refusal()->close();
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}

TEST_CASE("In a manager's team figures, a unit that published a team plan says so and is not "
          "summed: its units would be counted twice",
          "[teamserver][server]")
{
    const char *language = GENERATE("en", "zh_CN");
    Translators::use(QString::fromLatin1(language));
    QSettings().clear();
    servertest::TestDatabase db;
    db.setUp({QStringLiteral("east"), QStringLiteral("west")});
    REQUIRE(db.signIn(db.role(QStringLiteral("director")))
                ->publishAllocation(teamPlan(6'000'000'000, 5'000'000'000)));
    // East's manager published a team plan of East's own sub-units as East's plan.
    REQUIRE(db.signIn(db.role(QStringLiteral("east")))
                ->publish(QStringLiteral("east"), teamPlan(2'000'000'000, 4'000'000'000)));
    const QString westRole = db.role(QStringLiteral("west"));
    REQUIRE(db.signIn(westRole)->publish(QStringLiteral("west"),
                                         unitOf("sample-zh_CN.json", 4'600'000'000)));

    rememberLoginAt(db, westRole, QStringLiteral("west"));
    QWidget window;
    TeamServerActions actions(&window, std::make_unique<FakeStore>());
    answerNextDialog(servertest::TestDatabase::passwordOf(westRole));
    TeamFiguresDialog *figures = actions.open();
    REQUIRE(figures);
    QTableWidget *table = figures->table();
    REQUIRE(table->rowCount() == 3); // east, west, the units together
    const QString currency = teamPlan(0, 0).info.currency;
    CHECK(table->item(0, 0)->text() == QStringLiteral("east"));
    CHECK(table->item(0, 1)->text() == unitStatusText(UnitStatus::TeamPlan));
    CHECK(table->item(0, 3)->text().isEmpty()); // its own target is its units': not summed
    CHECK(table->item(0, 5)->text().isEmpty()); // nor its headcount, which is theirs too
    CHECK(table->item(2, 3)->text() == formatPlanAmount(4'600'000'000, currency)); // West alone
    if (QString::fromLatin1(language) == QStringLiteral("en")) {
        CHECK(table->item(0, 1)->toolTip().contains(QStringLiteral("team plan itself")));
        CHECK(figures->headline().contains(QStringLiteral("1 of 2 units")));
    }
    save(figures, QStringLiteral("team-figures-team-plan-unit-") + QString::fromLatin1(language));
    figures->close();
    Translators::use(QStringLiteral("en"));
}

TEST_CASE("A team server set up by a newer SalesPlan that this one cannot use is refused in words "
          "that say to update SalesPlan",
          "[teamserver][server]")
{
    QSettings().clear();
    servertest::TestDatabase db;
    db.setUp({QStringLiteral("east")});
    db.adminValue(QStringLiteral("UPDATE salesplan.server_schema SET server_version = 9, "
                                 "oldest_client = 9"));
    const QString role = db.role(QStringLiteral("east"));
    rememberLoginAt(db, role, QStringLiteral("east"));
    QWidget window;
    TeamServerActions actions(&window, std::make_unique<FakeStore>());
    answerNextDialog(servertest::TestDatabase::passwordOf(role));
    CHECK_FALSE(actions.open());
    QMessageBox *refusal = actions.refusal();
    REQUIRE(refusal);
    CHECK(refusal->text() == QStringLiteral("The team server refused"));
    CHECK(refusal->informativeText().contains(
        QStringLiteral("newer SalesPlan (server schema 9) that this version")));
    CHECK(refusal->informativeText().contains(QStringLiteral("update SalesPlan")));
    save(refusal, QStringLiteral("refused-newer-server"));
    refusal->close();
}

TEST_CASE("Before any unit has published, the units together show no sums of nothing",
          "[teamserver][dialog]")
{
    const Plan team =
        servertest::teamPlan(11'000'000'000, {{QStringLiteral("east"), 6'000'000'000},
                                              {QStringLiteral("west"), 5'000'000'000}});
    const Consolidation nothing =
        consolidateFigures(team, server::publishedFiguresInputs(team, {}));
    TeamFiguresDialog dialog(QStringLiteral("plans.example.com"), nothing, std::nullopt, {},
                             QStringLiteral("east"));
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(2, 2)->text() == formatPlanAmount(11'000'000'000, team.info.currency));
    for (const int column : {3, 4, 5, 6}) { // own target, gap, headcount, budget
        INFO("column " << column);
        CHECK(table->item(2, column)->text() == QStringLiteral("—"));
    }
}

TEST_CASE("The team figures open with no unit marked in the table", "[teamserver][dialog]")
{
    const Plan team =
        servertest::teamPlan(11'000'000'000, {{QStringLiteral("east"), 6'000'000'000},
                                              {QStringLiteral("west"), 5'000'000'000}});
    const Consolidation nothing =
        consolidateFigures(team, server::publishedFiguresInputs(team, {}));
    TeamFiguresDialog dialog(QStringLiteral("plans.example.com"), nothing, std::nullopt, {},
                             QStringLiteral("west"));
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK_FALSE(dialog.table()->hasFocus());
    CHECK(dialog.table()->selectedItems().isEmpty());
    CHECK(qobject_cast<QPushButton *>(dialog.focusWidget()));
}

TEST_CASE("File has Publish to Team Server, for an open plan, and Open from Team Server",
          "[teamserver][dialog]")
{
    QSettings().clear();
    MainWindow window;
    auto *publish = window.findChild<QAction *>(QStringLiteral("publishToServerAction"));
    auto *fetch = window.findChild<QAction *>(QStringLiteral("openFromServerAction"));
    REQUIRE(publish);
    REQUIRE(fetch);
    CHECK_FALSE(publish->isEnabled()); // no plan open
    CHECK(fetch->isEnabled());
    CHECK(window.teamServer());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    REQUIRE(window.openFile(path));
    CHECK(publish->isEnabled());
}
