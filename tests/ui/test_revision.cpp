// "Adjust the remaining months" through the document: the dialog shows the gap and the remaining
// months now and adjusted, OK adds the revision as one undoable edit that the file keeps, and the
// Target tab lists the revisions with Delete, also undoable.
#include "calc/revision.h"
#include "document/plandocument.h"
#include "openedtargets.h"
#include "review/revisiondialog.h"
#include "review/revisionlist.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <numeric>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// The Chinese sample with January–May booked at 80 % of the company's month targets.
Plan behindByMay()
{
    Plan plan = uitest::sample("sample-zh_CN.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.decomposition);
    for (int m = 0; m < 5; ++m) {
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = plan.info.period.monthStart(m);
        entry.amount =
            Money{summary.decomposition->months[std::size_t(m)] * 8 / 10, plan.info.currency};
        plan.history.append(entry);
    }
    return plan;
}

qint64 shortfallByMay(const Plan &plan)
{
    const PlanSummary summary = summarizePlan(plan);
    qint64 target = 0;
    for (int m = 0; m < 5; ++m)
        target += summary.decomposition->months[std::size_t(m)];
    return target - *planYearActuals(plan)[0] - *planYearActuals(plan)[1] -
           *planYearActuals(plan)[2] - *planYearActuals(plan)[3] - *planYearActuals(plan)[4];
}

} // namespace

TEST_CASE("Adjusting the remaining months after May adds one undoable revision the file keeps",
          "[revision]")
{
    uitest::OpenedTargets opened(behindByMay());
    const PlanSummary approved = summarizePlan(opened.plan());
    AdjustRemainingMonthsDialog dialog(opened.document.get(), 4);
    REQUIRE(dialog.canAdjust());

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("review.adjustTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == 7); // June–December
    CHECK(table->item(0, 0)->text() == QStringLiteral("June 2027"));
    CHECK(table->item(0, 3)->text().startsWith(u'+'));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("review.adjustSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("approved target stays")));
    auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("review.adjustNote"));
    REQUIRE(note);
    CHECK(note->text() == QStringLiteral("Adjusted after the May review"));

    dialog.accept();
    REQUIRE(opened.plan().targets.revisions.size() == 1);
    const TargetRevision revision = opened.plan().targets.revisions.first();
    CHECK(revision.from == QDate(2027, 6, 1));
    CHECK(revision.note == QStringLiteral("Adjusted after the May review"));
    CHECK(opened.plan().targets.annualTarget == behindByMay().targets.annualTarget);
    CHECK(revisionChange(revision, approved.decomposition->months, opened.plan().info.period) ==
          shortfallByMay(opened.plan()));
    const Result<PlanReview> june = reviewPlan(opened.plan(), opened.document->summary(), 5);
    REQUIRE(june);
    CHECK(june->revision);
    CHECK(june->lines.first().attainment.month.target == revision.months[5]);

    opened.undo()->undo();
    CHECK(opened.plan().targets.revisions.isEmpty());
    opened.undo()->redo();
    REQUIRE(opened.plan().targets.revisions.size() == 1);

    const QString path = opened.document->filePath();
    const Plan kept = opened.plan();
    opened.editor.reset();
    opened.document.reset();
    auto reopened = PlanFile::open(path);
    REQUIRE(reopened);
    CHECK((*reopened)->plan().targets.revisions == kept.targets.revisions);
}

TEST_CASE("The Target tab lists the adjusted targets, Delete removes one, undoably", "[revision]")
{
    uitest::OpenedTargets opened(behindByMay());
    auto *group = opened.find<TargetRevisionsGroup>(QStringLiteral("targets.group.revisions"));
    CHECK_FALSE(group->isVisible()); // no revision yet
    AdjustRemainingMonthsDialog(opened.document.get(), 4).accept();
    QCoreApplication::processEvents(); // the layout shows new rows once events run
    CHECK(group->isVisibleTo(opened.editor.get()));
    const QList<QLabel *> labels = group->findChildren<QLabel *>();
    const bool listed = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisibleTo(label->window()) &&
               label->text().startsWith(QStringLiteral("Targets adjusted from June 2027: +")) &&
               label->text().contains(QStringLiteral("Adjusted after the May review")) &&
               label->text().contains(QStringLiteral("(in force)"));
    });
    CHECK(listed);

    QPushButton *deleteButton = nullptr;
    for (QPushButton *button : group->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(group))
            deleteButton = button;
    }
    REQUIRE(deleteButton);
    deleteButton->click();
    CHECK(opened.plan().targets.revisions.isEmpty());
    QCoreApplication::processEvents();
    CHECK_FALSE(group->isVisibleTo(opened.editor.get()));
    opened.undo()->undo();
    CHECK(opened.plan().targets.revisions.size() == 1);
    QCoreApplication::processEvents();
    CHECK(group->isVisibleTo(opened.editor.get()));
}

TEST_CASE("A year already booked in full cannot be adjusted, and says so in words", "[revision]")
{
    Plan plan = behindByMay();
    plan.history.last().amount.minor = plan.targets.annualTarget.minor * 2; // May
    uitest::OpenedTargets opened(plan);
    AdjustRemainingMonthsDialog dialog(opened.document.get(), 4);
    CHECK_FALSE(dialog.canAdjust());
    CHECK(dialog.problem().contains(QStringLiteral("more than the annual target")));
    dialog.accept();
    CHECK(opened.plan().targets.revisions.isEmpty());
}

TEST_CASE("A revision in force stays in force when the plan moves to a currency without cents",
          "[revision]")
{
    uitest::OpenedTargets opened(behindByMay());
    AdjustRemainingMonthsDialog(opened.document.get(), 4).accept();
    auto *currency = opened.find<QComboBox>(QStringLiteral("info.currency"));
    REQUIRE(currency->lineEdit());
    uitest::enterInto(currency->lineEdit(), QStringLiteral("JPY"));
    const Plan &plan = opened.plan();
    REQUIRE(plan.info.currency == QStringLiteral("JPY"));
    const MonthValues &months = plan.targets.revisions.at(0).months;
    // Each month rounded to whole yen; the year still adds up to the relabelled target exactly.
    CHECK(std::accumulate(months.cbegin(), months.cend(), qint64(0)) ==
          plan.targets.annualTarget.minor);
    const PlanSummary summary = summarizePlan(plan);
    CHECK(revisionInForce(plan.targets.revisions, summary.decomposition->months,
                          plan.info.period) != nullptr);
}

TEST_CASE("A what-if scenario's amounts move with the plan to a currency without cents",
          "[revision][scenario]")
{
    Plan plan = behindByMay();
    Scenario higher;
    higher.id = plan.ids.take();
    higher.name = QStringLiteral("Target +10 %");
    const qint64 target = plan.targets.annualTarget.minor;
    higher.setValue(ScenarioDriver::AnnualTarget, double(target + target / 10));
    plan.scenarios = {higher};
    uitest::OpenedTargets opened(plan);
    auto *currency = opened.find<QComboBox>(QStringLiteral("info.currency"));
    REQUIRE(currency->lineEdit());
    uitest::enterInto(currency->lineEdit(), QStringLiteral("JPY"));
    const Plan &moved = opened.plan();
    REQUIRE(moved.info.currency == QStringLiteral("JPY"));
    // Still 10 % above the plan's target, in whole yen now as the target is.
    const std::optional<double> scenarioTarget =
        moved.scenarios.at(0).value(ScenarioDriver::AnnualTarget);
    REQUIRE(scenarioTarget);
    CHECK(qint64(*scenarioTarget) ==
          moved.targets.annualTarget.minor + moved.targets.annualTarget.minor / 10);
}
