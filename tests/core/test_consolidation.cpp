#include "exchange/planio.h"
#include "store/planfile.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"
#include "team/consolidation.h"
#include "team/linkedunits.h"
#include "team/unitplancache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

using namespace salesplan;

namespace {

Money cny(qint64 minor)
{
    return Money::of(minor, QStringLiteral("CNY"));
}

// A unit's plan: a target split evenly, one region and two members.
Plan unitPlan(qint64 target, const QString &region = QStringLiteral("East"))
{
    Plan plan = makeDefaultPlan();
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = cny(target);
    plan.targets.funnel.averageDealSize = cny(100'000'00);
    plan.targets.regions = {WeightedItem{plan.ids.take(), region, 1.0, cny(0)}};
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bo")})
        plan.team.members.append(
            Member{plan.ids.take(), name, QStringLiteral("AE"), region, 1.0, QDate(), 0, cny(0)});
    plan.team.hiring = {Hire{plan.ids.take(), QStringLiteral("AE"), region, 2, QDate(2027, 4, 1)}};
    return plan;
}

Plan teamPlan(qint64 target, const QList<std::pair<QString, qint64>> &allocations)
{
    Plan team = makeDefaultPlan();
    team.info.currency = QStringLiteral("CNY");
    team.info.period = Period{2027, 1};
    team.targets.annualTarget = cny(target);
    for (const auto &[name, amount] : allocations)
        team.units.append(PlanUnit{team.ids.take(), name, name.toLower() + QStringLiteral(".json"),
                                   cny(amount), 1.0});
    return team;
}

const UnitRow &rowNamed(const Consolidation &c, const QString &name)
{
    for (const UnitRow &row : c.units) {
        if (row.name == name)
            return row;
    }
    FAIL("no unit row " << name.toStdString());
    return c.units.first();
}

int countOf(const Consolidation &c, Severity severity)
{
    return countFindings(c.findings, severity);
}

} // namespace

TEST_CASE("Allocation by weights splits the team's target exactly, to the cent", "[team]")
{
    Plan team =
        teamPlan(1'000'000'01,
                 {{QStringLiteral("A"), 0}, {QStringLiteral("B"), 0}, {QStringLiteral("C"), 0}});
    team.targets.unitAllocation = UnitAllocation::Weights;
    const Result<QList<qint64>> split = allocateToUnits(team);
    REQUIRE(split.ok());
    CHECK(*split == QList<qint64>{33'333'334, 33'333'334, 33'333'333});

    team.units[0].weight = 30;
    team.units[1].weight = 70;
    team.units[2].weight = 0;
    CHECK(*allocateToUnits(team) == QList<qint64>{30'000'000, 70'000'001, 0});

    SECTION("Weights that are all zero cannot split it, and the consolidation says so")
    {
        team.units[0].weight = 0;
        team.units[1].weight = 0;
        CHECK_FALSE(allocateToUnits(team).ok());
        const Consolidation c = consolidate(team, {});
        CHECK(countOf(c, Severity::Error) >= 1);
        CHECK(c.findings.first().message.startsWith(
            QStringLiteral("The target cannot be allocated to the units")));
    }
}

