// changedParts(): which parts of a plan an edit changed, for PlanDocument's change signal.
#include "plan/planchanges.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

const QList<PlanPart> everyPart = {PlanPart::Info,  PlanPart::Mission,  PlanPart::Targets,
                                   PlanPart::Team,  PlanPart::Segments, PlanPart::Stages,
                                   PlanPart::Tools, PlanPart::Metrics,  PlanPart::History,
                                   PlanPart::Deck,  PlanPart::Scenarios};

// Changes `part` of `plan` and nothing else.
void editPart(Plan &plan, PlanPart part)
{
    switch (part) {
    case PlanPart::Info:
        plan.info.period.year += 1;
        break;
    case PlanPart::Mission:
        plan.mission.mission = QStringLiteral("Grow");
        break;
    case PlanPart::Targets:
        plan.targets.annualTarget.minor = 1;
        break;
    case PlanPart::Team:
        plan.team.trainingPlan = QStringLiteral("Weekly");
        break;
    case PlanPart::Segments:
        plan.segments.append(Segment{});
        break;
    case PlanPart::Stages:
        plan.stages.removeLast();
        break;
    case PlanPart::Tools:
        plan.tools.append(Tool{});
        break;
    case PlanPart::Metrics:
        plan.metrics.reviewNotes = QStringLiteral("Mondays");
        break;
    case PlanPart::History:
        plan.history.append(HistoryEntry{});
        break;
    case PlanPart::Deck:
        plan.presentationDeck = {QStringLiteral("funnel")};
        plan.speakerNotes.insert(QStringLiteral("funnel"), QStringLiteral("Leads first"));
        break;
    case PlanPart::Scenarios:
        plan.scenarios.append(Scenario{});
        break;
    }
}

} // namespace

TEST_CASE("An edit of one part changes that part only", "[plan][changes]")
{
    const Plan before = makeDefaultPlan();
    for (const PlanPart part : everyPart) {
        INFO("part " << unsigned(part));
        Plan after = before;
        editPart(after, part);
        REQUIRE(after != before);
        CHECK(changedParts(before, after) == PlanChanges(part));
        CHECK(changedParts(after, before) == PlanChanges(part)); // undo: the same part
    }
}

TEST_CASE("Equal plans have no changed part, an edit of several parts names each",
          "[plan][changes]")
{
    const Plan before = makeDefaultPlan();
    CHECK(changedParts(before, before) == PlanChanges());

    Plan after = before;
    after.info.currency = QStringLiteral("USD");
    after.mission.marketSize = Money::of(100, QStringLiteral("USD"));
    after.tools.append(Tool{});
    CHECK(changedParts(before, after) == (PlanPart::Info | PlanPart::Mission | PlanPart::Tools));
}

TEST_CASE("Editing a slide's speaker notes changes the deck", "[plan][changes]")
{
    const Plan before = makeDefaultPlan();
    Plan after = before;
    after.speakerNotes.insert(QStringLiteral("title"), QStringLiteral("Thank the team"));
    CHECK(changedParts(before, after) == PlanChanges(PlanPart::Deck));
}

TEST_CASE("Each section has a part of its own", "[plan][changes]")
{
    PlanChanges parts;
    for (int s = 0; s < sectionCount; ++s) {
        const PlanPart part = partOf(Section(s));
        CHECK_FALSE(parts.testFlag(part));
        parts |= part;
    }
    CHECK_FALSE(parts.testAnyFlags(PlanPart::Info | PlanPart::History | PlanPart::Deck |
                                   PlanPart::Scenarios));
}
