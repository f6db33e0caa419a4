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
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
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
