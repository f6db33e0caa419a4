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
#include <QSqlDatabase>
#include <QSqlQuery>
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

// Adds an index to the plan at `path` and overwrites the index's first page: SQLite's integrity
// check then reports that page ("btreeInitPage() returns error code 11"), while the plan's own
// tables are whole, so the plan is refused for editing and opens read-only.
void tearIndexPage(const QString &path)
{
    int pageSize = 0;
    int rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE INDEX history_by_region ON history (region)")));
        REQUIRE((query.exec(QStringLiteral("PRAGMA page_size")) && query.next()));
        pageSize = query.value(0).toInt();
        REQUIRE((query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                           "WHERE name = 'history_by_region'")) &&
                 query.next()));
        rootPage = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(path);
    REQUIRE(pageSize > 0);
    REQUIRE(rootPage > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(qint64(rootPage - 1) * pageSize));
    file.write(QByteArray(pageSize, '\x5a'));
}

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

TEST_CASE("A damaged plan's refusal shows SQLite's own words only behind Show Details",
          "[mainwindow]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shredded.salesplan"));
    REQUIRE(PlanFile::create(path, sample("sample-en.json")));
    {
        // Garbage over every page but the first (the header and the schema stay): damaged, and
        // too damaged to open even read-only.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(int(file.size() - 4096), '\x5a'));
    }
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    QString forEditing;
    REQUIRE_FALSE(PlanFile::open(path, PlanFile::Access::ReadWrite, &problem, &forEditing));
    REQUIRE(problem == PlanFile::OpenProblem::Damaged);
    QString forReading;
    REQUIRE_FALSE(PlanFile::open(path, PlanFile::Access::ReadOnly, &problem, &forReading));
    REQUIRE_FALSE(forEditing.isEmpty());
    REQUIRE_FALSE(forReading.isEmpty());

    MainWindow window;
    window.show();
    QList<std::pair<QString, QString>> boxes; // each box's text and detailed text
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&boxes] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            boxes.append({box->text(), box->detailedText()});
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click(); // open it read-only: that fails too
            else
                box->accept();
        }
    });
    answer.start();
    CHECK_FALSE(window.openFile(path));
    answer.stop();

    REQUIRE(boxes.size() == 2);
    const auto &[offer, offerDetails] = boxes.at(0);
    CHECK(offer.contains(QStringLiteral("This plan file is damaged")));
    CHECK(offer.contains(QStringLiteral("Open it read-only?")));
    CHECK(offerDetails == forEditing);
    const auto &[refusal, refusalDetails] = boxes.at(1);
    CHECK(refusal.startsWith(QStringLiteral("This plan file is damaged")));
    CHECK(refusalDetails == forReading);
    for (const QString &text : {offer, refusal}) {
        CHECK_FALSE(text.contains(QStringLiteral("btree"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("SQLite error"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(forEditing));
        CHECK_FALSE(text.contains(forReading));
    }
    CHECK_FALSE(window.document());
}

TEST_CASE("A plan damaged in a page it does not need is offered read-only with SQLite's words "
          "behind Show Details",
          "[mainwindow]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("torn.salesplan"));
    const Plan english = sample("sample-en.json");
    REQUIRE(PlanFile::create(path, english));
    tearIndexPage(path);

    MainWindow window;
    window.show();
    QString text;
    QString details;
    QTimer yes;
    yes.setInterval(10);
    QObject::connect(&yes, &QTimer::timeout, [&text, &details] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            details = box->detailedText();
            box->button(QMessageBox::Yes)->click();
        }
    });
    yes.start();
    REQUIRE(window.openFile(path));
    yes.stop();
    CHECK(text.startsWith(QStringLiteral("This plan file is damaged")));
    CHECK_FALSE(text.contains(QStringLiteral("btree"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(QStringLiteral("SQLite"), Qt::CaseInsensitive));
    CHECK(details.contains(QStringLiteral("btreeInitPage() returns error code 11")));
    REQUIRE(window.document());
    CHECK(window.document()->isReadOnly());
    CHECK(window.document()->plan() == english);
}
