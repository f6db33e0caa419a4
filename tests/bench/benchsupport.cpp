#include "benchsupport.h"

#include "store/planfile.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace salesplan;

Plan largeBenchPlan(int members)
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("Benchmark plan");
    plan.mission.mission = QStringLiteral("Benchmark");
    plan.targets.annualTarget = Money{12'000'000'000, QStringLiteral("CNY")};
    plan.targets.funnel.averageDealSize = Money{8'000'000, QStringLiteral("CNY")};
    for (int i = 0; i < 9; ++i)
        plan.targets.regions.append(
            {plan.ids.take(), QStringLiteral("Region %1").arg(i), 1.0 + i, {}});
    for (int i = 0; i < 4; ++i)
        plan.targets.products.append(
            {plan.ids.take(), QStringLiteral("Product %1").arg(i), 1.0 + i, {}});
    for (int i = 0; i < members; ++i) {
        Member member;
        member.id = plan.ids.take();
        member.name = QStringLiteral("销售代表 %1").arg(i);
        member.region = QStringLiteral("Region %1").arg(i % 9);
        member.quotaShare = 1.0 + (i % 4) * 0.25;
        plan.team.members.append(member);
    }
    for (int i = 0; i < 10'000; ++i) {
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = QDate(2024 + (i / 12) % 3, 1 + i % 12, 1);
        entry.region = QStringLiteral("Region %1").arg(i % 9);
        entry.amount = Money{1'000'000 + i * 37, QStringLiteral("CNY")};
        plan.history.append(entry);
    }
    return plan;
}

void createLargePlanFile(const QString &path)
{
    const auto created = PlanFile::create(path, largeBenchPlan());
    if (!created) {
        std::fprintf(stderr, "benchmark: cannot create the plan: %s\n",
                     qPrintable(created.error().message()));
        std::exit(1);
    }
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double maximum(const std::vector<double> &samples)
{
    return *std::max_element(samples.begin(), samples.end());
}
