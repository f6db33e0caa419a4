// The What-if page: scenarios added, edited in the plan's own figure fields, made the baseline and
// undone, each one undo step, and the plan itself untouched by anything but the promotion.
#include <catch2/catch.hpp>

#include "calc/whatif.h"
#include "document/plandocument.h"
#include "plan/scenario.h"
#include "sections/figurefield.h"
#include "store/planfile.h"
#include "uitestsupport.h"
#include "whatif/scenarioeditor.h"
#include "whatif/whatifpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

std::unique_ptr<PlanDocument> openDocument(const QTemporaryDir &dir, const Plan &plan)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// The sample without its scenario.
Plan plainSample()
{
    Plan plan = uitest::sample("sample-en.json");
    plan.scenarios.clear();
    return plan;
}

Plan withoutScenarios(Plan plan)
{
    plan.scenarios.clear();
    plan.ids = RowIdSource();
    return plan;
}

QString cell(const QTableWidget *table, int row, int column)
{
    return table->item(row, column)->text();
}

// Types `text` into the line edit named `name` and presses Enter.
void typeInto(QWidget *page, const QString &name, const QString &text)
{
    QApplication::processEvents(); // shows the fields of an editor made while the page showed
    auto *edit = page->findChild<QLineEdit *>(name);
    REQUIRE(edit);
    REQUIRE(edit->isEnabled());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("Adding the deal size −10 % scenario shows it beside the plan and is one undo step",
          "[ui][scenario]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, plainSample());
    const Plan before = document->plan();
    WhatIfPage page(document.get());
    page.resize(1100, 760);
    page.show();
    CHECK(page.table()->columnCount() == 1);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("whatIf.promote"))->isEnabled());

    page.findChild<QPushButton *>(QStringLiteral("whatIf.preset"))->click();
    REQUIRE(document->plan().scenarios.size() == 1);
    CHECK(withoutScenarios(document->plan()) == withoutScenarios(before));
    REQUIRE(page.table()->columnCount() == 2);
    CHECK(page.table()->horizontalHeaderItem(1)->text() == QStringLiteral("Deal size −10 %"));
    CHECK(cell(page.table(), 1, 0) == QStringLiteral("200")); // $8,000,000 ÷ $40,000
    CHECK(cell(page.table(), 1, 1) == QStringLiteral("223")); // ÷ $36,000, rounded up
    CHECK(page.selectedScenario() == document->plan().scenarios.first().id);
    CHECK(page.findChild<ScenarioEditor *>() != nullptr);

    document->undoStack()->undo();
    CHECK(document->plan() == before);
    CHECK(page.table()->columnCount() == 1);
    CHECK(page.selectedScenario() == 0);
}

TEST_CASE("A scenario's drivers are typed like the plan's and bad values are refused in words",
          "[ui][scenario]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, plainSample());
    WhatIfPage page(document.get());
    page.resize(1100, 760);
    page.show();
    page.addScenario();
    const RowId id = page.selectedScenario();
    REQUIRE(id != 0);
    const Plan before = document->plan();

    auto *box = page.findChild<QCheckBox *>(QStringLiteral("whatIf.override.proposalToWon"));
    REQUIRE(box);
    box->click();
    CHECK(findScenario(document->plan(), id)->value(ScenarioDriver::ProposalToWon) ==
          before.targets.funnel.proposalToWon);
    const QString rateField = QStringLiteral("scenario.%1.proposalToWon").arg(id);
    typeInto(&page, rateField, QStringLiteral("250"));
    auto *rateLine = page.findChild<QLineEdit *>(rateField);
    auto *rate = qobject_cast<FigureField *>(rateLine->parentWidget());
    REQUIRE(rate);
    CHECK(rate->problem().contains(QStringLiteral("250")));
    CHECK(findScenario(document->plan(), id)->value(ScenarioDriver::ProposalToWon) ==
          before.targets.funnel.proposalToWon);
    typeInto(&page, rateField, QStringLiteral("30 %"));
    CHECK(findScenario(document->plan(), id)->value(ScenarioDriver::ProposalToWon) == Approx(0.30));

    page.findChild<QCheckBox *>(QStringLiteral("whatIf.override.averageDealSize"))->click();
    typeInto(&page, QStringLiteral("scenario.%1.averageDealSize").arg(id),
             QStringLiteral("35,000"));
    CHECK(findScenario(document->plan(), id)->value(ScenarioDriver::AverageDealSize) ==
          3'500'000.0);
    // The plan's own drivers never moved.
    CHECK(document->plan().targets == before.targets);
    CHECK(document->plan().team == before.team);

    box->click(); // back to the plan's rate
    CHECK_FALSE(findScenario(document->plan(), id)->value(ScenarioDriver::ProposalToWon));
}

