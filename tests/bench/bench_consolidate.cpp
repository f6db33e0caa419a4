// Benchmark of a team plan's consolidation over linked files: prints figures, asserts nothing.
//   build/release/tests/bench/bench_consolidate [FOLDER]
//
// 50 unit plans of 100 members each (9 regions, 3 product lines, 1,200 history rows), written as
// .salesplan files beside a team plan; then, best of 5:
// 1. reading the 50 files (readLinkedUnits),
// 2. consolidating them (consolidate: 50 summaries and their sums),
// 3. both, as `salesplan consolidate` does (budget: < 500 ms),
// 4. both through a UnitPlanCache whose files have not changed, as the Units tab does after each
//    edit of the team plan (only the files' times and sizes looked up).
#include "store/planfile.h"
#include "team/consolidation.h"
#include "team/linkedunits.h"
#include "team/unitplancache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace salesplan;

namespace {

constexpr int unitCount = 50;
constexpr int membersPerUnit = 100;

Money cny(qint64 yuan)
{
    return Money::of(yuan * 100, QStringLiteral("CNY"));
}

Plan unitPlan(int unit)
{
    Plan plan = makeDefaultPlan();
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 1};
    plan.info.name = QStringLiteral("Unit %1").arg(unit);
    plan.targets.annualTarget = cny(100'000'000 + unit * 1'000'000);
    plan.targets.funnel.averageDealSize = cny(200'000);
    for (int r = 0; r < 9; ++r)
        plan.targets.regions.append(
            WeightedItem{plan.ids.take(), QStringLiteral("Region %1").arg(r), 1.0 + r, cny(0)});
    for (int p = 0; p < 3; ++p)
        plan.targets.products.append(
            WeightedItem{plan.ids.take(), QStringLiteral("Line %1").arg(p), 1.0, cny(0)});
    for (int m = 0; m < membersPerUnit; ++m)
        plan.team.members.append(
            Member{plan.ids.take(), QStringLiteral("销售 %1-%2").arg(unit).arg(m),
                   QStringLiteral("AE"), QStringLiteral("Region %1").arg(m % 9), 1.0,
                   QDate(2027, 1 + m % 12, 1), m % 3, cny(0)});
    for (int h = 0; h < 1'200; ++h)
        plan.history.append(HistoryEntry{plan.ids.take(), QDate(2025 + h / 600, 1 + h % 12, 1),
                                         QStringLiteral("Region %1").arg(h % 9),
                                         QStringLiteral("Line %1").arg(h % 3), QString(),
                                         cny(10'000 + h)});
    return plan;
}

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    Plan team = makeDefaultPlan();
    team.info.currency = QStringLiteral("CNY");
    team.info.period = Period{2027, 1};
    team.targets.annualTarget = cny(6'000'000'000);
    team.targets.unitAllocation = UnitAllocation::Weights;
    for (int u = 0; u < unitCount; ++u) {
        const QString name = QStringLiteral("unit-%1.salesplan").arg(u);
        if (!PlanFile::create(folder + u'/' + name, unitPlan(u))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(name));
            return 1;
        }
        team.units.append(
            PlanUnit{team.ids.take(), QStringLiteral("Unit %1").arg(u), name, cny(0), 1.0});
    }
    const QString teamPath = folder + QStringLiteral("/TEAM.salesplan");
    QList<UnitInput> inputs;
    const double read = bestOf(5, [&] { inputs = readLinkedUnits(team, teamPath); });
    Consolidation result;
    const double sum = bestOf(5, [&] { result = consolidate(team, inputs); });
    const double both =
        bestOf(5, [&] { result = consolidate(team, readLinkedUnits(team, teamPath)); });
    UnitPlanCache cache;
    cache.read(team, teamPath);
    const double edit = bestOf(5, [&] { result = consolidate(team, cache.read(team, teamPath)); });
    std::printf("Consolidating %d unit plans of %d members each (%s summed, %lld quota "
                "holders)\n",
                unitCount, membersPerUnit, qPrintable(unitsSummedText(result)),
                static_cast<long long>(result.figures.members.size()));
    std::printf("  reading the linked files   %8.1f ms\n", read);
    std::printf("  consolidating              %8.1f ms\n", sum);
    std::printf("  both (budget < 500 ms)     %8.1f ms\n", both);
    std::printf("  an edit, files unchanged   %8.1f ms (%d files read once)\n", edit,
                cache.fileReads());
    return 0;
}
