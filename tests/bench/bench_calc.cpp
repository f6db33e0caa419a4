// Benchmark of the calculators: prints figures, asserts nothing. Run it from a Release build:
//   build/release/tests/bench/bench_calc
#include "calc/decompose.h"
#include "calc/funnel.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace salesplan;

namespace {

QList<double> randomWeights(int count, QRandomGenerator &random)
{
    QList<double> weights;
    for (int i = 0; i < count; ++i)
        weights.append(1.0 + random.bounded(100.0));
    return weights;
}

Dimension dimension(const QString &name, const QList<double> &weights)
{
    Dimension result{TargetSplit::Regions, name, {}, weights, {}};
    for (int i = 0; i < weights.size(); ++i)
        result.itemNames.append(name + QString::number(i + 1));
    return result;
}

// 1,000 members × 12 months × 50 products: the member and product splits by month, then every
// member-month cell split across the 50 products (600,000 cells in all).
qint64 decomposeLargePlan(const DecompositionInputs &inputs, const QList<double> &productWeights)
{
    const Result<Decomposition> result = decomposeTarget(inputs);
    if (!result) {
        std::fprintf(stderr, "decomposition failed: %s\n", qPrintable(result.error().message()));
        std::exit(1);
    }
    qint64 cells = 0;
    for (const MonthValues &memberMonths : result->dimensions.last().byMonth) {
        for (qint64 cell : memberMonths)
            cells += splitExactly(cell, productWeights)->size();
    }
    return cells;
}

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

void benchDecomposition()
{
    QRandomGenerator random(42);
    const QList<double> productWeights = randomWeights(50, random);
    DecompositionInputs inputs;
    inputs.annualTarget = Money{12'000'000'000'00, QStringLiteral("CNY")};
    for (size_t m = 0; m < inputs.monthWeights.size(); ++m)
        inputs.monthWeights[m] = 6.0 + double(m);
    inputs.dimensions = {dimension(QStringLiteral("product"), productWeights),
                         dimension(QStringLiteral("member"), randomWeights(1000, random))};
    std::vector<double> samples;
    qint64 cells = 0;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer timer;
        timer.start();
        cells = decomposeLargePlan(inputs, productWeights);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("decompose 1,000 members x 12 months x 50 products (%lld cells): median %.2f ms, "
                "best %.2f ms (budget 50 ms)\n",
                static_cast<long long>(cells), medianMs(samples),
                *std::min_element(samples.begin(), samples.end()));
}

void benchFunnel()
{
    BackwardInputs inputs;
    inputs.averageDealSize = Money{50'000'00, QStringLiteral("CNY")};
    inputs.rates = {0.3, 0.5, 0.3};
    inputs.callsPerLead = 4.0;
    inputs.workingDays = 250;
    inputs.headcount = 12;
    inputs.annualAttrition = 0.1;
    inputs.costPerLead = Money{200'00, QStringLiteral("CNY")};
    constexpr int solves = 100'000;
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < solves; ++i) {
        inputs.revenueTarget =
            Money{qint64(100'000'000'00) + i * qint64(1'000'00), QStringLiteral("CNY")};
        checksum += solveBackward(inputs)->repsRequired;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("100,000 backward funnel solves: %.1f ms in all, %.2f us each (checksum %lld)\n",
                ms, ms * 1000.0 / solves, static_cast<long long>(checksum));
}

} // namespace

int main()
{
    benchDecomposition();
    benchFunnel();
    return 0;
}
