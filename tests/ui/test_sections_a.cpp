// The mission, tools, segments and stages editors: what a user types reaches the plan and the
// file, is one undo step, and undo brings the old value back everywhere.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "sampleplans.h"
#include "sections/missioneditor.h"
#include "sections/plantablemodel.h"
#include "sections/segmentseditor.h"
#include "sections/stageseditor.h"
#include "sections/tableeditor.h"
#include "sections/toolseditor.h"
#include "store/planfile.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// A plan file in a temporary folder, open for editing as a PlanDocument.
struct OpenPlan
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<PlanDocument> document;

    explicit OpenPlan(const Plan &plan = makeDefaultPlan())
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(path, plan));
        open();
    }

    void open()
    {
        auto file = PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<PlanDocument>(std::move(file.value()));
    }

    // The plan as a fresh reader of the file sees it (read-only access takes no lock).
    Plan onDisk() const
    {
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
        REQUIRE(file);
        return (*file)->plan();
    }

    // Closes the document, as quitting does, and opens the file again. Editors on the old
    // document must be gone first.
    const Plan &reopened()
    {
        document.reset();
        open();
        return document->plan();
    }

    QUndoStack *undo() const { return document->undoStack(); }
};

template <typename Widget> Widget *field(QWidget *editor, const QString &key)
{
    auto *widget = editor->findChild<Widget *>(key);
    REQUIRE(widget != nullptr);
    return widget;
}

// Text as an input method commits it: how Chinese reaches a field (QTest::keyClicks is Latin-1).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Puts the text cursor at the end of a plain-text editor, as clicking after the text does.
void moveToEnd(QPlainTextEdit *editor)
{
    editor->moveCursor(QTextCursor::End);
}

Segment segment(RowIdSource &ids, const QString &name, const QString &challenges)
{
    Segment row;
    row.id = ids.take();
    row.name = name;
    row.challenges = challenges;
    return row;
}

QStringList stageNames(const Plan &plan)
{
    QStringList names;
    for (const Stage &stage : plan.stages)
        names.append(stage.name);
    return names;
}

} // namespace

TEST_CASE("Mission: typing the plan name is one undo step that reaches the file", "[sections]")
{
    OpenPlan plan;
    auto editor = std::make_unique<MissionEditor>(plan.document.get());
    editor->show();
    auto *name = field<QLineEdit>(editor.get(), QStringLiteral("info.name"));
    const int steps = plan.undo()->count();

    QTest::keyClicks(name, QStringLiteral("Sales2027"));
    CHECK(plan.document->plan().info.name == QStringLiteral("Sales2027"));
    CHECK(plan.undo()->count() == steps + 1);
    CHECK(plan.onDisk().info.name == QStringLiteral("Sales2027"));

    plan.undo()->undo();
    CHECK(plan.document->plan().info.name.isEmpty());
    CHECK(name->text().isEmpty());
    CHECK(plan.onDisk().info.name.isEmpty());

    plan.undo()->redo();
    CHECK(name->text() == QStringLiteral("Sales2027"));
    editor.reset();
    CHECK(plan.reopened().info.name == QStringLiteral("Sales2027"));
}

TEST_CASE("Mission: Chinese typed into the mission and the company is kept", "[sections]")
{
    OpenPlan plan;
    auto editor = std::make_unique<MissionEditor>(plan.document.get());
    editor->show();
    auto *mission = field<QPlainTextEdit>(editor.get(), QStringLiteral("mission.mission"));
    auto *company = field<QLineEdit>(editor.get(), QStringLiteral("info.company"));
    const int steps = plan.undo()->count();

    commitText(mission, QStringLiteral("让成长型企业"));
    QTest::keyClicks(mission, QStringLiteral(" CRM"));
    commitText(mission, QStringLiteral("用得起"));
    CHECK(plan.document->plan().mission.mission == QStringLiteral("让成长型企业 CRM用得起"));
    CHECK(plan.undo()->count() == steps + 1); // one word, one field: one undo step

    commitText(company, QStringLiteral("云启软件"));
    CHECK(plan.document->plan().info.company == QStringLiteral("云启软件"));
    CHECK(plan.undo()->count() == steps + 2); // another field: another step
    CHECK(plan.onDisk().mission.mission == QStringLiteral("让成长型企业 CRM用得起"));

    plan.undo()->undo();
    plan.undo()->undo();
    CHECK(plan.document->plan().mission.mission.isEmpty());
    CHECK(mission->toPlainText().isEmpty());
    CHECK(company->text().isEmpty());
    CHECK(plan.onDisk().mission.mission.isEmpty());
    CHECK(plan.onDisk().info.company.isEmpty());

    plan.undo()->redo();
    plan.undo()->redo();
    editor.reset();
    const Plan &reopened = plan.reopened();
    CHECK(reopened.mission.mission == QStringLiteral("让成长型企业 CRM用得起"));
    CHECK(reopened.info.company == QStringLiteral("云启软件"));
}

