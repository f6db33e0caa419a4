// File ▸ Versions… and the comparison window: what a user sees of the versions kept in a plan
// file, and that restoring one is one undo step the file agrees with.
#include "uitestsupport.h"

#include "document/plandocument.h"
#include "mainwindow.h"
#include "store/planfile.h"
#include "summary/plandiff.h"
#include "versions/comparisonwindow.h"
#include "versions/versionsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

std::unique_ptr<PlanDocument> openDocument(const QString &path,
                                           PlanFile::Access access = PlanFile::Access::ReadWrite)
{
    auto file = PlanFile::open(path, access);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// A document over a new file of the English sample in `dir`.
std::unique_ptr<PlanDocument> sampleDocument(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    return openDocument(path);
}

Plan planOnDisk(const QString &path)
{
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    return (*file)->plan();
}

// The target 10 % up and the first member's quota fixed at a round amount.
void raiseTargetAndQuota(Plan &plan)
{
    plan.targets.annualTarget.minor += plan.targets.annualTarget.minor / 10;
    plan.team.members.first().quotaAmount =
        Money::of(3'000'000'00, plan.targets.annualTarget.currency);
}

RowId versionId(const PlanDocument &document, const QString &name)
{
    const auto versions = document.versions();
    REQUIRE(versions);
    for (const PlanVersion &version : *versions) {
        if (version.name == name)
            return version.id;
    }
    FAIL("no version " << name.toStdString());
    return 0;
}

QStringList listedNames(const VersionsDialog &dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.list()->topLevelItemCount(); ++row)
        names.append(dialog.list()->topLevelItem(row)->text(0));
    return names;
}

QPushButton *button(const VersionsDialog &dialog, const char *name)
{
    auto *found = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The versions are listed newest first, and an empty list says how to save one",
          "[versions]")
{
    QTemporaryDir dir;
    auto document = sampleDocument(dir);
    VersionsDialog dialog(document.get());
    const auto *empty = dialog.findChild<QLabel *>(QStringLiteral("noVersions"));
    REQUIRE(empty);
    CHECK_FALSE(empty->isHidden());
    CHECK(empty->text().contains(QStringLiteral("Save Version")));
    CHECK_FALSE(button(dialog, "openVersion")->isEnabled());

    REQUIRE(document->saveVersion(QStringLiteral("Draft"), QStringLiteral("Ann")));
    REQUIRE(document->saveVersion(QStringLiteral("Submitted"), QStringLiteral("Bo")));
    CHECK(empty->isHidden()); // the list follows a version saved while it is open
    CHECK(listedNames(dialog) == QStringList{QStringLiteral("Submitted"), QStringLiteral("Draft")});
    CHECK(dialog.list()->topLevelItem(0)->text(2) == QStringLiteral("Bo"));
    CHECK(dialog.list()->topLevelItem(0)->text(1).contains(u':')); // a time of day
}

TEST_CASE("Restore is one undo step, Undo gives the plan back, and the file agrees", "[versions]")
{
    QTemporaryDir dir;
    auto document = sampleDocument(dir);
    const Plan saved = document->plan();
    REQUIRE(document->saveVersion(QStringLiteral("Board-approved v1"), QStringLiteral("Ann")));
    document->edit(QStringLiteral("Raise"), raiseTargetAndQuota);
    const Plan edited = document->plan();
    REQUIRE_FALSE(edited == saved);
    const int steps = document->undoStack()->count();

    VersionsDialog dialog(document.get());
    dialog.selectVersions({QStringLiteral("Board-approved v1")});
    CHECK(button(dialog, "restoreVersion")->isEnabled());
    dialog.restoreSelected(/*confirm=*/false);
    CHECK(document->plan() == saved);
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(document->undoStack()->undoText() ==
          QStringLiteral("Restore Version “Board-approved v1”"));
    CHECK(planOnDisk(document->filePath()) == saved);

    // Restored, the plan and the version compare equal.
    ComparisonWindow same(document.get(), versionId(*document, QStringLiteral("Board-approved v1")),
                          ComparisonWindow::currentPlan);
    CHECK(same.view()->toPlainText().startsWith(QStringLiteral("No differences")));

    document->undoStack()->undo();
    CHECK(document->plan() == edited);
    CHECK(planOnDisk(document->filePath()) == edited);
    CHECK(listedNames(dialog) == QStringList{QStringLiteral("Board-approved v1")}); // kept
}

TEST_CASE("Delete takes a version out of the list and the file", "[versions]")
{
    QTemporaryDir dir;
    auto document = sampleDocument(dir);
    REQUIRE(document->saveVersion(QStringLiteral("Draft"), {}));
    REQUIRE(document->saveVersion(QStringLiteral("Final"), {}));
    VersionsDialog dialog(document.get());
    dialog.selectVersions({QStringLiteral("Draft")});
    dialog.deleteSelected(/*confirm=*/false);
    CHECK(listedNames(dialog) == QStringList{QStringLiteral("Final")});
    auto file = PlanFile::open(document->filePath(), PlanFile::Access::ReadOnly);
    REQUIRE(file);
    REQUIRE((*file)->versions()->size() == 1);
    CHECK((*file)->versions()->first().name == QStringLiteral("Final"));
}

TEST_CASE("Two versions compared show the summary line first and the member that changed",
          "[versions]")
{
    QTemporaryDir dir;
    auto document = sampleDocument(dir);
    const Plan before = document->plan();
    REQUIRE(document->saveVersion(QStringLiteral("Draft"), {}));
    document->edit(QStringLiteral("Raise"), raiseTargetAndQuota);
    const Plan after = document->plan();
    REQUIRE(document->saveVersion(QStringLiteral("Final"), {}));
    document->edit(QStringLiteral("Mission"), [](Plan &plan) { plan.mission.mission.clear(); });

    VersionsDialog dialog(document.get());
    dialog.selectVersions({QStringLiteral("Final"), QStringLiteral("Draft")});
    REQUIRE(button(dialog, "compareVersions")->isEnabled());
    CHECK_FALSE(button(dialog, "restoreVersion")->isEnabled()); // one version at a time
    const std::unique_ptr<ComparisonWindow> window(dialog.compareSelected());
    REQUIRE(window);
    // The older is Before, whichever order they were picked in.
    CHECK(window->findChild<QComboBox *>(QStringLiteral("compareBefore"))
              ->currentText()
              .contains(QStringLiteral("Draft")));
    CHECK(window->findChild<QComboBox *>(QStringLiteral("compareAfter"))
              ->currentText()
              .contains(QStringLiteral("Final")));

    const PlanDiff diff = comparePlans(before, after);
    REQUIRE(diff.summary.startsWith(QStringLiteral("Target +")));
    const QString shown = window->view()->toPlainText();
    CHECK(shown.startsWith(diff.summary));
    CHECK(shown.contains(before.team.members.first().name));
    CHECK(shown.contains(QStringLiteral("+10.0")));
    CHECK_FALSE(shown.contains(QStringLiteral("Narrative texts"))); // the mission edit came later

    // Swapped, the target falls by what it rose.
    window->findChild<QPushButton *>()->click();
    CHECK(window->view()->toPlainText().startsWith(QStringLiteral("Target −")));

    // Against the plan as it is now, the emptied mission shows as a word diff.
    window->compare(versionId(*document, QStringLiteral("Final")), ComparisonWindow::currentPlan);
    CHECK(window->view()->toPlainText().contains(QStringLiteral("Narrative texts")));
    CHECK(window->view()->toHtml().contains(QStringLiteral("line-through")));

    // Undo brings the mission back: the window follows once the edits pause.
    document->undoStack()->undo();
    QElapsedTimer waited;
    waited.start();
    while (window->view()->toPlainText().contains(QStringLiteral("Narrative texts")) &&
           waited.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(window->view()->toPlainText().startsWith(QStringLiteral("No differences")));
}

TEST_CASE("A read-only plan's versions can be opened and compared, not restored or deleted",
          "[versions]")
{
    QTemporaryDir dir;
    QString path;
    {
        auto document = sampleDocument(dir);
        REQUIRE(document->saveVersion(QStringLiteral("Draft"), {}));
        path = document->filePath();
    }
    auto document = openDocument(path, PlanFile::Access::ReadOnly);
    VersionsDialog dialog(document.get());
    dialog.selectVersions({QStringLiteral("Draft")});
    CHECK(button(dialog, "openVersion")->isEnabled());
    CHECK(button(dialog, "compareWithCurrent")->isEnabled());
    CHECK_FALSE(button(dialog, "restoreVersion")->isEnabled());
    CHECK_FALSE(button(dialog, "deleteVersion")->isEnabled());
    dialog.deleteSelected(/*confirm=*/false);
    CHECK(listedNames(dialog) == QStringList{QStringLiteral("Draft")});
}

TEST_CASE("Whatever was edited, a restored version compares equal with the plan", "[versions]")
{
    using Edit = std::function<void(Plan &)>;
    const QList<Edit> edits{
        raiseTargetAndQuota,
        [](Plan &plan) { plan.team.members.removeLast(); },
        [](Plan &plan) { plan.mission.mission += QStringLiteral(" 新的一年，新的目标。"); },
        [](Plan &plan) { plan.stages.removeFirst(); },
        [](Plan &plan) { plan.info.name = QStringLiteral("Renamed"); },
    };
    QTemporaryDir dir;
    auto document = sampleDocument(dir);
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const QString name = QStringLiteral("Before edit %1").arg(i);
        REQUIRE(document->saveVersion(name, {}));
        const PlanVersion version{versionId(*document, name), name, {}, {}, 0};
        document->edit(QStringLiteral("Edit"), edits.at(i));
        REQUIRE(document->restoreVersion(version));
        const auto saved = document->versionPlan(version.id);
        REQUIRE(saved);
        CHECK(comparePlans(*saved, document->plan()).equal());
        ComparisonWindow window(document.get(), version.id, ComparisonWindow::currentPlan);
        CHECK(window.view()->toPlainText().startsWith(QStringLiteral("No differences")));
    }
}

TEST_CASE("Open shows a version read-only in a window of its own, with every page and export",
          "[versions]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    const Plan saved = window.document()->plan();
    REQUIRE(window.document()->saveVersion(QStringLiteral("Draft"), {}));
    window.document()->edit(QStringLiteral("Raise"), raiseTargetAndQuota);

    VersionsDialog *dialog = window.showVersions();
    REQUIRE(dialog);
    dialog->selectVersions({QStringLiteral("Draft")});
    const QWidgetList before = QApplication::topLevelWidgets();
    button(*dialog, "openVersion")->click();
    MainWindow *shown = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (!before.contains(widget) && qobject_cast<MainWindow *>(widget))
            shown = qobject_cast<MainWindow *>(widget);
    }
    REQUIRE(shown);
    REQUIRE(shown->document());
    CHECK(shown->document()->isReadOnly());
    CHECK(shown->document()->plan() == saved);
    CHECK(shown->windowTitle().contains(QStringLiteral("version “Draft” (read-only)")));
    CHECK(shown->pageCount() == window.pageCount());
    CHECK(shown->chartsPage());
    for (const char *action : {"exportPdfAction", "exportWorkbookAction", "exportDeckAction"}) {
        const auto *found = shown->findChild<QAction *>(QString::fromLatin1(action));
        REQUIRE(found);
        CHECK(found->isEnabled());
    }
    CHECK_FALSE(shown->findChild<QAction *>(QStringLiteral("saveVersionAction"))->isEnabled());
    CHECK(window.document()->plan() != saved); // the plan itself is as it was

    // The version's copy goes with its window.
    const QString copy = shown->document()->filePath();
    CHECK(QFileInfo::exists(copy));
    delete shown;
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(copy).absolutePath()));
}

TEST_CASE("Compare with File shows another plan file as Before and the open plan as After",
          "[versions]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    const QString other = dir.filePath(QStringLiteral("last year.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    REQUIRE(window.document()->saveCopyAs(other));
    window.document()->edit(QStringLiteral("Raise"), raiseTargetAndQuota);

    const std::unique_ptr<ComparisonWindow> comparison(window.compareWithFile(other));
    REQUIRE(comparison);
    CHECK(comparison->findChild<QComboBox *>(QStringLiteral("compareBefore"))
              ->currentText()
              .contains(QStringLiteral("last year.salesplan")));
    CHECK(comparison->view()->toPlainText().startsWith(QStringLiteral("Target +")));
}
