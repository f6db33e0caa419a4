// "What's this?" of the computed figures: each formula in words with the plan's own numbers,
// checked against figures worked out by hand.
#include "plan/format.h"
#include "sampleplans.h"
#include "summary/figureformulas.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

// The English sample with round figures: a target of 50,000,000 at deals of 200,000 (250 deals),
// 40 % of proposals won (625 proposals), half the qualified leads get one (1,250), a quarter of
// the leads qualify (5,000 leads), 3 calls a lead (15,000 calls), 100 a lead (500,000).
Plan roundPlan()
{
    Plan plan = coretest::samplePlan("sample-en.json");
    const QString currency = plan.info.currency;
    plan.targets.annualTarget = Money::of(50'000'000'00, currency);
    plan.targets.lastYearActual = Money::of(40'000'000'00, currency);
    plan.targets.stretchReserve = 0.10;
    FunnelAssumptions &funnel = plan.targets.funnel;
    funnel.averageDealSize = Money::of(200'000'00, currency);
    funnel.proposalToWon = 0.40;
    funnel.qualifiedToProposal = 0.50;
    funnel.leadToQualified = 0.25;
    funnel.callsPerLead = 3;
    funnel.costPerLead = Money::of(100'00, currency);
    return plan;
}

Money amount(qint64 major, const Plan &plan)
{
    return Money::of(major * 100, plan.info.currency);
}

} // namespace

TEST_CASE("Deals to win are explained with the plan's target, deal size and result", "[formulas]")
{
    const Plan plan = roundPlan();
    const FigureExplanation deals = explainFigure(plan, summarizePlan(plan), Figure::Deals);
    CHECK(deals.title == QStringLiteral("Deals to win"));
    CHECK(deals.formula ==
          QStringLiteral("Deals to win = annual target ÷ average deal size, rounded up"));
    CHECK(deals.worked ==
          QStringLiteral("= %1 ÷ %2 = 250")
              .arg(formatMoney(amount(50'000'000, plan)), formatMoney(amount(200'000, plan))));
    CHECK(deals.guidePage == QStringLiteral("numbers.html#funnel"));
}

TEST_CASE("The funnel's stages, tiers, growth and marketing are worked out with the plan's "
          "numbers",
          "[formulas]")
{
    const Plan plan = roundPlan();
    const PlanSummary summary = summarizePlan(plan);
    const auto worked = [&](Figure figure) {
        return explainFigure(plan, summary, figure).worked;
    };
    CHECK(worked(Figure::Proposals) == QStringLiteral("= 250 ÷ %1 = 625").arg(formatPercent(0.4)));
    CHECK(worked(Figure::QualifiedLeads) ==
          QStringLiteral("= 625 ÷ %1 = %2").arg(formatPercent(0.5), formatCount(1250)));
    CHECK(worked(Figure::Leads) ==
          QStringLiteral("= %1 ÷ %2 = %3")
              .arg(formatCount(1250), formatPercent(0.25), formatCount(5000)));
    CHECK(worked(Figure::Calls) ==
          QStringLiteral("= %1 × 3 = %2").arg(formatCount(5000), formatCount(15000)));
    CHECK(worked(Figure::MarketingBudget) == QStringLiteral("= %1 × %2 = %3")
                                                 .arg(formatCount(5000),
                                                      formatMoney(amount(100, plan)),
                                                      formatMoney(amount(500'000, plan))));
    CHECK(worked(Figure::StretchTier) == QStringLiteral("= %1 × (1 + %2) = %3")
                                             .arg(formatMoney(amount(50'000'000, plan)),
                                                  formatPercent(0.1),
                                                  formatMoney(amount(55'000'000, plan))));
    CHECK(worked(Figure::Growth) == QStringLiteral("= (%1 − %2) ÷ %2 = %3")
                                        .arg(formatMoney(amount(50'000'000, plan)),
                                             formatMoney(amount(40'000'000, plan)),
                                             formatPercent(0.25)));
}

TEST_CASE("A quarter's target is the sum of its months, and a figure the plan cannot give says "
          "why",
          "[formulas]")
{
    Plan plan = roundPlan();
    plan.targets.annualTarget = amount(48'000'000, plan);
    plan.targets.seasonality = SeasonalityMode::Even;
    plan.targets.regions.clear();
    plan.targets.products.clear();
    const PlanSummary summary = summarizePlan(plan);
    const FigureExplanation second = explainFigure(plan, summary, Figure::QuarterTarget, 1);
    CHECK(second.title == QStringLiteral("Q2 target"));
    // 48,000,000 in twelve even months of 4,000,000.
    const QString month = formatMoney(amount(4'000'000, plan));
    CHECK(second.worked ==
          QStringLiteral("= %1 + %1 + %1 = %2").arg(month, formatMoney(amount(12'000'000, plan))));

    plan.targets.funnel.averageDealSize = Money::of(0, plan.info.currency);
    const FigureExplanation deals = explainFigure(plan, summarizePlan(plan), Figure::Deals);
    CHECK_FALSE(deals.worked.startsWith(u'='));
    CHECK_FALSE(deals.worked.isEmpty());
}

TEST_CASE("A month's target is worked out from its share, and the what-if's headcount gap from "
          "the reps available",
          "[formulas]")
{
    Plan plan = roundPlan();
    plan.targets.annualTarget = amount(48'000'000, plan);
    plan.targets.seasonality = SeasonalityMode::Even;
    PlanSummary summary = summarizePlan(plan);
    // Twelve even months: each a twelfth, not "× 1 ÷ 12" nor last year's totals in cents.
    CHECK(explainFigure(plan, summary, Figure::MonthTarget, 3).worked ==
          QStringLiteral("= %1 × %2 = %3")
              .arg(formatMoney(amount(48'000'000, plan)), formatPercent(1.0 / 12, 2),
                   formatMoney(amount(4'000'000, plan))));

    // The gap is reps to employ less members and planned hires, as the What-if table counts it.
    REQUIRE(summary.funnel);
    int hires = 0;
    for (const Hire &hire : plan.team.hiring)
        hires += hire.count;
    const int available = int(plan.team.members.size()) + hires;
    const int gap = summary.funnel->headcountRequired - available;
    const QString result = gap > 0   ? QStringLiteral("%1 to hire").arg(gap)
                           : gap < 0 ? QStringLiteral("%1 to spare").arg(-gap)
                                     : QStringLiteral("none");
    CHECK(explainFigure(plan, summary, Figure::HeadcountGap).worked ==
          QStringLiteral("= %1 − %2 = %3")
              .arg(summary.funnel->headcountRequired)
              .arg(available)
              .arg(result));
}

TEST_CASE("The Chinese sample's deals to win name its target, deal size and result", "[formulas]")
{
    const Plan plan = coretest::samplePlan("sample-zh_CN.json");
    const PlanSummary summary = summarizePlan(plan);
    const QString worked = explainFigure(plan, summary, Figure::Deals).worked;
    CHECK(worked.contains(formatMoney(plan.targets.annualTarget)));
    CHECK(worked.contains(formatMoney(plan.targets.funnel.averageDealSize)));
    CHECK(worked.endsWith(QStringLiteral("= %1").arg(formatCount(double(summary.funnel->deals)))));
}
