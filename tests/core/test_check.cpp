#include "calc/funnel.h"
#include "calc/planinputs.h"
#include "calc/workdays.h"
#include "check/findings.h"
#include "plan/format.h"
#include "summary/headcount.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace salesplan;

namespace {

Money cny(qint64 major)
{
    return Money::fromMajor(major, QStringLiteral("CNY")).value();
}

Member member(Plan &plan, const QString &name)
{
    Member m;
    m.id = plan.ids.take();
    m.name = name;
    m.role = QStringLiteral("Account executive");
    m.region = QStringLiteral("North");
    return m;
}

// A plan a manager could present: every section filled in and nothing to remark on. Five reps
// carry ¥12,000,000 at ¥100,000 a deal easily (about 45 calls a day in all).
Plan completePlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("Sales plan 2027");
    plan.info.period = Period{2027, 1};
    plan.mission.mission = QStringLiteral("Make every workshop in the region run on our software.");
    plan.targets.annualTarget = cny(12'000'000);
    plan.targets.lastYearActual = cny(10'000'000);
    plan.targets.stretchReserve = 0.12;
    plan.targets.funnel.averageDealSize = cny(100'000);
    plan.targets.regions = {{plan.ids.take(), QStringLiteral("North"), 0.6, {}},
                            {plan.ids.take(), QStringLiteral("South"), 0.4, {}}};
    plan.targets.products = {{plan.ids.take(), QStringLiteral("Cloud"), 1.0, {}},
                             {plan.ids.take(), QStringLiteral("On premises"), 1.0, {}}};
    for (const char *name : {"Li Na", "Wang Wei", "Zhang Min", "Chen Jie", "Liu Yang"})
        plan.team.members.append(member(plan, QString::fromLatin1(name)));
    plan.team.members.last().region = QStringLiteral("South"); // every region has a rep
    Risk risk;
    risk.id = plan.ids.take();
    risk.description = QStringLiteral("A competitor halves its prices");
    risk.likelihood = 2;
    risk.impact = 4;
    plan.metrics.risks.append(risk);
    plan.team.roles = {
        Role{plan.ids.take(), QStringLiteral("Account executive"), {}, {}, cny(20'000)}};
    return plan;
}

// The one finding a plan that breaks exactly one rule must give.
Finding onlyFinding(const Plan &plan)
{
    const QList<Finding> findings = checkPlan(plan);
    for (const Finding &finding : findings)
        UNSCOPED_INFO(finding.field.toStdString() << ": " << finding.message.toStdString());
    REQUIRE(findings.size() == 1);
    return findings.first();
}

QStringList fieldsOf(const QList<Finding> &findings)
{
    QStringList fields;
    for (const Finding &finding : findings)
        fields.append(finding.field);
    return fields;
}

BackwardResult repsNeeded(const Plan &plan)
{
    const Period &period = plan.info.period;
    const int days = workingDays(period.firstDay(), period.lastDay(), {});
    return solveBackward(backwardInputs(plan, days)).value();
}

} // namespace

TEST_CASE("A complete plan has nothing to remark on", "[check]")
{
    const QList<Finding> findings = checkPlan(completePlan());

    CHECK(fieldsOf(findings) == QStringList());
    CHECK_FALSE(hasErrors(findings));
}

TEST_CASE("A new default plan reports its missing target as an error", "[check]")
{
    const QList<Finding> findings = checkPlan(makeDefaultPlan());

    CHECK(hasErrors(findings));
    const QList<Finding> target = [&] {
        QList<Finding> matching;
        for (const Finding &finding : findings) {
            if (finding.field == QStringLiteral("targets.annualTarget"))
                matching.append(finding);
        }
        return matching;
    }();
    REQUIRE(target.size() == 1);
    CHECK(target.first().severity == Severity::Error);
    CHECK(target.first().section == Section::Targets);
    CHECK(target.first().message.contains(QStringLiteral("target is missing")));
}

TEST_CASE("Check: mission and plan name", "[check]")
{
    Plan plan = completePlan();

    SECTION("a missing mission is an error")
    {
        plan.mission.mission = QStringLiteral("   ");
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Mission);
        CHECK(finding.field == QStringLiteral("mission.mission"));
        CHECK(finding.message.contains(QStringLiteral("mission is missing")));
    }
    SECTION("a missing plan name is a warning")
    {
        plan.info.name.clear();
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Mission);
        CHECK(finding.field == QStringLiteral("info.name"));
    }
}

TEST_CASE("Check: currency and annual target", "[check]")
{
    Plan plan = completePlan();

    SECTION("a currency that is not a three-letter code is an error")
    {
        plan.info.currency = QStringLiteral("yuan");
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("info.currency"));
        CHECK(finding.message.contains(QStringLiteral("\"yuan\"")));
    }
    SECTION("a missing target is an error")
    {
        plan.targets.annualTarget = Money::of(0, QStringLiteral("CNY"));
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("targets.annualTarget"));
    }
    SECTION("a negative target is an error that says the amount")
    {
        plan.targets.annualTarget = cny(-5'000);
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.field == QStringLiteral("targets.annualTarget"));
        CHECK(finding.message.contains(formatMoney(cny(-5'000))));
    }
}

TEST_CASE("Check: an amount in another currency than the plan's is an error", "[check]")
{
    Plan plan = completePlan();

    SECTION("a tool's annual cost")
    {
        Tool tool;
        tool.id = plan.ids.take();
        tool.name = QStringLiteral("CRM");
        tool.annualCost = Money::of(800'000'000, QStringLiteral("XXX"));
        plan.tools.append(tool);
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Tools);
        CHECK(finding.field == QStringLiteral("tools.annualCost"));
        CHECK(finding.message ==
              QStringLiteral("Annual cost of \"CRM\" is %1, but the plan is kept in CNY. "
                             "SalesPlan does not convert between currencies; enter the amount in "
                             "CNY.")
                  .arg(formatMoney(tool.annualCost)));
    }
    SECTION("the average deal size")
    {
        plan.targets.funnel.averageDealSize = Money::of(1'500'000, QStringLiteral("USD"));
        const QList<Finding> findings = checkPlan(plan);
        REQUIRE(fieldsOf(findings).contains(QStringLiteral("targets.funnel.averageDealSize")));
        CHECK(hasErrors(findings));
        CHECK(findings.first().message.startsWith(QStringLiteral("Average deal size is ")));
    }
    SECTION("a month of history")
    {
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = QDate(2026, 3, 1);
        entry.region = QStringLiteral("North");
        entry.amount = Money::of(250'000, QStringLiteral("EUR"));
        plan.history.append(entry);
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("history.amount"));
        CHECK(finding.message.startsWith(QStringLiteral("Amount of \"2026-03, North\" is ")));
        CHECK(finding.message.contains(QStringLiteral("kept in CNY")));
    }
    SECTION("an amount of zero, whatever its currency, is no amount to remark on")
    {
        Tool tool;
        tool.id = plan.ids.take();
        tool.name = QStringLiteral("Free plan of a CRM");
        tool.annualCost = Money::of(0, QStringLiteral("USD"));
        plan.tools.append(tool);
        CHECK(checkPlan(plan).isEmpty());
    }
}

TEST_CASE("Check: growth against last year", "[check]")
{
    Plan plan = completePlan();

    SECTION("more than doubling is a warning that says the growth")
    {
        plan.targets.lastYearActual = cny(4'800'000); // ¥12,000,000 is +150 %
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("targets.growth"));
        CHECK(finding.message.contains(formatPercent(1.5)));
        CHECK(finding.message.contains(QStringLiteral("above")));
    }
    SECTION("falling by more than half is a warning that says the fall")
    {
        plan.targets.lastYearActual = cny(30'000'000); // ¥12,000,000 is −60 %
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.field == QStringLiteral("targets.growth"));
        CHECK(finding.message.contains(formatPercent(0.6)));
        CHECK(finding.message.contains(QStringLiteral("below")));
    }
    SECTION("exactly doubling or halving is fine")
    {
        plan.targets.lastYearActual = cny(6'000'000);
        CHECK(checkPlan(plan).isEmpty());
        plan.targets.lastYearActual = cny(24'000'000);
        CHECK(checkPlan(plan).isEmpty());
    }
    SECTION("without last year's actual there is nothing to compare")
    {
        plan.targets.lastYearActual = Money::of(0, QStringLiteral("CNY"));
        CHECK(checkPlan(plan).isEmpty());
    }
}

