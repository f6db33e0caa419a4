// The bridge from last year's actual to this year's target, by region and by product line.
#include "sampleplans.h"
#include "summary/planbridge.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

constexpr qint64 yuan = 100;

using coretest::samplePlan;

HistoryEntry entry(int year, int month, const QString &region, qint64 amount)
{
    return HistoryEntry{0,         QDate(year, month, 1),
                        region,    QString(),
                        QString(), Money::of(amount, QStringLiteral("CNY"))};
}

// East and West share a ¥1,000 target for 2027; 2026 booked ¥300 in East, ¥400 in West, ¥50
// without a region and ¥20 in a region the plan no longer has.
Plan twoRegions()
{
    Plan plan;
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = Money::of(1000 * yuan, QStringLiteral("CNY"));
    plan.targets.regions = {{1, QStringLiteral("East"), 1.0, Money{}},
                            {2, QStringLiteral("West"), 1.0, Money{}}};
    plan.history = {entry(2026, 1, QStringLiteral("East"), 100 * yuan),
                    entry(2026, 12, QStringLiteral("East"), 200 * yuan),
                    entry(2026, 6, QStringLiteral(" West "), 400 * yuan),
                    entry(2026, 3, QString(), 50 * yuan),
                    entry(2026, 4, QStringLiteral("North"), 20 * yuan),
                    entry(2025, 6, QStringLiteral("East"), 999 * yuan),
                    entry(2027, 1, QStringLiteral("West"), 999 * yuan)};
    return plan;
}

struct Row
{
    QString name;
    qint64 lastYear;
    qint64 thisYear;
};

QList<Row> rowsOf(const PlanBridge &bridge)
{
    QList<Row> rows;
    for (const BridgeStep &step : bridge.steps)
        rows.append({step.name, step.lastYear, step.thisYear});
    return rows;
}

qint64 sumOfChanges(const PlanBridge &bridge)
{
    qint64 sum = 0;
    for (const BridgeStep &step : bridge.steps)
        sum += step.change();
    return sum;
}

} // namespace

TEST_CASE("The bridge by region: last year from the history, the largest rise first, and the "
          "entries of no region as their own step",
          "[bridge]")
{
    const PlanSummary summary = summarizePlan(twoRegions());
    REQUIRE(summary.bridges.size() == 1); // no entry names a product line
    const PlanBridge &bridge = summary.bridges.first();
    CHECK(bridge.dimension == TargetSplit::Regions);
    CHECK(bridge.start == 770 * yuan);
    CHECK(bridge.historyTotal == 770 * yuan);
    CHECK(bridge.end == 1000 * yuan);
    const QList<Row> rows = rowsOf(bridge);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).name.toStdString() == "East"); // +200 before West's +100
    CHECK(rows.at(0).lastYear == 300 * yuan);
    CHECK(rows.at(0).thisYear == 500 * yuan);
    CHECK(rows.at(1).name.toStdString() == "West");
    CHECK(rows.at(1).lastYear == 400 * yuan);
    CHECK(rows.at(2).name.toStdString() == "Other / not assigned");
    CHECK(rows.at(2).lastYear == 70 * yuan);
    CHECK(rows.at(2).thisYear == 0);
    CHECK(bridge.steps.at(0).changeRate().value() == Approx(2.0 / 3.0));
    CHECK(bridge.start + sumOfChanges(bridge) == bridge.end);
}

TEST_CASE("A stated last year's actual above the history's total starts the bridge, with the "
          "difference as a step",
          "[bridge]")
{
    Plan plan = twoRegions();
    plan.targets.lastYearActual = Money::of(800 * yuan, QStringLiteral("CNY"));
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.bridges.size() == 1);
    const PlanBridge &bridge = summary.bridges.first();
    CHECK(bridge.start == 800 * yuan);
    CHECK(bridge.historyTotal == 770 * yuan);
    REQUIRE(bridge.steps.size() == 4);
    CHECK(bridge.steps.first().kind == BridgeStep::Kind::NotInHistory);
    CHECK(bridge.steps.first().name.toStdString() == "Not in the history");
    CHECK(bridge.steps.first().change() == -30 * yuan);
    CHECK(bridge.start + sumOfChanges(bridge) == bridge.end);

    plan.targets.lastYearActual = Money::of(700 * yuan, QStringLiteral("CNY"));
    const PlanBridge below = summarizePlan(plan).bridges.first();
    CHECK(below.steps.first().change() == 70 * yuan);
    CHECK(below.start + sumOfChanges(below) == below.end);
}

TEST_CASE("No bridge without history of the year before the plan year", "[bridge]")
{
    Plan plan = twoRegions();
    plan.history.removeIf([](const HistoryEntry &e) { return e.month.year() == 2026; });
    CHECK(summarizePlan(plan).bridges.isEmpty());
}

TEST_CASE("The samples' bridges add up to the minor unit, by region and by product line",
          "[bridge]")
{
    for (const char *name : {"sample-en.json", "sample-zh_CN.json", "sample-zh_TW.json"}) {
        INFO(name);
        const Plan plan = samplePlan(name);
        const PlanSummary summary = summarizePlan(plan);
        REQUIRE(summary.bridges.size() == 2);
        for (const PlanBridge &bridge : summary.bridges) {
            CHECK(bridge.start == plan.targets.lastYearActual.minor);
            CHECK(bridge.end == plan.targets.annualTarget.minor);
            CHECK(bridge.start + sumOfChanges(bridge) == bridge.end);
            // The history adds up to the stated actual: no reconciling step.
            CHECK(bridge.historyTotal == bridge.start);
            for (const BridgeStep &step : bridge.steps)
                CHECK(step.kind == BridgeStep::Kind::Item);
        }
    }
}
