// Benchmark of comparing two versions of the 500-member plan (`salesplan diff`, the comparison
// view): prints figures, asserts nothing. Budget: under 100 ms median.
//   build/rel/tests/bench/bench_diff
// The later version has 20 edits: the annual target, five members' quotas, two members joined and
// two left, three stages' rates, three KPIs' targets, two risks added and the mission and
// positioning texts. Each run compares them from scratch, the two plans' summaries included.
#include "benchsupport.h"
#include "summary/plandiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <vector>

using namespace salesplan;

namespace {

constexpr int runs = 20;

Plan edited(const Plan &plan)
{
    Plan after = plan;
    after.targets.annualTarget.minor += after.targets.annualTarget.minor / 10;
    QList<Member> &members = after.team.members;
    for (int i = 0; i < 5; ++i)
        members[i * 40].quotaAmount.minor += 100'000'00;
    for (int i = 0; i < 2; ++i) {
        Member hire = members.first();
        hire.id = after.ids.take();
        hire.name = QStringLiteral("New rep %1").arg(i);
        members.append(hire);
    }
    members.removeAt(300);
    members.removeAt(301);
    for (int i = 0; i < 3 && i < after.stages.size(); ++i)
        after.stages[i].conversionRate *= 0.9;
    for (int i = 0; i < 3 && i < after.metrics.kpis.size(); ++i)
        after.metrics.kpis[i].target += 10;
    for (int i = 0; i < 2; ++i)
        after.metrics.risks.append({after.ids.take(), RiskCategory::Market,
                                    QStringLiteral("新竞争者 %1").arg(i), 3, 4,
                                    QStringLiteral("加快签约"), QStringLiteral("销售总监")});
    after.mission.mission += QStringLiteral(" 并在华南开设第二个办事处。");
    after.mission.marketPosition =
        QStringLiteral("华东第一，华南第三。") + after.mission.marketPosition;
    return after;
}

double compareMs(const Plan &before, const Plan &after, PlanDiff &diff)
{
    QElapsedTimer timer;
    timer.start();
    diff = comparePlans(before, after);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Plan before = largeBenchPlan(500);
    const Plan after = edited(before);
    PlanDiff diff;
    const double first = compareMs(before, after, diff);
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(compareMs(before, after, diff));
    std::printf("Comparing two versions of a %lld-member plan (%lld target lines, %lld team, "
                "%lld stage, %lld KPI, %lld risk and %lld text changes): first %.1f ms, then "
                "median %.1f ms, worst %.1f ms over %d runs (budget 100 ms)\n",
                static_cast<long long>(before.team.members.size()),
                static_cast<long long>(diff.targets.months.size() + diff.targets.quarters.size() +
                                       diff.targets.regions.size() + diff.targets.products.size() +
                                       diff.targets.members.size()),
                static_cast<long long>(diff.team.joined.size() + diff.team.left.size() +
                                       diff.team.changed.size()),
                static_cast<long long>(diff.stages.size()),
                static_cast<long long>(diff.kpis.size()), static_cast<long long>(diff.risks.size()),
                static_cast<long long>(diff.texts.size()), first, median(times), maximum(times),
                runs);
    std::printf("%s\n", qPrintable(diff.summary));
    return 0;
}