TEST_CASE("Check: funnel rates", "[check]")
{
    Plan plan = completePlan();
    FunnelAssumptions &funnel = plan.targets.funnel;

    SECTION("a rate above 100 % is an error naming the rate and its value")
    {
        funnel.leadToQualified = 1.2;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("targets.funnel.leadToQualified"));
        CHECK(finding.message.contains(QStringLiteral("lead to qualified lead")));
        CHECK(finding.message.contains(formatPercent(1.2)));
    }
    SECTION("a zero rate is an error")
    {
        funnel.qualifiedToProposal = 0.0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.field == QStringLiteral("targets.funnel.qualifiedToProposal"));
        CHECK(finding.message.contains(formatPercent(0.0)));
    }
    SECTION("a negative rate is an error")
    {
        funnel.proposalToWon = -0.05;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.field == QStringLiteral("targets.funnel.proposalToWon"));
        CHECK(finding.message.contains(formatPercent(-0.05)));
    }
    SECTION("a rate of exactly 100 % is fine")
    {
        funnel.proposalToWon = 1.0;
        CHECK(checkPlan(plan).isEmpty());
    }
}

TEST_CASE("Check: average deal size", "[check]")
{
    Plan plan = completePlan();
    plan.targets.funnel.averageDealSize = Money::of(0, QStringLiteral("CNY"));

    const Finding finding = onlyFinding(plan);
    CHECK(finding.severity == Severity::Warning);
    CHECK(finding.section == Section::Targets);
    CHECK(finding.field == QStringLiteral("targets.funnel.averageDealSize"));
}

