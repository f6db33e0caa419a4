#include "exchange/planio.h"
#include "plan/fields.h"
#include "summary/kpitargets.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

// A new plan with the English sample's targets and funnel: ¥8,000,000 at ¥40,000 a deal is 200
// deals, 500 proposals at 40 % won, 1,000 qualified leads at 50 % to proposal.
Plan newPlanWithSampleFunnel()
{
    const Result<Plan> sample = readJsonPlan(QStringLiteral(SALESPLAN_SAMPLES "/sample-en.json"));
    REQUIRE(sample.ok());
    Plan plan = makeDefaultPlan();
    plan.info = sample->info;
    plan.targets = sample->targets;
    return plan;
}

const Kpi &kpiMeasuring(const Plan &plan, KpiMeasure measure)
{
    for (const Kpi &kpi : plan.metrics.kpis)
        if (kpi.measures == measure)
            return kpi;
    FAIL("no KPI measures it");
    return plan.metrics.kpis.first();
}

double targetOf(const Plan &plan, KpiMeasure measure)
{
    return kpiTarget(kpiMeasuring(plan, measure), plan, summarizePlan(plan));
}

} // namespace

TEST_CASE("A new plan's four KPIs carry the funnel's figures", "[kpi]")
{
    const Plan plan = newPlanWithSampleFunnel();
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.funnel.ok());
    CHECK(summary.funnel->qualifiedLeads == 1000);
    REQUIRE(plan.metrics.kpis.size() == 4);
    for (const Kpi &kpi : plan.metrics.kpis) {
        CHECK(kpi.targetFrom == KpiTargetFrom::Plan);
        CHECK(kpiFollowsPlan(kpi, plan, summary));
    }
    // Qualified leads are measured weekly: 1,000 a year is 19.2 a week, rounded up.
    CHECK(targetOf(plan, KpiMeasure::QualifiedLeads) == 20.0);
    // The win rate is deals won ÷ proposals: the funnel's proposal-to-won rate, in percent.
    CHECK(targetOf(plan, KpiMeasure::WinRate) == Approx(40.0));
    CHECK(targetOf(plan, KpiMeasure::AverageDealSize) == 40'000.0);
    CHECK(targetOf(plan, KpiMeasure::Revenue) == Approx(8'000'000.0 / 12));
}

TEST_CASE("A KPI's target from the plan is per its frequency", "[kpi]")
{
    Plan plan = newPlanWithSampleFunnel();
    for (Kpi &kpi : plan.metrics.kpis)
        kpi.frequency = ReviewFrequency::Quarterly;
    CHECK(targetOf(plan, KpiMeasure::QualifiedLeads) == 250.0);
    CHECK(targetOf(plan, KpiMeasure::Revenue) == 2'000'000.0);
    CHECK(targetOf(plan, KpiMeasure::WinRate) == Approx(40.0));
    for (Kpi &kpi : plan.metrics.kpis)
        kpi.frequency = ReviewFrequency::Yearly;
    CHECK(targetOf(plan, KpiMeasure::QualifiedLeads) == 1000.0);
    CHECK(targetOf(plan, KpiMeasure::Revenue) == 8'000'000.0);
}

TEST_CASE("A following KPI moves with the plan, an overridden one stays", "[kpi]")
{
    Plan plan = newPlanWithSampleFunnel();
    plan.targets.annualTarget = Money::fromMajor(12'000'000, plan.info.currency).value();
    CHECK(targetOf(plan, KpiMeasure::Revenue) == 1'000'000.0);
    // 300 deals, 750 proposals, 1,500 qualified leads: 28.8 a week.
    CHECK(targetOf(plan, KpiMeasure::QualifiedLeads) == 29.0);

    plan.targets.funnel.averageDealSize = Money::fromMajor(60'000, plan.info.currency).value();
    CHECK(targetOf(plan, KpiMeasure::AverageDealSize) == 60'000.0);
    CHECK(targetOf(plan, KpiMeasure::QualifiedLeads) == 20.0);

    for (Kpi &kpi : plan.metrics.kpis) {
        if (kpi.measures != KpiMeasure::Revenue)
            continue;
        kpi.targetFrom = KpiTargetFrom::Typed;
        kpi.target = 900'000;
    }
    plan.targets.annualTarget = Money::fromMajor(24'000'000, plan.info.currency).value();
    CHECK(targetOf(plan, KpiMeasure::Revenue) == 900'000.0);
    CHECK_FALSE(kpiFollowsPlan(kpiMeasuring(plan, KpiMeasure::Revenue), plan, summarizePlan(plan)));
}

TEST_CASE("A custom KPI keeps its typed target whatever its target-from says", "[kpi]")
{
    const Plan plan = newPlanWithSampleFunnel();
    Kpi custom;
    custom.target = 12;
    custom.targetFrom = KpiTargetFrom::Plan;
    const PlanSummary summary = summarizePlan(plan);
    CHECK_FALSE(planFigureForKpi(custom, plan, summary).has_value());
    CHECK_FALSE(kpiFollowsPlan(custom, plan, summary));
    CHECK(kpiTarget(custom, plan, summary) == 12.0);
}