TEST_CASE("Mission: market size and a shrinking or fast-growing market", "[sections]")
{
    OpenPlan plan;
    auto editor = std::make_unique<MissionEditor>(plan.document.get());
    editor->show();
    auto *size = field<QLineEdit>(editor.get(), QStringLiteral("mission.marketSize"));
    auto *growth = field<QLineEdit>(editor.get(), QStringLiteral("mission.marketGrowth"));

    commitText(size, QStringLiteral("50亿"));
    QTest::keyClick(size, Qt::Key_Return);
    CHECK(plan.document->plan().mission.marketSize ==
          Money::of(500'000'000'000, QStringLiteral("CNY")));
    CHECK(plan.onDisk().mission.marketSize == plan.document->plan().mission.marketSize);

    SECTION("a market that shrinks 12.5 % a year")
    {
        const int steps = plan.undo()->count();
        growth->selectAll();
        QTest::keyClicks(growth, QStringLiteral("-12.5"));
        QTest::keyClick(growth, Qt::Key_Return);
        CHECK(plan.document->plan().mission.marketGrowth == Approx(-0.125));
        CHECK(plan.undo()->count() == steps + 1);
        CHECK(plan.onDisk().mission.marketGrowth == Approx(-0.125));

        plan.undo()->undo();
        CHECK(plan.document->plan().mission.marketGrowth == 0.0);
        CHECK(growth->text() == QStringLiteral("0"));
        CHECK(plan.onDisk().mission.marketGrowth == 0.0);
    }
    SECTION("a market that grows 250 % a year")
    {
        growth->selectAll();
        QTest::keyClicks(growth, QStringLiteral("250"));
        QTest::keyClick(growth, Qt::Key_Return);
        CHECK(plan.document->plan().mission.marketGrowth == Approx(2.5));
        editor.reset();
        CHECK(plan.reopened().mission.marketGrowth == Approx(2.5));
    }
}

TEST_CASE("Mission: competitors are added, chosen direct or indirect, and removed", "[sections]")
{
    OpenPlan plan;
    auto editor = std::make_unique<MissionEditor>(plan.document.get());
    editor->show();
    auto *table = field<TableEditor>(editor.get(), QStringLiteral("mission.competitorsEditor"));
    PlanTableModel *model = table->model();

    table->addRow();
    REQUIRE(model->rowCount() == 1);
    REQUIRE(model->setData(model->index(0, 0), QStringLiteral("纷享云"), Qt::EditRole));
    CHECK(plan.document->plan().mission.competitors.at(0).kind == CompetitorKind::Direct);

    // Choose "Indirect" in the cell's list with the keyboard: Down, then Enter.
    const QModelIndex kind = model->index(0, 1);
    table->view()->setCurrentIndex(kind);
    table->view()->edit(kind);
    auto *combo = qobject_cast<QComboBox *>(table->view()->indexWidget(kind));
    REQUIRE(combo != nullptr);
    CHECK(combo->currentIndex() == 0);
    QApplication::processEvents(); // the list opens
    REQUIRE(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down);
    CHECK(plan.document->plan().mission.competitors.at(0).kind == CompetitorKind::Direct);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    CHECK(plan.document->plan().mission.competitors.at(0).kind == CompetitorKind::Indirect);
    CHECK(table->view()->indexWidget(kind) == nullptr); // the cell is closed
    CHECK(model->data(kind, Qt::DisplayRole) == choiceName(CompetitorKind::Indirect));
    CHECK(plan.onDisk().mission.competitors.at(0).kind == CompetitorKind::Indirect);

    // A kind that is not one of the choices is refused.
    CHECK_FALSE(model->setData(kind, 7, Qt::EditRole));
    CHECK(plan.document->plan().mission.competitors.at(0).kind == CompetitorKind::Indirect);

    plan.undo()->undo();
    CHECK(plan.document->plan().mission.competitors.at(0).kind == CompetitorKind::Direct);
    CHECK(model->data(kind, Qt::DisplayRole) == choiceName(CompetitorKind::Direct));
    CHECK(plan.onDisk().mission.competitors.at(0).kind == CompetitorKind::Direct);

    table->view()->setCurrentIndex(model->index(0, 0));
    table->removeCurrentRow();
    CHECK(plan.document->plan().mission.competitors.isEmpty());
    CHECK(plan.onDisk().mission.competitors.isEmpty());
    plan.undo()->undo();
    CHECK(plan.onDisk().mission.competitors.at(0).name == QStringLiteral("纷享云"));
}

TEST_CASE("Tools: a cost is money in the plan's currency, bad text is refused", "[sections]")
{
    OpenPlan plan;
    auto editor = std::make_unique<ToolsEditor>(plan.document.get());
    editor->show();
    auto *table = field<TableEditor>(editor.get(), QStringLiteral("toolsEditor"));
    auto *total = field<QLabel>(editor.get(), QStringLiteral("tools.total"));
    PlanTableModel *model = table->model();

    table->addRow();
    table->addRow();
    REQUIRE(model->rowCount() == 2);
    REQUIRE(model->setData(model->index(0, 0), QStringLiteral("CRM"), Qt::EditRole));
    const QModelIndex cost = model->index(0, 3);
    REQUIRE(model->setData(cost, QStringLiteral("¥36,000"), Qt::EditRole));
    REQUIRE(model->setData(model->index(1, 3), QStringLiteral("1.2万"), Qt::EditRole));
    const Money crm = Money::of(3'600'000, QStringLiteral("CNY"));
    CHECK(plan.document->plan().tools.at(0).annualCost == crm);
    CHECK(plan.document->plan().tools.at(1).annualCost ==
          Money::of(1'200'000, QStringLiteral("CNY")));
    CHECK(model->data(cost, Qt::DisplayRole).toString() == formatMoney(crm));
    CHECK(model->data(cost, Qt::EditRole).toString() == QStringLiteral("36000.00"));
    CHECK(total->text().contains(formatMoney(Money::of(4'800'000, QStringLiteral("CNY")))));

    const Plan before = plan.document->plan();
    const int steps = plan.undo()->count();
    for (const QString &bad :
         {QStringLiteral("abc"), QStringLiteral("-500"), QStringLiteral("12.345")}) {
        CAPTURE(bad);
        CHECK_FALSE(model->setData(cost, bad, Qt::EditRole));
    }
    CHECK(plan.document->plan() == before);
    CHECK(plan.undo()->count() == steps);

    REQUIRE(model->setData(cost, QStringLiteral("40000"), Qt::EditRole));
    CHECK(plan.onDisk().tools.at(0).annualCost == Money::of(4'000'000, QStringLiteral("CNY")));
    plan.undo()->undo();
    CHECK(plan.document->plan().tools.at(0).annualCost == crm);
    CHECK(model->data(cost, Qt::DisplayRole).toString() == formatMoney(crm));
    CHECK(plan.onDisk().tools.at(0).annualCost == crm);
    CHECK(total->text().contains(formatMoney(Money::of(4'800'000, QStringLiteral("CNY")))));

    editor.reset();
    const Plan &reopened = plan.reopened();
    REQUIRE(reopened.tools.size() == 2);
    CHECK(reopened.tools.at(0).name == QStringLiteral("CRM"));
    CHECK(reopened.tools.at(0).annualCost == crm);
}

TEST_CASE("Segments: the detail form edits the current segment's row", "[sections]")
{
    Plan start = makeDefaultPlan();
    start.segments = {
        segment(start.ids, QStringLiteral("大型制造企业"), QStringLiteral("数据分散")),
        segment(start.ids, QStringLiteral("成长型中小企业"), QStringLiteral("没有流程"))};
    OpenPlan plan(start);
    auto editor = std::make_unique<SegmentsEditor>(plan.document.get());
    editor->show();
    TableEditor *table = editor->table();
    PlanTableModel *model = table->model();
    auto *challenges = field<QPlainTextEdit>(editor.get(), QStringLiteral("segments.challenges"));
    auto *attributes = field<QLineEdit>(editor.get(), QStringLiteral("segments.attributes"));

    REQUIRE(editor->currentSegmentId() == start.segments.at(0).id);
    CHECK(challenges->toPlainText() == QStringLiteral("数据分散"));

    moveToEnd(challenges);
    const int steps = plan.undo()->count();
    QTest::keyClicks(challenges, QStringLiteral(" slow"));
    CHECK(plan.document->plan().segments.at(0).challenges == QStringLiteral("数据分散 slow"));
    CHECK(plan.document->plan().segments.at(1).challenges == QStringLiteral("没有流程"));
    CHECK(plan.undo()->count() == steps + 1);

    // Another row: the form shows it, and typing there is a new undo step on that row only.
    table->view()->setCurrentIndex(model->index(1, 0));
    CHECK(editor->currentSegmentId() == start.segments.at(1).id);
    CHECK(challenges->toPlainText() == QStringLiteral("没有流程"));
    moveToEnd(challenges);
    commitText(challenges, QStringLiteral("，靠人盯"));
    CHECK(plan.document->plan().segments.at(1).challenges == QStringLiteral("没有流程，靠人盯"));
    CHECK(plan.document->plan().segments.at(0).challenges == QStringLiteral("数据分散 slow"));
    CHECK(plan.undo()->count() == steps + 2);
    CHECK(plan.onDisk().segments.at(1).challenges == QStringLiteral("没有流程，靠人盯"));

    plan.undo()->undo();
    CHECK(plan.document->plan().segments.at(1).challenges == QStringLiteral("没有流程"));
    CHECK(challenges->toPlainText() == QStringLiteral("没有流程"));
    CHECK(plan.onDisk().segments.at(1).challenges == QStringLiteral("没有流程"));

    SECTION("attributes are tags; a comma being typed stays in the line")
    {
        QTest::keyClicks(attributes, QStringLiteral("online, price,"));
        CHECK(plan.document->plan().segments.at(1).attributes ==
              QStringList{QStringLiteral("online"), QStringLiteral("price")});
        CHECK(attributes->text() == QStringLiteral("online, price,"));
        commitText(attributes, QStringLiteral("决策快、重视效率"));
        CHECK(plan.onDisk().segments.at(1).attributes ==
              QStringList({QStringLiteral("online"), QStringLiteral("price"),
                           QStringLiteral("决策快"), QStringLiteral("重视效率")}));
    }
    SECTION("type and tier are chosen from lists")
    {
        REQUIRE(model->setData(model->index(1, 2), int(SegmentTier::Strategic), Qt::EditRole));
        REQUIRE(
            model->setData(model->index(1, 1), choiceName(CustomerType::Consumer), Qt::EditRole));
        CHECK(plan.document->plan().segments.at(1).tier == SegmentTier::Strategic);
        CHECK(plan.document->plan().segments.at(1).type == CustomerType::Consumer);
        CHECK_FALSE(model->setData(model->index(1, 2), QStringLiteral("VIP"), Qt::EditRole));
        editor.reset();
        const Plan &reopened = plan.reopened();
        CHECK(reopened.segments.at(1).tier == SegmentTier::Strategic);
        CHECK(reopened.segments.at(1).type == CustomerType::Consumer);
        CHECK(reopened.segments.at(0).challenges == QStringLiteral("数据分散 slow"));
    }
    SECTION("removing the current segment shows its neighbour; undo brings it back")
    {
        table->removeCurrentRow();
        REQUIRE(plan.document->plan().segments.size() == 1);
        CHECK(editor->currentSegmentId() == start.segments.at(0).id);
        CHECK(challenges->toPlainText() == QStringLiteral("数据分散 slow"));
        plan.undo()->undo();
        CHECK(plan.onDisk().segments.size() == 2);
    }
}

TEST_CASE("Stages: a rate is a percent from 0 to 100, 250 % changes nothing", "[sections]")
{
    OpenPlan plan;
    auto editor = std::make_unique<StagesEditor>(plan.document.get());
    editor->show();
    PlanTableModel *model = editor->table()->model();
    auto *conversion = field<QLabel>(editor.get(), QStringLiteral("stages.overallConversion"));
    REQUIRE(model->rowCount() == 7);
    const QModelIndex rate = model->index(1, 4);
    CHECK(model->data(rate, Qt::EditRole).toDouble() == Approx(50.0));
    // 60 % × 50 % × 80 % × 70 % × 60 % × 70 % × 100 % ≈ 7.1 %
    CHECK(conversion->text().startsWith(QStringLiteral("Of 100 leads, 7 become customers")));

    const Plan before = plan.document->plan();
    const int steps = plan.undo()->count();
    CHECK_FALSE(model->setData(rate, 250.0, Qt::EditRole));
    CHECK_FALSE(model->setData(rate, QStringLiteral("250 %"), Qt::EditRole));
    CHECK_FALSE(model->setData(rate, -5, Qt::EditRole));
    CHECK_FALSE(model->setData(rate, QStringLiteral("half"), Qt::EditRole));
    CHECK(plan.document->plan() == before);
    CHECK(plan.undo()->count() == steps);
    CHECK(plan.onDisk().stages == before.stages);

    REQUIRE(model->setData(rate, 25.0, Qt::EditRole));
    CHECK(plan.document->plan().stages.at(1).conversionRate == Approx(0.25));
    CHECK(plan.onDisk().stages.at(1).conversionRate == Approx(0.25));
    CHECK(conversion->text().startsWith(QStringLiteral("Of 100 leads, 4 become customers")));

    plan.undo()->undo();
    CHECK(plan.document->plan().stages.at(1).conversionRate == Approx(0.5));
    CHECK(model->data(rate, Qt::EditRole).toDouble() == Approx(50.0));
    CHECK(plan.onDisk().stages.at(1).conversionRate == Approx(0.5));
    CHECK(conversion->text().startsWith(QStringLiteral("Of 100 leads, 7 become customers")));
}

TEST_CASE("Stages: moving a stage by keyboard and by button changes the order in the file",
          "[sections]")
{
    OpenPlan plan;
    auto editor = std::make_unique<StagesEditor>(plan.document.get());
    editor->show();
    TableEditor *table = editor->table();
    const QStringList original = stageNames(plan.document->plan());
    REQUIRE(original.size() == 7);

    table->view()->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table->view(), Qt::Key_Down, Qt::ControlModifier);
    QStringList expected = original;
    expected.move(0, 1);
    CHECK(stageNames(plan.document->plan()) == expected);
    CHECK(stageNames(plan.onDisk()) == expected);
    CHECK(table->view()->currentIndex().row() == 1);

    table->moveCurrentRow(+1);
    expected.move(1, 2);
    CHECK(stageNames(plan.onDisk()) == expected);

    plan.undo()->undo();
    plan.undo()->undo();
    CHECK(stageNames(plan.document->plan()) == original);
    CHECK(stageNames(plan.onDisk()) == original);
    CHECK(table->model()->data(table->model()->index(0, 0), Qt::DisplayRole) == original.at(0));

    plan.undo()->redo();
    editor.reset();
    expected = original;
    expected.move(0, 1);
    CHECK(stageNames(plan.reopened()) == expected);
}

TEST_CASE("Stages: the overall conversion in words", "[sections]")
{
    RowIdSource ids;
    QList<Stage> stages = defaultStages(ids);
    CHECK(StagesEditor::conversionText(stages).startsWith(
        QStringLiteral("Of 100 leads, 7 become customers")));
    for (Stage &stage : stages)
        stage.conversionRate = 0.3;
    // 0.3^7 ≈ 0.02 %: said of 10,000 leads.
    CHECK(StagesEditor::conversionText(stages).contains(QStringLiteral("2 become customers")));
    stages[2].conversionRate = 0.0;
    CHECK(StagesEditor::conversionText(stages).contains(stages[2].name));
    CHECK(StagesEditor::conversionText({}).contains(QStringLiteral("Add the stages")));
}

TEST_CASE("Every field has a key, an accessible name and a label that reaches it", "[sections]")
{
    Plan start = makeDefaultPlan();
    start.segments = {segment(start.ids, QStringLiteral("A"), {})};
    OpenPlan plan(start);
    PlanDocument *document = plan.document.get();
    const auto keys = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *key : list)
            result.append(QString::fromLatin1(key));
        return result;
    };
    std::vector<std::pair<std::unique_ptr<SectionEditor>, QStringList>> editors;
    editors.emplace_back(
        std::make_unique<MissionEditor>(document),
        keys({"info.name", "info.company", "mission.mission", "mission.marketPosition",
              "mission.valueProposition", "mission.marketSize", "mission.marketGrowth",
              "mission.marketTrends", "mission.competitors"}));
    editors.emplace_back(std::make_unique<ToolsEditor>(document), keys({"tools"}));
    editors.emplace_back(std::make_unique<SegmentsEditor>(document),
                         keys({"segments", "segments.characteristics", "segments.attributes",
                               "segments.challenges", "segments.goals", "segments.strategy"}));
    editors.emplace_back(std::make_unique<StagesEditor>(document), keys({"stages"}));

    for (const auto &[editor, expected] : editors) {
        QStringList found;
        QList<QWidget *> inputs;
        for (QWidget *widget : editor->findChildren<QWidget *>()) {
            const bool input =
                qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
                qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QTableView *>(widget);
            if (input && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget())) {
                inputs.append(widget);
                found.append(widget->objectName());
            }
        }
        found.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        CHECK(found == sortedExpected);
        const QList<QLabel *> labels = editor->findChildren<QLabel *>();
        for (QWidget *input : inputs) {
            CAPTURE(editor->objectName(), input->objectName());
            CHECK_FALSE(input->objectName().isEmpty());
            CHECK_FALSE(input->accessibleName().isEmpty());
            CHECK(std::any_of(labels.begin(), labels.end(),
                              [input](QLabel *label) { return label->buddy() == input; }));
            CHECK(editor->focusField(input->objectName()));
        }
    }
    CHECK(editors.at(3).first->focusField(QStringLiteral("stages.conversionRate")));
}

