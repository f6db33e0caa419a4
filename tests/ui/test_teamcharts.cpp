// A team plan's charts: its units' allocations against their own targets, and the consolidated
// target by month, from the team sample's linked unit files (resources/samples/team/en).
#include <catch2/catch.hpp>

#include "charts/chartbuilders.h"
#include "charts/chartview.h"
#include "document/plandocument.h"
#include "exchange/planio.h"
#include "store/planfile.h"
#include "team/linkedunits.h"
#include "uitestsupport.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXYSeries>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

const ChartSpec unitsChart{ChartKind::Units, 0};
const ChartSpec consolidatedChart{ChartKind::Consolidated, 0};

// A copy of the English team sample: team.json and its units' files, east.json and west.json.
struct TeamFolder
{
    QTemporaryDir dir;
    QString teamPath;
    Plan plan;

    TeamFolder()
    {
        REQUIRE(dir.isValid());
        const QString samples = QStringLiteral(SALESPLAN_TEST_DATA "/../../resources/samples/");
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("units")));
        for (const char *file : {"team.json", "units/east.json", "units/west.json"}) {
            const QString name = QString::fromLatin1(file);
            REQUIRE(QFile::copy(samples + QStringLiteral("team/en/") + name, dir.filePath(name)));
        }
        teamPath = dir.filePath(QStringLiteral("team.json"));
        const Result<Plan> read = readPlan(teamPath);
        REQUIRE(read);
        plan = *read;
    }

    QString unitPath(const char *name) const
    {
        return dir.filePath(QStringLiteral("units/%1.json").arg(QString::fromLatin1(name)));
    }

    // The summary as the window and the command line make it: with the consolidation.
    PlanSummary summary() const
    {
        PlanSummary summary = summarizePlan(plan);
        std::optional<Consolidation> team = consolidateLinkedUnits(plan, teamPath);
        REQUIRE(team);
        summary.team = std::make_shared<const Consolidation>(std::move(*team));
        return summary;
    }
};

std::unique_ptr<QChart> build(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary)
{
    return std::unique_ptr<QChart>(buildChart(spec, plan, summary, ChartTheme::light()));
}

QAbstractBarSeries *barsOf(const QChart *chart)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *one : all) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one))
            return bars;
    }
    return nullptr;
}

