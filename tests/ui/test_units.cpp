// Targets ▸ Units: a team plan's units, linked files read, top-down against bottom-up.
#include "exchange/planio.h"
#include "openedtargets.h"
#include "plan/format.h"
#include "sections/plantablemodel.h"
#include "sections/tableeditor.h"
#include "sections/targetsunitspanel.h"
#include "severitystyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace salesplan;
using namespace salesplan::ui;
using uitest::OpenedTargets;

namespace {

Money cny(qint64 yuan)
{
    return Money::of(yuan * 100, QStringLiteral("CNY"));
}

Plan unitPlan(qint64 target)
{
    Plan plan = makeDefaultPlan();
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = cny(target);
    plan.team.members = {Member{
        plan.ids.take(), QStringLiteral("Ann"), QStringLiteral("AE"), {}, 1.0, QDate(), 0, cny(0)}};
    return plan;
}

Plan teamPlan()
{
    Plan team = makeDefaultPlan();
    team.info.currency = QStringLiteral("CNY");
    team.info.period = Period{2027, 1};
    team.targets.annualTarget = cny(10'000'000);
    team.units = {PlanUnit{team.ids.take(), QStringLiteral("East"), QStringLiteral("east.json"),
                           cny(6'000'000), 1.0},
                  PlanUnit{team.ids.take(), QStringLiteral("South"), QStringLiteral("south.json"),
                           cny(4'000'000), 1.0}};
    return team;
}

QString text(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("The Units tab shows each unit's allocation against its own target, a missing unit in "
          "words",
          "[targets][team]")
{
    OpenedTargets open(teamPlan());
    REQUIRE(exportJsonPlan(unitPlan(5'000'000), open.dir.filePath(QStringLiteral("east.json"))));
    auto *panel = open.find<TargetsUnitsPanel>(QStringLiteral("targets.page.units"));
    panel->refresh();
    auto *table = open.find<QTableWidget>(QStringLiteral("targets.units.consolidation"));
    REQUIRE(table->rowCount() == 2);
    CHECK(text(table, 0, 0) == QStringLiteral("East"));
    CHECK(text(table, 0, 1) == formatPlanAmount(cny(6'000'000)));
    CHECK(text(table, 0, 2) == formatPlanAmount(cny(5'000'000)));
    // The gap says it is beyond the threshold in words, and in the warning colour beside them.
    CHECK(text(table, 0, 3).endsWith(QStringLiteral("(-16.7%), beyond 5.0%")));
    CHECK(table->item(0, 3)->foreground().color() ==
          severityColor(Severity::Warning, table->palette()));
    CHECK(text(table, 0, 4) == QStringLiteral("1"));
    CHECK(text(table, 1, 2) == QStringLiteral("—"));
    CHECK(text(table, 1, 6).startsWith(QStringLiteral("Missing: ")));
    CHECK(text(table, 1, 6).contains(QStringLiteral("south.json")));
    CHECK(open.find<QLabel>(QStringLiteral("targets.units.totals"))
              ->text()
              .contains(QStringLiteral("(1 of 2 units)")));
    CHECK(open.document->summary().team->figures.annual == cny(5'000'000).minor);

    SECTION("The unit's file written later is read on the next change")
    {
        REQUIRE(
            exportJsonPlan(unitPlan(4'000'000), open.dir.filePath(QStringLiteral("south.json"))));
        auto *threshold = open.find<QLineEdit>(QStringLiteral("targets.unitGapThreshold"));
        uitest::enterInto(threshold, QStringLiteral("20"));
        CHECK(open.plan().targets.unitGapThreshold == Approx(0.2));
        CHECK(text(table, 1, 6) == QStringLiteral("Included"));
        CHECK_FALSE(text(table, 0, 3).contains(QStringLiteral("beyond")));
        CHECK(open.undo()->count() == 1);
        open.undo()->undo();
        CHECK(text(table, 0, 3).contains(QStringLiteral("beyond 5.0%")));
    }
}

TEST_CASE("Units are rows of the plan, each edit one undo step, and the mode is a choice",
          "[targets][team]")
{
    OpenedTargets open(teamPlan());
    auto *units = open.find<TableEditor>(QStringLiteral("targets.unitsEditor"));
    REQUIRE(units->model()->addRow() == 2);
    REQUIRE(open.plan().units.size() == 3);
    CHECK(open.plan().units.at(2).allocation.currency == QStringLiteral("CNY"));
    auto *table = open.find<QTableWidget>(QStringLiteral("targets.units.consolidation"));
    CHECK(table->rowCount() == 3);
    open.undo()->undo();
    CHECK(open.plan().units.size() == 2);
    CHECK(table->rowCount() == 2);

    auto *mode = open.find<QComboBox>(QStringLiteral("targets.unitAllocation"));
    mode->setCurrentIndex(1);
    CHECK(open.plan().targets.unitAllocation == UnitAllocation::Weights);
    // By weights 1 : 1 the ¥1,000万 splits ¥500万 each.
    CHECK(text(table, 0, 1) == formatPlanAmount(cny(5'000'000)));
    open.undo()->undo();
    CHECK(open.plan().targets.unitAllocation == UnitAllocation::Amounts);
    CHECK(mode->currentIndex() == 0);
}

TEST_CASE("The Units tab names its parts for screen readers and tabs through them in order",
          "[targets][team][accessibility]")
{
    OpenedTargets open(teamPlan());
    for (const char *name : {"targets.units", "targets.units.consolidation", "targets.units.chart"})
        CHECK_FALSE(open.find<QWidget>(QString::fromLatin1(name))->accessibleName().isEmpty());
    CHECK_FALSE(
        open.find<QComboBox>(QStringLiteral("targets.unitAllocation"))->accessibleName().isEmpty());
    auto *view = open.find<QWidget>(QStringLiteral("targets.units"));
    auto *link = open.find<QPushButton>(QStringLiteral("targets.units.link"));
    // The settings come before the units' table, the Link button after it.
    auto *threshold = open.find<QLineEdit>(QStringLiteral("targets.unitGapThreshold"));
    QWidget *next = threshold;
    for (int i = 0; i < 60 && next != view; ++i)
        next = next->nextInFocusChain();
    CHECK(next == view);
    for (int i = 0; i < 60 && next != link; ++i)
        next = next->nextInFocusChain();
    CHECK(next == link);
    CHECK(link->isEnabled());
}

TEST_CASE("The Units tab reads again only the unit files changed, when edited or activated",
          "[targets][team]")
{
    OpenedTargets open(teamPlan());
    REQUIRE(exportJsonPlan(unitPlan(5'000'000), open.dir.filePath(QStringLiteral("east.json"))));
    REQUIRE(exportJsonPlan(unitPlan(4'000'000), open.dir.filePath(QStringLiteral("south.json"))));
    auto *panel = open.find<TargetsUnitsPanel>(QStringLiteral("targets.page.units"));
    auto *tabs = open.editor->findChild<QTabWidget *>();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == panel || tabs->widget(i)->isAncestorOf(panel))
            tabs->setCurrentIndex(i);
    }
    // Shown, the tab reads the files written since it was made.
    REQUIRE(panel->isVisible());
    auto *table = open.find<QTableWidget>(QStringLiteral("targets.units.consolidation"));
    CHECK(text(table, 1, 6) == QStringLiteral("Included"));
    const int reads = open.document->unitPlans().fileReads();

