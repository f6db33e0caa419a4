// The start page: the recent plans with their name, year, target and status, a missing one
// marked, a chosen one opened in the window; a window with no plan shows it, and the sample is
// opened from there.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "mainwindow.h"
#include "plan/format.h"
#include "recentfiles.h"
#include "start/startpage.h"
#include "store/planfile.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// Makes a plan file `fileName` in `dir` from the English sample, named `name` with `target`.
QString makePlan(const QTemporaryDir &dir, const char *fileName, const QString &name, qint64 target)
{
    Plan plan = uitest::sample("sample-en.json");
    plan.info.name = name;
    plan.targets.annualTarget.minor = target;
    const QString path = dir.filePath(QLatin1String(fileName));
    REQUIRE(PlanFile::create(path, plan));
    return path;
}

QListWidgetItem *rowOf(QListWidget *list, const QString &path)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == path)
            return list->item(row);
    }
    return nullptr;
}

} // namespace

TEST_CASE("The start page lists the recent plans with their figures and opens one", "[start]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString north =
        makePlan(dir, "north.salesplan", QStringLiteral("North plan"), 123'400'00);
    const QString south =
        makePlan(dir, "south.salesplan", QStringLiteral("South plan"), 567'800'00);
    const QString gone = dir.filePath(QStringLiteral("gone.salesplan"));
    RecentFiles::add(north);
    RecentFiles::add(south);
    RecentFiles::add(gone);

    MainWindow window;
    window.show();
    REQUIRE(window.startPage()->isVisible());
    QListWidget *list = window.startPage()->recentList();
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text().contains(QStringLiteral("missing")));
    const Plan sample = uitest::sample("sample-en.json");
    for (const auto &[path, name, target] :
         {std::tuple{north, QStringLiteral("North plan"), qint64(123'400'00)},
          std::tuple{south, QStringLiteral("South plan"), qint64(567'800'00)}}) {
        QListWidgetItem *item = rowOf(list, path);
        REQUIRE(item);
        const QString text = item->text();
        INFO(text.toStdString());
        CHECK(text.startsWith(name + QStringLiteral(" (%1)").arg(sample.info.period.year)));
        CHECK(text.contains(formatPlanAmount(Money::of(target, sample.info.currency))));
        CHECK(text.contains(QStringLiteral("Draft")));
        CHECK_FALSE(text.contains(QStringLiteral("missing")));
    }

    emit list->itemActivated(rowOf(list, north));
    REQUIRE(window.document());
    CHECK(window.document()->plan().info.name == QStringLiteral("North plan"));
    CHECK_FALSE(window.startPage()->isVisible());
    CHECK(RecentFiles::list().first() == north);
    QSettings().clear();
}

TEST_CASE("A window without a plan shows the start page, which opens the sample", "[start]")
{
    QSettings().clear();
    QStandardPaths::setTestModeEnabled(true);
    // A copy another build left (of another schema) would be opened, or refused in a message box.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    MainWindow window;
    window.show();
    CHECK_FALSE(window.document());
    REQUIRE(window.startPage()->isVisible());
    CHECK(window.startPage()->recentList()->count() == 1); // "No recent plans yet"
    CHECK_FALSE(window.startPage()->recentList()->item(0)->flags() & Qt::ItemIsEnabled);

    auto *sampleButton =
        window.startPage()->findChild<QPushButton *>(QStringLiteral("startOpenSample"));
    REQUIRE(sampleButton);
    sampleButton->click();
    REQUIRE(window.document());
    CHECK(window.document()->plan().info.name == uitest::sample("sample-en.json").info.name);
    CHECK_FALSE(window.startPage()->isVisible());
    QSettings().clear();
}

TEST_CASE("File ▸ Start Page… opens a window on the start page beside an open plan", "[start]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString north = makePlan(dir, "north.salesplan", QStringLiteral("North plan"), 100'00);
    MainWindow window;
    REQUIRE(window.openFile(north));
    auto *action = window.findChild<QAction *>(QStringLiteral("startPageAction"));
    REQUIRE(action);
    action->trigger();
    MainWindow *started = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *other = qobject_cast<MainWindow *>(top); other && other != &window)
            started = other;
    }
    REQUIRE(started);
    CHECK_FALSE(started->document());
    CHECK(started->startPage()->isVisible());
    QListWidget *list = started->startPage()->recentList();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("North plan")));
    CHECK(window.document()); // the plan stays open in its window
    delete started;
    QSettings().clear();
}

namespace {

// How many of the chart's pixel rows are painted at the middle of each month's bar.
QList<int> barHeights(const QIcon &chart, QSize size)
{
    const QImage image = chart.pixmap(size).toImage();
    QList<int> heights;
    for (int month = 0; month < Period::monthCount; ++month) {
        const int x = (2 * month + 1) * image.width() / (2 * Period::monthCount);
        int painted = 0;
        for (int y = 0; y < image.height() - 2; ++y) // above the base line
            painted += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        heights.append(painted);
    }
    return heights;
}

} // namespace

TEST_CASE("Each readable recent plan shows a chart of its month targets, an unreadable one says "
          "so instead",
          "[start]")
{
    QSettings().clear();
    QTemporaryDir dir;
    Plan plan = uitest::sample("sample-en.json");
    plan.targets.seasonality = SeasonalityMode::Custom;
    plan.targets.customWeights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4}; // the last month the largest
    const QString seasonal = dir.filePath(QStringLiteral("seasonal.salesplan"));
    REQUIRE(PlanFile::create(seasonal, plan));
    const QString broken = dir.filePath(QStringLiteral("broken.salesplan"));
    QFile brokenFile(broken);
    REQUIRE(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("not a plan");
    brokenFile.close();
    RecentFiles::add(broken);
    RecentFiles::add(seasonal);

    StartPage page;
    QListWidget *list = page.recentList();
    QListWidgetItem *chartRow = rowOf(list, seasonal);
    REQUIRE(chartRow);
    REQUIRE_FALSE(chartRow->icon().isNull());
    const QList<int> heights = barHeights(chartRow->icon(), list->iconSize());
    CHECK(heights.at(11) > 2 * heights.at(0));
    for (int month = 1; month < 11; ++month)
        CHECK(heights.at(month) == heights.at(0));

    QListWidgetItem *brokenRow = rowOf(list, broken);
    REQUIRE(brokenRow);
    CHECK(brokenRow->text().contains(QStringLiteral("cannot be read")));
    CHECK(brokenRow->icon().isNull());
    QSettings().clear();
}