TEST_CASE("Check: stretch reserve outside 10–15 % is a hint", "[check]")
{
    Plan plan = completePlan();
    plan.targets.stretchReserve = 0.25;

    const Finding finding = onlyFinding(plan);
    CHECK(finding.severity == Severity::Hint);
    CHECK(finding.section == Section::Targets);
    CHECK(finding.field == QStringLiteral("targets.stretchReserve"));
    CHECK(finding.message.contains(formatPercent(0.25)));

    plan.targets.stretchReserve = 0.10;
    CHECK(checkPlan(plan).isEmpty());
    plan.targets.stretchReserve = 0.15;
    CHECK(checkPlan(plan).isEmpty());
}

TEST_CASE("Check: weights that do not add up to 100 % are a hint that gives the shares", "[check]")
{
    Plan plan = completePlan();

    SECTION("region fractions")
    {
        plan.targets.regions[1].weight = 0.3; // 0.6 + 0.3 = 0.9
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Hint);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("targets.regions"));
        CHECK(finding.message.contains(QStringLiteral("North gets 66.7%; South gets 33.3%")));
    }
    SECTION("product percentages")
    {
        plan.targets.products[0].weight = 70;
        plan.targets.products[1].weight = 20;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Hint);
        CHECK(finding.field == QStringLiteral("targets.products"));
        CHECK(finding.message.contains(QStringLiteral("Cloud gets 77.8%; On premises gets 22.2%")));
    }
    SECTION("custom month weights")
    {
        plan.targets.seasonality = SeasonalityMode::Custom;
        plan.targets.customWeights[11] = 3.0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Hint);
        CHECK(finding.field == QStringLiteral("targets.customWeights"));
        CHECK(finding.message ==
              QStringLiteral("The month weights are relative, so the shares are: December gets "
                             "21.4%; the others get 7.1% each."));
    }
    SECTION("two months weighted 2, as the page advises for a double month")
    {
        plan.targets.seasonality = SeasonalityMode::Custom;
        plan.targets.customWeights[2] = 2.0;
        plan.targets.customWeights[11] = 2.0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Hint);
        INFO(finding.message.toStdString());
        const QString months =
            QLocale().createSeparatedList({QStringLiteral("March"), QStringLiteral("December")});
        CHECK(finding.message.contains(
            months + QStringLiteral(" get 14.3% each; the others get 7.1% each")));
        CHECK_FALSE(finding.message.contains(QStringLiteral("100")));
    }
    SECTION("members' quota weights get no hint: the Team table shows their shares")
    {
        plan.team.members[0].quotaShare = 2.0;
        CHECK(checkPlan(plan).isEmpty());
    }
    SECTION("many different weights: the four largest are named")
    {
        plan.targets.products.clear();
        for (const char *name : {"Li Na", "Wang Wei", "Zhang Min", "Chen Jie", "Liu Yang"}) {
            const double weight = 5.0 - double(plan.targets.products.size()); // 5, 4, 3, 2, 1
            plan.targets.products.append({plan.ids.take(), QString::fromLatin1(name), weight, {}});
        }
        const Finding finding = onlyFinding(plan);
        CHECK(finding.message.contains(
            QStringLiteral("Li Na gets 33.3%; Wang Wei gets 26.7%; Zhang Min gets 20%; Chen Jie "
                           "gets 13.3%; …")));
        CHECK_FALSE(finding.message.contains(QStringLiteral("Liu Yang")));
    }
    SECTION("shares written as percentages that sum to 100 are fine")
    {
        plan.targets.regions[0].weight = 60;
        plan.targets.regions[1].weight = 40;
        CHECK(checkPlan(plan).isEmpty());
    }
    SECTION("custom weights are only checked when the plan uses them")
    {
        plan.targets.customWeights[11] = 3.0;
        CHECK(checkPlan(plan).isEmpty());
    }
}

