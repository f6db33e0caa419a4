// The report of a team plan: its "Team consolidation" after the plan sections, with each unit's
// allocation against its own target and a missing unit named.
#include <catch2/catch.hpp>

#include "exchange/planio.h"
#include "reporttools.h"
#include "team/linkedunits.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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
    // The section's page and the next: the units' chart may push the sums over.
    const QString text = pdfLayoutText(pdf, pages.first()) + pdfLayoutText(pdf, pages.first() + 1);
    CHECK(text.contains(QStringLiteral("Top-down against bottom-up")));
    // The units' chart of the Charts page and the deck, with its takeaway.
    CHECK(text.contains(QStringLiteral("Top-down against bottom-up by unit")));
    CHECK(text.contains(QStringLiteral("1 of 3 units plan below their allocation; Central is "
                                       "missing")));
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

TEST_CASE("export --deck of a team plan has the units' two slides after the opening ones",
          "[report][team][deck]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("units")));
    const QString samples = QStringLiteral(SALESPLAN_SAMPLES "/team/en/");
    for (const char *file : {"team.json", "units/east.json", "units/west.json"}) {
        const QString name = QString::fromLatin1(file);
        REQUIRE(QFile::copy(samples + name, dir.filePath(name)));
    }
    // Imported next to the units' files, as a director keeps the team plan.
    const QString team = dir.filePath(QStringLiteral("TEAM.salesplan"));
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("import"), dir.filePath(QStringLiteral("team.json")),
                      QStringLiteral("--to"), team},
          QStringList{QStringLiteral("export"), team, QStringLiteral("--deck"), deck}}) {
        QProcess salesplan;
        salesplan.start(QStringLiteral(SALESPLAN_EXE), arguments);
        REQUIRE(salesplan.waitForFinished(120000));
        INFO(salesplan.readAllStandardError().toStdString());
        REQUIRE(salesplan.exitCode() == 0);
    }
    // The title and headline slides, then the units' allocations and the consolidated months.
    CHECK(pdfText(deck, 3).contains(QStringLiteral("Top-down against bottom-up by unit")));
    CHECK(pdfText(deck, 3).contains(QStringLiteral("1 of 2 units plan below their allocation")));
    CHECK(pdfText(deck, 4).contains(QStringLiteral("Consolidated target by month")));
    CHECK(pdfText(deck, 4).contains(QStringLiteral("The units' own targets add up to "
                                                   "$7,800,000, $200,000 below the team's "
                                                   "$8,000,000")));
}
