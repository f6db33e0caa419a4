#pragma once

#include "calc/calibration.h"
#include "calc/collections.h"
#include "calc/decompose.h"
#include "calc/funnel.h"
#include "calc/planinputs.h"
#include "calc/quotas.h"
#include "check/findings.h"
#include "plan/plan.h"
#include "plan/planchanges.h"
#include "summary/livefigures.h"
#include "summary/planbridge.h"
#include "summary/plancost.h"
#include "summary/planreview.h"
#include "summary/salesbudget.h"

#include <memory>
#include <optional>

// Every derived figure of a plan in one place, computed from the Plan alone: the overview, the
// CLI summary and the report all read this, so they can never disagree. It sits above core/calc
// and core/check and gathers both; neither of them includes it.
namespace salesplan {

// core/team/consolidation.h: the team depends on the summary, not the other way round.
struct Consolidation;

struct PlanSummary
{
    std::optional<double> growth; // against last year's actual, when there is one
    Result<TargetTiers> tiers = Error{};
    // The company's target by month, quarter, region and product line, and (as the members'
    // split) the quotas of the members and planned hires.
    Result<Decomposition> decomposition = Error{};
    Result<QuotaSplit> quotas = Error{};               // when the target could be decomposed
    std::optional<Result<CollectionPlan>> collections; // when the plan plans collections
    MonthValues workingDays{};
    Result<BackwardResult> funnel = Error{};
    Result<CapacityPlan> capacity = Error{};
    // From last year's actual to this year's target, for the regions and the product lines that
    // have history of the year before the plan year.
    QList<PlanBridge> bridges;
    Result<PlanCost> cost = Error{};      // what the plan costs to sell, when it has a target
    Result<SalesBudget> budget = Error{}; // the sales budget by month, when the cost is known
    // The target against the market, the team and the resources (calc/calibration.h); more reps
    // are counted from the capacity's first month short of reps.
    Calibration calibration;
    // The figures the plan's texts may name in braces ({target}, {growth}…), with their values.
    QList<LiveFigure> liveFigures;
    QList<Finding> findings;
    // The monthly review at the last month with actuals, when the plan year has any (see
    // latestReview()): worked out once for the overview, the charts and the deck.
    std::optional<PlanReview> review;
    // For a team plan, its consolidation over the units' plans, when whoever made the summary
    // knows where the plan's file is (the units' files are found from it): the window's
    // document, the command line. Never made by summarizePlan(), which sees the plan alone;
    // shared, as the units' plans change apart from the plan and a copy of the summary needs no
    // copy of them.
    std::shared_ptr<const Consolidation> team;
};

PlanSummary summarizePlan(const Plan &plan);
// The target split by the plan's seasonality into months, quarters, regions and product lines
// (the members' split comes with the quotas): summarizePlan()'s first step, alone.
Result<Decomposition> planDecomposition(const Plan &plan);

// The parts of a plan the figures (all but the findings, which look at every part) come from:
// while none of them changes, neither do the figures.
inline constexpr PlanChanges figureInputs =
    PlanPart::Info | PlanPart::Targets | PlanPart::Team | PlanPart::History;

// How many times summarizePlan() has run in this process: tests count it to show that one edit
// is summarized once however many views show the figures.
quint64 summariesComputed();

// The capacity gap in plain words: "Up to 3 reps short from April" or "Enough reps in every month".
QString capacityGapText(const CapacityPlan &capacity, const Period &period);

} // namespace salesplan
