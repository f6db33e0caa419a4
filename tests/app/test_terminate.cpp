// Ending SalesPlan from outside (SIGTERM at logout or from `kill`) closes the plan cleanly: the
// program exits normally and leaves no lock file that would keep the plan "open elsewhere".
#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>

TEST_CASE("SIGTERM quits the window and releases the plan's lock", "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = folder.filePath(QStringLiteral("plan.salesplan"));
    QProcess import;
    import.start(QStringLiteral(SALESPLAN_EXE),
                 {QStringLiteral("import"), QStringLiteral(SALESPLAN_SAMPLES "/sample-en.json"),
                  QStringLiteral("--to"), plan});
    REQUIRE(import.waitForFinished(60000));
    REQUIRE(import.exitCode() == 0);

    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(SALESPLAN_EXE), {plan});
    REQUIRE(window.waitForStarted(30000));
    const QString lock = plan + QStringLiteral(".lock");
    const QDeadlineTimer opened(60000);
    while (!QFileInfo::exists(lock) && !opened.hasExpired())
        QThread::msleep(50);
    REQUIRE(QFileInfo::exists(lock));
    QThread::msleep(500); // let the window reach its event loop

    ::kill(pid_t(window.processId()), SIGTERM);
    REQUIRE(window.waitForFinished(30000));
    CHECK(window.exitStatus() == QProcess::NormalExit);
    CHECK(window.exitCode() == 0);
    CHECK_FALSE(QFileInfo::exists(lock));
}
#endif
