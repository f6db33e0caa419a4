// The status workflow: which status follows which, the approval in force, and what an approved
// plan refuses to change (lockedChangeReason), in words.
#include "plan/approval.h"

#include "calc/whatif.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

StatusChange approvalBy(const QString &approver, bool narrativeEditable)
{
    StatusChange change;
    change.status = PlanStatus::Approved;
    change.by = approver;
    change.date = QDate(2027, 1, 15);
    change.comment = QStringLiteral("OK for 2027");
    change.narrativeEditable = narrativeEditable;
    return change;
}

Plan approvedPlan(bool narrativeEditable = false)
{
    Plan plan = makeDefaultPlan();
    plan.targets.annualTarget = Money::of(120'000'000, QStringLiteral("CNY"));
    changeStatus(plan, StatusChange{0, PlanStatus::InReview, QStringLiteral("Li"),
                                    QDate(2027, 1, 10), QString(), false});
    changeStatus(plan, approvalBy(QStringLiteral("王总"), narrativeEditable));
    return plan;
}

} // namespace

TEST_CASE("A plan moves draft → in review → approved, and back to draft from either", "[approval]")
{
    CHECK(canChangeStatus(PlanStatus::Draft, PlanStatus::InReview));
    CHECK(canChangeStatus(PlanStatus::InReview, PlanStatus::Approved));
    CHECK(canChangeStatus(PlanStatus::InReview, PlanStatus::Draft));
    CHECK(canChangeStatus(PlanStatus::Approved, PlanStatus::Draft));
    CHECK_FALSE(canChangeStatus(PlanStatus::Draft, PlanStatus::Approved));
    CHECK_FALSE(canChangeStatus(PlanStatus::Approved, PlanStatus::InReview));
    CHECK_FALSE(canChangeStatus(PlanStatus::Draft, PlanStatus::Draft));
}

TEST_CASE("Each status change is kept with its own row id, the approval in force is the last",
          "[approval]")
{
    Plan plan = approvedPlan();
    REQUIRE(plan.info.status == PlanStatus::Approved);
    REQUIRE(plan.info.statusLog.size() == 2);
    CHECK(plan.info.statusLog.at(0).id != plan.info.statusLog.at(1).id);
    const auto approval = currentApproval(plan.info);
    REQUIRE(approval);
    CHECK(approval->by == QStringLiteral("王总"));
    CHECK(approvalLine(plan.info).contains(QStringLiteral("王总")));
    CHECK_FALSE(lastReopening(plan.info));

    changeStatus(plan, StatusChange{0, PlanStatus::Draft, QStringLiteral("Li"), QDate(2027, 6, 1),
                                    QStringLiteral("Board cut the target"), false});
    CHECK_FALSE(currentApproval(plan.info));
    CHECK(approvalLine(plan.info).isEmpty());
    REQUIRE(lastReopening(plan.info));
    CHECK(lastReopening(plan.info)->comment == QStringLiteral("Board cut the target"));
}

TEST_CASE("An approved plan refuses a change of its targets in words", "[approval]")
{
    const Plan before = approvedPlan();
    Plan after = before;
    after.targets.annualTarget = Money::of(130'000'000, QStringLiteral("CNY"));
    CHECK(lockedChangeReason(before, after) ==
          QStringLiteral("The plan is approved: its targets are locked. Reopen it as a draft to "
                         "change them."));
    after = before;
    after.team.members.append(
        Member{after.ids.take(), QStringLiteral("New rep"), {}, {}, 1.0, {}, 0, {}});
    CHECK(lockedChangeReason(before, after).contains(QStringLiteral("team")));
}

TEST_CASE("An approved plan takes its execution data, deck, notes and status changes", "[approval]")
{
    const Plan before = approvedPlan();
    Plan after = before;
    after.history.append(HistoryEntry{after.ids.take(),
                                      QDate(2027, 1, 1),
                                      {},
                                      {},
                                      {},
                                      Money::of(5'000'000, QStringLiteral("CNY"))});
    after.kpiActuals.append(KpiActual{after.ids.take(), 1, QDate(2027, 1, 1), 12.0});
    after.metrics.reviewLog.append(ReviewEntry{});
    after.targets.revisions.append(TargetRevision{});
    after.presentationDeck = {QStringLiteral("targets")};
    after.speakerNotes.insert(QStringLiteral("title"), QStringLiteral("Hello"));
    CHECK(lockedChangeReason(before, after).isEmpty());

    Plan reopened = before;
    changeStatus(
        reopened,
        StatusChange{0, PlanStatus::Draft, {}, QDate(2027, 2, 1), QStringLiteral("Cut"), false});
    CHECK(lockedChangeReason(before, reopened).isEmpty());
    reopened.targets.annualTarget.minor += 1; // reopening and editing at once is not allowed
    CHECK_FALSE(lockedChangeReason(before, reopened).isEmpty());
}

TEST_CASE("An approved plan takes what-if scenarios, not one made its baseline", "[approval]")
{
    const Plan before = approvedPlan();
    Plan after = before;
    Scenario lower;
    lower.id = after.ids.take();
    lower.name = QStringLiteral("Deal size −10 %");
    lower.setValue(ScenarioDriver::AverageDealSize, 36'000'00.0);
    after.scenarios.append(lower);
    CHECK(lockedChangeReason(before, after).isEmpty());

    const Plan promoted = promoteScenario(after, lower.id);
    CHECK(promoted.targets.funnel.averageDealSize.minor == 36'000'00);
    CHECK(lockedChangeReason(after, promoted) ==
          QStringLiteral("The plan is approved: its targets are locked. Reopen it as a draft to "
                         "change them."));
}

TEST_CASE("The narrative of an approved plan is editable only when the approval allowed it",
          "[approval]")
{
    for (const bool allowed : {false, true}) {
        const Plan before = approvedPlan(allowed);
        Plan after = before;
        after.mission.mission = QStringLiteral("A new mission");
        after.team.trainingPlan = QStringLiteral("Every Friday");
        if (allowed)
            CHECK(lockedChangeReason(before, after).isEmpty());
        else
            CHECK(lockedChangeReason(before, after).contains(QStringLiteral("narrative")));
        after.mission.marketGrowth = 0.5; // a figure beside the texts is locked either way
        CHECK_FALSE(lockedChangeReason(before, after).isEmpty());
    }
}

TEST_CASE("Drafts and plans in review take any change", "[approval]")
{
    Plan plan = makeDefaultPlan();
    Plan after = plan;
    after.targets.annualTarget.minor = 1;
    CHECK(lockedChangeReason(plan, after).isEmpty());
    changeStatus(plan, StatusChange{0, PlanStatus::InReview, {}, QDate(2027, 1, 1), {}, false});
    after = plan;
    after.targets.annualTarget.minor = 1;
    CHECK(lockedChangeReason(plan, after).isEmpty());
}

TEST_CASE("A plan approved before the status log is locked and says it is approved", "[approval]")
{
    Plan plan = makeDefaultPlan();
    plan.info.status = PlanStatus::Approved; // a file of schema 9 or older
    CHECK_FALSE(currentApproval(plan.info));
    CHECK(approvalLine(plan.info) == QStringLiteral("Approved"));
    Plan after = plan;
    after.targets.annualTarget.minor = 1;
    CHECK_FALSE(lockedChangeReason(plan, after).isEmpty());
}
