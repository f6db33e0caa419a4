#include "plan/renames.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

Kpi kpiNamed(RowIdSource &ids, const QString &name)
{
    Kpi kpi;
    kpi.id = ids.take();
    kpi.name = name;
    return kpi;
}

Initiative initiativeMoving(RowIdSource &ids, const QString &name, const QString &kpi)
{
    Initiative initiative;
    initiative.id = ids.take();
    initiative.name = name;
    initiative.kpi = kpi;
    return initiative;
}

// Two KPIs and three initiatives: two move the win rate, one moves a KPI the plan does not have.
Plan planWithKpis()
{
    Plan plan;
    plan.metrics.kpis = {kpiNamed(plan.ids, QStringLiteral("Win rate")),
                         kpiNamed(plan.ids, QStringLiteral("Qualified leads"))};
    plan.initiatives = {
        initiativeMoving(plan.ids, QStringLiteral("CRM rollout"), QStringLiteral("Win rate")),
        initiativeMoving(plan.ids, QStringLiteral("Sales training"), QStringLiteral(" Win rate ")),
        initiativeMoving(plan.ids, QStringLiteral("Trade show"), QStringLiteral("Booth visits"))};
    return plan;
}

QStringList kpisOfInitiatives(const Plan &plan)
{
    QStringList names;
    for (const Initiative &initiative : plan.initiatives)
        names.append(initiative.kpi);
    return names;
}

} // namespace

TEST_CASE("The initiatives that name a renamed KPI name it by its new name", "[plan][renames]")
{
    const Plan before = planWithKpis();
    Plan after = before;

    SECTION("a rename carries the initiatives naming the KPI, however spaced")
    {
        after.metrics.kpis[0].name = QStringLiteral("Win rate (proposals)");
        followRenamedKpis(before, after);
        CHECK(kpisOfInitiatives(after) == QStringList{QStringLiteral("Win rate (proposals)"),
                                                      QStringLiteral("Win rate (proposals)"),
                                                      QStringLiteral("Booth visits")});
    }
    SECTION("two KPIs that swap names swap their initiatives too")
    {
        after.metrics.kpis[0].name = QStringLiteral("Qualified leads");
        after.metrics.kpis[1].name = QStringLiteral("Win rate");
        after.initiatives[2].kpi = QStringLiteral("Qualified leads");
        Plan swapped = after;
        followRenamedKpis(before, swapped);
        CHECK(kpisOfInitiatives(swapped) == QStringList{QStringLiteral("Qualified leads"),
                                                        QStringLiteral("Qualified leads"),
                                                        QStringLiteral("Win rate")});
    }
    SECTION("a KPI emptied, removed or added leaves the initiatives as they are")
    {
        after.metrics.kpis[0].name.clear();
        followRenamedKpis(before, after);
        CHECK(kpisOfInitiatives(after) == kpisOfInitiatives(before));
        after = before;
        after.metrics.kpis.removeFirst();
        after.metrics.kpis.append(kpiNamed(after.ids, QStringLiteral("Deal size")));
        followRenamedKpis(before, after);
        CHECK(kpisOfInitiatives(after) == kpisOfInitiatives(before));
    }
}
