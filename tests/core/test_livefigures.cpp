#include "summary/livefigures.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

// ¥1,200,000 against ¥1,000,000 last year, two regions: 华东 and 华南.
Plan livePlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = Money{120'000'000, QStringLiteral("CNY")};
    plan.targets.lastYearActual = Money{100'000'000, QStringLiteral("CNY")};
    plan.targets.regions = {{plan.ids.take(), QStringLiteral("华东"), 3.0, {}},
                            {plan.ids.take(), QStringLiteral("华南"), 1.0, {}}};
    return plan;
}

QString filled(const Plan &plan, const QString &text)
{
    return fillLiveFigures(text, summarizePlan(plan).liveFigures);
}

} // namespace

TEST_CASE("A text's placeholders print the plan's current figures", "[livefigures]")
{
    Plan plan = livePlan();
    const QString mission = QStringLiteral("We will grow {growth} to {target}; 华东 carries "
                                           "{region.华东.target}, Q4 {target.q4}.");
    CHECK(filled(plan, mission) == QStringLiteral("We will grow 20% to ¥1,200,000.00; 华东 "
                                                  "carries ¥900,000.00, Q4 ¥300,000.00."));
    // The figure follows the plan: a new target, a new sentence.
    plan.targets.annualTarget = Money{150'000'000, QStringLiteral("CNY")};
    CHECK(filled(plan, QStringLiteral("{growth} to {target}")) ==
          QStringLiteral("50% to ¥1,500,000.00"));
}

TEST_CASE("An unknown placeholder prints as typed and is a finding", "[livefigures]")
{
    Plan plan = livePlan();
    plan.mission.mission = QStringLiteral("Grow to {target} with {taget} and {region.华北.target}; "
                                          "a set {like this} is plain text.");
    const PlanSummary summary = summarizePlan(plan);
    CHECK(fillLiveFigures(plan.mission.mission, summary.liveFigures) ==
          QStringLiteral("Grow to ¥1,200,000.00 with {taget} and {region.华北.target}; a set "
                         "{like this} is plain text."));
    CHECK(unknownPlaceholders(plan.mission.mission, summary.liveFigures) ==
          QStringList{QStringLiteral("{taget}"), QStringLiteral("{region.华北.target}")});
    const auto finding =
        std::find_if(summary.findings.begin(), summary.findings.end(),
                     [](const Finding &f) { return f.field == QStringLiteral("mission.mission"); });
    REQUIRE(finding != summary.findings.end());
    CHECK(finding->severity == Severity::Warning);
    CHECK(finding->message.contains(QStringLiteral("{taget}, {region.华北.target}")));
}

TEST_CASE("Growth without last year's actual is not offered", "[livefigures]")
{
    Plan plan = livePlan();
    plan.targets.lastYearActual = Money{0, QStringLiteral("CNY")};
    const QList<LiveFigure> figures = summarizePlan(plan).liveFigures;
    const auto has = [&figures](const QString &key) {
        return std::any_of(figures.begin(), figures.end(),
                           [&key](const LiveFigure &figure) { return figure.key == key; });
    };
    CHECK_FALSE(has(QStringLiteral("growth")));
    CHECK(has(QStringLiteral("target")));
    CHECK(has(QStringLiteral("deals")) == summarizePlan(plan).funnel.ok());
    CHECK(fillLiveFigures(QStringLiteral("up {growth}"), figures) == QStringLiteral("up {growth}"));
}