TEST_CASE("Check: negative or all-zero weights are errors", "[check]")
{
    Plan plan = completePlan();

    SECTION("a negative region weight names the region")
    {
        plan.targets.regions[1].weight = -0.4;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("targets.regions"));
        CHECK(finding.message.contains(QStringLiteral("\"South\"")));
        CHECK(finding.message.contains(QLocale().toString(-0.4)));
    }
    SECTION("a negative custom month weight")
    {
        plan.targets.seasonality = SeasonalityMode::Custom;
        plan.targets.customWeights[0] = -1.0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.field == QStringLiteral("targets.customWeights"));
    }
    SECTION("a negative quota share names the member")
    {
        plan.team.members[2].quotaShare = -1.0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Team);
        CHECK(finding.field == QStringLiteral("team.members.quotaShare"));
        CHECK(finding.message.contains(QStringLiteral("Zhang Min")));
    }
    SECTION("product weights that are all zero")
    {
        plan.targets.products[0].weight = 0.0;
        plan.targets.products[1].weight = 0.0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.field == QStringLiteral("targets.products"));
    }
}

TEST_CASE("Check: team", "[check]")
{
    Plan plan = completePlan();

    SECTION("an empty team is a warning")
    {
        plan.team.members.clear();
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Team);
        CHECK(finding.field == QStringLiteral("team.members"));
    }
    SECTION("fewer reps than the target needs is a warning with the number short")
    {
        plan.targets.annualTarget = cny(120'000'000);
        plan.targets.lastYearActual = cny(100'000'000);
        const BackwardResult needed = repsNeeded(plan);
        REQUIRE(needed.headcount == 5);
        REQUIRE(needed.repsShort > 0);

        // The headcount needs the figures: the summary adds it to the check's findings.
        CHECK(checkPlan(plan).isEmpty());
        const PlanSummary summary = summarizePlan(plan);
        REQUIRE_FALSE(summary.findings.isEmpty());
        const Finding finding = summary.findings.first();
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Team);
        CHECK(finding.field == QStringLiteral("team.members"));
        CHECK(finding.message == yearHeadcountLine(needed).sentence());
        CHECK(finding.message.contains(QStringLiteral("→ %1 to hire").arg(needed.repsShort)));
        CHECK(finding.message.contains(QStringLiteral("the team has 5")));
        // Each month is short too: the tightest is the second warning.
        REQUIRE(summary.findings.size() == 2);
        CHECK(summary.findings.at(1).message ==
              tightestMonthLine(*summary.capacity, plan.info.period).sentence());
    }
    SECTION("assumptions the funnel refuses are a warning that says why")
    {
        plan.targets.funnel.annualAttrition = 1.5;
        const QList<Finding> findings = summarizePlan(plan).findings;
        REQUIRE(findings.size() == 1);
        const Finding &finding = findings.first();
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Targets);
        CHECK(finding.field == QStringLiteral("targets.funnel"));
    }
}

TEST_CASE("Check: stages", "[check]")
{
    Plan plan = completePlan();

    SECTION("no stages is a warning")
    {
        plan.stages.clear();
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Stages);
        CHECK(finding.field == QStringLiteral("stages"));
    }
    SECTION("a conversion rate outside (0, 1] is an error naming the stage")
    {
        plan.stages[1].conversionRate = 1.5;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Stages);
        CHECK(finding.field == QStringLiteral("stages.conversionRate"));
        CHECK(finding.message.contains(QStringLiteral("\"Qualification\"")));
        CHECK(finding.message.contains(formatPercent(1.5)));
    }
}

