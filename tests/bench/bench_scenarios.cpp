// Benchmark of the What-if page's figures on the 500-member plan: prints figures, asserts nothing.
// Budget: ten scenarios computed (the baseline's column included) in under 50 ms median.
//   build/rel/tests/bench/bench_scenarios
// The ten scenarios each override two or three drivers: deal size, target, the conversion rates,
// calls and demos a day, attrition, reps added or removed, and a custom seasonality. Each run works
// out the whole table, then the sensitivity of headcount to each driver (±10 %).
#include "benchsupport.h"
#include "plan/scenario.h"
#include "summary/scenariofigures.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <cstdio>
#include <vector>

using namespace salesplan;

namespace {

constexpr int runs = 20;

void addScenarios(Plan &plan)
{
    const double deal = double(plan.targets.funnel.averageDealSize.minor);
    const double target = double(plan.targets.annualTarget.minor);
    for (int i = 0; i < 10; ++i) {
        Scenario scenario = makeScenario(QStringLiteral("Scenario %1").arg(i + 1), plan.ids);
        const double step = 1.0 + (i - 5) * 0.02;
        scenario.setValue(ScenarioDriver::AverageDealSize, std::round(deal * step));
        scenario.setValue(ScenarioDriver::AnnualTarget, std::round(target * (2.0 - step)));
        scenario.setValue(ScenarioDriver::ProposalToWon, 0.2 + 0.01 * i);
        scenario.setValue(ScenarioDriver::HeadcountChange, double(i - 5));
        if (i % 2 == 0) {
            scenario.seasonality = SeasonalityMode::Custom;
            scenario.customWeights[11] = 2.0 + i;
        }
        plan.scenarios.append(scenario);
    }
}

template <typename Work> double timeMs(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Plan plan = largeBenchPlan(500);
    addScenarios(plan);
    QList<WhatIfColumn> table;
    std::vector<double> tableTimes;
    std::vector<double> sensitivityTimes;
    for (int i = 0; i < runs; ++i) {
        tableTimes.push_back(timeMs([&] { table = whatIfTable(plan); }));
        sensitivityTimes.push_back(timeMs([&] { (void)headcountSensitivity(plan); }));
    }
    int solved = 0;
    for (const WhatIfColumn &column : table)
        solved += column.figures.ok() ? 1 : 0;
    std::printf("What-if table of a %lld-member plan, the baseline and %lld scenarios (%d solved): "
                "median %.2f ms, worst %.2f ms over %d runs (budget 50 ms)\n",
                static_cast<long long>(plan.team.members.size()),
                static_cast<long long>(plan.scenarios.size()), solved, median(tableTimes),
                maximum(tableTimes), runs);
    std::printf("Sensitivity of headcount (7 drivers, ±10 %%): median %.2f ms, worst %.2f ms\n",
                median(sensitivityTimes), maximum(sensitivityTimes));
    return 0;
}