TEST_CASE("Allocation by amounts takes the amounts typed, and a rest is a warning", "[team]")
{
    const Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 6'000'000'00},
                                               {QStringLiteral("South"), 3'000'000'00}});
    CHECK(*allocateToUnits(team) == QList<qint64>{6'000'000'00, 3'000'000'00});
    const Consolidation c =
        consolidate(team, {UnitInput{QStringLiteral("East"), unitPlan(6'000'000'00), {}},
                           UnitInput{QStringLiteral("South"), unitPlan(3'000'000'00), {}}});
    CHECK(c.allocatedTotal() == 9'000'000'00);
    REQUIRE(countOf(c, Severity::Warning) == 1);
    INFO(c.findings.first().message.toStdString());
    CHECK(c.findings.first().message ==
          QStringLiteral("The units are allocated ¥9,000,000 of the team's target ¥10,000,000."));
}

TEST_CASE("Each unit shows top-down against bottom-up, the gap, headcount and budget", "[team]")
{
    Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 6'000'000'00},
                                         {QStringLiteral("South"), 4'000'000'00}});
    Plan east = unitPlan(6'200'000'00);  // 3.3 % above: within the 5 % threshold
    Plan south = unitPlan(3'500'000'00); // 12.5 % below
    east.team.roles = {Role{east.ids.take(), QStringLiteral("AE"), {}, {}, cny(20'000'00)}};
    const Consolidation c = consolidate(team, {UnitInput{QStringLiteral("south"), south, {}},
                                               UnitInput{QStringLiteral("East"), east, {}}});

    REQUIRE(c.units.size() == 2);
    const UnitRow &eastRow = c.units.at(0);
    CHECK(eastRow.name == QStringLiteral("East"));
    CHECK(eastRow.status == UnitStatus::Ok);
    CHECK(eastRow.topDown == 6'000'000'00);
    CHECK(eastRow.bottomUp == 6'200'000'00);
    CHECK(eastRow.gap() == 200'000'00);
    CHECK_FALSE(eastRow.gapBeyondThreshold);
    CHECK(eastRow.headcount() == 4); // two members and two planned hires
    REQUIRE(eastRow.budget.has_value());
    CHECK(*eastRow.budget > 0);
    const UnitRow &southRow = c.units.at(1);
    CHECK(southRow.gap() == -500'000'00);
    CHECK(southRow.gapShare() == Approx(-0.125));
    CHECK(southRow.gapBeyondThreshold);

    REQUIRE(countOf(c, Severity::Warning) == 1);
    INFO(c.findings.first().message.toStdString());
    CHECK(c.findings.first().message ==
          QStringLiteral("The unit South plans ¥500,000 less than its allocation of ¥4,000,000 "
                         "(-12.5%)."));
    CHECK(c.figures.annual == 9'700'000'00);
    CHECK(unitsSummedText(c) == QStringLiteral("2 of 2 units"));

    SECTION("A higher threshold takes the gap")
    {
        team.targets.unitGapThreshold = 0.2;
        const Consolidation wider =
            consolidate(team, {UnitInput{QStringLiteral("South"), south, {}},
                               UnitInput{QStringLiteral("East"), east, {}}});
        CHECK_FALSE(rowNamed(wider, QStringLiteral("South")).gapBeyondThreshold);
        CHECK(countOf(wider, Severity::Warning) == 0);
    }
}

TEST_CASE("A unit that cannot be read is missing, never zero", "[team]")
{
    const Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 6'000'000'00},
                                               {QStringLiteral("South"), 4'000'000'00}});
    const Consolidation c =
        consolidate(team, {UnitInput{QStringLiteral("East"), unitPlan(6'000'000'00), {}},
                           UnitInput{QStringLiteral("South"), std::nullopt,
                                     QStringLiteral("south.json: does not exist")}});
    const UnitRow &south = rowNamed(c, QStringLiteral("South"));
    CHECK(south.status == UnitStatus::Missing);
    CHECK_FALSE(south.bottomUp.has_value());
    CHECK_FALSE(south.gap().has_value());
    CHECK(south.topDown == 4'000'000'00);
    CHECK(unitStatusText(south.status) == QStringLiteral("Missing"));
    CHECK(c.missingCount() == 1);
    CHECK(c.figures.unitsSummed == 1);
    CHECK(unitsSummedText(c) == QStringLiteral("1 of 2 units"));
    CHECK(c.figures.annual == 6'000'000'00);
    REQUIRE(countOf(c, Severity::Error) == 1);
    CHECK(c.findings.first().message ==
          QStringLiteral("The unit South is not in the team's figures: south.json: does not "
                         "exist."));

    SECTION("A unit no input names is missing too")
    {
        const Consolidation none = consolidate(team, {});
        CHECK(none.missingCount() == 2);
        CHECK(rowNamed(none, QStringLiteral("East")).problem == QStringLiteral("not read"));
        CHECK(unitsSummedText(none) == QStringLiteral("0 of 2 units"));
    }
}

TEST_CASE("A unit in another currency or plan year is an error and is not summed", "[team]")
{
    const Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 6'000'000'00},
                                               {QStringLiteral("US"), 4'000'000'00}});
    Plan us = unitPlan(4'000'000'00);
    us.info.currency = QStringLiteral("USD");
    us.targets.annualTarget = Money::of(4'000'000'00, QStringLiteral("USD"));
    Plan east = unitPlan(6'000'000'00);
    const Consolidation c = consolidate(team, {UnitInput{QStringLiteral("East"), east, {}},
                                               UnitInput{QStringLiteral("US"), us, {}}});
    const UnitRow &usRow = rowNamed(c, QStringLiteral("US"));
    CHECK(usRow.status == UnitStatus::OtherCurrency);
    CHECK(usRow.problem == QStringLiteral("its plan is in USD, the team plan in CNY"));
    CHECK(c.figures.annual == 6'000'000'00);
    CHECK(countOf(c, Severity::Error) == 1);

    east.info.period = Period{2028, 1};
    const Consolidation later = consolidate(team, {UnitInput{QStringLiteral("East"), east, {}}});
    CHECK(rowNamed(later, QStringLiteral("East")).status == UnitStatus::OtherPeriod);
    CHECK(later.figures.unitsSummed == 0);
}

TEST_CASE("A unit the team plan does not allocate to is listed, with a warning", "[team]")
{
    const Plan team = teamPlan(6'000'000'00, {{QStringLiteral("East"), 6'000'000'00}});
    const Consolidation c =
        consolidate(team, {UnitInput{QStringLiteral("East"), unitPlan(6'000'000'00), {}},
                           UnitInput{QStringLiteral("West"), unitPlan(1'000'000'00), {}}});
    REQUIRE(c.units.size() == 2);
    CHECK_FALSE(c.units.at(1).allocated);
    CHECK(c.units.at(1).topDown == 0);
    CHECK(c.figures.annual == 7'000'000'00);
    CHECK(countOf(c, Severity::Warning) == 1);
}

// --- The property test ------------------------------------------------------------------------

namespace {

Plan randomUnit(std::mt19937_64 &rng)
{
    auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    auto uniform = [&rng](double low, double high) {
        return std::uniform_real_distribution<double>(low, high)(rng);
    };
    static const QStringList regionPool{QStringLiteral("East"), QStringLiteral("South"),
                                        QStringLiteral("North"), QStringLiteral("West")};
    Plan plan = makeDefaultPlan();
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 4};
    plan.targets.annualTarget = cny(std::uniform_int_distribution<qint64>(0, 50'000'000'000)(rng));
    plan.targets.seasonality = SeasonalityMode::Custom;
    for (double &weight : plan.targets.customWeights)
        weight = uniform(0.1, 5);
    plan.targets.funnel.averageDealSize = cny(pick(1, 500) * 1'000'00);
    for (int r = pick(0, 3); r > 0; --r) {
        const QString name = regionPool.at(pick(0, 3));
        if (std::none_of(plan.targets.regions.begin(), plan.targets.regions.end(),
                         [&](const WeightedItem &item) { return item.name == name; }))
            plan.targets.regions.append(
                WeightedItem{plan.ids.take(), name, uniform(0.1, 3), cny(0)});
    }
    if (pick(0, 1))
        plan.targets.products = {
            WeightedItem{plan.ids.take(), QStringLiteral("Cloud"), uniform(0.1, 3), cny(0)},
            WeightedItem{plan.ids.take(), QStringLiteral("Service"), uniform(0.1, 3), cny(0)}};
    for (int m = pick(0, 8); m > 0; --m) {
        const QString region =
            plan.targets.regions.isEmpty()
                ? QString()
                : plan.targets.regions.at(pick(0, int(plan.targets.regions.size()) - 1)).name;
        plan.team.members.append(Member{plan.ids.take(), QStringLiteral("M%1").arg(m),
                                        QStringLiteral("AE"), region, uniform(0.5, 2), QDate(), 0,
                                        cny(0)});
    }
    if (pick(0, 1)) {
        plan.targets.collections.sameMonth = 0.4;
        plan.targets.collections.after2Months = 0.6;
        plan.targets.collections.openingReceivable = cny(pick(0, 1'000'000) * 100);
    }
    return plan;
}

} // namespace

TEST_CASE("The consolidated figures are the sum of the units' own figures, to the cent",
          "[team][property]")
{
    std::mt19937_64 rng(20270401);
    for (int round = 0; round < 40; ++round) {
        const int unitCount = std::uniform_int_distribution<int>(1, 6)(rng);
        Plan team = makeDefaultPlan();
        team.info.currency = QStringLiteral("CNY");
        team.info.period = Period{2027, 4};
        QList<UnitInput> inputs;
        QList<PlanSummary> summaries;
        for (int u = 0; u < unitCount; ++u) {
            const QString name = QStringLiteral("Unit %1").arg(u);
            team.units.append(
                PlanUnit{team.ids.take(), name, name + QStringLiteral(".json"), cny(0), 1.0});
            const Plan plan = randomUnit(rng);
            summaries.append(summarizePlan(plan));
            inputs.append(UnitInput{name, plan, {}});
        }
        const Consolidation c = consolidate(team, inputs);
        const ConsolidatedFigures &sum = c.figures;
        INFO("round " << round);
        REQUIRE(sum.unitsSummed == unitCount);

        qint64 annual = 0, deals = 0, collected = 0, members = 0;
        MonthValues months{};
        QHash<QString, qint64> regions;
        int funnels = 0;
        for (int u = 0; u < unitCount; ++u) {
            const PlanSummary &s = summaries.at(u);
            annual += inputs.at(u).plan->targets.annualTarget.minor;
            for (int m = 0; m < Period::monthCount; ++m)
                months[std::size_t(m)] += s.decomposition->months[std::size_t(m)];
            if (const DimensionSplit *split = s.decomposition->split(TargetSplit::Regions)) {
                for (qsizetype i = 0; i < split->itemNames.size(); ++i)
                    regions[split->itemNames.at(i)] += split->annual.at(i);
            }
            if (s.funnel) {
                ++funnels;
                deals += s.funnel->deals;
            }
            if (s.collections && *s.collections) {
                for (qint64 month : (*s.collections)->months)
                    collected += month;
            }
            members += s.quotas->assigned;
        }
        CHECK(sum.annual == annual);
        CHECK(sum.months == months);
        qint64 byMonth = 0, byQuarter = 0, byMember = 0, collectedSum = 0;
        for (qint64 month : sum.months)
            byMonth += month;
        for (qint64 quarter : sum.quarters)
            byQuarter += quarter;
        for (const ConsolidatedMember &member : sum.members)
            byMember += member.annual;
        for (qint64 month : sum.collections.months)
            collectedSum += month;
        CHECK(byMonth == annual);
        CHECK(byQuarter == annual);
        CHECK(byMember == members);
        CHECK(collectedSum == collected);
        CHECK(sum.funnel.units == funnels);
        CHECK(sum.funnel.deals == deals);
        REQUIRE(sum.regions.size() == regions.size());
        for (const ConsolidatedItem &region : sum.regions) {
            CHECK(region.annual == regions.value(region.name));
            qint64 regionMonths = 0;
            for (qint64 month : region.months)
                regionMonths += month;
            CHECK(regionMonths == region.annual);
        }
    }
}

// --- Linked files -----------------------------------------------------------------------------

TEST_CASE("Linked unit files are found beside the team plan, wherever the folder goes", "[team]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("units")));
    const QString teamPath = dir.filePath(QStringLiteral("TEAM.salesplan"));
    REQUIRE(PlanFile::create(dir.filePath(QStringLiteral("units/east.salesplan")),
                             unitPlan(6'000'000'00))
                .ok());
    REQUIRE(
        exportJsonPlan(unitPlan(4'000'000'00), dir.filePath(QStringLiteral("south.json"))).ok());

    Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 6'000'000'00},
                                         {QStringLiteral("South"), 4'000'000'00},
                                         {QStringLiteral("North"), 0}});
    team.units[0].path =
        unitPathFor(dir.filePath(QStringLiteral("units/east.salesplan")), teamPath);
    team.units[1].path = unitPathFor(dir.filePath(QStringLiteral("south.json")), teamPath);
    team.units[2].path = QStringLiteral("north.salesplan");
    CHECK(team.units[0].path == QStringLiteral("units/east.salesplan"));
    CHECK(team.units[1].path == QStringLiteral("south.json"));
    CHECK(unitFilePath(team.units[0], teamPath) ==
          QDir::cleanPath(dir.filePath(QStringLiteral("units/east.salesplan"))));

    const QList<UnitInput> inputs = readLinkedUnits(team, teamPath);
    REQUIRE(inputs.size() == 3);
    CHECK(inputs.at(0).plan.has_value());
    CHECK(inputs.at(1).plan.has_value());
    CHECK_FALSE(inputs.at(2).plan.has_value());
    CHECK(inputs.at(2).problem.contains(QStringLiteral("north.salesplan")));

    const Consolidation c = consolidate(team, inputs);
    CHECK(c.figures.annual == 10'000'000'00);
    CHECK(rowNamed(c, QStringLiteral("North")).status == UnitStatus::Missing);
    CHECK(unitsSummedText(c) == QStringLiteral("2 of 3 units"));

    SECTION("A unit file open for editing elsewhere is read all the same, and left unlocked")
    {
        auto open = PlanFile::open(dir.filePath(QStringLiteral("units/east.salesplan")));
        REQUIRE(open.ok());
        const QList<UnitInput> again = readLinkedUnits(team, teamPath);
        CHECK(again.at(0).plan.has_value());
    }
}

TEST_CASE("Over the units' figures alone, the consolidation has the rows, sums and findings it "
          "has over their plans, and no regions, members or funnel",
          "[team]")
{
    const Plan team = teamPlan(300'000'00, {{QStringLiteral("North"), 100'000'00},
                                            {QStringLiteral("South"), 100'000'00},
                                            {QStringLiteral("West"), 100'000'00},
                                            {QStringLiteral("East"), 0}});
    Plan north = unitPlan(100'000'01);
    Plan south = unitPlan(80'000'00, QStringLiteral("South"));
    Plan west = unitPlan(100'000'00);
    west.info.currency = QStringLiteral("USD");
    west.targets.annualTarget.currency = QStringLiteral("USD");
    const QList<UnitInput> plans = {{QStringLiteral("North"), north, QString()},
                                    {QStringLiteral("South"), south, QString()},
                                    {QStringLiteral("West"), west, QString()},
                                    {QStringLiteral("East"), std::nullopt, QStringLiteral("gone")}};
    QList<UnitFiguresInput> figures;
    for (const UnitInput &unit : plans)
        figures.append(
            {unit.name,
             unit.plan ? std::optional<UnitFigures>(unitFiguresOf(*unit.plan)) : std::nullopt,
             unit.problem});
    const Consolidation fromPlans = consolidate(team, plans);
    const Consolidation fromFigures = consolidateFigures(team, figures);

    CHECK(fromFigures.figures.unitsSummed == 2);
    CHECK(fromFigures.figures.annual == 180'000'01);
    CHECK(fromFigures.figures.annual == fromPlans.figures.annual);
    CHECK(fromFigures.figures.months == fromPlans.figures.months);
    CHECK(fromFigures.figures.quarters == fromPlans.figures.quarters);
    CHECK(fromFigures.figures.budgetUnits == fromPlans.figures.budgetUnits);
    CHECK(fromFigures.figures.budgetTotal == fromPlans.figures.budgetTotal);
    REQUIRE(fromFigures.units.size() == 4);
    for (qsizetype i = 0; i < fromPlans.units.size(); ++i) {
        const UnitRow &a = fromFigures.units[i];
        const UnitRow &b = fromPlans.units[i];
        INFO(b.name.toStdString());
        CHECK(a.status == b.status);
        CHECK(a.problem == b.problem);
        CHECK(a.topDown == b.topDown);
        CHECK(a.bottomUp == b.bottomUp);
        CHECK(a.headcount() == b.headcount());
        CHECK(a.budget == b.budget);
        CHECK(a.gapBeyondThreshold == b.gapBeyondThreshold);
    }
    CHECK(rowNamed(fromFigures, QStringLiteral("South")).gapBeyondThreshold);
    CHECK(rowNamed(fromFigures, QStringLiteral("West")).status == UnitStatus::OtherCurrency);
    CHECK(rowNamed(fromFigures, QStringLiteral("East")).status == UnitStatus::Missing);
    CHECK(countOf(fromFigures, Severity::Error) == countOf(fromPlans, Severity::Error));
    CHECK(countOf(fromFigures, Severity::Warning) == countOf(fromPlans, Severity::Warning));
    CHECK(fromFigures.figures.regions.isEmpty());
    CHECK(fromFigures.figures.members.isEmpty());
    CHECK(fromFigures.figures.funnel.units == 0);

    // Figures whose target could not be split are listed, not summed.
    figures[0].figures->months.reset();
    const Consolidation unsplit = consolidateFigures(team, figures);
    CHECK(rowNamed(unsplit, QStringLiteral("North")).status == UnitStatus::NoFigures);
    CHECK(unsplit.figures.unitsSummed == 1);

    // Figures of a team plan (North published one) are listed as such, not summed twice.
    QList<UnitInput> teamAsUnit = plans;
    teamAsUnit[0].plan = team;
    figures[0].figures = unitFiguresOf(team);
    CHECK(figures[0].figures->teamPlan);
    const Consolidation overTeam = consolidateFigures(team, figures);
    const UnitRow &northRow = rowNamed(overTeam, QStringLiteral("North"));
    CHECK(northRow.status == UnitStatus::TeamPlan);
    CHECK_FALSE(northRow.headcountKnown());
    CHECK(northRow.problem ==
          rowNamed(consolidate(team, teamAsUnit), QStringLiteral("North")).problem);
    CHECK(overTeam.figures.unitsSummed == 1);
    CHECK(overTeam.figures.annual == 80'000'00);
}

TEST_CASE("A unit linked to a team plan, or to the team plan's own file, is not summed, in words",
          "[team]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("units")));
    const QString teamPath = dir.filePath(QStringLiteral("TEAM.salesplan"));
    Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 6'000'000'00},
                                         {QStringLiteral("Self"), 2'000'000'00},
                                         {QStringLiteral("Region"), 2'000'000'00}});
    REQUIRE(exportJsonPlan(unitPlan(6'000'000'00), dir.filePath(QStringLiteral("east.json"))).ok());
    // Another director's team plan, with units of its own.
    const Plan region = teamPlan(2'000'000'00, {{QStringLiteral("West"), 2'000'000'00}});
    REQUIRE(exportJsonPlan(region, dir.filePath(QStringLiteral("units/region.json"))).ok());
    // The team plan's own file by another path than its name: the canonical paths are the same.
    team.units[1].path = QStringLiteral("units/../TEAM.salesplan");
    team.units[2].path = QStringLiteral("units/region.json");
    REQUIRE(PlanFile::create(teamPath, team).ok());

    const Consolidation c = consolidate(team, readLinkedUnits(team, teamPath));
    CHECK(c.figures.annual == 6'000'000'00);
    CHECK(unitsSummedText(c) == QStringLiteral("1 of 3 units"));
    const UnitRow &self = rowNamed(c, QStringLiteral("Self"));
    CHECK(self.status == UnitStatus::TeamPlan);
    CHECK(unitStatusWords(self) ==
          QStringLiteral("Team plan: units/../TEAM.salesplan is this team plan's own file: link "
                         "the units' own plans"));
    const UnitRow &other = rowNamed(c, QStringLiteral("Region"));
    CHECK(other.status == UnitStatus::TeamPlan);
    CHECK(other.problem ==
          QStringLiteral("units/region.json is a team plan itself: link the units' own plans"));
    CHECK(countOf(c, Severity::Error) == 2);

    SECTION("The Link Plan File dialog refuses the team plan's own file, and only it")
    {
        CHECK(unitFileRefusal(dir.filePath(QStringLiteral("units/../TEAM.salesplan")), teamPath)
                  .startsWith(QStringLiteral("TEAM.salesplan is this team plan's own file")));
        CHECK(unitFileRefusal(dir.filePath(QStringLiteral("east.json")), teamPath).isEmpty());
    }
    SECTION("A team plan's unit from a server that has units of its own is not summed either")
    {
        const Consolidation served =
            consolidate(team, {UnitInput{QStringLiteral("East"), unitPlan(6'000'000'00), {}},
                               UnitInput{QStringLiteral("Region"), region, {}}});
        CHECK(served.figures.annual == 6'000'000'00);
        CHECK(rowNamed(served, QStringLiteral("Region")).status == UnitStatus::TeamPlan);
    }
}

TEST_CASE("A unit with no plan file linked yet is missing in words, never zero", "[team]")
{
    Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 10'000'000'00}});
    team.units[0].path.clear();
    const Consolidation c = consolidate(team, readLinkedUnits(team, QString()));
    const UnitRow &east = rowNamed(c, QStringLiteral("East"));
    CHECK(east.status == UnitStatus::Missing);
    CHECK(unitStatusWords(east) == QStringLiteral("Missing: no plan file linked yet"));
    CHECK_FALSE(east.bottomUp.has_value());
}

TEST_CASE("The unit plan cache reads again only the unit files changed on disk", "[team]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString teamPath = dir.filePath(QStringLiteral("TEAM.salesplan"));
    Plan team = teamPlan(10'000'000'00, {{QStringLiteral("East"), 6'000'000'00},
                                         {QStringLiteral("South"), 4'000'000'00},
                                         {QStringLiteral("North"), 0}});
    REQUIRE(exportJsonPlan(unitPlan(6'000'000'00), dir.filePath(QStringLiteral("east.json"))).ok());
    REQUIRE(
        exportJsonPlan(unitPlan(4'000'000'00), dir.filePath(QStringLiteral("south.json"))).ok());

    UnitPlanCache cache;
    CHECK(consolidate(team, cache.read(team, teamPath)).figures.annual == 10'000'000'00);
    CHECK(cache.fileReads() == 3); // north.json is not there: tried once

    // An edit of the team plan: the consolidation is made again without reading a file.
    team.targets.unitGapThreshold = 0.2;
    team.units[2].allocation = cny(1'000'000'00);
    const Consolidation edited = consolidate(team, cache.read(team, teamPath));
    CHECK(cache.fileReads() == 3);
    CHECK(edited.figures.annual == 10'000'000'00);
    CHECK(rowNamed(edited, QStringLiteral("North")).status == UnitStatus::Missing);

    // South's manager saves a new target (another size on disk), North's plan appears.
    REQUIRE(exportJsonPlan(unitPlan(4'500'000'00, QStringLiteral("South China")),
                           dir.filePath(QStringLiteral("south.json")))
                .ok());
    REQUIRE(
        exportJsonPlan(unitPlan(1'000'000'00), dir.filePath(QStringLiteral("north.json"))).ok());
    const Consolidation changed = consolidate(team, cache.read(team, teamPath));
    CHECK(cache.fileReads() == 5);
    CHECK(changed.figures.annual == 11'500'000'00);
    CHECK(unitsSummedText(changed) == QStringLiteral("3 of 3 units"));

    SECTION("A file whose time changes but not its size is read again too")
    {
        QFile east(dir.filePath(QStringLiteral("east.json")));
        REQUIRE(east.open(QIODevice::ReadWrite));
        REQUIRE(east.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                 QFileDevice::FileModificationTime));
        east.close();
        cache.read(team, teamPath);
        CHECK(cache.fileReads() == 6);
    }
}