TEST_CASE("Check: metrics", "[check]")
{
    Plan plan = completePlan();

    SECTION("a risk likelihood outside 1–5 is an error")
    {
        plan.metrics.risks[0].likelihood = 6;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.section == Section::Metrics);
        CHECK(finding.field == QStringLiteral("metrics.risks.likelihood"));
        CHECK(finding.message.contains(QStringLiteral("is 6")));
    }
    SECTION("a risk impact outside 1–5 is an error")
    {
        plan.metrics.risks[0].impact = 0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Error);
        CHECK(finding.field == QStringLiteral("metrics.risks.impact"));
        CHECK(finding.message.contains(QStringLiteral("is 0")));
    }
    SECTION("a yellow threshold above green is a warning")
    {
        plan.metrics.kpis[1].greenAt = 0.8;
        plan.metrics.kpis[1].yellowAt = 0.9;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Metrics);
        CHECK(finding.field == QStringLiteral("metrics.kpis.yellowAt"));
        CHECK(finding.message.contains(QStringLiteral("\"Win rate\"")));
        CHECK(finding.message.contains(formatPercent(0.9)));
    }
    SECTION("a typed KPI target of 0 is a warning naming the KPI")
    {
        plan.metrics.kpis[1].targetFrom = KpiTargetFrom::Typed;
        plan.metrics.kpis[1].target = 0;
        const Finding finding = onlyFinding(plan);
        CHECK(finding.severity == Severity::Warning);
        CHECK(finding.section == Section::Metrics);
        CHECK(finding.field == QStringLiteral("metrics.kpis.target"));
        CHECK(finding.message.contains(QStringLiteral("\"Win rate\"")));
    }
    SECTION("a KPI that follows the plan needs no typed target")
    {
        plan.metrics.kpis[1].measures = KpiMeasure::WinRate;
        plan.metrics.kpis[1].targetFrom = KpiTargetFrom::Plan;
        plan.metrics.kpis[1].target = 0;
        CHECK(checkPlan(plan).isEmpty());
    }
}

TEST_CASE("Findings come errors first, then warnings, then hints, each by section", "[check]")
{
    Plan plan = completePlan();
    plan.targets.stretchReserve = 0.3;    // hint, targets
    plan.stages.clear();                  // warning, stages
    plan.metrics.risks[0].impact = 9;     // error, metrics
    plan.info.name.clear();               // warning, mission
    plan.targets.annualTarget = cny(0);   // error, targets
    plan.mission.mission.clear();         // error, mission
    plan.targets.regions[0].weight = 0.1; // hint, targets
    plan.metrics.kpis[0].yellowAt = 2.0;  // warning, metrics

    const QList<Finding> findings = checkPlan(plan);

    CHECK(fieldsOf(findings) ==
          QStringList{QStringLiteral("mission.mission"), QStringLiteral("targets.annualTarget"),
                      QStringLiteral("metrics.risks.impact"), QStringLiteral("info.name"),
                      QStringLiteral("stages"), QStringLiteral("metrics.kpis.yellowAt"),
                      QStringLiteral("targets.stretchReserve"), QStringLiteral("targets.regions")});
    CHECK(countFindings(findings, Severity::Error) == 3);
    CHECK(countFindings(findings, Severity::Warning) == 3);
    CHECK(countFindings(findings, Severity::Hint) == 2);
    CHECK(hasErrors(findings));
}

TEST_CASE("Severity and section keys for the CLI and JSON", "[check]")
{
    CHECK(severityKey(Severity::Error) == QStringLiteral("error"));
    CHECK(severityKey(Severity::Warning) == QStringLiteral("warning"));
    CHECK(severityKey(Severity::Hint) == QStringLiteral("hint"));

    const QStringList sections = {sectionKey(Section::Mission), sectionKey(Section::Targets),
                                  sectionKey(Section::Team),    sectionKey(Section::Segments),
                                  sectionKey(Section::Stages),  sectionKey(Section::Tools),
                                  sectionKey(Section::Metrics)};
    CHECK(sections == QStringList{QStringLiteral("mission"), QStringLiteral("targets"),
                                  QStringLiteral("team"), QStringLiteral("segments"),
                                  QStringLiteral("stages"), QStringLiteral("tools"),
                                  QStringLiteral("metrics")});
}

TEST_CASE("Counting findings of an empty list", "[check]")
{
    const QList<Finding> none;
    CHECK(countFindings(none, Severity::Error) == 0);
    CHECK_FALSE(hasErrors(none));

    const QList<Finding> onlyHints = {
        {Severity::Hint, Section::Tools, QStringLiteral("tools"), QStringLiteral("A hint.")}};
    CHECK_FALSE(hasErrors(onlyHints));
    CHECK(countFindings(onlyHints, Severity::Hint) == 1);
}
