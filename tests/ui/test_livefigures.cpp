// Live figures in the editors: typing `{` in a text offers the plan's figures, choosing one puts
// the whole placeholder in, and the tooltip shows the text as the report prints it.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "sections/livefigurecompleter.h"
#include "sections/missioneditor.h"
#include "store/planfile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace salesplan;
using namespace salesplan::ui;

TEST_CASE("Typing { in the mission offers the plan's figures and inserts the one chosen",
          "[livefigures]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Plan plan = makeDefaultPlan();
    plan.targets.annualTarget = Money{120'000'000, QStringLiteral("CNY")};
    plan.targets.lastYearActual = Money{100'000'000, QStringLiteral("CNY")};
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    PlanDocument document(std::move(file.value()));
    MissionEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    auto *mission = editor.findChild<QPlainTextEdit *>(QStringLiteral("mission.mission"));
    REQUIRE(mission);
    auto *completer = mission->findChild<LiveFigureCompleter *>();
    REQUIRE(completer);
    mission->setFocus();
    QApplication::setActiveWindow(&editor);

    QTest::keyClicks(mission, QStringLiteral("Grow {gro"));
    REQUIRE(completer->completer()->popup()->isVisible());
    CHECK(completer->completer()->currentCompletion() == QStringLiteral("growth"));
    QTest::keyClick(completer->completer()->popup(), Qt::Key_Return);
    INFO(mission->toPlainText().toStdString());
    CHECK(mission->toPlainText() == QStringLiteral("Grow {growth}"));
    CHECK_FALSE(completer->completer()->popup()->isVisible());
    CHECK(document.plan().mission.mission == QStringLiteral("Grow {growth}"));
    // The tooltip reads as the report prints it, and follows the plan.
    CHECK(mission->toolTip() == QStringLiteral("As printed: Grow 20%"));
    document.edit(QStringLiteral("Edit target"), [](Plan &p) {
        p.targets.annualTarget = Money{150'000'000, QStringLiteral("CNY")};
    });
    CHECK(mission->toolTip() == QStringLiteral("As printed: Grow 50%"));

    // Esc closes the list and leaves what was typed.
    QTest::keyClicks(mission, QStringLiteral(" to {tar"));
    REQUIRE(completer->completer()->popup()->isVisible());
    QTest::keyClick(completer->completer()->popup(), Qt::Key_Escape);
    CHECK_FALSE(completer->completer()->popup()->isVisible());
    CHECK(mission->toPlainText() == QStringLiteral("Grow {growth} to {tar"));
}
