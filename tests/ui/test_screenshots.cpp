// `salesplan --screenshots DIR`: every page, tab, chart, wizard page and dialog, written under
// stable names, without touching the plan that is open.
#include <catch2/catch.hpp>

#include "charts/chartbuilders.h"
#include "exchange/planjson.h"
#include "language/language.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "store/planfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

Plan englishSample()
{
    QFile json(QStringLiteral(":/samples/sample-en.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    Result<Plan> plan = planFromJson(json.readAll());
    REQUIRE(plan);
    return *plan;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return names;
}

// The window over `plan`, saved in `folder`, writes its screenshots into folder/shots.
struct Screenshots
{
    explicit Screenshots(const Plan &plan)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Translators::use(QStringLiteral("en"));
        REQUIRE(folder.isValid());
        planPath = folder.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(planPath, plan));
        REQUIRE(window.openFile(planPath));
        window.show();
        shots = folder.filePath(QStringLiteral("shots"));
        REQUIRE(QDir().mkpath(shots));
        planBefore = contentsOf(planPath);
        written = tools::saveScreenshots(window, shots);
        names = fileNames(written);
    }
    ~Screenshots() { QSettings().clear(); }

    QImage image(const QString &name) const { return QImage(QDir(shots).filePath(name)); }

    QTemporaryDir folder;
    QString planPath;
    QString shots;
    QByteArray planBefore;
    MainWindow window;
    QStringList written;
    QStringList names;
};

} // namespace

TEST_CASE("The screenshot command writes every page, tab, chart, wizard page and dialog",
          "[screenshots]")
{
    const Screenshots run(englishSample());

    for (const char *page :
         {"00-start.png", "01-overview.png", "02-mission.png", "05-segments.png", "06-stages.png",
          "07-tools.png", "08-metrics.png", "09-charts.png", "10-review-1-actuals.png",
          "10-review-1-actuals-members.png", "10-review-2-attainment.png",
          "10-review-3-kpiBoard.png", "10-review-4-log.png"})
        CHECK(run.names.contains(QString::fromLatin1(page)));
    // One screenshot per tab of the Targets editor, named after the tab.
    for (const char *tab :
         {"03-targets-1-target.png", "03-targets-2-seasonality.png", "03-targets-3-splits.png",
          "03-targets-4-decomposition.png", "03-targets-5-funnel.png",
          "03-targets-6-calibration.png", "03-targets-7-collections.png",
          "03-targets-8-holidays.png", "03-targets-9-history.png"})
        CHECK(run.names.contains(QString::fromLatin1(tab)));
    // And of the Team editor's: the people, each person's targets, the sales budget.
    for (const char *tab :
         {"04-team-1-people.png", "04-team-2-targets.png", "04-team-3-budget.png"})
        CHECK(run.names.contains(QString::fromLatin1(tab)));
    // The annual target with "1e30" typed into it, then left: refused, the plan's value back.
    for (const char *invalid :
         {"03-targets-1-target-invalid-1-typed.png", "03-targets-1-target-invalid-2-left.png"})
        CHECK(run.names.contains(QString::fromLatin1(invalid)));
    CHECK(run.image(QStringLiteral("03-targets-1-target-invalid-1-typed.png")) !=
          run.image(QStringLiteral("03-targets-1-target-invalid-2-left.png")));
    // Each chart of the Charts page on its own (all but the KPI board, which is tiles, the
    // action plan's timeline, which Metrics & review shows, and the units' two charts, which
    // only a team plan shows).
    const QList<ChartSpec> charts = allCharts();
    CHECK(run.names.filter(QStringLiteral("10-chart-")).size() == charts.size() - 4);
    CHECK(run.names.filter(QStringLiteral("-units.png")).isEmpty());
    CHECK(run.names.contains(QStringLiteral("10-chart-03-shares-regions.png")));
    // The wizard's nine pages, then the presentation and the dialogs.
    for (const char *page : {"11-presentation.png",
                             "11-presentation-collections.png",
                             "11-presentation-headline.png",
                             "11-presentation-presenter.png",
                             "12-wizard-0-intro.png",
                             "12-wizard-1-mission.png",
                             "12-wizard-2-targets.png",
                             "12-wizard-3-team.png",
                             "12-wizard-4-segments.png",
                             "12-wizard-5-stages.png",
                             "12-wizard-6-tools.png",
                             "12-wizard-7-metrics.png",
                             "12-wizard-8-summary.png",
                             "13-preferences.png",
                             "14-export-pdf.png",
                             "14-export-pdf-letters.png",
                             "15-print-preview.png",
                             "16-import-history-preview.png",
                             "16-import-history-actuals.png",
                             "17-edit-menu.png",
                             "19-status-approve.png",
                             "19-status-reopen.png",
                             "20-guide-1-index.png",
                             "20-guide-2-numbers.png",
                             "20-guide-3-targets.png",
                             "21-whatsthis-1-deals.png",
                             "21-whatsthis-2-headcount.png"})
        CHECK(run.names.contains(QString::fromLatin1(page)));
    // File ▸ Versions…, empty and with two versions, their comparison and one opened read-only.
    for (const char *shot :
         {"18-versions-0-empty.png", "18-versions-1-list.png", "18-versions-2-comparison.png",
          "18-versions-3-texts.png", "18-versions-4-open.png"})
        CHECK(run.names.contains(QString::fromLatin1(shot)));

    // Every file is a picture; the window's pages are 1280 × 800, as the README says.
    for (const QString &path : run.written)
        CHECK_FALSE(QImage(path).isNull());
    CHECK(run.image(QStringLiteral("01-overview.png")).size() == QSize(1280, 800));
    CHECK(run.image(QStringLiteral("03-targets-3-splits.png")) !=
          run.image(QStringLiteral("03-targets-2-seasonality.png")));

    // The plan is as it was, and the folder holds the pictures only (no wizard copy, no lock).
    CHECK(contentsOf(run.planPath) == run.planBefore);
    CHECK(QDir(run.shots).entryList(QDir::Files | QDir::Hidden).size() == run.written.size());
}

TEST_CASE("The screenshot command shows every wizard page even when a page has errors",
          "[screenshots]")
{
    Plan plan = makeDefaultPlan(); // no mission yet: an error that holds Next back on page 1
    plan.info.name = QStringLiteral("Draft");
    const Screenshots run(plan);

    for (int id = 1; id <= 8; ++id)
        CHECK(run.names.filter(QStringLiteral("12-wizard-%1-").arg(id)).size() == 1);
    CHECK(run.image(QStringLiteral("12-wizard-1-mission.png")) !=
          run.image(QStringLiteral("12-wizard-2-targets.png")));
    CHECK(run.image(QStringLiteral("12-wizard-2-targets.png")) !=
          run.image(QStringLiteral("12-wizard-8-summary.png")));
}
