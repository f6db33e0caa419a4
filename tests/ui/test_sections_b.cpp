// The Team and Metrics section editors: tables, fields and undo all reach the plan file.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "overviewpage.h"
#include "sections/metricseditor.h"
#include "sections/plantablemodel.h"
#include "sections/tableeditor.h"
#include "sections/teameditor.h"
#include "severitystyle.h"
#include "store/planfile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

QString planPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("plan.salesplan"));
}

std::unique_ptr<PlanDocument> openDocument(const QString &path)
{
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// A document over a new file made from `plan` in `dir`.
std::unique_ptr<PlanDocument> newDocument(const QTemporaryDir &dir, const Plan &plan)
{
    REQUIRE(dir.isValid());
    REQUIRE(PlanFile::create(planPath(dir), plan));
    return openDocument(planPath(dir));
}

// The plan as a fresh reader of the file sees it.
Plan planOnDisk(const QString &path)
{
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    return (*file)->plan();
}

Plan chineseSample()
{
    QFile json(QStringLiteral(":/samples/sample-zh_CN.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    Result<Plan> plan = planFromJson(json.readAll());
    REQUIRE(plan);
    return plan.value();
}

const Member *memberNamed(const Plan &plan, const QString &name)
{
    for (const Member &member : plan.team.members) {
        if (member.name == name)
            return &member;
    }
    return nullptr;
}

void undoTo(QUndoStack *stack, int index)
{
    while (stack->index() > index)
        stack->undo();
}

} // namespace

TEST_CASE("A member added in the members table is in the file after reopening", "[sections]")
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("张伟");
    {
        auto document = newDocument(dir, makeDefaultPlan());
        TeamEditor editor(document.get());
        auto *table = editor.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
        REQUIRE(table);
        PlanTableModel *model = table->model();
        const int before = model->rowCount();

        table->addRow();
        REQUIRE(model->rowCount() == before + 1);
        const int row = table->view()->currentIndex().row();
        REQUIRE(row >= 0);
        CHECK(model->setData(model->index(row, model->columnOf(u"name")), name, Qt::EditRole));
        CHECK(model->setData(model->index(row, model->columnOf(u"quotaShare")), 2.5, Qt::EditRole));
        // A negative weight is refused and leaves the plan alone.
        CHECK_FALSE(
            model->setData(model->index(row, model->columnOf(u"quotaShare")), -1.0, Qt::EditRole));

        const Member *added = memberNamed(document->plan(), name);
        REQUIRE(added);
        CHECK(added->quotaShare == Approx(2.5));
        CHECK(model->index(row, model->columnOf(u"name")).data().toString() == name);
        CHECK(editor.headcountText().startsWith(QStringLiteral("%1 ").arg(before + 1)));
    }
    auto reopened = openDocument(planPath(dir));
    const Member *stored = memberNamed(reopened->plan(), name);
    REQUIRE(stored);
    CHECK(stored->quotaShare == Approx(2.5));
    CHECK_FALSE(stored->startDate.isValid()); // "—": on the team before the plan year
}

TEST_CASE("Undo takes an added member out of the plan, the table and the file", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    TeamEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    REQUIRE(table);
    PlanTableModel *model = table->model();
    QUndoStack *stack = document->undoStack();
    const int start = stack->index();
    const qsizetype members = document->plan().team.members.size();

    table->addRow();
    const int row = table->view()->currentIndex().row();
    REQUIRE(model->setData(model->index(row, model->columnOf(u"name")), QStringLiteral("李娜"),
                           Qt::EditRole));
    REQUIRE(planOnDisk(document->filePath()).team.members.size() == members + 1);

    undoTo(stack, start);
    CHECK(document->plan().team.members.size() == members);
    CHECK(model->rowCount() == int(members));
    const Plan onDisk = planOnDisk(document->filePath());
    CHECK(onDisk.team.members.size() == members);
    CHECK_FALSE(memberNamed(onDisk, QStringLiteral("李娜")));
}

TEST_CASE("Typing in the training plan is one undo step", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    TeamEditor editor(document.get());
    editor.show();
    auto *training = editor.findChild<QPlainTextEdit *>(QStringLiteral("team.trainingPlan"));
    REQUIRE(training);
    CHECK_FALSE(training->accessibleName().isEmpty());
    const QString original = document->plan().team.trainingPlan;
    QUndoStack *stack = document->undoStack();
    const int steps = stack->count();

    training->setFocus();
    QTest::keyClicks(training, QStringLiteral("Two weeks of onboarding"));
    CHECK(document->plan().team.trainingPlan ==
          original + QStringLiteral("Two weeks of onboarding"));
    CHECK(stack->count() == steps + 1);
    CHECK(planOnDisk(document->filePath()).team.trainingPlan == document->plan().team.trainingPlan);

    stack->undo();
    CHECK(document->plan().team.trainingPlan == original);
    CHECK(training->toPlainText() == original);
}

TEST_CASE("A commission rate typed as 5 % is stored as 0.05", "[sections]")
{
    QTemporaryDir dir;
    Plan plan = makeDefaultPlan();
    plan.team.commissionRate = 0.12;
    auto document = newDocument(dir, plan);
    TeamEditor editor(document.get());
    editor.show();
    auto *rate = editor.findChild<QLineEdit *>(QStringLiteral("team.commissionRate"));
    REQUIRE(rate);
    CHECK(rate->text() == QStringLiteral("12"));

    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("5"));
    QTest::keyClick(rate, Qt::Key_Return);
    CHECK(document->plan().team.commissionRate == Approx(0.05));
    CHECK(planOnDisk(document->filePath()).team.commissionRate == Approx(0.05));
}