QStringList categoriesOf(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

// A unit's own plan saved with a new annual target, dated a minute on so the change is seen
// within the second the file was first written in.
void saveUnitTarget(const QString &path, qint64 minor)
{
    const Result<Plan> read = readPlan(path);
    REQUIRE(read);
    Plan unit = *read;
    unit.targets.annualTarget = Money::of(minor, unit.info.currency);
    REQUIRE(exportJsonPlan(unit, path));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadWrite));
    REQUIRE(saved.setFileTime(QDateTime::currentDateTime().addSecs(60),
                              QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("The units chart's bars are each unit's allocation and its own target", "[charts][team]")
{
    TeamFolder team;
    const PlanSummary summary = team.summary();
    const auto chart = build(unitsChart, team.plan, summary);
    REQUIRE_FALSE(chartIsExplanation(chart.get()));
    QAbstractBarSeries *bars = barsOf(chart.get());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    // East is allocated $4.4M and plans $4.6M; West is allocated $3.6M and plans $3.2M.
    CHECK(exactValues(bars->barSets().at(0)) == QList<qint64>{440'000'000, 360'000'000});
    CHECK(exactValues(bars->barSets().at(1)) == QList<qint64>{460'000'000, 320'000'000});
    for (int i = 0; i < 2; ++i) {
        const UnitRow &row = summary.team->units.at(i);
        CHECK(exactValues(bars->barSets().at(0)).at(i) == row.topDown);
        CHECK(exactValues(bars->barSets().at(1)).at(i) == *row.bottomUp);
    }
    // West's gap is beyond the 5% threshold: an arrow and the percent say so without colour.
    const QStringList categories = categoriesOf(chart.get());
    REQUIRE(categories.size() == 2);
    CHECK(categories.at(0).contains(QStringLiteral("+4.5%")));
    CHECK_FALSE(categories.at(0).contains(QStringLiteral("▲")));
    CHECK(categories.at(1).contains(QStringLiteral("▼")));
    CHECK(categories.at(1).contains(QStringLiteral("-11.1%")));
    CHECK(chartTakeaway(unitsChart, team.plan, summary) ==
          QStringLiteral("1 of 2 units plan below their allocation"));
}

TEST_CASE("A unit whose file is missing has no bar of its own target, and the word",
          "[charts][team]")
{
    TeamFolder team;
    REQUIRE(QFile::remove(team.unitPath("west")));
    const PlanSummary summary = team.summary();
    const auto chart = build(unitsChart, team.plan, summary);
    QAbstractBarSeries *bars = barsOf(chart.get());
    REQUIRE(bars);
    // Its allocation stands; its own target is no bar at all, and its name says why.
    CHECK(exactValues(bars->barSets().at(0)).at(1) == 360'000'000);
    CHECK(bars->barSets().at(1)->at(1) == 0.0);
    CHECK(categoriesOf(chart.get()).at(1).contains(QStringLiteral("Missing")));
    CHECK(chartTakeaway(unitsChart, team.plan, summary)
              .endsWith(QStringLiteral("; West is missing")));

    // The consolidated months are East's alone, and the title says of how many units.
    const auto months = build(consolidatedChart, team.plan, summary);
    REQUIRE(barsOf(months.get()));
    CHECK(barsOf(months.get())->barSets().size() == 1);
    CHECK(months->title().contains(QStringLiteral("(1 of 2 units)")));
    CHECK(chartTakeaway(consolidatedChart, team.plan, summary)
              .endsWith(QStringLiteral("(1 of 2 units)")));
}

TEST_CASE("The consolidated chart's stacked months add up to the consolidated months",
          "[charts][team]")
{
    TeamFolder team;
    const PlanSummary summary = team.summary();
    const auto chart = build(consolidatedChart, team.plan, summary);
    QAbstractBarSeries *bars = barsOf(chart.get());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2); // East and West
    QList<qint64> stacked(Period::monthCount, 0);
    for (QBarSet *set : bars->barSets()) {
        const QList<qint64> months = exactValues(set);
        REQUIRE(months.size() == Period::monthCount);
        for (int m = 0; m < Period::monthCount; ++m)
            stacked[m] += months.at(m);
    }
    const MonthValues &sums = summary.team->figures.months;
    CHECK(stacked == QList<qint64>(sums.begin(), sums.end()));
    // The line is the team's own target by month, top-down.
    QXYSeries *line = nullptr;
    for (QAbstractSeries *one : chart->series())
        line = line ? line : qobject_cast<QXYSeries *>(one);
    REQUIRE(line);
    const MonthValues &own = summary.decomposition->months;
    CHECK(exactValues(line) == QList<qint64>(own.begin(), own.end()));
}

TEST_CASE("A team plan's default deck opens with its units, a one-team plan's has neither",
          "[charts][team][deck]")
{
    TeamFolder team;
    const QList<ChartSpec> deck = chartsWithData(team.plan, team.summary());
    REQUIRE(deck.size() > 2);
    CHECK(deck.at(0) == unitsChart);
    CHECK(deck.at(1) == consolidatedChart);

    const Plan single = uitest::sample("sample-en.json");
    const QList<ChartSpec> singleDeck = chartsWithData(single, summarizePlan(single));
    CHECK_FALSE(singleDeck.isEmpty());
    CHECK_FALSE(singleDeck.contains(unitsChart));
    CHECK_FALSE(singleDeck.contains(consolidatedChart));
    const auto explained = build(unitsChart, single, summarizePlan(single));
    CHECK(explained->title().contains(QStringLiteral("Not a team plan: no units")));
}

TEST_CASE("A unit's file saved again shows in the chart when its window is activated",
          "[charts][team]")
{
    TeamFolder team;
    const QString file = team.dir.filePath(QStringLiteral("TEAM.salesplan"));
    REQUIRE(importJsonPlan(team.teamPath, file, ExistingFile::Replace));
    auto opened = PlanFile::open(file);
    REQUIRE(opened);
    PlanDocument document(std::move(opened.value()));
    ChartView view(&document, unitsChart);
    view.resize(640, 400);
    view.show();
    QBarSet *own = barsOf(view.chart())->barSets().at(1);
    CHECK(exactValues(own).at(0) == 460'000'000);

    // East's manager saves a new target in another window; this one is activated again.
    saveUnitTarget(team.unitPath("east"), 480'000'000);
    QEvent activate(QEvent::WindowActivate);
    QCoreApplication::sendEvent(&view, &activate);
    own = barsOf(view.chart())->barSets().at(1);
    CHECK(exactValues(own).at(0) == 480'000'000);
    CHECK(document.summary().team->figures.annual == 480'000'000 + 320'000'000);
    // Nothing changed since: the files are not read again.
    const int reads = document.unitPlans().fileReads();
    CHECK_FALSE(document.refreshUnitPlans());
    CHECK(document.unitPlans().fileReads() == reads);
}
