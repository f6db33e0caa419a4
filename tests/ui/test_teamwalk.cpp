// The window's steps of tools/team-walk.sh, hidden from normal runs ([.walk]): a director or a
// manager opens a plan, signs in at the team server through File ▸ Open from Team Server or
// File ▸ Publish to Team Server, and what they see is saved as PNG files. The script starts the
// server and says who signs in where, in the environment:
//   WALK_URL       the server's address, without a password
//   WALK_USER      the role signing in; WALK_UNIT its unit (empty for the director)
//   PGPASSWORD     its password, typed into the connection dialog
//   WALK_PLAN      the .salesplan file open in the window (may be empty for Open)
//   WALK_OUT       the folder of the PNG files; WALK_NAME the start of their names
//   WALK_LANG      the language of the window (en, zh_CN, zh_TW)
//   WALK_SETTINGS  the folder of this user's settings, kept from step to step as on one computer
//   WALK_TARGET    for a publish: the annual target typed into Targets before publishing
//   WALK_EXPECT    for a publish: "published", "refused" (by the server) or "cancelled" (the
//                  connection dialog refused what was typed)
#include <catch2/catch.hpp>

#include "language/language.h"
#include "mainwindow.h"
#include "sections/targetsunitspanel.h"
#include "server/serverconnectiondialog.h"
#include "server/teamfiguresdialog.h"
#include "server/teamserveractions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

QString environment(const char *name)
{
    return qEnvironmentVariable(name);
}

// One step of the walk, as the environment describes it.
struct WalkStep
{
    QString url = environment("WALK_URL");
    QString user = environment("WALK_USER");
    QString unit = environment("WALK_UNIT");
    QString plan = environment("WALK_PLAN");
    QString out = environment("WALK_OUT");
    QString name = environment("WALK_NAME");

    // The window's language and this user's settings, with the last login as the script says.
    void prepare() const
    {
        REQUIRE_FALSE(out.isEmpty());
        REQUIRE_FALSE(name.isEmpty());
        QDir().mkpath(out);
        Translators::use(environment("WALK_LANG").isEmpty() ? QStringLiteral("en")
                                                            : environment("WALK_LANG"));
        if (!environment("WALK_SETTINGS").isEmpty())
            QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                               environment("WALK_SETTINGS"));
        QSettings settings;
        settings.setValue(QStringLiteral("teamServer/url"), url);
        settings.setValue(QStringLiteral("teamServer/user"), user);
        settings.setValue(QStringLiteral("teamServer/unit"), unit);
    }

    void save(QWidget *widget, const QString &what) const
    {
        const QString path = QStringLiteral("%1/%2-%3.png").arg(out, name, what);
        CHECK(widget->grab().save(path));
        QTextStream(stdout) << path << '\n';
    }
};

// The main window at the size of the screenshots, with the step's plan open.
void openWindow(MainWindow &window, const WalkStep &step)
{
    window.resize(1280, 800);
    window.show();
    if (!step.plan.isEmpty())
        REQUIRE(window.openFile(step.plan));
}

// The next connection dialog, as filled in from the last login, is saved (NAME-connect.png); then
// the password is typed and the dialog signs in, not keeping the password in the keychain. A
// refusal in the dialog is saved too (NAME-connect-refused.png) and the dialog cancelled. The
// dialog is waited for: reading the keychain as it opens runs events before it is shown. Returns
// whether the dialog was cancelled, known once it has closed.
std::shared_ptr<bool> answerConnection(const WalkStep &step)
{
    auto cancelled = std::make_shared<bool>(false);
    auto *poll = new QTimer(qApp);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, poll, [step, poll, cancelled] {
        auto *dialog = qobject_cast<ServerConnectionDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->deleteLater();
        poll->stop();
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(false);
        dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))
            ->setText(environment("PGPASSWORD"));
        step.save(dialog, QStringLiteral("connect"));
        dialog->signIn();
        if (dialog->isVisible()) {
            step.save(dialog, QStringLiteral("connect-refused"));
            dialog->reject();
            *cancelled = true;
        }
    });
    poll->start();
    return cancelled;
}

// Types `target` into the Targets page's annual target, as the manager would.
void typeTarget(MainWindow &window, const QString &target)
{
    window.showSection(Section::Targets);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("targets.annualTarget"));
    REQUIRE(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, target);
    QTest::keyClick(field, Qt::Key_Return);
    field->clearFocus(); // shown formatted, as once the manager goes on to the File menu
}

} // namespace

TEST_CASE("Walk: the plan's Targets ▸ Units tab", "[.walk]")
{
    const WalkStep step;
    step.prepare();
    MainWindow window;
    openWindow(window, step);
    window.showSection(Section::Targets);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("targets.tabs"));
    auto *units = window.findChild<TargetsUnitsPanel *>();
    REQUIRE(tabs);
    REQUIRE(units);
    for (int tab = 0; tab < tabs->count(); ++tab)
        if (tabs->widget(tab) == units || tabs->widget(tab)->isAncestorOf(units))
            tabs->setCurrentIndex(tab);
    QApplication::processEvents();
    step.save(&window, QStringLiteral("units"));
}

TEST_CASE("Walk: File ▸ Open from Team Server", "[.walk]")
{
    const WalkStep step;
    step.prepare();
    MainWindow window;
    openWindow(window, step);
    answerConnection(step);
    window.findChild<QAction *>(QStringLiteral("openFromServerAction"))->trigger();
    if (QMessageBox *refusal = window.teamServer()->refusal())
        step.save(refusal, QStringLiteral("refused"));
    auto *figures = window.findChild<TeamFiguresDialog *>();
    REQUIRE(figures);
    QApplication::processEvents();
    step.save(figures, QStringLiteral("figures"));
}

TEST_CASE("Walk: File ▸ Publish to Team Server", "[.walk]")
{
    const WalkStep step;
    step.prepare();
    REQUIRE_FALSE(step.plan.isEmpty());
    MainWindow window;
    openWindow(window, step);
    if (!environment("WALK_TARGET").isEmpty())
        typeTarget(window, environment("WALK_TARGET"));
    const std::shared_ptr<bool> cancelled = answerConnection(step);
    window.findChild<QAction *>(QStringLiteral("publishToServerAction"))->trigger();
    QApplication::processEvents();
    QMessageBox *refusal = window.teamServer()->refusal();
    if (refusal)
        step.save(refusal, QStringLiteral("refused"));
    else if (!*cancelled)
        step.save(&window, QStringLiteral("published"));
    const QString expected = environment("WALK_EXPECT");
    CHECK(expected == (*cancelled ? QStringLiteral("cancelled")
                       : refusal  ? QStringLiteral("refused")
                                  : QStringLiteral("published")));
}
