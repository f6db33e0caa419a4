// PlanDocument: every edit is one undo step that reaches the file, both ways.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "store/planfile.h"
#include "versions/saveversiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// A document over a new file made from `plan` in `dir`.
std::unique_ptr<PlanDocument> newDocument(const QTemporaryDir &dir, const Plan &plan)
{
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// The plan as a fresh reader of the file sees it.
Plan planOnDisk(const QString &path)
{
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    return (*file)->plan();
}

void setMission(PlanDocument &document, const QString &text, int mergeKey)
{
    document.edit(
        QStringLiteral("Edit mission"), [&](Plan &plan) { plan.mission.mission = text; }, mergeKey);
}

} // namespace

TEST_CASE("An edit is on disk when it returns, and undo and redo reach the file", "[document]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    QSignalSpy changed(document.get(), &PlanDocument::changed);

    setMission(*document, QStringLiteral("让成长型企业用得起客户管理"), 0);
    CHECK(document->plan().mission.mission == QStringLiteral("让成长型企业用得起客户管理"));
    CHECK(planOnDisk(document->filePath()).mission.mission == document->plan().mission.mission);
    CHECK(changed.count() == 1);
    CHECK(changed.first().first().value<PlanChanges>() == PlanChanges(PlanPart::Mission));

    document->undoStack()->undo();
    CHECK(document->plan().mission.mission.isEmpty());
    CHECK(planOnDisk(document->filePath()).mission.mission.isEmpty());

    document->undoStack()->redo();
    CHECK(planOnDisk(document->filePath()).mission.mission ==
          QStringLiteral("让成长型企业用得起客户管理"));
}