TEST_CASE("The headcount counts people and their regions", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, chineseSample());
    TeamEditor editor(document.get());
    CHECK(editor.headcountText() == QStringLiteral("12 people, 3 regions"));
    auto *headcount = editor.findChild<QLabel *>(QStringLiteral("team.headcount"));
    REQUIRE(headcount);
    CHECK(headcount->text() == editor.headcountText());

    auto *table = editor.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    REQUIRE(table);
    table->view()->setCurrentIndex(table->model()->index(0, 0));
    table->removeCurrentRow();
    CHECK(headcount->text() == QStringLiteral("11 people, 3 regions"));
}

TEST_CASE("A likelihood of 7 is refused", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    MetricsEditor editor(document.get());
    auto *risks = editor.findChild<TableEditor *>(QStringLiteral("metrics.risksEditor"));
    REQUIRE(risks);
    const int row = risks->addRow();
    REQUIRE(row >= 0);
    PlanTableModel *model = risks->model();
    const QModelIndex likelihood = model->index(row, model->columnOf(u"likelihood"));
    const int steps = document->undoStack()->count();

    CHECK_FALSE(model->setData(likelihood, 7, Qt::EditRole));
    CHECK_FALSE(model->setData(likelihood, 0, Qt::EditRole));
    CHECK_FALSE(model->setData(likelihood, QStringLiteral("very"), Qt::EditRole));
    CHECK(document->plan().metrics.risks.at(row).likelihood == 3);
    CHECK(document->undoStack()->count() == steps);
    CHECK_FALSE(likelihood.data(Qt::ToolTipRole).toString().isEmpty()); // the rule, for the user

    CHECK(model->setData(likelihood, 5, Qt::EditRole));
    CHECK(planOnDisk(document->filePath()).metrics.risks.at(row).likelihood == 5);
}

TEST_CASE("The deviation that asks for a review note is a percent, 250 refused", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    MetricsEditor editor(document.get());
    auto *threshold = editor.findChild<QLineEdit *>(QStringLiteral("metrics.deviationThreshold"));
    REQUIRE(threshold);
    CHECK(threshold->text() == QStringLiteral("10"));
    const auto enter = [threshold](const QString &text) {
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, text);
        QTest::keyClick(threshold, Qt::Key_Return);
    };
    const int steps = document->undoStack()->count();
    enter(QStringLiteral("250"));
    CHECK(document->plan().metrics.deviationThreshold == 0.10);
    CHECK(document->undoStack()->count() == steps);
    auto *problem = editor.findChild<QLabel *>(QStringLiteral("metrics.deviationThresholdProblem"));
    REQUIRE(problem);
    CHECK(problem->text().contains(QStringLiteral("out of range")));

    enter(QStringLiteral("15"));
    CHECK(document->plan().metrics.deviationThreshold == Approx(0.15));
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(planOnDisk(document->filePath()).metrics.deviationThreshold == Approx(0.15));
}

