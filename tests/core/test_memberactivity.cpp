#include "calc/funnel.h"
#include "summary/memberactivity.h"
#include "summary/plansummary.h"

#include "sampleplans.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <numeric>

using namespace salesplan;

namespace {

constexpr qint64 wan = 10000 * 100; // ¥1万 in fen

MonthValues onlyQuarter(int quarter, qint64 perMonth)
{
    MonthValues months{};
    for (int m = 3 * quarter; m < 3 * quarter + 3; ++m)
        months[m] = perMonth;
    return months;
}

MonthValues everyMonth(qint64 value)
{
    MonthValues months;
    months.fill(value);
    return months;
}

// Deals of ¥16万 at 50 % a stage and two calls a lead: 6 deals need 12 demos, 24 qualified
// leads, 48 leads and 96 calls.
BackwardInputs halfwayFunnel()
{
    BackwardInputs funnel;
    funnel.revenueTarget = Money::of(1, QStringLiteral("CNY"));
    funnel.averageDealSize = Money::of(16 * wan, QStringLiteral("CNY"));
    funnel.rates = {0.5, 0.5, 0.5};
    funnel.callsPerLead = 2.0;
    return funnel;
}

ActivityInputs twoReps()
{
    ActivityInputs inputs;
    inputs.names = {QStringLiteral("Li Na"), QStringLiteral("Wang Wei")};
    inputs.people = {1, 1};
    inputs.quotas = {onlyQuarter(1, 32 * wan), everyMonth(8 * wan)};
    inputs.workingDays = {everyMonth(20), everyMonth(20)};
    inputs.funnel = halfwayFunnel();
    return inputs;
}

std::array<qint64, 5> stagesOf(const ActivityCounts &counts)
{
    return {counts.deals, counts.proposals, counts.qualified, counts.leads, counts.calls};
}

std::array<qint64, 5> stagesOf(const BackwardResult &funnel)
{
    return {funnel.deals, funnel.proposals, funnel.qualifiedLeads, funnel.leads, funnel.calls};
}

} // namespace

TEST_CASE("Shares of a whole count add up to it and follow the weights")
{
    CHECK(shareByWeight(10, {1, 1, 1}) == QList<qint64>{3, 4, 3});
    CHECK(shareByWeight(2, {1, 1, 1, 1}) == QList<qint64>{1, 0, 1, 0});
    CHECK(shareByWeight(7, {0, 5, 2}) == QList<qint64>{0, 5, 2});
    CHECK(shareByWeight(5, {0, 0}) == QList<qint64>{0, 0});
    const QList<qint64> shares = shareByWeight(1001, {3, 7, 11, 13, 17});
    CHECK(std::accumulate(shares.begin(), shares.end(), qint64(0)) == 1001);
    CHECK(shares[4] == 334); // 1001 × 17 / 51 = 333.67
}

TEST_CASE("No month or person is asked for more deals than demos, nor more demos than leads")
{
    // 10 deals from 11 demos over twelve equal months: shared stage by stage, July got a deal
    // and no demo.
    const QList<qint64> months(12, 1);
    const std::array<QList<qint64>, 5> shares = shareStagesByWeight({10, 11, 12, 40, 30}, months);
    std::array<qint64, 5> sums{};
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m);
        CHECK(shares[0][m] <= shares[1][m]);
        CHECK(shares[1][m] <= shares[2][m]);
        CHECK(shares[2][m] <= shares[3][m]);
        for (std::size_t stage = 0; stage < 5; ++stage)
            sums[stage] += shares[stage][m];
    }
    CHECK(sums == std::array<qint64, 5>{10, 11, 12, 40, 30}); // fewer calls than leads: still exact
}

TEST_CASE("A rep's quota in a quarter asks for deals, demos, leads and calls in it")
{
    const Result<TeamActivity> activity = activityTargets(twoReps());
    REQUIRE(activity);
    const HolderActivity &liNa = activity->holders[0];
    // ¥96万 in Q2 at ¥16万 a deal: 6 deals, 12 demos, 24 qualified, 48 leads, 96 calls.
    CHECK(liNa.year.quota == 96 * wan);
    CHECK(stagesOf(liNa.quarters[1]) == std::array<qint64, 5>{6, 12, 24, 48, 96});
    CHECK(stagesOf(liNa.quarters[0]) == std::array<qint64, 5>{});
    CHECK(liNa.quarters[1].workingDays == 60);
    CHECK(liNa.quarters[1].demosPerDay == Approx(0.2));
    CHECK(liNa.quarters[1].callsPerDay == Approx(1.6));
    // Each of its months: 2 deals, 4 demos, 32 calls.
    CHECK(stagesOf(liNa.months[4]) == std::array<qint64, 5>{2, 4, 8, 16, 32});
}

