// Benchmark of the charts on a large plan: prints figures, asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_charts
// A plan of 500 members and 10,000 history rows in a ChartsPage: the time from an edit of the
// annual target (committed to the file) to every chart view brought up to date and the events
// processed. Budget 50 ms. Then the same once January to May are booked, when the execution
// charts (cumulative, attainment) review the plan, and each chart built on its own.
#include "benchsupport.h"
#include "charts/chartbuilders.h"
#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "document/plandocument.h"
#include "store/planfile.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// Edits the annual target `rounds` times and notes how long each takes until every chart view
// is up to date; with `editOnly`, also an edit no chart follows (the file commit alone). False
// when a chart was not refreshed.
bool measureEdits(ChartsPage &page, PlanDocument &document, int rounds, std::vector<double> &edits,
                  std::vector<double> *editOnly)
{
    for (int round = 0; round < rounds; ++round) {
        std::vector<int> before;
        for (ChartView *view : page.views())
            before.push_back(view->refreshCount());
        QElapsedTimer timer;
        timer.start();
        document.edit(QStringLiteral("Edit target"), [round](Plan &plan) {
            plan.targets.annualTarget.minor += (round % 2 == 0 ? 1 : -1) * 100'000'000;
        });
        QApplication::processEvents();
        edits.push_back(double(timer.nsecsElapsed()) / 1e6);
        for (qsizetype i = 0; i < page.views().size(); ++i) {
            if (page.views().at(i)->refreshCount() != before[size_t(i)] + 1) {
                std::fprintf(stderr, "bench_charts: a chart was not refreshed\n");
                return false;
            }
        }
        if (!editOnly)
            continue;
        // The same edit without charts listening: what the file commit alone costs.
        QElapsedTimer commit;
        page.hide();
        commit.start();
        document.edit(QStringLiteral("Edit mission"), [round](Plan &plan) {
            plan.mission.mission = QStringLiteral("Benchmark %1").arg(round);
        });
        editOnly->push_back(double(commit.nsecsElapsed()) / 1e6);
        page.show();
        QApplication::processEvents();
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.salesplan"));
    createLargePlanFile(path);
    auto file = PlanFile::open(path);
    if (!file) {
        std::fprintf(stderr, "bench_charts: cannot open the plan\n");
        return 1;
    }
    PlanDocument document(std::move(file.value()));
    QElapsedTimer build;
    build.start();
    ChartsPage page(&document);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    std::printf("build the charts page (500 members, %d charts): %.1f ms\n",
                int(page.views().size()), double(build.nsecsElapsed()) / 1e6);

    std::vector<double> edits;
    std::vector<double> editOnly;
    if (!measureEdits(page, document, 30, edits, &editOnly))
        return 1;
    std::printf("edit of the target -> all %d charts refreshed: median %.1f ms, worst %.1f ms "
                "(budget 50 ms)\n",
                int(page.views().size()), median(edits), maximum(edits));
    std::printf("  of which the edit's file commit (an edit no chart follows): median %.1f ms\n",
                median(editOnly));

    // The year in execution: January to May booked by every member, so the cumulative and
    // attainment charts are drawn from the review of May too.
    document.edit(QStringLiteral("Book actuals"), [](Plan &plan) {
        for (int month = 1; month <= 5; ++month)
            for (const Member &member : std::as_const(plan.team.members)) {
                HistoryEntry entry;
                entry.id = plan.ids.take();
                entry.month = QDate(plan.info.period.year, month, 1);
                entry.region = member.region;
                entry.member = member.name;
                entry.amount = Money{2'000'000, plan.info.currency};
                plan.history.append(entry);
            }
    });
    QApplication::processEvents();
    std::vector<double> executed;
    if (!measureEdits(page, document, 30, executed, nullptr))
        return 1;
    std::printf("the same with %lld actuals of the plan year (execution charts drawn): median "
                "%.1f ms, worst %.1f ms\n",
                static_cast<long long>(document.plan().team.members.size() * 5), median(executed),
                maximum(executed));
    // Each chart on its own, built from the plan with actuals: which ones the time goes to.
    std::printf("one chart built (median of 10):");
    for (const ChartSpec &spec : allCharts()) {
        std::vector<double> builds;
        for (int round = 0; round < 10; ++round) {
            QElapsedTimer timer;
            timer.start();
            delete buildChart(spec, document.plan(), document.summary(), ChartTheme::light());
            builds.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf(" %s %.1f ms%s", qPrintable(spec.key()), median(builds),
                    spec == allCharts().constLast() ? "\n" : ",");
    }
    return 0;
}
