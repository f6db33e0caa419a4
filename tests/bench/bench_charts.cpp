// Benchmark of the charts on a large plan: prints figures, asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_charts
// A plan of 500 members and 10,000 history rows in a ChartsPage: the time from an edit of the
// annual target (committed to the file) to every chart view brought up to date and the events
// processed. Budget 50 ms.
#include "benchsupport.h"
#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "document/plandocument.h"
#include "store/planfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace salesplan;
using namespace salesplan::ui;

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
    for (int round = 0; round < 30; ++round) {
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
                return 1;
            }
        }
        // The same edit without charts listening: what the file commit alone costs.
        QElapsedTimer commit;
        page.hide();
        commit.start();
        document.edit(QStringLiteral("Edit mission"), [round](Plan &plan) {
            plan.mission.mission = QStringLiteral("Benchmark %1").arg(round);
        });
        editOnly.push_back(double(commit.nsecsElapsed()) / 1e6);
        page.show();
        QApplication::processEvents();
    }
    std::printf("edit of the target -> all %d charts refreshed: median %.1f ms, worst %.1f ms "
                "(budget 50 ms)\n",
                int(page.views().size()), median(edits), maximum(edits));
    std::printf("  of which the edit's file commit (an edit no chart follows): median %.1f ms\n",
                median(editOnly));
    return 0;
}
