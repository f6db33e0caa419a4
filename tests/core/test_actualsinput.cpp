// Typing the plan year's actuals: which cells can be typed, what typing writes, and which months
// count a booking twice.
#include <catch2/catch.hpp>

#include "summary/actualsinput.h"
#include "summary/actualslevels.h"

using namespace salesplan;

namespace {

Money yuan(qint64 amount)
{
    return Money{amount * 100, QStringLiteral("CNY")};
}

Plan planWithoutSplits()
{
    Plan plan = makeDefaultPlan(); // plan year 2027, no regions, product lines or members
    plan.info.currency = QStringLiteral("CNY");
    return plan;
}

} // namespace

TEST_CASE("A plan that splits its target by nothing types its actuals for the company",
          "[actualsinput]")
{
    Plan plan = planWithoutSplits();
    REQUIRE(actualsDimensions(plan) == QList<ActualsBy>{ActualsBy::Company});
    REQUIRE(setActualsCell(plan, ActualsBy::Company, QString(), 0, yuan(500)));
    REQUIRE(plan.history.size() == 1);
    CHECK(plan.history.first().region.isEmpty());
    CHECK(plan.history.first().month == QDate(2027, 1, 1));
    const ActualsGrid grid = actualsGrid(plan, ActualsBy::Company);
    REQUIRE(grid.rows.size() == 1);
    CHECK(grid.rows.first()[0].amount == 500'00);
    CHECK(grid.rows.first()[1].amount == std::nullopt); // no data, not 0
    CHECK(actualsCountedTwice(plan).isEmpty());
}

TEST_CASE("A cell of an imported row is not typed over, a month typed for the company and by "
          "region is said to count twice",
          "[actualsinput]")
{
    Plan plan = planWithoutSplits();
    plan.targets.regions = {WeightedItem{plan.ids.take(), QStringLiteral("华东"), 1.0, Money{}},
                            WeightedItem{plan.ids.take(), QStringLiteral("华南"), 1.0, Money{}}};
    plan.history.append(HistoryEntry{plan.ids.take(), QDate(2027, 2, 1), QStringLiteral("华东"),
                                     QStringLiteral("企业版"), QString(), yuan(800)});
    const Plan before = plan;
    const Status refused =
        setActualsCell(plan, ActualsBy::Region, QStringLiteral("华东"), 1, yuan(1));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason.contains(QStringLiteral("Targets ▸ History")));
    CHECK(plan == before);

    REQUIRE(setActualsCell(plan, ActualsBy::Region, QStringLiteral("华南"), 1, yuan(300)));
    CHECK(actualsCountedTwice(plan).isEmpty()); // a typed region beside imported rows: no level
    REQUIRE(setActualsCell(plan, ActualsBy::Company, QString(), 1, yuan(1'100)));
    const QStringList twice = actualsCountedTwice(plan);
    REQUIRE(twice.size() == 1);
    CHECK(twice.first().contains(QStringLiteral("for the company and by region")));

    // Clearing the company's cell removes its entry, and the warning with it.
    REQUIRE(setActualsCell(plan, ActualsBy::Company, QString(), 1, std::nullopt));
    CHECK(actualsCountedTwice(plan).isEmpty());
}

TEST_CASE("A region's total beside a member without a region counts twice, beside another "
          "region's member it does not",
          "[actualsinput]")
{
    Plan plan = planWithoutSplits();
    plan.targets.regions = {WeightedItem{plan.ids.take(), QStringLiteral("North"), 1.0, Money{}},
                            WeightedItem{plan.ids.take(), QStringLiteral("South"), 1.0, Money{}}};
    plan.team.members = {Member{plan.ids.take(), QStringLiteral("Ann"), QString(),
                                QStringLiteral("South"), 1.0, QDate(), 0, Money{}},
                         Member{plan.ids.take(), QStringLiteral("Bo"), QString(), QString(), 1.0,
                                QDate(), 0, Money{}}};
    REQUIRE(setActualsCell(plan, ActualsBy::Region, QStringLiteral("North"), 3, yuan(900)));
    REQUIRE(setActualsCell(plan, ActualsBy::Member, QStringLiteral("Ann"), 3, yuan(200)));
    CHECK(plan.history.last().region == QStringLiteral("South"));
    CHECK(actualsCountedTwice(plan).isEmpty());
    REQUIRE(setActualsCell(plan, ActualsBy::Member, QStringLiteral("Bo"), 3, yuan(100)));
    const QStringList twice = actualsCountedTwice(plan);
    REQUIRE(twice.size() == 1);
    CHECK(
        twice.first().startsWith(QStringLiteral("April 2027 has actuals by region and by member")));
}