TEST_CASE("Making a scenario the baseline and undoing it gives back the same plan",
          "[ui][scenario]")
{
    QTemporaryDir dir;
    Plan plan = plainSample();
    Scenario lower = makeScenario(QStringLiteral("Two fewer, smaller deals"), plan.ids);
    lower.setValue(ScenarioDriver::AverageDealSize, 3'600'000.0);
    lower.setValue(ScenarioDriver::HeadcountChange, -2.0);
    lower.setValue(ScenarioDriver::AnnualAttrition, 0.2);
    plan.scenarios = {lower, makeScenario(QStringLiteral("Other"), plan.ids)};
    auto document = openDocument(dir, plan);
    const Plan before = document->plan();
    WhatIfPage page(document.get());
    page.show();
    REQUIRE(page.selectedScenario() == lower.id);

    page.findChild<QPushButton *>(QStringLiteral("whatIf.promote"))->click();
    const Plan promoted = document->plan();
    CHECK(promoted == promoteScenario(before, lower.id));
    CHECK(promoted.targets.funnel.averageDealSize.minor == 3'600'000);
    CHECK(promoted.team.members.size() + promoted.team.hiring.size() <
          before.team.members.size() + before.team.hiring.size());
    CHECK(promoted.scenarios.size() == 1);
    CHECK(document->undoStack()->count() == 1);

    document->undoStack()->undo();
    CHECK(document->plan() == before);
    document->undoStack()->redo();
    CHECK(document->plan() == promoted);
}

TEST_CASE("Editing a scenario keeps the plan's summary: it is not worked out again",
          "[ui][scenario]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, plainSample());
    WhatIfPage page(document.get());
    (void)document->summary();
    const quint64 before = summariesComputed();
    page.addDealSizePreset();
    page.duplicateScenario();
    (void)document->summary();
    CHECK(summariesComputed() == before);
    CHECK(document->plan().scenarios.size() == 2);

    page.makeBaseline(); // the plan's deal size changes: its figures are worked out again
    (void)document->summary();
    CHECK(summariesComputed() == before + 1);
}

TEST_CASE("A scenario's seasonality takes twelve month weights, and refuses fewer in words",
          "[ui][scenario]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, plainSample());
    WhatIfPage page(document.get());
    page.resize(1100, 760);
    page.show();
    page.addScenario();
    const RowId id = page.selectedScenario();
    page.findChild<QCheckBox *>(QStringLiteral("whatIf.override.seasonality"))->click();
    REQUIRE(findScenario(document->plan(), id)->seasonality.has_value());
    Plan custom = document->plan();
    findScenario(custom, id)->seasonality = SeasonalityMode::Custom;
    document->edit(QStringLiteral("custom"), [&](Plan &plan) { plan = custom; });
    QApplication::processEvents();

    auto *weights = page.findChild<QLineEdit *>(QStringLiteral("whatIf.weights"));
    REQUIRE(weights);
    CHECK(weights->isVisible());
    weights->setText(QStringLiteral("1 1 1"));
    emit weights->editingFinished();
    CHECK(page.findChild<QLabel *>(QStringLiteral("whatIf.problem"))->text() ==
          QStringLiteral("Seasonality: twelve weights are needed, not 3"));
    CHECK(findScenario(document->plan(), id)->customWeights == custom.targets.customWeights);

    weights->setText(QStringLiteral("1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3.5"));
    emit weights->editingFinished();
    CHECK(findScenario(document->plan(), id)->customWeights ==
          MonthWeights{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3.5});
    CHECK(document->plan().targets.customWeights == custom.targets.customWeights);
}
