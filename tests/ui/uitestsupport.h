#pragma once

#include "exchange/planjson.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QString>

// What the UI tests share: QString in Catch's messages, and the sample plans as plans.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace uitest {

// The sample plan `name` (e.g. "sample-zh_CN.json") from resources/samples.
inline salesplan::Plan sample(const char *name)
{
    QFile file(QStringLiteral(SALESPLAN_TEST_DATA "/../../resources/samples/") +
               QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const salesplan::Result<salesplan::Plan> plan = salesplan::planFromJson(file.readAll());
    REQUIRE(plan);
    return *plan;
}

// `plan` with actuals booked from January to May of its year: each member's month targets spread
// over the product lines by their shares, scaled so the company books about its plan, the
// members a little apart (88 % to 106 %), and the first region 20 % under in May.
inline salesplan::Plan withActualsToMay(salesplan::Plan plan)
{
    using namespace salesplan;
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.decomposition);
    const DimensionSplit *members = summary.decomposition->split(TargetSplit::Members);
    const DimensionSplit *products = summary.decomposition->split(TargetSplit::Products);
    REQUIRE(members);
    qint64 quotas = 0;
    for (const qint64 annual : members->annual)
        quotas += annual;
    const double toCompany = double(summary.decomposition->annual) / double(quotas);
    const QString lagging =
        plan.targets.regions.isEmpty() ? QString() : plan.targets.regions.first().name;
    for (int m = 0; m < 5; ++m) {
        for (qsizetype i = 0; i < members->itemNames.size(); ++i) {
            const Member *member = nullptr;
            for (const Member &one : plan.team.members)
                member = one.name == members->itemNames.at(i) ? &one : member;
            double factor = toCompany * (0.88 + 0.06 * double(i % 4));
            if (m == 4 && member && member->region == lagging)
                factor *= 0.8;
            const qint64 amount = qint64(double(members->byMonth.at(i)[std::size_t(m)]) * factor);
            const qsizetype productCount = products ? products->itemNames.size() : 1;
            for (qsizetype p = 0; p < productCount; ++p) {
                HistoryEntry entry;
                entry.id = plan.ids.take();
                entry.month = QDate(plan.info.period.year, m + 1, 1);
                entry.member = members->itemNames.at(i);
                entry.region = member ? member->region : QString();
                qint64 part = amount;
                if (products)
                    part = qint64(double(amount) * double(products->annual.at(p)) /
                                  double(summary.decomposition->annual));
                entry.product = products ? products->itemNames.at(p) : QString();
                entry.amount = Money::of(part, plan.info.currency);
                plan.history.append(entry);
            }
        }
    }
    // May's KPIs: the leads short (red), the win rate a little under (yellow), the deal size met.
    const QList<double> measured{600.0, 33.0, 82'000.0};
    for (qsizetype k = 0; k < plan.metrics.kpis.size() && k < measured.size(); ++k) {
        KpiActual actual;
        actual.id = plan.ids.take();
        actual.kpi = int(plan.metrics.kpis.at(k).id);
        actual.month = QDate(plan.info.period.year, 5, 1);
        actual.value = measured.at(k);
        plan.kpiActuals.append(actual);
    }
    return plan;
}

} // namespace uitest