TEST_CASE("The members' activity adds up to the team's funnel, and the months to the year")
{
    const Plan plan = coretest::samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.quotas);
    const Result<TeamActivity> activity = planActivity(plan, summary);
    REQUIRE(activity);
    REQUIRE(activity->holders.size() == summary.quotas->holders.size());
    REQUIRE(activity->holders.size() >= 2);

    // The team: the plan's own funnel run on everything the holders carry.
    qint64 carried = 0;
    for (const HolderQuota &quota : summary.quotas->holders)
        carried += quota.annual;
    BackwardInputs funnel = backwardInputs(plan, 250);
    funnel.revenueTarget.minor = carried;
    const Result<BackwardResult> team = solveBackward(funnel);
    REQUIRE(team);
    CHECK(stagesOf(activity->team.year) == stagesOf(*team));
    CHECK(activity->team.year.quota == carried);

    std::array<qint64, 5> membersSum{};
    for (int i = 0; i < activity->holders.size(); ++i) {
        const HolderActivity &holder = activity->holders[i];
        CHECK(holder.year.quota == summary.quotas->holders[i].annual);
        ActivityCounts months;
        for (const ActivityCounts &month : holder.months)
            months += month;
        CHECK(stagesOf(months) == stagesOf(holder.year));
        for (int stage = 0; stage < 5; ++stage)
            membersSum[stage] += stagesOf(holder.year)[stage];
        // Someone with quota has deals; the deals are worth about the quota.
        if (holder.year.quota > 0)
            CHECK(double(holder.year.deals) ==
                  Approx(double(holder.year.quota) /
                         double(plan.targets.funnel.averageDealSize.minor))
                      .margin(1.0));
    }
    CHECK(membersSum == stagesOf(*team));
}

TEST_CASE("A member starting mid-year works only the days from their start date")
{
    Plan plan = coretest::samplePlan("sample-en.json");
    const QDate start(plan.info.period.year, plan.info.period.startMonth, 1);
    const MonthValues allYear = holderWorkingDays(plan, QDate());
    const MonthValues fromMonth3 = holderWorkingDays(plan, start.addMonths(2).addDays(14));
    CHECK(fromMonth3[0] == 0);
    CHECK(fromMonth3[1] == 0);
    CHECK(fromMonth3[2] > 0);
    CHECK(fromMonth3[2] < allYear[2]);
    CHECK(fromMonth3[3] == allYear[3]);
}

TEST_CASE("SMART targets say each quarter's deals, worth and daily activity in one sentence")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Result<TeamActivity> activity = activityTargets(twoReps());
    REQUIRE(activity);
    const QStringList liNa = smartTargets(activity->holders[0], QStringLiteral("CNY"));
    CHECK(liNa.join(u'|').toStdString() ==
          "Win 6 deals worth ¥960,000 in Q2: 0.2 demos and 1.6 calls a working day");
    // Wang Wei carries ¥24万 a quarter, 1.5 deals' worth: the quarters take turns with the half.
    const HolderActivity &wangWei = activity->holders[1];
    CHECK(smartTargets(wangWei, QStringLiteral("CNY")).size() == 4);
    CHECK(wangWei.year.deals == 6);
    CHECK(wangWei.quarters[0].deals + wangWei.quarters[1].deals == 3);
    CHECK(wangWei.quarters[2].deals + wangWei.quarters[3].deals == 3);
    QLocale::setDefault(before);
}

TEST_CASE("A quarter with quota but none of the rep's working days says the quarter's counts")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ActivityInputs inputs = twoReps();
    inputs.workingDays[0] = MonthValues{}; // quotas that do not follow a later start date
    const Result<TeamActivity> activity = activityTargets(inputs);
    REQUIRE(activity);
    CHECK(smartTargets(activity->holders[0], QStringLiteral("CNY")).join(u'|').toStdString() ==
          "Win 6 deals worth ¥960,000 in Q2: 12 demos and 96 calls in the quarter");
    CHECK(activity->holders[0].quarters[1].callsPerDay == 0.0);
    QLocale::setDefault(before);
}
