#include "plan/plan.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace salesplan;

namespace {

QList<RowId> allRowIds(const Plan &plan)
{
    QList<RowId> ids;
    for (const Stage &stage : plan.stages)
        ids.append(stage.id);
    for (const Kpi &kpi : plan.metrics.kpis)
        ids.append(kpi.id);
    return ids;
}

} // namespace

TEST_CASE("A default plan has the seven stages in order", "[plan]")
{
    const Plan plan = makeDefaultPlan();
    QStringList names;
    for (const Stage &stage : plan.stages)
        names.append(stage.name);

    CHECK(names == QStringList{QStringLiteral("Lead generation"), QStringLiteral("Qualification"),
                               QStringLiteral("Contact"), QStringLiteral("Needs analysis"),
                               QStringLiteral("Solution"), QStringLiteral("Objection handling"),
                               QStringLiteral("Close")});
    for (const Stage &stage : plan.stages) {
        INFO(stage.name.toStdString());
        CHECK_FALSE(stage.method.isEmpty());
        CHECK_FALSE(stage.exitCriteria.isEmpty());
        CHECK(stage.conversionRate > 0.0);
        CHECK(stage.conversionRate <= 1.0);
        CHECK(stage.typicalDays > 0);
    }
}

TEST_CASE("A default plan has the four standard KPIs", "[plan]")
{
    const Plan plan = makeDefaultPlan();
    QStringList names;
    for (const Kpi &kpi : plan.metrics.kpis)
        names.append(kpi.name);

    CHECK(names == QStringList{QStringLiteral("Qualified leads"), QStringLiteral("Win rate"),
                               QStringLiteral("Average deal size"),
                               QStringLiteral("Revenue per period")});
}

TEST_CASE("A default plan gives every row its own id and keeps the next one free", "[plan]")
{
    const Plan plan = makeDefaultPlan();
    const QList<RowId> ids = allRowIds(plan);

    CHECK(QSet<RowId>(ids.begin(), ids.end()).size() == ids.size());
    for (RowId id : ids) {
        CHECK(id > 0);
        CHECK(id < plan.ids.peek());
    }
}

TEST_CASE("A default plan is for next year, in CNY, with an even seasonality", "[plan]")
{
    const Plan plan = makeDefaultPlan();

    CHECK(plan.info.period.year == QDate::currentDate().year() + 1);
    CHECK(plan.info.period.isValid());
    CHECK(plan.info.currency == QStringLiteral("CNY"));
    CHECK(plan.targets.seasonality == SeasonalityMode::Even);
    CHECK(plan.targets.annualTarget.isZero());
}

TEST_CASE("Row ids are handed out once and reserved above ids in use", "[plan]")
{
    RowIdSource ids;
    CHECK(ids.take() == 1);
    CHECK(ids.take() == 2);
    ids.reserveAbove(10);
    CHECK(ids.peek() == 11);
    ids.reserveAbove(4);
    CHECK(ids.take() == 11);
}

TEST_CASE("Plan equality notices a change in a nested row", "[plan]")
{
    const Plan original = makeDefaultPlan();
    Plan copy = original;
    REQUIRE(copy == original);

    SECTION("a stage's method")
    {
        copy.stages[3].method += QStringLiteral(" and a workshop");
    }
    SECTION("a KPI's threshold")
    {
        copy.metrics.kpis[1].yellowAt = 0.8;
    }
    SECTION("a holiday in the funnel assumptions")
    {
        copy.targets.funnel.holidays.append(QDate(2027, 10, 1));
    }
    SECTION("the next free row id")
    {
        copy.ids.take();
    }
    CHECK_FALSE(copy == original);
}

TEST_CASE("Plan equality notices a changed weight of a region", "[plan]")
{
    Plan original = makeDefaultPlan();
    original.targets.regions.append({original.ids.take(), QStringLiteral("North"), 1.0, {}});
    Plan copy = original;
    REQUIRE(copy == original);

    copy.targets.regions[0].weight = 2.0;

    CHECK_FALSE(copy == original);
}