TEST_CASE("The team server basis is recorded in the file with no undo step, and undo, redo and a "
          "restored version keep it as the server has it",
          "[document][team]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    setMission(*document, QStringLiteral("Before the fetch"), 0);
    REQUIRE(document->saveVersion(QStringLiteral("Draft 1"), QStringLiteral("陈")));
    const TeamServerBasis fetched{QStringLiteral("postgresql://chen@plans.example.com:5432/sales"),
                                  QStringLiteral("north"), 3, 4,
                                  Money::of(120'000'000'00, QStringLiteral("CNY"))};
    REQUIRE(document->recordTeamServerBasis(fetched));
    CHECK(document->undoStack()->count() == 1);
    CHECK(planOnDisk(document->filePath()).teamServer == fetched);

    document->undoStack()->undo();
    CHECK(document->plan().mission.mission.isEmpty());
    CHECK(document->plan().teamServer == fetched);
    CHECK(planOnDisk(document->filePath()).teamServer == fetched);
    document->undoStack()->redo();
    CHECK(document->plan().teamServer == fetched);

    const Result<QList<PlanVersion>> versions = document->versions();
    REQUIRE(versions);
    REQUIRE(versions->size() == 1);
    REQUIRE(document->restoreVersion(versions->first()));
    CHECK(document->plan().teamServer == fetched);
    document->undoStack()->undo();
    CHECK(planOnDisk(document->filePath()).teamServer == fetched);
}

TEST_CASE("Typing into one field is one undo step, another field starts a new one", "[document]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    const Plan original = document->plan();
    const int missionKey = 7;
    for (const QString &text : {QStringLiteral("W"), QStringLiteral("Wi"), QStringLiteral("Win")})
        setMission(*document, text, missionKey);
    CHECK(document->undoStack()->count() == 1);
    document->edit(
        QStringLiteral("Edit target"), [](Plan &plan) { plan.targets.annualTarget.minor = 100; },
        8);
    CHECK(document->undoStack()->count() == 2);

    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(document->plan() == original);
    CHECK(planOnDisk(document->filePath()) == original);
}

TEST_CASE("An edit that changes nothing leaves no undo step", "[document]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    setMission(*document, QString(), 0);
    CHECK(document->undoStack()->count() == 0);
    setMission(*document, QStringLiteral("A"), 3);
    setMission(*document, QString(), 3); // typed and deleted again: the merged step is dropped
    CHECK(document->undoStack()->count() == 0);
    CHECK(planOnDisk(document->filePath()).mission.mission.isEmpty());
}

TEST_CASE("Save Version keeps the plan in its file, refuses a name already used and stays open",
          "[document]")
{
    QTemporaryDir dir;
    Plan plan = makeDefaultPlan();
    plan.info.author = QStringLiteral("王经理");
    auto document = newDocument(dir, plan);
    SaveVersionDialog dialog(document.get());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("versionName"));
    auto *author = dialog.findChild<QLineEdit *>(QStringLiteral("versionAuthor"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("versionProblem"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(name);
    REQUIRE(author);
    REQUIRE(problem);
    REQUIRE(buttons);
    CHECK(author->text() == QStringLiteral("王经理"));
    CHECK_FALSE(buttons->button(QDialogButtonBox::Save)->isEnabled()); // no name yet
    name->setText(QStringLiteral("提交领导"));
    CHECK(buttons->button(QDialogButtonBox::Save)->isEnabled());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    // The version holds the plan as it was, not the later edit.
    setMission(*document, QStringLiteral("Later"), 0);
    auto file = PlanFile::open(document->filePath(), PlanFile::Access::ReadOnly);
    REQUIRE(file);
    const auto versions = (*file)->versions();
    REQUIRE(versions->size() == 1);
    CHECK(versions->first().name == QStringLiteral("提交领导"));
    CHECK(versions->first().author == QStringLiteral("王经理"));
    CHECK(*(*file)->versionPlan(versions->first().id) == plan);

    SaveVersionDialog again(document.get());
    auto *secondName = again.findChild<QLineEdit *>(QStringLiteral("versionName"));
    auto *secondProblem = again.findChild<QLabel *>(QStringLiteral("versionProblem"));
    secondName->setText(QStringLiteral("提交领导"));
    again.setResult(QDialog::Rejected);
    again.accept();
    CHECK(again.result() == QDialog::Rejected);
    CHECK_FALSE(secondProblem->isHidden());
    CHECK(secondProblem->text().contains(QStringLiteral("already a version called “提交领导”")));
}

TEST_CASE("The sales budget's inputs are undone and redone, in the file and in the budget",
          "[document][budget]")
{
    QTemporaryDir dir;
    Plan start = makeDefaultPlan();
    start.targets.annualTarget = Money::of(12'000'000'00, start.info.currency);
    start.team.roles = {
        Role{start.ids.take(), QStringLiteral("AE"), {}, {}, Money::of(0, start.info.currency)}};
    start.team.hiring = {
        Hire{start.ids.take(), QStringLiteral("AE"), {}, 1, start.info.period.monthStart(3)}};
    auto document = newDocument(dir, start);
    const auto headcount = [&document] {
        REQUIRE(document->summary().budget);
        return at(document->summary().budget->year, BudgetPart::Headcount);
    };
    CHECK(headcount() == 0);

    document->edit(QStringLiteral("Edit role"), [](Plan &plan) {
        plan.team.roles.first().monthlyCost = Money::of(20'000'00, plan.info.currency);
        plan.team.budgetLines.append(BudgetLine{plan.ids.take(), BudgetCategory::Travel,
                                                QStringLiteral("差旅"),
                                                Money::of(10'000'00, plan.info.currency), 1, 12});
    });
    CHECK(headcount() == 180'000'00); // from the plan year's fourth month: 9 × ¥2万
    CHECK(planOnDisk(document->filePath()).team == document->plan().team);

    document->undoStack()->undo();
    CHECK(headcount() == 0);
    CHECK(planOnDisk(document->filePath()).team.budgetLines.isEmpty());
    document->undoStack()->redo();
    CHECK(headcount() == 180'000'00);
    CHECK(planOnDisk(document->filePath()).team.budgetLines.size() == 1);
}
