// The headcount in words: the year's headcount and the tightest month, as every view says them.
#include "sampleplans.h"
#include "summary/headcount.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

using coretest::samplePlan;

QStringList messagesOf(const QList<Finding> &findings, Severity severity, Section section)
{
    QStringList messages;
    for (const Finding &finding : findings) {
        if (finding.severity == severity && finding.section == section)
            messages.append(finding.message);
    }
    return messages;
}

MonthCapacity month(double available, int required)
{
    const int shortBy = std::max(0, int(std::ceil(required - available)));
    return MonthCapacity{available, required, shortBy};
}

} // namespace

TEST_CASE("The English sample's headcount: enough for the year and in the tightest month",
          "[headcount]")
{
    const Plan plan = samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.funnel);
    REQUIRE(summary.capacity);
    CHECK(yearHeadcountLine(*summary.funnel).sentence().toStdString() ==
          "Headcount for the year: 3 to employ (2 at full speed + 1 for attrition); the team "
          "has 8 → enough.");
    CHECK(tightestMonthLine(*summary.capacity, plan.info.period).sentence().toStdString() ==
          "Tightest month: February, 2 needed at full speed, 5.9 available → enough.");
    CHECK(messagesOf(summary.findings, Severity::Warning, Section::Team).isEmpty());
}

TEST_CASE("A team short for the year and in its tightest month says both, labelled", "[headcount]")
{
    // The Chinese sample's figures (12 reps, a seasonal December), told in English.
    const Plan plan = samplePlan("sample-zh_CN.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.funnel);
    REQUIRE(summary.capacity);
    const QString year = yearHeadcountLine(*summary.funnel).sentence();
    const QString month = tightestMonthLine(*summary.capacity, plan.info.period).sentence();
    CHECK(year.toStdString() == "Headcount for the year: 15 to employ (12 at full speed + 3 for "
                                "attrition); the team has 12 → 3 to hire.");
    CHECK(month.toStdString() == "Tightest month: December, 17 needed at full speed, 12.8 "
                                 "available → 5 short; the first month short is May.");
    // The check says the same two sentences, as warnings on the team.
    CHECK(messagesOf(summary.findings, Severity::Warning, Section::Team) ==
          QStringList{year, month});
}

TEST_CASE("The tightest month is the one with the fewest reps to spare", "[headcount]")
{
    CapacityPlan capacity;
    for (int m = 0; m < 12; ++m)
        capacity.months.append(month(10.0, 8));
    const Period period{2027, 4}; // April 2027 to March 2028

    SECTION("the earliest of equals when every month has reps to spare")
    {
        capacity.months[5] = month(10.0, 9);
        capacity.months[7] = month(11.0, 10);
        CHECK(tightestMonth(capacity) == 5);
        CHECK(tightestMonthLine(capacity, period).text.toStdString() ==
              "September, 9 needed at full speed, 10 available → enough.");
    }
    SECTION("the most short, shown so that the figures add up to the reps short")
    {
        // 12.96 reps available against 17 is 4.04 short: 5, since a part of a rep sells nothing.
        // Shown as 12.9, not 13, which would read as 4 short.
        capacity.months[2] = month(7.5, 8);
        capacity.months[9] = month(12.96, 17);
        capacity.firstShortMonth = 2;
        capacity.largestShortfall = 5;
        CHECK(tightestMonth(capacity) == 9);
        CHECK(tightestMonthLine(capacity, period).text.toStdString() ==
              "January, 17 needed at full speed, 12.9 available → 5 short; the first month short "
              "is June.");
    }
    SECTION("no first month named when it is the tightest")
    {
        capacity.months[0] = month(0.5, 1);
        capacity.firstShortMonth = 0;
        capacity.largestShortfall = 1;
        CHECK(tightestMonthLine(capacity, period).sentence().toStdString() ==
              "Tightest month: April, 1 needed at full speed, 0.5 available → 1 short.");
    }
}

TEST_CASE("The year's headcount counts attrition apart and names the reps to hire", "[headcount]")
{
    BackwardResult funnel;
    funnel.repsRequired = 1;
    funnel.headcountRequired = 1;
    funnel.headcount = 0;
    funnel.repsShort = 1;
    CHECK(yearHeadcountLine(funnel).text.toStdString() ==
          "1 to employ (1 at full speed + 0 for attrition); the team has 0 → 1 to hire.");
}
