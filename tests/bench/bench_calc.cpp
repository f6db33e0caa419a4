// Benchmark of the calculators: prints figures, asserts nothing. Run it from a Release build:
//   build/release/tests/bench/bench_calc
#include "calc/decompose.h"
#include "calc/funnel.h"
#include "calc/planinputs.h"
#include "summary/teamquotas.h"

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

// 1,000 members in 50 regions with start dates through the year, ramps, every tenth on a fixed
// quota, 20 hiring lines, 50 product lines and collections over three months.
Plan quotaPlan()
{
    QRandomGenerator random(7);
    Plan plan = makeDefaultPlan();
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = Money{12'000'000'000'00, QStringLiteral("CNY")};
    plan.targets.overAssignment = 0.1;
    plan.targets.collections.sameMonth = 0.3;
    plan.targets.collections.after1Month = 0.5;
    plan.targets.collections.after2Months = 0.2;
    for (int r = 0; r < 50; ++r)
        plan.targets.regions.append(
            {plan.ids.take(), QStringLiteral("Region %1").arg(r), 1.0 + random.bounded(5.0), {}});
    for (int p = 0; p < 50; ++p)
        plan.targets.products.append(
            {plan.ids.take(), QStringLiteral("Product %1").arg(p), 1.0 + random.bounded(5.0), {}});
    for (int m = 0; m < 1000; ++m) {
        Member member;
        member.id = plan.ids.take();
        member.name = QStringLiteral("Member %1").arg(m);
        member.region = QStringLiteral("Region %1").arg(m % 50);
        member.quotaShare = 0.5 + random.bounded(1.5);
        if (m % 3 == 0)
            member.startDate = QDate(2027, 1 + m % 12, 1);
        member.rampMonths = m % 5;
        if (m % 10 == 0)
            member.quotaAmount = Money{100'000'00, QStringLiteral("CNY")};
        plan.team.members.append(member);
    }
    for (int h = 0; h < 20; ++h) {
        Hire hire;
        hire.id = plan.ids.take();
        hire.region = QStringLiteral("Region %1").arg(h);
        hire.count = 2;
        hire.startDate = QDate(2027, 1 + h % 12, 1);
        plan.team.hiring.append(hire);
    }
    return plan;
}

// What the summary works out for quotas: the company's months, regions and product lines, the
// quotas inside the regions, every member-month split across the product lines, and the
// collections of the company and of every quota holder.
qint64 quotasOf(const Plan &plan, const QList<double> &productWeights)
{
    const Result<Decomposition> decomposition =
        decomposeTarget({plan.targets.annualTarget, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
                         planDimensions(plan)});
    const Result<QuotaSplit> quotas = planQuotas(plan, *decomposition);
    if (!decomposition || !quotas) {
        std::fprintf(stderr, "quotas failed\n");
        std::exit(1);
    }
    const DimensionSplit members = memberSplit(plan, *quotas);
    qint64 cells = 0;
    for (const MonthValues &months : members.byMonth) {
        for (qint64 cell : months)
            cells += splitExactly(cell, productWeights)->size();
        cells += collectionsOf(plan.targets.collections.shares(), months).closingReceivable > 0;
    }
    cells += planCollectionsOf(plan, *decomposition)->value().closingReceivable > 0;
    return cells;
}

// The quota split against its floor, the same members split by weight alone (the decomposition
// before quotas followed start dates and regions), run in turn so both see the same machine.
void benchQuotas()
{
    const Plan plan = quotaPlan();
    QList<double> productWeights;
    for (const WeightedItem &product : plan.targets.products)
        productWeights.append(product.weight);
    QList<double> memberWeights;
    for (const Member &member : plan.team.members)
        memberWeights.append(member.quotaShare);
    DecompositionInputs floor;
    floor.annualTarget = plan.targets.annualTarget;
    floor.dimensions = {dimension(QStringLiteral("product"), productWeights),
                        dimension(QStringLiteral("member"), memberWeights)};
    std::vector<double> quotaSamples;
    std::vector<double> floorSamples;
    qint64 cells = 0;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer timer;
        timer.start();
        cells = quotasOf(plan, productWeights);
        quotaSamples.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        decomposeLargePlan(floor, productWeights);
        floorSamples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double quota = medianMs(quotaSamples);
    const double weightsOnly = medianMs(floorSamples);
    std::printf("quotas of 1,000 members in 50 regions (start dates, ramps, fixed quotas, hires) "
                "x 12 months x 50 products + collections (%lld cells): median %.2f ms "
                "(budget 50 ms); split by weight alone %.2f ms; ratio %.2f\n",
                static_cast<long long>(cells), quota, weightsOnly, quota / weightsOnly);
}

} // namespace

int main()
{
    benchDecomposition();
    benchQuotas();
    benchFunnel();
    return 0;
}
