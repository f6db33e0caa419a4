// The main window's toolbar and the navigator's icons and status marks: the toolbar shows the
// menus' own actions with icons that draw, and a section's mark follows the plan's findings.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "icons/appicons.h"
#include "language/language.h"
#include "mainwindow.h"
#include "store/planfile.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// The action named `text` (without its "&") in the menu bar's menus.
QAction *menuAction(MainWindow &window, const QString &text)
{
    const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        for (QAction *action : menu->actions()) {
            if (QString(action->text()).remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

// How many of `pixmap`'s pixels are not fully transparent.
int drawnPixels(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return drawn;
}

QListWidgetItem *navigatorItem(MainWindow &window, Section section)
{
    auto *navigator = window.findChild<QListWidget *>(QStringLiteral("navigator"));
    REQUIRE(navigator);
    return navigator->item(int(section) + 1);
}

// The toolbar's actions, without its separators.
QList<QAction *> toolBarActions(MainWindow &window)
{
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    QList<QAction *> shown;
    for (QAction *action : toolBar->actions()) {
        if (!action->isSeparator())
            shown.append(action);
    }
    return shown;
}

// Checks that the toolbar shows the (English) menus' own seven actions, in order, with icons.
void checkToolBarActions(MainWindow &window)
{
    const QList<QAction *> shown = toolBarActions(window);
    const QStringList menuTexts{QStringLiteral("New Plan…"),   QStringLiteral("Open…"),
                                QStringLiteral("Undo"),        QStringLiteral("Redo"),
                                QStringLiteral("Export PDF…"), QStringLiteral("Export Workbook…"),
                                QStringLiteral("Present…")};
    REQUIRE(shown.size() == menuTexts.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        INFO(menuTexts.at(i).toStdString());
        CHECK(shown.at(i) == menuAction(window, menuTexts.at(i)));
        const QPixmap pixmap = shown.at(i)->icon().pixmap(24, 24);
        REQUIRE_FALSE(pixmap.isNull());
        CHECK(drawnPixels(pixmap) > 20);
    }
}

} // namespace

TEST_CASE("The toolbar shows the menus' New, Open, Undo, Redo, exports and Present", "[toolbar]")
{
    QSettings().clear();
    MainWindow window;
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    checkToolBarActions(window);
    const QList<QAction *> shown = toolBarActions(window);
    CHECK(shown.at(1)->toolTip() ==
          QStringLiteral("Open (%1)")
              .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));

    QAction *toggle = menuAction(window, QStringLiteral("Toolbar"));
    REQUIRE(toggle);
    window.show();
    toggle->trigger();
    CHECK_FALSE(toolBar->isVisible());
    toggle->trigger();
    CHECK(toolBar->isVisible());
}

TEST_CASE("Every bundled icon draws at 1× and 2×", "[toolbar]")
{
    for (const char *name :
         {"document-new", "document-open", "edit-undo", "edit-redo", "export-pdf",
          "export-workbook", "present", "page-overview", "page-charts", "page-review",
          "page-whatif", "go-previous", "go-next", "go-home"}) {
        INFO(name);
        const QIcon icon = bundledIcon(QLatin1String(name));
        CHECK(drawnPixels(icon.pixmap(QSize(24, 24), 1.0)) > 20);
        const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0);
        CHECK(sharp.width() == 48);
        CHECK(drawnPixels(sharp) > 80);
    }
    for (int s = 0; s < sectionCount; ++s)
        CHECK(drawnPixels(sectionIcon(Section(s)).pixmap(24, 24)) > 20);
}

TEST_CASE("A section's mark in the navigator follows its errors", "[toolbar]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    QListWidgetItem *targets = navigatorItem(window, Section::Targets);
    REQUIRE_FALSE(targets->toolTip().contains(QStringLiteral("error")));

    REQUIRE(window.document()->edit(QStringLiteral("No target"),
                                    [](Plan &plan) { plan.targets.annualTarget.minor = 0; }));
    CHECK(targets->toolTip().startsWith(QStringLiteral("Targets: 1 error")));
    CHECK(targets->data(Qt::AccessibleTextRole).toString() == targets->toolTip());
    CHECK(targets->data(Qt::AccessibleDescriptionRole)
              .toString()
              .startsWith(QStringLiteral("1 error")));
    // The mark: a red square in the icon's lower right corner.
    const QImage icon = targets->icon().pixmap(40, 40).toImage();
    const QColor mark = icon.pixelColor(22, 29);
    CHECK(mark.red() > mark.green() + 60);
    CHECK(navigatorItem(window, Section::Segments)->toolTip() ==
          QStringLiteral("Customer segments: Complete"));

    window.document()->undoStack()->undo();
    CHECK_FALSE(targets->toolTip().contains(QStringLiteral("error")));
    const QColor after = targets->icon().pixmap(40, 40).toImage().pixelColor(22, 29);
    CHECK_FALSE(after.red() > after.green() + 60);
}

TEST_CASE("On a dark palette the bundled icons are drawn light", "[toolbar]")
{
    // The lightness of the icon's drawn pixels, 0–255, on average.
    const auto inkLightness = [](const QIcon &icon) {
        const QImage image = icon.pixmap(24, 24).toImage();
        int sum = 0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) > 200) {
                    sum += image.pixelColor(x, y).lightness();
                    ++count;
                }
            }
        }
        REQUIRE(count > 0);
        return sum / count;
    };
    const QPalette light = QApplication::palette();
    CHECK(inkLightness(bundledIcon(QStringLiteral("document-open"))) < 110);
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    QApplication::setPalette(dark);
    CHECK(inkLightness(bundledIcon(QStringLiteral("document-open"))) > 180);
    QApplication::setPalette(light);
}

TEST_CASE("The toolbar follows the menus when the language changes", "[toolbar]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    // The language change comes as an event, and the window answers it from the event loop.
    const auto settle = [] {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    };
    Translators::use(QStringLiteral("zh_CN"));
    settle();
    REQUIRE(toolBarActions(window).size() == 7);
    Translators::use(QStringLiteral("en"));
    settle();
    checkToolBarActions(window);
}