    // Each edit of the team plan makes the consolidation again without reading a unit's file.
    auto *threshold = open.find<QLineEdit>(QStringLiteral("targets.unitGapThreshold"));
    uitest::enterInto(threshold, QStringLiteral("20"));
    CHECK_FALSE(text(table, 0, 3).contains(QStringLiteral("beyond")));
    open.undo()->undo();
    CHECK(text(table, 0, 3).contains(QStringLiteral("beyond 5.0%")));
    CHECK(open.document->unitPlans().fileReads() == reads);

    // South's manager saves a new target in another window; this one is activated again.
    const QString south = open.dir.filePath(QStringLiteral("south.json"));
    REQUIRE(exportJsonPlan(unitPlan(4'500'000), south));
    QFile saved(south); // the same size: the time tells it changed, even within a second
    REQUIRE(saved.open(QIODevice::ReadWrite));
    REQUIRE(saved.setFileTime(QDateTime::currentDateTime().addSecs(60),
                              QFileDevice::FileModificationTime));
    saved.close();
    QEvent activate(QEvent::WindowActivate);
    QCoreApplication::sendEvent(open.editor.get(), &activate);
    CHECK(open.document->unitPlans().fileReads() == reads + 1);
    CHECK(text(table, 1, 2) == formatPlanAmount(cny(4'500'000)));
}