TEST_CASE("Risks show the highest score first, and adding one still works", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    MetricsEditor editor(document.get());
    auto *risks = editor.findChild<TableEditor *>(QStringLiteral("metrics.risksEditor"));
    REQUIRE(risks);
    PlanTableModel *model = risks->model();
    const QList<std::pair<int, int>> ratings{{2, 2}, {5, 4}, {3, 3}};
    for (const auto &[likelihood, impact] : ratings) {
        const int row = risks->addRow();
        REQUIRE(row >= 0);
        REQUIRE(model->setData(model->index(row, model->columnOf(u"likelihood")), likelihood,
                               Qt::EditRole));
        REQUIRE(
            model->setData(model->index(row, model->columnOf(u"impact")), impact, Qt::EditRole));
    }
    QAbstractItemModel *shown = risks->view()->model();
    const int score = model->columnOf(u"score");
    REQUIRE(score >= 0);
    auto scoreAt = [shown, score](int row) {
        return shown->index(row, score).data(Qt::EditRole).toInt();
    };
    REQUIRE(shown->rowCount() == 3);
    CHECK(scoreAt(0) == 20);
    CHECK(scoreAt(1) == 9);
    CHECK(scoreAt(2) == 4);
    // Not colour alone: the level is spelled out.
    CHECK(shown->index(0, score).data().toString() == QStringLiteral("20 · High"));
    CHECK(shown->index(1, score).data().toString() == QStringLiteral("9 · Medium"));
    CHECK(shown->index(2, score).data().toString() == QStringLiteral("4 · Low"));
    CHECK(shown->index(0, score).data(Qt::BackgroundRole) !=
          shown->index(2, score).data(Qt::BackgroundRole));

    // A fourth risk (3 × 3 = 9 by default) lands by its score and becomes the current row.
    const int added = risks->addRow();
    REQUIRE(added == 3);
    CHECK(shown->rowCount() == 4);
    const QModelIndex current = risks->view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(risks->proxy()->mapToSource(current).row() == added);
    CHECK(scoreAt(0) == 20);
    CHECK(scoreAt(3) == 4);

    // Remove works on the row the user sees, not the plan's row of the same number.
    risks->view()->setCurrentIndex(shown->index(0, 0));
    risks->removeCurrentRow();
    CHECK(shown->rowCount() == 3);
    CHECK(scoreAt(0) == 9);
    for (const Risk &risk : document->plan().metrics.risks)
        CHECK(risk.score() != 20);
}

