#include "calc/revision.h"
#include "sampleplans.h"
#include "summary/kpitargets.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

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

const ReviewLine *lineNamed(const PlanReview &review, ReviewSubject subject, const QString &name)
{
    for (const ReviewLine &line : review.lines) {
        if (line.subject == subject && line.name == name)
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
    REQUIRE(company.subject == ReviewSubject::Company);
    qint64 targetToMay = 0;
    for (int m = 0; m < 5; ++m)
        targetToMay += summary.decomposition->months[std::size_t(m)];
    const qint64 shortInMay = regions->byMonth.at(0)[4] - regions->byMonth.at(0)[4] * 8 / 10;
    CHECK(company.attainment.yearToDate.target == targetToMay);
    CHECK(*company.attainment.yearToDate.actual == targetToMay - shortInMay + 120'000'00);
    CHECK(company.attainment.year.target == summary.decomposition->annual);

    const ReviewLine *lagging = lineNamed(*review, ReviewSubject::Region, first);
    REQUIRE(lagging);
    CHECK(*lagging->attainment.month.ratio() == Approx(0.8).epsilon(1e-6));
    CHECK(lagging->attainment.quarter.actual < lagging->attainment.quarter.target);
    const ReviewLine *onPlan = lineNamed(*review, ReviewSubject::Region, regions->itemNames.at(1));
    REQUIRE(onPlan);
    CHECK(*onPlan->attainment.month.ratio() == Approx(1.0));
    CHECK(onPlan->forecast.runRate == onPlan->forecast.planRest); // on plan: both the target
    CHECK(onPlan->forecast.planRest == regions->annual.at(1));

    // Lit by the revenue KPI's thresholds (green at 100 %, yellow at 90 %): May at 80 % is red,
    // on plan is green, and a product line without actuals is no data.
    CHECK(review->lightOf(lagging->attainment.month) == Light::Red);
    CHECK(review->lightOf(onPlan->attainment.month) == Light::Green);
    for (const ReviewLine &line : review->lines) {
        if (line.subject == ReviewSubject::Product)
            CHECK(review->lightOf(line.attainment.yearToDate) == Light::NoData);
    }

    // The first region is 20 % under in May; the others are on plan. No product line or member
    // has actuals, so none deviates (no data is not a deviation).
    QStringList deviating;
    for (const Deviation &deviation : review->deviations) {
        if (deviation.subject != ReviewSubject::Kpi)
            deviating.append(deviation.name);
    }
    CHECK(deviating.contains(first));
    CHECK_FALSE(deviating.contains(regions->itemNames.at(1)));
    for (const ReviewLine &line : review->lines) {
        if (line.subject == ReviewSubject::Product || line.subject == ReviewSubject::Member)
            CHECK_FALSE(line.attainment.month.actual);
    }

    // The booking for a region the plan lacks is said, with its amount; the company counts it.
    const QStringList north = review->unmatched.filter(QStringLiteral("\"North\""));
    REQUIRE(north.size() == 1);
    CHECK((north.first().contains(QStringLiteral("120,000")) ||
           north.first().contains(QStringLiteral("12万"))));
}

TEST_CASE("Target lines are lit by the revenue KPI's own thresholds", "[review]")
{
    Plan plan = coretest::samplePlan("sample-en.json");
    for (Kpi &kpi : plan.metrics.kpis) {
        if (kpi.measures == KpiMeasure::Revenue) {
            kpi.greenAt = 0.95;
            kpi.yellowAt = 0.7;
        }
    }
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.decomposition);
    const qint64 target = summary.decomposition->months[0];
    plan.history.append(booked(plan, 0, QString(), target * 8 / 10)); // 80 %
    const Result<PlanReview> review = reviewPlan(plan, summarizePlan(plan), 0);
    REQUIRE(review);
    CHECK(review->lightOf(review->lines.first().attainment.month) == Light::Yellow);

    plan.metrics.kpis.clear(); // no revenue KPI: the defaults, 80 % is red
    const Result<PlanReview> plain = reviewPlan(plan, summarizePlan(plan), 0);
    REQUIRE(plain);
    CHECK(plain->lightOf(plain->lines.first().attainment.month) == Light::Red);
    CHECK(plain->lightOf(Attainment{0, 0}) == Light::NoData); // nothing to measure against
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

TEST_CASE("The KPIs of the review: typed actuals, revenue from the bookings, lights, and the "
          "deviations the review log explains",
          "[review]")
{
    Plan plan = coretest::samplePlan("sample-zh_CN.json");
    const auto kpiMeasuring = [&plan](KpiMeasure measure) -> Kpi & {
        for (Kpi &kpi : plan.metrics.kpis) {
            if (kpi.measures == measure)
                return kpi;
        }
        FAIL("the sample has no such KPI");
        return plan.metrics.kpis.first();
    };
    Kpi &leads = kpiMeasuring(KpiMeasure::QualifiedLeads);
    Kpi &winRate = kpiMeasuring(KpiMeasure::WinRate);
    leads.frequency = ReviewFrequency::Weekly; // a weekly target, compared for a month
    const QDate march = plan.info.period.monthStart(2);
    plan.kpiActuals = {{plan.ids.take(), int(leads.id), march, 600.0},
                       {plan.ids.take(), int(winRate.id), march, 28.0},
                       {plan.ids.take(), int(winRate.id), march.addMonths(-1), 10.0}};
    const PlanSummary summary = summarizePlan(plan);
    const double monthLeads = kpiTarget(leads, plan, summary) * 52 / 12;
    const Result<PlanReview> review = reviewPlan(plan, summary, 2);
    REQUIRE(review);

    const auto kpiNamed = [&](const QString &name) {
        for (const KpiReview &kpi : review->kpis) {
            if (kpi.name == name)
                return kpi;
        }
        FAIL("no such KPI in the review");
        return KpiReview{};
    };
    const KpiReview leadsReview = kpiNamed(leads.name);
    CHECK(leadsReview.target == Approx(monthLeads));
    CHECK(*leadsReview.actual == 600.0);
    // The sample's win rate is 35 %; 28 % is 80 % of it: red with the default thresholds.
    const KpiReview winReview = kpiNamed(winRate.name);
    CHECK(winReview.target == Approx(35.0));
    CHECK(winReview.light == Light::Red);
    // Nothing booked in March: the revenue KPI has no data, and no line deviates.
    for (const KpiReview &kpi : review->kpis) {
        if (kpi.name != leads.name && kpi.name != winRate.name)
            CHECK(kpi.light == Light::NoData);
    }
    CHECK(review->lines.first().attainment.month.actual == std::nullopt);

    // The win rate deviates by 20 %; until the log has a note on it for March, it is unnoted.
    const auto winDeviation = [&](const PlanReview &of) {
        for (const Deviation &deviation : of.deviations) {
            if (deviation.subject == ReviewSubject::Kpi && deviation.name == winRate.name)
                return std::optional(deviation);
        }
        return std::optional<Deviation>();
    };
    REQUIRE(winDeviation(*review));
    CHECK(winDeviation(*review)->ratio == Approx(0.8));
    CHECK_FALSE(winDeviation(*review)->noted);
    CHECK(review->unnotedCount() >= 1);

    ReviewEntry note;
    note.id = plan.ids.take();
    note.month = march;
    note.subject = ReviewSubject::Kpi;
    note.name = winRate.name;
    note.cause = QStringLiteral("报价太晚\n方案评审排队两周");
    plan.metrics.reviewLog.append(note);
    const Result<PlanReview> noted = reviewPlan(plan, summarizePlan(plan), 2);
    REQUIRE(noted);
    CHECK(winDeviation(*noted)->noted);
    CHECK(noted->unnotedCount() == review->unnotedCount() - 1);

    SECTION("Revenue booked in the month is the revenue KPI's actual")
    {
        Kpi &revenue = kpiMeasuring(KpiMeasure::AverageDealSize);
        revenue.measures = KpiMeasure::Revenue;
        revenue.targetFrom = KpiTargetFrom::Plan;
        HistoryEntry entry;
        entry.month = march;
        entry.amount = Money{qint64(9'000'000) * 100, plan.info.currency};
        plan.history.append(entry);
        const PlanSummary withBookings = summarizePlan(plan);
        const Result<PlanReview> booked = reviewPlan(plan, withBookings, 2);
        REQUIRE(booked);
        const KpiReview revenueReview = [&] {
            for (const KpiReview &kpi : booked->kpis) {
                if (kpi.id == revenue.id)
                    return kpi;
            }
            return KpiReview{};
        }();
        CHECK(*revenueReview.actual == 9'000'000.0);
        CHECK(revenueReview.target == Approx(120'000'000.0 / 12));
        CHECK(revenueReview.light == Light::Yellow); // 90 %
    }
}

TEST_CASE("The review looks at the last month with actuals unless told", "[review]")
{
    Plan plan = coretest::samplePlan("sample-en.json");
    CHECK(latestActualMonth(plan) == 0);
    REQUIRE_FALSE(plan.metrics.kpis.isEmpty());
    KpiActual measured{plan.ids.take(), int(plan.metrics.kpis.first().id),
                       plan.info.period.monthStart(2), 40};
    plan.kpiActuals.append(measured);
    CHECK(latestActualMonth(plan) == 2); // nothing booked yet: the last month measured
    HistoryEntry entry;
    entry.month = plan.info.period.monthStart(1);
    entry.amount = Money{100, plan.info.currency};
    plan.history.append(entry);
    CHECK(latestActualMonth(plan) == 1); // booked months lead: a June KPI is no June booked
    entry.month = plan.info.period.monthStart(4);
    plan.history.append(entry);
    CHECK(latestActualMonth(plan) == 4);
}

TEST_CASE("A region that booked nothing in a month others booked is 0 %, and names match "
          "without their spaces",
          "[review]")
{
    Plan plan = coretest::samplePlan("sample-zh_CN.json");
    const PlanSummary before = summarizePlan(plan);
    const DimensionSplit *regions = before.decomposition->split(TargetSplit::Regions);
    REQUIRE(regions->itemNames.size() >= 3);
    // May: the first region on target (its name typed with spaces), the second too, the third
    // nothing at all.
    for (int r = 0; r < 2; ++r)
        plan.history.append(
            booked(plan, 4,
                   r == 0 ? QStringLiteral(" ") + regions->itemNames.at(0) + QStringLiteral(" ")
                          : regions->itemNames.at(1),
                   regions->byMonth.at(r)[4]));
    const Result<PlanReview> review = reviewPlan(plan, summarizePlan(plan), 4);
    REQUIRE(review);
    const ReviewLine *first = lineNamed(*review, ReviewSubject::Region, regions->itemNames.at(0));
    REQUIRE(first);
    CHECK(*first->attainment.month.ratio() == Approx(1.0));
    CHECK(review->unmatched.isEmpty() == false); // no product line or member named
    CHECK(review->unmatched.filter(regions->itemNames.at(0)).isEmpty());
    const ReviewLine *silent = lineNamed(*review, ReviewSubject::Region, regions->itemNames.at(2));
    REQUIRE(silent);
    CHECK(silent->attainment.month.actual == qint64(0));
    CHECK(*silent->attainment.month.ratio() == 0.0);
    CHECK(std::any_of(
        review->deviations.cbegin(), review->deviations.cend(),
        [&](const Deviation &deviation) { return deviation.name == regions->itemNames.at(2); }));
    // April had no bookings at all: no data, for every region.
    CHECK_FALSE(attainmentAt(regions->byMonth.at(2), {}, 3).month.actual);
}

TEST_CASE("A line of planned hires is no data until something is booked in its name, while a "
          "member who sold nothing reads 0 %",
          "[review]")
{
    Plan plan = coretest::samplePlan("sample-zh_CN.json");
    REQUIRE_FALSE(plan.team.hiring.isEmpty());
    const PlanSummary before = summarizePlan(plan);
    const DimensionSplit *members = before.decomposition->split(TargetSplit::Members);
    REQUIRE(members);
    const QString booking = plan.team.members.at(0).name;
    const QString silent = plan.team.members.at(1).name;
    HistoryEntry entry = booked(plan, 11, QString(), 100'000'00);
    entry.member = booking;
    plan.history.append(entry);
    const Result<PlanReview> review = reviewPlan(plan, summarizePlan(plan), 11);
    REQUIRE(review);
    CHECK(lineNamed(*review, ReviewSubject::Member, silent)->attainment.month.actual == qint64(0));
    int hireLines = 0;
    for (const QString &name : members->itemNames) {
        const bool onTeam = std::any_of(plan.team.members.cbegin(), plan.team.members.cend(),
                                        [&](const Member &member) { return member.name == name; });
        if (onTeam)
            continue;
        ++hireLines;
        const ReviewLine *hire = lineNamed(*review, ReviewSubject::Member, name);
        REQUIRE(hire);
        CHECK_FALSE(hire->attainment.month.actual);
        CHECK(review->lightOf(hire->attainment.yearToDate) == Light::NoData);
        CHECK(std::none_of(review->deviations.cbegin(), review->deviations.cend(),
                           [&](const Deviation &deviation) { return deviation.name == name; }));
    }
    CHECK(hireLines > 0);
}

TEST_CASE("Actuals too large to add up are refused in words", "[review]")
{
    Plan plan = coretest::samplePlan("sample-en.json");
    for (int i = 0; i < 2; ++i)
        plan.history.append(booked(plan, 0, QString(), std::numeric_limits<qint64>::max() - 1));
    const Result<PlanReview> review = reviewPlan(plan, summarizePlan(plan), 0);
    REQUIRE_FALSE(review);
    CHECK(review.error().message().contains(QStringLiteral("too large to add up")));
}

TEST_CASE("Closing the year's gap: the funnel from what is still to book over the working days "
          "left",
          "[review]")
{
    const Plan plan = coretest::samplePlan("sample-zh_CN.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.funnel);
    const Result<PlanReview> may = reviewPlan(plan, summary, 4);
    REQUIRE(may);
    REQUIRE(may->toClose);
    // Nothing booked: the whole year is still to book, in the working days of June to December.
    int daysLeft = 0;
    for (int m = 5; m < 12; ++m)
        daysLeft += int(summary.workingDays[std::size_t(m)]);
    CHECK(may->toClose->workingDays == daysLeft);
    CHECK(may->toClose->deals == summary.funnel->deals);
    CHECK(may->toClose->calls == summary.funnel->calls);
    CHECK(may->toClose->callsPerDay == Approx(double(summary.funnel->calls) / daysLeft));
    CHECK(may->toClose->callsPerDay > summary.funnel->callsPerDay); // fewer days for it all

    // December is the last month: no working day is left to close anything.
    const Result<PlanReview> december = reviewPlan(plan, summary, 11);
    REQUIRE(december);
    CHECK_FALSE(december->toClose);
}

TEST_CASE("After adjusting the remaining months, the months are measured against the adjusted "
          "targets and the year against the approved one",
          "[review][revision]")
{
    Plan plan = coretest::samplePlan("sample-zh_CN.json");
    const PlanSummary approvedSummary = summarizePlan(plan);
    REQUIRE(approvedSummary.decomposition);
    const Decomposition &approved = *approvedSummary.decomposition;
    const DimensionSplit *regions = approved.split(TargetSplit::Regions);
    REQUIRE(regions);
    // January to May at 80 % of target in every region.
    for (int m = 0; m < 5; ++m) {
        for (qsizetype r = 0; r < regions->itemNames.size(); ++r)
            plan.history.append(booked(plan, m, regions->itemNames.at(r),
                                       regions->byMonth.at(r)[std::size_t(m)] * 8 / 10));
    }
    const PlanSummary summary = summarizePlan(plan);
    const Result<MonthValues> months = adjustedMonths(approved.months, approved.annual,
                                                      planYearActuals(plan), 4, plan.info.currency);
    REQUIRE(months);
    TargetRevision revision;
    revision.id = plan.ids.take();
    revision.from = plan.info.period.monthStart(5);
    revision.note = QStringLiteral("五月检讨后调整");
    revision.months = *months;
    plan.targets.revisions = {revision};

    const Result<PlanReview> before = reviewPlan(plan, summary, 4);
    const Result<PlanReview> june = reviewPlan(plan, summary, 5);
    REQUIRE(before);
    REQUIRE(june);
    REQUIRE(june->revision);
    CHECK(june->revision->note == revision.note);
    qint64 shortByMay = 0;
    for (int m = 0; m < 5; ++m)
        shortByMay += approved.months[std::size_t(m)] - (*months)[std::size_t(m)];
    CHECK(june->revisionChange == shortByMay);

    const ReviewLine &company = june->lines.first();
    CHECK(company.attainment.month.target == (*months)[5]);
    CHECK(company.attainment.month.target > approved.months[5]);
    CHECK(company.attainment.year.target == approved.annual); // the approved year stays
    // May's review is unchanged: its months come before the revision.
    CHECK(before->lines.first().attainment.month.target == approved.months[4]);
    CHECK(before->lines.first().forecast.planRest == approved.annual);
    // April's review was before the adjustment was made: the approved targets, no revision.
    const Result<PlanReview> april = reviewPlan(plan, summary, 3);
    REQUIRE(april);
    CHECK_FALSE(april->revision);
    CHECK(april->lines.first().forecast.planRest < approved.annual);

    // Every region's June adds up to the company's adjusted June, each raised alike.
    qint64 regionsJune = 0;
    for (const ReviewLine &line : june->lines) {
        if (line.subject != ReviewSubject::Region)
            continue;
        regionsJune += line.attainment.month.target;
        CHECK(line.attainment.month.target >=
              regions->byMonth.at(regions->itemNames.indexOf(line.name))[5]);
    }
    CHECK(regionsJune == (*months)[5]);

    // The approved target changed after the revision: the revision is no longer in force.
    plan.targets.annualTarget.minor += 100;
    const PlanSummary changed = summarizePlan(plan);
    const Result<PlanReview> stale = reviewPlan(plan, changed, 5);
    REQUIRE(stale);
    CHECK_FALSE(stale->revision);
    CHECK(revisionText(revision, shortByMay, plan.info.currency)
              .startsWith(QStringLiteral("Targets adjusted from June 2027: +")));
}
