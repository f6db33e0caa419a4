#include "check/findings.h"
#include "check/initiativechecks.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace salesplan;

namespace {

Money cny(qint64 major)
{
    return Money::of(major * 100, QStringLiteral("CNY"));
}

// A 2027 plan with one member, 王伟, and one initiative of his that fits the year and budget.
Plan planWithInitiative()
{
    Plan plan;
    plan.info.period = Period{2027, 1};
    Member wang;
    wang.id = plan.ids.take();
    wang.name = QStringLiteral("王伟");
    plan.team.members.append(wang);
    Initiative launch;
    launch.id = plan.ids.take();
    launch.name = QStringLiteral("Partner channel launch");
    launch.owner = QStringLiteral("王伟");
    launch.start = QDate(2027, 2, 1);
    launch.due = QDate(2027, 6, 30);
    launch.budget = cny(300'000);
    launch.spent = cny(120'000);
    launch.status = InitiativeStatus::InProgress;
    plan.initiatives.append(launch);
    return plan;
}

QList<Finding> initiativeFindings(const Plan &plan)
{
    QList<Finding> findings;
    checkInitiatives(plan, findings);
    return findings;
}

} // namespace

TEST_CASE("An initiative that fits the year, the team and its budget has no finding",
          "[check][initiatives]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Plan plan = planWithInitiative();
    CHECK(initiativeFindings(plan).isEmpty());
    CHECK(overdueFindings(plan, QDate(2027, 6, 30)).isEmpty());
}

TEST_CASE("An initiative's dates, owner and spend are findings in words", "[check][initiatives]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Plan plan = planWithInitiative();
    Initiative &launch = plan.initiatives.first();

    SECTION("A due date before the start is an error at the due date")
    {
        launch.due = QDate(2027, 1, 15);
        const QList<Finding> findings = initiativeFindings(plan);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().severity == Severity::Error);
        CHECK(findings.first().section == Section::Metrics);
        CHECK(findings.first().field == QStringLiteral("initiatives.due"));
        CHECK(findings.first().message.contains(QStringLiteral("before it starts")));
    }
    SECTION("Dates outside the plan year are a warning")
    {
        launch.due = QDate(2028, 2, 28);
        const QList<Finding> findings = initiativeFindings(plan);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().severity == Severity::Warning);
        CHECK(findings.first().message.contains(QStringLiteral("outside the plan year")));
    }
    SECTION("An owner not on the team is a hint naming the owner")
    {
        launch.owner = QStringLiteral("Marketing");
        const QList<Finding> findings = initiativeFindings(plan);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().severity == Severity::Hint);
        CHECK(findings.first().field == QStringLiteral("initiatives.owner"));
        CHECK(findings.first().message.contains(QStringLiteral("Marketing, is not on the team")));
    }
    SECTION("No owner at all is a warning")
    {
        launch.owner.clear();
        const QList<Finding> findings = initiativeFindings(plan);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().severity == Severity::Warning);
    }
    SECTION("Spend above the budget is a warning with both amounts")
    {
        launch.spent = cny(320'000);
        const QList<Finding> findings = initiativeFindings(plan);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().severity == Severity::Warning);
        CHECK(findings.first().field == QStringLiteral("initiatives.spent"));
        CHECK(findings.first().message.contains(QStringLiteral("320")));
        CHECK(findings.first().message.contains(QStringLiteral("300")));
    }
    SECTION("checkPlan lists them with the plan's other findings")
    {
        launch.due = QDate(2027, 1, 15);
        const QList<Finding> all = checkPlan(plan);
        CHECK(std::count_if(all.begin(), all.end(), [](const Finding &finding) {
                  return finding.field == QStringLiteral("initiatives.due");
              }) == 1);
    }
}

TEST_CASE("An initiative is overdue the day after its due date unless done or dropped",
          "[check][initiatives]")
{
    Plan plan = planWithInitiative();
    Initiative &launch = plan.initiatives.first();
    CHECK_FALSE(isOverdue(launch, QDate(2027, 6, 30)));
    CHECK(isOverdue(launch, QDate(2027, 7, 1)));
    const QList<Finding> findings = overdueFindings(plan, QDate(2027, 7, 1));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Warning);
    CHECK(findings.first().field == QStringLiteral("initiatives.due"));
    CHECK(findings.first().message.contains(QStringLiteral("Partner channel launch")));
    CHECK(findings.first().message.contains(QStringLiteral("王伟")));

    launch.status = InitiativeStatus::Done;
    CHECK_FALSE(isOverdue(launch, QDate(2027, 7, 1)));
    launch.status = InitiativeStatus::Dropped;
    CHECK(overdueFindings(plan, QDate(2027, 12, 31)).isEmpty());
    launch.status = InitiativeStatus::Planned;
    launch.due = QDate();
    CHECK_FALSE(isOverdue(launch, QDate(2027, 12, 31)));
}

TEST_CASE("A milestone not done by its date is overdue while its initiative is open",
          "[check][initiatives]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Plan plan = planWithInitiative();
    Milestone contracts;
    contracts.id = plan.ids.take();
    contracts.initiative = int(plan.initiatives.first().id);
    contracts.name = QStringLiteral("First partners signed");
    contracts.date = QDate(2027, 4, 30);
    plan.milestones.append(contracts);
    const Initiative &launch = plan.initiatives.first();

    CHECK(overdueFindings(plan, QDate(2027, 4, 30)).isEmpty());
    const QList<Finding> findings = overdueFindings(plan, QDate(2027, 5, 1));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Warning);
    CHECK(findings.first().section == Section::Metrics);
    CHECK(findings.first().field == QStringLiteral("milestones.date"));
    CHECK(findings.first().message ==
          QStringLiteral("The milestone \"First partners signed\" of the initiative \"Partner "
                         "channel launch\" was due on 4/30/27 and is not done: mark it done or "
                         "move its date."));

    SECTION("Once the initiative is overdue too, both are findings")
    {
        CHECK(overdueFindings(plan, QDate(2027, 7, 1)).size() == 2);
    }
    SECTION("A milestone marked done is not overdue")
    {
        plan.milestones.first().done = true;
        CHECK(overdueFindings(plan, QDate(2027, 7, 1)).size() == 1);
    }
    SECTION("A dropped initiative's milestones are not overdue")
    {
        plan.initiatives.first().status = InitiativeStatus::Dropped;
        CHECK_FALSE(isOverdue(plan.milestones.first(), launch, QDate(2027, 5, 1)));
        CHECK(overdueFindings(plan, QDate(2027, 7, 1)).isEmpty());
    }
}

TEST_CASE("The overdue findings join a summary's findings in their order", "[check][initiatives]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Plan plan = planWithInitiative();
    plan.initiatives.first().owner = QStringLiteral("Marketing"); // a hint
    QList<Finding> findings;
    checkInitiatives(plan, findings);
    REQUIRE(findings.size() == 1);
    addOverdueFindings(findings, plan, QDate(2027, 7, 1));
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).severity == Severity::Warning); // the overdue one, before the hint
    CHECK(findings.at(0).message.contains(QStringLiteral("was due on 6/30/27")));
    CHECK(findings.at(1).severity == Severity::Hint);
    addOverdueFindings(findings, plan, QDate(2027, 6, 30));
    CHECK(findings.size() == 2);
}