TEST_CASE("A KPI's yellow threshold cannot be above its green one", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    MetricsEditor editor(document.get());
    auto *kpis = editor.findChild<TableEditor *>(QStringLiteral("metrics.kpisEditor"));
    REQUIRE(kpis);
    PlanTableModel *model = kpis->model();
    REQUIRE(model->rowCount() > 0);
    const double green = document->plan().metrics.kpis.at(0).greenAt;

    // The cell holds a percent; the plan a fraction.
    const QModelIndex yellow = model->index(0, model->columnOf(u"yellowAt"));
    CHECK_FALSE(model->setData(yellow, (green + 0.1) * 100.0, Qt::EditRole));
    CHECK_FALSE(yellow.data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(model->setData(yellow, (green - 0.2) * 100.0, Qt::EditRole));
    CHECK(document->plan().metrics.kpis.at(0).yellowAt == Approx(green - 0.2));

    CHECK(model->setData(model->index(0, model->columnOf(u"frequency")),
                         QStringLiteral("quarterly"), Qt::EditRole));
    CHECK(document->plan().metrics.kpis.at(0).frequency == ReviewFrequency::Quarterly);
}

TEST_CASE("A KPI's target follows the plan until one is typed, a cleared cell follows again",
          "[sections]")
{
    QTemporaryDir dir;
    Plan plan = chineseSample();
    plan.metrics.kpis = defaultKpis(plan.ids);
    auto document = newDocument(dir, plan);
    MetricsEditor editor(document.get());
    auto *kpis = editor.findChild<TableEditor *>(QStringLiteral("metrics.kpisEditor"));
    REQUIRE(kpis);
    PlanTableModel *model = kpis->model();
    CHECK(model->columnOf(u"targetFrom") == -1);
    const QModelIndex revenue = model->index(3, model->columnOf(u"target"));
    const auto shownTarget = [&] {
        return revenue.data(Qt::EditRole).toDouble();
    };
    const double annual = document->plan().targets.annualTarget.toMajor();
    CHECK(shownTarget() == Approx(annual / 12));
    CHECK(revenue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("plan")));

    // The plan moves; the following KPI moves with it.
    REQUIRE(document->edit(QStringLiteral("target"), [](Plan &p) {
        p.targets.annualTarget = Money::fromMajor(120'000'000, p.info.currency).value();
    }));
    CHECK(shownTarget() == Approx(10'000'000.0));

    // A typed target overrides it, in one undo step, and stays when the plan moves.
    QUndoStack *stack = document->undoStack();
    const int steps = stack->count();
    REQUIRE(model->setData(revenue, QStringLiteral("8000000"), Qt::EditRole));
    CHECK(stack->count() == steps + 1);
    CHECK(document->plan().metrics.kpis.at(3).targetFrom == KpiTargetFrom::Typed);
    CHECK(shownTarget() == 8'000'000.0);
    REQUIRE(document->edit(QStringLiteral("target"), [](Plan &p) {
        p.targets.annualTarget = Money::fromMajor(240'000'000, p.info.currency).value();
    }));
    CHECK(shownTarget() == 8'000'000.0);
    stack->undo();
    stack->undo();
    CHECK(document->plan().metrics.kpis.at(3).targetFrom == KpiTargetFrom::Plan);
    CHECK(shownTarget() == Approx(10'000'000.0));
    stack->redo();

    // Clearing the cell follows the plan again.
    REQUIRE(model->setData(revenue, QString(), Qt::EditRole));
    CHECK(document->plan().metrics.kpis.at(3).targetFrom == KpiTargetFrom::Plan);
    CHECK(shownTarget() == Approx(10'000'000.0));
}

TEST_CASE("Every field of the two editors has a key and an accessible name", "[sections]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, chineseSample());
    TeamEditor team(document.get());
    MetricsEditor metrics(document.get());
    const QStringList teamKeys{
        QStringLiteral("team.roles"),          QStringLiteral("team.members"),
        QStringLiteral("team.hiring"),         QStringLiteral("team.trainingPlan"),
        QStringLiteral("team.commissionRate"), QStringLiteral("team.acceleratorRate"),
        QStringLiteral("team.incentiveNotes")};
    const QStringList metricsKeys{
        QStringLiteral("metrics.kpis"), QStringLiteral("metrics.reviewCadence"),
        QStringLiteral("metrics.reviewNotes"), QStringLiteral("metrics.risks")};
    for (const QString &key : teamKeys) {
        INFO(key.toStdString());
        auto *field = team.findChild<QWidget *>(key);
        REQUIRE(field);
        CHECK_FALSE(field->accessibleName().isEmpty());
        CHECK(team.focusField(key));
    }
    for (const QString &key : metricsKeys) {
        INFO(key.toStdString());
        auto *field = metrics.findChild<QWidget *>(key);
        REQUIRE(field);
        CHECK_FALSE(field->accessibleName().isEmpty());
        CHECK(metrics.focusField(key));
    }
    CHECK(team.focusField(QStringLiteral("team.members.quotaShare")));
    CHECK(metrics.focusField(QStringLiteral("metrics.risks.likelihood")));
    CHECK_FALSE(metrics.focusField(QStringLiteral("metrics.nothing")));
}

