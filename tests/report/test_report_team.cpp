// The report of a team plan: its "Team consolidation" after the plan sections, with each unit's
// allocation against its own target and a missing unit named.
#include <catch2/catch.hpp>

#include "reporttools.h"
#include "exchange/planio.h"
#include "team/linkedunits.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

TEST_CASE("A team plan's report has a Team consolidation section with each unit and the sums",
          "[report][team]")
{
    const QString folder = QStringLiteral(SALESPLAN_SAMPLES "/team/en");
    const Result<Plan> team = readPlan(folder + QStringLiteral("/team.json"));
    REQUIRE(team.ok());
    Plan plan = *team;
    plan.units.append(PlanUnit{plan.ids.take(), QStringLiteral("Central"),
                               QStringLiteral("units/central.json"),
                               Money::of(0, QStringLiteral("USD")), 1.0});
    ui::ReportOptions options;
    options.teamConsolidation = consolidateLinkedUnits(plan, folder + QStringLiteral("/team.json"));
    REQUIRE(options.teamConsolidation.has_value());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("team.pdf"));
    writeReport(plan, pdf, options);
    const QList<int> pages = pagesMatching(
        pdf, QRegularExpression(QStringLiteral("Team consolidation\\s+The team's target")));
    REQUIRE(pages.size() == 1);
    const QString text = pdfLayoutText(pdf, pages.first());
    CHECK(text.contains(QStringLiteral("Top-down against bottom-up")));
    CHECK(text.contains(QStringLiteral("Consolidated target (2 of 3 units)")));
    CHECK(text.contains(QStringLiteral("-$400,000 (-11.1%)")));
    // The missing unit by name and file, as the team plan links it: no folder of this computer.
    CHECK(text.contains(QStringLiteral("Missing: units/central.json")));
    CHECK_FALSE(text.contains(folder));
    CHECK(pdfText(pdf, 3).contains(QStringLiteral("Team consolidation"))); // in the contents

    SECTION("The plan of one team has no such section")
    {
        const QString single = dir.filePath(QStringLiteral("single.pdf"));
        writeReport(samplePlan("sample-en.json"), single);
        CHECK(pagesMatching(single, QRegularExpression(QStringLiteral("Team consolidation")))
                  .isEmpty());
    }
}
