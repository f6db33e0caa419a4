// Accessibility of the main window's pages and the dialogs: every input a screen reader reaches
// has a name, every form label names its field, and the keyboard reaches every input in the
// order the page shows them.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "history/importhistorydialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "report/exportpdfdialog.h"
#include "status/approvedialog.h"
#include "store/planfile.h"
#include "wizard/planwizard.h"

#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <set>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// "targets.annualTarget (QLineEdit) in targetsEditor < QStackedWidget < mainWindow": where a
// widget sits, for a failure message.
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        chain.append(up->objectName().isEmpty() ? QString::fromLatin1(up->metaObject()->className())
                                                : up->objectName());
        if (up->isWindow())
            break;
    }
    return QStringLiteral("%1 (%2) in %3")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
             chain.join(QStringLiteral(" < ")));
}

// Whether a user works `widget` (types, chooses, ticks, presses) — the widgets that need a name.
// The parts Qt makes of a spin box or an editable combo box are named by their owner.
bool isInput(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QLineEdit *>(widget))
        return !qobject_cast<const QAbstractSpinBox *>(parent) &&
               !qobject_cast<const QComboBox *>(parent);
    if (qobject_cast<const QHeaderView *>(widget))
        return false;
    if (const auto *tool = qobject_cast<const QToolButton *>(widget))
        return tool->text().isEmpty() &&
               tool->objectName() != QLatin1String("qt_toolbar_ext_button");
    return qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QCheckBox *>(widget) ||
           qobject_cast<const QRadioButton *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QSlider *>(widget) || qobject_cast<const QPushButton *>(widget);
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// Collects, into `offenders`, the visible inputs in `root` without an accessible name and the
// form labels without a buddy.
void collectOffenders(QWidget *root, std::set<QString> &offenders)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && isInput(widget) && accessibleName(widget).isEmpty())
            offenders.insert(QStringLiteral("no name: ") + describe(widget));
    }
    const QList<QFormLayout *> forms = root->findChildren<QFormLayout *>();
    for (const QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (label && label->isVisible() && !label->buddy())
                offenders.insert(QStringLiteral("label without buddy: \"%1\" %2")
                                     .arg(label->text(), describe(label)));
        }
    }
}

// The same for `root` once per tab of each of its tab widgets.
void collectOffendersInTabs(QWidget *root, std::set<QString> &offenders)
{
    collectOffenders(root, offenders);
    const QList<QTabWidget *> tabWidgets = root->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            collectOffenders(root, offenders);
        }
        tabs->setCurrentIndex(shown);
    }
}

QString listed(const std::set<QString> &offenders)
{
    QStringList lines(offenders.begin(), offenders.end());
    return lines.join(u'\n');
}

// A main window on a copy of the English sample, with actuals, shown.
struct SampleWindow
{
    QTemporaryDir dir;
    MainWindow window;

    SampleWindow()
    {
        QSettings().clear();
        const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(path, uitest::withActualsToMay(uitest::sample("sample-en.json"))));
        REQUIRE(window.openFile(path));
        window.resize(1280, 800);
        window.show();
    }
};

// Whether `widget` is an input the Tab key should reach on `page` now.
bool isTabStop(QWidget *widget, const QWidget *page)
{
    return page->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) && isInput(widget);
}

// Where `widget` sits on `page`: its rectangle in the page's coordinates.
QRect placeOn(const QWidget *widget, const QWidget *page)
{
    return QRect(widget->mapTo(page, QPoint(0, 0)), widget->size());
}

// Whether the Tab key going from `from` to `to` reads the page as a reader does: down, or right
// along a row, or up to the top of the next column to the right (the right column of a
// two-column form comes after the whole left column).
bool readsOn(const QRect &from, const QRect &to)
{
    const int tolerance = 8;
    if (qAbs(to.top() - from.top()) <= tolerance)
        return to.left() >= from.left() - tolerance;
    if (to.top() > from.top())
        return true;
    return to.left() >= from.right() - tolerance;
}

// Presses Tab from the first input of `page` until the focus leaves it or comes back, and lists
// the inputs the keys reached and the steps out of reading order, into `problems`.
void walkTabs(QWidget *page, const QString &where, std::set<QString> &problems)
{
    QList<QWidget *> stops;
    QHash<QWidget *, QRect> places; // taken before the walk: focusing scrolls the page
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isTabStop(widget, page)) {
            stops.append(widget);
            places.insert(widget, placeOn(widget, page));
        }
    }
    if (stops.isEmpty())
        return;
    QWidget *first = nullptr;
    for (QWidget *next = page->nextInFocusChain(); next != page && !first;
         next = next->nextInFocusChain())
        first = isTabStop(next, page) ? next : nullptr;
    REQUIRE(first);
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> reached;
    for (int press = 0; press < 4 * int(widgets.size()); ++press) {
        QWidget *focused = QApplication::focusWidget();
        while (focused && !stops.contains(focused) && focused->focusProxy())
            focused = focused->focusProxy();
        if (!focused || !page->isAncestorOf(focused) || (press > 0 && focused == first))
            break;
        if (stops.contains(focused) && !reached.contains(focused))
            reached.append(focused);
        // Tab may move within a widget first (a date's day, month and year) but must leave it.
        int inside = 0;
        do
            QTest::keyClick(focused, Qt::Key_Tab);
        while (QApplication::focusWidget() == focused && ++inside < 20);
        if (QApplication::focusWidget() == focused) {
            problems.insert(where + QStringLiteral(": Tab stays in ") + describe(focused));
            break;
        }
    }
    for (QWidget *stop : stops) {
        if (!reached.contains(stop))
            problems.insert(where + QStringLiteral(": Tab never reaches ") + describe(stop));
    }
    for (qsizetype i = 1; i < reached.size(); ++i) {
        if (!readsOn(places.value(reached.at(i - 1)), places.value(reached.at(i))))
            problems.insert(where + QStringLiteral(": Tab goes back from ") +
                            describe(reached.at(i - 1)) + QStringLiteral(" to ") +
                            describe(reached.at(i)));
    }
}

} // namespace