TEST_CASE("Warnings have their own colour and icon, apart from errors", "[sections]")
{
    QTemporaryDir dir;
    Plan plan = makeDefaultPlan(); // no target (an error) and no deal size (a warning)
    auto document = newDocument(dir, plan);
    OverviewPage overview;
    overview.showPlan(document->plan(), document->summary());
    auto *list = overview.findChild<QListWidget *>(QStringLiteral("findings"));
    REQUIRE(list);
    const QListWidgetItem *error = nullptr;
    const QListWidgetItem *warning = nullptr;
    const QList<Finding> &findings = document->findings();
    for (int row = 0; row < findings.size(); ++row) {
        if (findings.at(row).severity == Severity::Error && !error)
            error = list->item(row);
        if (findings.at(row).severity == Severity::Warning && !warning)
            warning = list->item(row);
    }
    REQUIRE(error);
    REQUIRE(warning);
    CHECK(error->foreground().color() != warning->foreground().color());
    CHECK(error->icon().pixmap(16).toImage() != warning->icon().pixmap(16).toImage());

    // The amber reads on a dark window as well as on a light one.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    CHECK(severityColor(Severity::Warning, dark).lightness() >
          severityColor(Severity::Warning, light).lightness() + 60);
    CHECK(severityColor(Severity::Warning, light) != severityColor(Severity::Error, light));
}

TEST_CASE("Render the team and metrics editors with the Chinese sample", "[.screenshots]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, chineseSample());
    const QString folder = QStringLiteral("/tmp/shots-b");
    REQUIRE(QDir().mkpath(folder));
    TeamEditor team(document.get());
    MetricsEditor metrics(document.get());
    const QList<std::pair<SectionEditor *, QString>> editors{{&team, QStringLiteral("team")},
                                                             {&metrics, QStringLiteral("metrics")}};
    for (const auto &[editor, name] : editors) {
        editor->resize(1280, 800);
        editor->show();
        QApplication::processEvents();
        QApplication::processEvents();
        CHECK(editor->grab().save(folder + QStringLiteral("/%1-1280x800.png").arg(name)));
        // The whole page, as if the window were tall enough to need no scrolling.
        auto *scroll = editor->findChild<QScrollArea *>();
        REQUIRE(scroll);
        const int extra = scroll->widget()->sizeHint().height() - scroll->viewport()->height();
        editor->resize(1280, 800 + qMax(0, extra));
        QApplication::processEvents();
        QApplication::processEvents();
        CHECK(editor->grab().save(folder + QStringLiteral("/%1-full.png").arg(name)));
        editor->hide();
    }

    // Cell editors open (a "—" date, the role and region combos) and every risk level shown.
    Plan levels = chineseSample();
    levels.metrics.risks[0].likelihood = 5; // 5 × 4 = 20: high
    levels.metrics.risks[3].likelihood = 1; // 1 × 4 = 4: low
    QTemporaryDir levelsDir;
    auto levelsDocument = newDocument(levelsDir, levels);
    TeamEditor editingTeam(levelsDocument.get());
    MetricsEditor levelsMetrics(levelsDocument.get());
    editingTeam.resize(1280, 800);
    editingTeam.show();
    auto *members = editingTeam.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    REQUIRE(members);
    const auto openCell = [](TableEditor *table, int row, QStringView key) {
        table->view()->openPersistentEditor(
            table->model()->index(row, table->model()->columnOf(key)));
    };
    openCell(members, 0, u"startDate");
    openCell(members, 1, u"role");
    openCell(members, 2, u"region");
    openCell(members, 3, u"quotaShare");
    levelsMetrics.resize(1280, 800);
    levelsMetrics.show();
    auto *kpis = levelsMetrics.findChild<TableEditor *>(QStringLiteral("metrics.kpisEditor"));
    REQUIRE(kpis);
    openCell(kpis, 0, u"frequency");
    openCell(kpis, 1, u"yellowAt");
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(editingTeam.grab().save(folder + QStringLiteral("/team-editing.png")));
    CHECK(levelsMetrics.grab().save(folder + QStringLiteral("/metrics-levels.png")));
}
