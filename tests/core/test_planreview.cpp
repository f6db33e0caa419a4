#include "sampleplans.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

HistoryEntry booked(const Plan &plan, int monthIndex, const QString &region, qint64 minor)
{
    HistoryEntry entry;
    entry.month = plan.info.period.monthStart(monthIndex);
    entry.region = region;
    entry.amount = Money{minor, plan.info.currency};
    return entry;
}

const ReviewLine *lineNamed(const PlanReview &review, ReviewLevel level, const QString &name)
{
    for (const ReviewLine &line : review.lines) {
        if (line.level == level && line.name == name)
            return &line;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The review of May: every region against its targets, the deviations and the "
          "actuals no region takes",
          "[review]")
{
    Plan plan = coretest::samplePlan("sample-zh_CN.json");
    const PlanSummary before = summarizePlan(plan);
    REQUIRE(before.decomposition);
    const DimensionSplit *regions = before.decomposition->split(TargetSplit::Regions);
    REQUIRE(regions);
    REQUIRE(regions->itemNames.size() >= 2);
    const QString first = regions->itemNames.at(0);

    // January to May booked on target in every region, except the first region's May at 80 %.
    for (int m = 0; m < 5; ++m) {
        for (qsizetype r = 0; r < regions->itemNames.size(); ++r) {
            const qint64 target = regions->byMonth.at(r)[std::size_t(m)];
            plan.history.append(booked(plan, m, regions->itemNames.at(r),
                                       r == 0 && m == 4 ? target * 8 / 10 : target));
        }
    }
    plan.history.append(booked(plan, 4, QStringLiteral("North"), 120'000'00)); // ¥12万
    plan.history.append(booked(plan, 6, first, 999'999'00)); // July: after the review
    const PlanSummary summary = summarizePlan(plan);
    const Result<PlanReview> review = reviewPlan(plan, summary, 4);
    REQUIRE(review);
    CHECK(review->hasActuals);

    const ReviewLine &company = review->lines.first();
    REQUIRE(company.level == ReviewLevel::Company);
    qint64 targetToMay = 0;
    for (int m = 0; m < 5; ++m)
        targetToMay += summary.decomposition->months[std::size_t(m)];
    const qint64 shortInMay = regions->byMonth.at(0)[4] - regions->byMonth.at(0)[4] * 8 / 10;
    CHECK(company.attainment.yearToDate.target == targetToMay);
    CHECK(*company.attainment.yearToDate.actual == targetToMay - shortInMay + 120'000'00);
    CHECK(company.attainment.year.target == summary.decomposition->annual);

    const ReviewLine *lagging = lineNamed(*review, ReviewLevel::Region, first);
    REQUIRE(lagging);
    CHECK(*lagging->attainment.month.ratio() == Approx(0.8).epsilon(1e-6));
    CHECK(lagging->attainment.quarter.actual < lagging->attainment.quarter.target);
    const ReviewLine *onPlan = lineNamed(*review, ReviewLevel::Region, regions->itemNames.at(1));
    REQUIRE(onPlan);
    CHECK(*onPlan->attainment.month.ratio() == Approx(1.0));
    CHECK(onPlan->forecast.runRate == onPlan->forecast.planRest); // on plan: both the target
    CHECK(onPlan->forecast.planRest == regions->annual.at(1));

    // The first region is 20 % under in May; the others are on plan. No product line or member
    // has actuals, so none deviates (no data is not a deviation).
    QStringList deviating;
    for (const int index : review->deviations)
        deviating.append(review->lines.at(index).name);
    CHECK(deviating.contains(first));
    CHECK_FALSE(deviating.contains(regions->itemNames.at(1)));
    for (const ReviewLine &line : review->lines) {
        if (line.level == ReviewLevel::Product || line.level == ReviewLevel::Member)
            CHECK_FALSE(line.attainment.month.actual);
    }

    // The booking for a region the plan lacks is said, with its amount; the company counts it.
    const QStringList north = review->unmatched.filter(QStringLiteral("\"North\""));
    REQUIRE(north.size() == 1);
    CHECK((north.first().contains(QStringLiteral("120,000")) ||
           north.first().contains(QStringLiteral("12万"))));
}

TEST_CASE("A plan with no actuals in the year reviews as no data", "[review]")
{
    const Plan plan = coretest::samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    const Result<PlanReview> review = reviewPlan(plan, summary, 2);
    REQUIRE(review);
    CHECK_FALSE(review->hasActuals);
    CHECK(review->deviations.isEmpty());
    CHECK_FALSE(review->lines.first().attainment.yearToDate.ratio());
    // Nothing booked: the forecast is the plan's remaining months.
    CHECK(review->lines.first().forecast.planRest ==
          summary.decomposition->annual - summary.decomposition->months[0] -
              summary.decomposition->months[1] - summary.decomposition->months[2]);
}
