// PlanDocument says exactly which parts of the plan a command changed, and works the derived
// figures out once per change for every view of the plan.
#include "uitestsupport.h"

#include "document/plandocument.h"
#include "mainwindow.h"
#include "plan/format.h"
#include "sections/missioneditor.h"
#include "sections/targetseditor.h"
#include "store/planfile.h"
#include "summary/plansummary.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// The English sample (in USD, with a market size, tool costs and history) in a plan file.
struct SampleFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("sample.salesplan"));

    SampleFile() { REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json"))); }

    std::unique_ptr<PlanDocument> open() const
    {
        auto file = PlanFile::open(path);
        REQUIRE(file);
        return std::make_unique<PlanDocument>(std::move(file.value()));
    }
};

PlanChanges changesOf(const QSignalSpy &spy, int at)
{
    return spy.at(at).first().value<PlanChanges>();
}

} // namespace

TEST_CASE("A command reports the parts it changed, and undo and redo report them again",
          "[document][changes]")
{
    const SampleFile sample;
    auto document = sample.open();
    QSignalSpy changed(document.get(), &PlanDocument::changed);

    document->edit(QStringLiteral("Add a stage and a tool"), [](Plan &plan) {
        Stage stage;
        stage.id = plan.ids.take();
        plan.stages.append(stage);
        Tool tool;
        tool.id = plan.ids.take();
        plan.tools.append(tool);
    });
    REQUIRE(changed.count() == 1);
    CHECK(changesOf(changed, 0) == (PlanPart::Stages | PlanPart::Tools));

    document->undoStack()->undo();
    document->undoStack()->redo();
    REQUIRE(changed.count() == 3);
    CHECK(changesOf(changed, 1) == (PlanPart::Stages | PlanPart::Tools));
    CHECK(changesOf(changed, 2) == (PlanPart::Stages | PlanPart::Tools));
}

TEST_CASE("An edit that changes nothing emits nothing and works nothing out again",
          "[document][changes]")
{
    const SampleFile sample;
    auto document = sample.open();
    const QString name = document->plan().info.name;
    (void)document->summary();
    const quint64 summaries = summariesComputed();
    QSignalSpy changed(document.get(), &PlanDocument::changed);

    CHECK(document->edit(QStringLiteral("Rename"), [&](Plan &plan) { plan.info.name = name; }));
    CHECK(document->edit(QStringLiteral("Nothing"), [](Plan &) {}));
    (void)document->summary();
    (void)document->findings();

    CHECK(changed.isEmpty());
    CHECK(document->undoStack()->count() == 0);
    CHECK(summariesComputed() == summaries);
}

TEST_CASE("A currency change reports every part whose amounts it relabels, and the market size "
          "shows the new currency",
          "[document][changes]")
{
    const SampleFile sample;
    auto document = sample.open();
    auto mission = std::make_unique<MissionEditor>(document.get());
    auto targets = std::make_unique<TargetsEditor>(document.get());
    auto *marketSize = mission->findChild<QLineEdit *>(QStringLiteral("mission.marketSize"));
    auto *currency = targets->findChild<QComboBox *>(QStringLiteral("info.currency"));
    REQUIRE(marketSize);
    REQUIRE(currency);
    REQUIRE(currency->lineEdit());
    const QString dollars = marketSize->text();
    REQUIRE(dollars.contains(u'$'));
    QSignalSpy changed(document.get(), &PlanDocument::changed);

    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency->lineEdit(), QStringLiteral("EUR"));

    REQUIRE(document->plan().info.currency == QStringLiteral("EUR"));
    REQUIRE(changed.count() == 1);
    // The team's amounts too: the roles' costs, the budget lines and the budget's limit.
    CHECK(changesOf(changed, 0) == (PlanPart::Info | PlanPart::Mission | PlanPart::Targets |
                                    PlanPart::Team | PlanPart::Tools | PlanPart::History));
    CHECK(marketSize->text() == formatMoney(document->plan().mission.marketSize));
    CHECK(marketSize->text() != dollars);
    CHECK_FALSE(marketSize->text().contains(u'$'));
    targets.reset(); // before the document they show
    mission.reset();
}

TEST_CASE("One finished edit of the annual target works the summary out once for every view",
          "[document][changes]")
{
    const SampleFile sample;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openFile(sample.path));
    window.showSection(Section::Targets);
    QApplication::processEvents();
    auto *target = window.findChild<QLineEdit *>(QStringLiteral("targets.annualTarget"));
    REQUIRE(target);
    target->setFocus();
    const Money before = window.document()->plan().targets.annualTarget;
    REQUIRE(target->text().indexOf(u'.') > 0);
    target->setCursorPosition(int(target->text().indexOf(u'.'))); // before the cents

    const quint64 summaries = summariesComputed();
    QTest::keyClick(target, Qt::Key_5);
    QTest::keyClick(target, Qt::Key_Return);
    QApplication::processEvents();

    CHECK(window.document()->plan().targets.annualTarget.minor == before.minor * 10 + 500);
    CHECK(summariesComputed() == summaries + 1);
    // ...and what was worked out is what the views show.
    auto *findings = window.findChild<QLabel *>(QStringLiteral("statusFindings"));
    REQUIRE(findings);
    const QList<Finding> &found = window.document()->findings();
    const int errors = countFindings(found, Severity::Error);
    const int warnings = countFindings(found, Severity::Warning);
    CHECK(findings->text().contains(QStringLiteral("%1 error").arg(errors)) == (errors > 0));
    CHECK(findings->text().contains(QStringLiteral("%1 warning").arg(warnings)) == (warnings > 0));
    CHECK((findings->text() == QStringLiteral("No findings")) == found.isEmpty());
}
