// Benchmark of the comparison window over two versions of the 500-member plan: prints figures,
// asserts nothing. Run it from a Release build with QT_QPA_PLATFORM=offscreen:
//   build/rel/tests/bench/bench_comparison
// The later version has the target 10 % up, two reps added and five quotas fixed, so every
// member's quota differs: the window shows a table of more than 500 lines. The first showing reads
// both versions from the file; each run then picks the two versions again (the window keeps the
// versions it has read): comparing them, writing the HTML and laying it out.
#include "benchsupport.h"
#include "document/plandocument.h"
#include "store/planfile.h"
#include "summary/plandiff.h"
#include "versions/comparisonwindow.h"
#include "versions/diffhtml.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace salesplan;

namespace {

constexpr int runs = 10;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "bench_comparison: %s\n", what);
    std::exit(1);
}

void nextRound(Plan &plan)
{
    plan.targets.annualTarget.minor += plan.targets.annualTarget.minor / 10;
    QList<Member> &members = plan.team.members;
    for (int i = 0; i < 5; ++i)
        members[i * 40].quotaAmount = Money::of(2'000'000'00, plan.info.currency);
    for (int i = 0; i < 2; ++i) {
        Member added = members.first();
        added.id = plan.ids.take();
        added.name = QStringLiteral("New rep %1").arg(i);
        members.append(added);
    }
    plan.mission.mission += QStringLiteral(" Two more reps open the south.");
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    createLargePlanFile(path);
    auto file = PlanFile::open(path);
    if (!file)
        fail("cannot open the plan");
    ui::PlanDocument document(std::move(file.value()));
    const Result<RowId> first = document.saveVersion(QStringLiteral("Draft"), {});
    document.edit(QStringLiteral("next round"), nextRound);
    const Result<RowId> second = document.saveVersion(QStringLiteral("Final"), {});
    if (!first || !second)
        fail("cannot save the versions");

    QElapsedTimer opening;
    opening.start();
    ui::ComparisonWindow window(&document, *first, *second);
    window.resize(1100, 800);
    window.show();
    QApplication::processEvents();
    const double opened = elapsedMs(opening);
    std::vector<double> whole;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        window.compare(*second, *first); // the other way round each time: nothing is cached
        window.compare(*first, *second);
        QApplication::processEvents();
        whole.push_back(elapsedMs(timer) / 2);
    }
    const Plan before = *document.versionPlan(*first);
    const Plan after = *document.versionPlan(*second);
    std::vector<double> diffs;
    std::vector<double> htmls;
    std::vector<double> layouts;
    QString html;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const PlanDiff diff = comparePlans(before, after);
        diffs.push_back(elapsedMs(timer));
        timer.restart();
        html = ui::PlanDiffHtml(diff, window.palette()).html();
        htmls.push_back(elapsedMs(timer));
        timer.restart();
        window.view()->setHtml(html);
        QApplication::processEvents();
        layouts.push_back(elapsedMs(timer));
    }
    std::printf("Comparison window, two versions of the 500-member plan (%d runs, %.0f KB of "
                "HTML):\n",
                runs, double(html.size()) / 1024);
    std::printf("  opening the window on two versions: %.1f ms\n", opened);
    std::printf("  picking two versions again, all told: median %.1f ms, max %.1f ms\n",
                median(whole), maximum(whole));
    std::printf("  comparePlans: median %.1f ms; the HTML: %.1f ms; QTextBrowser::setHtml and "
                "layout: %.1f ms\n",
                median(diffs), median(htmls), median(layouts));
    return 0;
}