TEST_CASE("Every input of every page has an accessible name and every form label a buddy",
          "[accessibility]")
{
    SampleWindow sample;
    std::set<QString> offenders;
    for (int index = 0; index < sample.window.pageCount(); ++index) {
        sample.window.showPage(index);
        collectOffendersInTabs(&sample.window, offenders);
    }
    INFO(listed(offenders).toStdString());
    CHECK(offenders.empty());
}

TEST_CASE("Every input of the wizard and the dialogs has an accessible name", "[accessibility]")
{
    SampleWindow sample;
    std::set<QString> offenders;
    {
        PlanWizard wizard;
        wizard.show();
        collectOffenders(&wizard, offenders);
    }
    const QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("wizard.salesplan"));
    REQUIRE(sample.window.document()->saveCopyAs(copy));
    for (int id = 1; id <= sectionCount + 1; ++id) {
        PlanWizard wizard(copy, id);
        wizard.show();
        collectOffendersInTabs(&wizard, offenders);
    }
    {
        PreferencesDialog preferences(&sample.window);
        preferences.show();
        collectOffenders(&preferences, offenders);
    }
    {
        ExportPdfDialog exportPdf(sample.window.document()->plan(), &sample.window);
        exportPdf.show();
        collectOffenders(&exportPdf, offenders);
    }
    {
        ApproveDialog approve(&sample.window);
        approve.show();
        collectOffenders(&approve, offenders);
    }
    {
        ImportHistoryDialog import(sample.window.document(), &sample.window);
        import.show();
        collectOffenders(&import, offenders);
    }
    INFO(listed(offenders).toStdString());
    CHECK(offenders.empty());
}

TEST_CASE("Tab reaches every input of each section in reading order", "[accessibility]")
{
    SampleWindow sample;
    sample.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&sample.window));
    std::set<QString> problems;
    for (int s = 0; s < sectionCount; ++s) {
        QWidget *page = sample.window.showPage(s + 1);
        const QString name = page->objectName();
        walkTabs(page, name, problems);
        const QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                walkTabs(page, name + u'/' + tabs->tabText(i).remove(u'&'), problems);
            }
            tabs->setCurrentIndex(0);
        }
    }
    INFO(listed(problems).toStdString());
    CHECK(problems.empty());
}

TEST_CASE("F6 moves the focus from the page to the navigator and back", "[accessibility]")
{
    SampleWindow sample;
    sample.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&sample.window));
    auto *navigator = sample.window.findChild<QWidget *>(QStringLiteral("navigator"));
    QWidget *page = sample.window.showPage(int(Section::Team) + 1);
    auto *action = sample.window.findChild<QAction *>(QStringLiteral("switchPaneAction"));
    REQUIRE(action);
    navigator->setFocus();
    QTest::keyClick(&sample.window, Qt::Key_F6);
    REQUIRE(QApplication::focusWidget());
    CHECK(page->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(&sample.window, Qt::Key_F6);
    CHECK(navigator->hasFocus());
}

TEST_CASE("Tab reaches every input of the wizard's pages and the dialogs in reading order",
          "[accessibility]")
{
    SampleWindow sample;
    std::set<QString> problems;
    const QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("wizard.salesplan"));
    REQUIRE(sample.window.document()->saveCopyAs(copy));
    for (int id = 1; id <= sectionCount + 1; ++id) {
        PlanWizard wizard(copy, id);
        wizard.show();
        wizard.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&wizard));
        walkTabs(wizard.currentPage(), QStringLiteral("wizard %1").arg(id), problems);
    }
    {
        ExportPdfDialog exportPdf(sample.window.document()->plan(), &sample.window);
        exportPdf.show();
        exportPdf.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&exportPdf));
        walkTabs(&exportPdf, QStringLiteral("export"), problems);
    }
    {
        ApproveDialog approve(&sample.window);
        approve.show();
        approve.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&approve));
        walkTabs(&approve, QStringLiteral("approve"), problems);
    }
    INFO(listed(problems).toStdString());
    CHECK(problems.empty());
}
