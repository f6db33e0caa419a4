// File ▸ Import JSON in the main window: a plan is never replaced while it is open, this window's
// own plan included; a file that is not open is replaced whole and opened.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "mainwindow.h"
#include "store/planfile.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <utility>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

using uitest::sample;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Accepts every message box as it shows, keeping the text of the last one.
class MessageCatcher
{
public:
    MessageCatcher()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_text = box->text();
                box->accept();
            }
        });
        m_timer.start();
    }
    QString take() { return std::exchange(m_text, QString()); }

private:
    QTimer m_timer;
    QString m_text;
};

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

TEST_CASE("Import JSON over the plan open in the window is refused and the plan survives",
          "[mainwindow]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    const Plan english = sample("sample-en.json");
    const Plan chinese = sample("sample-zh_CN.json");
    REQUIRE(PlanFile::create(path, english));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    const QByteArray before = bytesOf(path);
    MessageCatcher messages;

    CHECK_FALSE(window.importPlanAs(chinese, path));
    CHECK(messages.take().contains(QStringLiteral("is open for editing in a SalesPlan window")));
    CHECK(bytesOf(path) == before);
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == absolute(path));
    CHECK(window.document()->plan() == english);

    // Another file, not open, is replaced and opened; the plan it leaves can then be replaced.
    const QString other = dir.filePath(QStringLiteral("other.salesplan"));
    REQUIRE(PlanFile::create(other, Plan()));
    REQUIRE(window.importPlanAs(chinese, other));
    CHECK(messages.take().isEmpty());
    CHECK(window.document()->filePath() == absolute(other));
    CHECK(window.document()->plan() == chinese);
    REQUIRE(window.importPlanAs(chinese, path));
    CHECK(window.document()->filePath() == absolute(path));
    CHECK(window.document()->plan() == chinese);
}

TEST_CASE("A plan open elsewhere is offered read-only, and File ▸ Open Read-Only opens one so",
          "[mainwindow]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    const Plan english = sample("sample-en.json");
    auto elsewhere = PlanFile::create(path, english); // holds the plan's lock
    REQUIRE(elsewhere);
    MainWindow window;
    window.show();
    QString asked;
    QTimer yes;
    yes.setInterval(10);
    QObject::connect(&yes, &QTimer::timeout, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    yes.start();
    REQUIRE(window.openFile(path));
    CHECK(asked.contains(QStringLiteral("already open in another SalesPlan window")));
    CHECK(asked.contains(QStringLiteral("Open it read-only?")));
    REQUIRE(window.document());
    CHECK(window.document()->isReadOnly());
    CHECK(window.document()->plan() == english);
    yes.stop();

    elsewhere.value().reset(); // closed there
    const QByteArray before = bytesOf(path);
    REQUIRE(window.openFile(path, true));
    CHECK(window.document()->isReadOnly());
    CHECK(window.findChild<QAction *>(QStringLiteral("openReadOnlyAction")));
    CHECK(bytesOf(path) == before);
}
