// What the windows remember between runs: the main window's splitter and the page last shown,
// the what-if page's splitter — kept in QSettings and given back to the next window.
#include <catch2/catch.hpp>

#include "mainwindow.h"
#include "store/planfile.h"
#include "versions/comparisonwindow.h"
#include "whatif/whatifpage.h"

#include "uitestsupport.h"

#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// Moves `splitter`'s first handle by `by` pixels, as a drag does; returns the first pane's size.
int drag(QSplitter *splitter, int by)
{
    const QList<int> sizes = splitter->sizes();
    splitter->setSizes({sizes.at(0) + by, sizes.at(1) - by});
    emit splitter->splitterMoved(sizes.at(0) + by, 1);
    REQUIRE(splitter->sizes().at(0) != sizes.at(0));
    return splitter->sizes().at(0);
}

} // namespace

TEST_CASE("The main window opens the next plan on the page and with the splitters last left",
          "[windowmemory]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    const int targetsRow = int(Section::Targets) + 1;
    int mainFirst = 0;
    int whatIfFirst = 0;
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.openFile(path));
        CHECK(window.findChild<QListWidget *>(QStringLiteral("navigator"))->currentRow() == 0);
        window.showPage(targetsRow);
        mainFirst = drag(window.findChild<QSplitter *>(QStringLiteral("mainSplitter")), 110);
        window.showPage(window.pageCount() - 1); // the what-if page
        whatIfFirst = drag(
            window.whatIfPage()->findChild<QSplitter *>(QStringLiteral("whatIf.splitter")), 120);
        window.showPage(targetsRow);
        window.close();
    }
    MainWindow again;
    again.resize(1280, 800);
    again.show();
    REQUIRE(again.openFile(path));
    CHECK(again.findChild<QListWidget *>(QStringLiteral("navigator"))->currentRow() == targetsRow);
    CHECK(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().at(0) == mainFirst);
    again.showPage(again.pageCount() - 1);
    CHECK(again.whatIfPage()
              ->findChild<QSplitter *>(QStringLiteral("whatIf.splitter"))
              ->sizes()
              .at(0) == whatIfFirst);
}

TEST_CASE("A window without a remembered page opens a plan on its overview", "[windowmemory]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    CHECK(window.findChild<QListWidget *>(QStringLiteral("navigator"))->currentRow() == 0);
}

TEST_CASE("A comparison window opens at the size the last one was closed at", "[windowmemory]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    const auto current = ComparisonWindow::currentPlan;
    {
        ComparisonWindow first(window.document(), current, current);
        first.show();
        CHECK(first.size() == QSize(960, 720));
        first.resize(700, 520);
        first.close();
    }
    ComparisonWindow second(window.document(), current, current);
    CHECK(second.size() == QSize(700, 520));
}