TEST_CASE("Screenshots of the mission, tools, segments and stages editors", "[.screenshots]")
{
    QFile sample(sampleResource(QStringLiteral("zh_CN")));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    Result<Plan> loaded = planFromJson(sample.readAll());
    REQUIRE(loaded);
    OpenPlan plan(*loaded);
    OpenPlan fresh;
    const QString folder = QStringLiteral("/tmp/shots-a");
    REQUIRE(QDir().mkpath(folder));

    std::vector<std::pair<QString, std::unique_ptr<SectionEditor>>> editors;
    editors.emplace_back(QStringLiteral("mission"),
                         std::make_unique<MissionEditor>(plan.document.get()));
    editors.emplace_back(QStringLiteral("tools"),
                         std::make_unique<ToolsEditor>(plan.document.get()));
    editors.emplace_back(QStringLiteral("segments"),
                         std::make_unique<SegmentsEditor>(plan.document.get()));
    editors.emplace_back(QStringLiteral("stages"),
                         std::make_unique<StagesEditor>(plan.document.get()));
    // A new plan: the stages' defaults, no segments yet.
    editors.emplace_back(QStringLiteral("segments-new"),
                         std::make_unique<SegmentsEditor>(fresh.document.get()));
    editors.emplace_back(QStringLiteral("stages-new"),
                         std::make_unique<StagesEditor>(fresh.document.get()));
    for (auto &[name, editor] : editors) {
        editor->resize(1280, 800);
        editor->show();
        QApplication::processEvents();
        CHECK(editor->grab().save(folder + u'/' + name + QStringLiteral(".png")));
    }
}
