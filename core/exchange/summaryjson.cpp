#include "exchange/summaryjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salesplan {

namespace {

QJsonValue amount(qint64 minor, const QString &currency)
{
    return Money{minor, currency}.toPlainString();
}

QJsonObject decompositionJson(const Decomposition &decomposition)
{
    const QString &currency = decomposition.currency;
    QJsonArray quarters;
    for (qint64 quarter : decomposition.quarters)
        quarters.append(amount(quarter, currency));
    QJsonArray months;
    for (qint64 month : decomposition.months)
        months.append(amount(month, currency));
    QJsonArray dimensions;
    for (const DimensionSplit &split : decomposition.dimensions) {
        QJsonArray items;
        for (qsizetype i = 0; i < split.itemNames.size(); ++i) {
            QJsonArray byMonth;
            for (qint64 month : split.byMonth.at(i))
                byMonth.append(amount(month, currency));
            items.append(
                QJsonObject{{QStringLiteral("name"), split.itemNames.at(i)},
                            {QStringLiteral("annual"), amount(split.annual.at(i), currency)},
                            {QStringLiteral("months"), byMonth}});
        }
        dimensions.append(QJsonObject{{QStringLiteral("dimension"), split.name},
                                      {QStringLiteral("items"), items}});
    }
    return {{QStringLiteral("annual"), amount(decomposition.annual, currency)},
            {QStringLiteral("quarters"), quarters},
            {QStringLiteral("months"), months},
            {QStringLiteral("dimensions"), dimensions}};
}

QJsonObject funnelJson(const BackwardResult &funnel)
{
    return {{QStringLiteral("workingDays"), funnel.workingDays},
            {QStringLiteral("deals"), funnel.deals},
            {QStringLiteral("proposals"), funnel.proposals},
            {QStringLiteral("qualifiedLeads"), funnel.qualifiedLeads},
            {QStringLiteral("leads"), funnel.leads},
            {QStringLiteral("calls"), funnel.calls},
            {QStringLiteral("callsPerDay"), funnel.callsPerDay},
            {QStringLiteral("demosPerDay"), funnel.demosPerDay},
            {QStringLiteral("qualifiedPerDay"), funnel.qualifiedPerDay},
            {QStringLiteral("repsRequired"), funnel.repsRequired},
            {QStringLiteral("headcountRequired"), funnel.headcountRequired},
            {QStringLiteral("headcount"), funnel.headcount},
            {QStringLiteral("repsShort"), funnel.repsShort},
            {QStringLiteral("marketingBudget"), funnel.marketingBudget.toPlainString()}};
}

QJsonObject capacityJson(const CapacityPlan &capacity)
{
    QJsonArray months;
    for (const MonthCapacity &month : capacity.months)
        months.append(QJsonObject{{QStringLiteral("repsAvailable"), month.repsAvailable},
                                  {QStringLiteral("repsRequired"), month.repsRequired},
                                  {QStringLiteral("repsShort"), month.repsShort}});
    return {{QStringLiteral("months"), months},
            {QStringLiteral("firstShortMonth"), capacity.firstShortMonth},
            {QStringLiteral("largestShortfall"), capacity.largestShortfall}};
}

QJsonArray findingsJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(QJsonObject{{QStringLiteral("severity"), severityKey(finding.severity)},
                                 {QStringLiteral("section"), sectionKey(finding.section)},
                                 {QStringLiteral("field"), finding.field},
                                 {QStringLiteral("message"), finding.message}});
    return array;
}

// A calculation's value, or {"error": "..."} when it was refused.
template <typename T, typename ToJson>
QJsonValue valueOrError(const Result<T> &result, ToJson toJson)
{
    if (!result)
        return QJsonObject{{QStringLiteral("error"), result.error().message()}};
    return toJson(*result);
}

} // namespace

QByteArray summaryToJson(const Plan &plan, const PlanSummary &summary)
{
    QJsonObject root{
        {QStringLiteral("plan"), plan.info.name},
        {QStringLiteral("company"), plan.info.company},
        {QStringLiteral("year"), plan.info.period.year},
        {QStringLiteral("fiscalStartMonth"), plan.info.period.startMonth},
        {QStringLiteral("currency"), plan.info.currency},
        {QStringLiteral("annualTarget"), plan.targets.annualTarget.toPlainString()},
        {QStringLiteral("lastYearActual"), plan.targets.lastYearActual.toPlainString()}};
    if (summary.growth)
        root.insert(QStringLiteral("growth"), *summary.growth);
    root.insert(QStringLiteral("tiers"), valueOrError(summary.tiers, [](const TargetTiers &tiers) {
                    return QJsonObject{
                        {QStringLiteral("base"), tiers.base.toPlainString()},
                        {QStringLiteral("stretch"), tiers.stretch.toPlainString()},
                        {QStringLiteral("challenge"), tiers.challenge.toPlainString()}};
                }));
    root.insert(QStringLiteral("decomposition"),
                valueOrError(summary.decomposition, decompositionJson));
    root.insert(QStringLiteral("funnel"), valueOrError(summary.funnel, funnelJson));
    root.insert(QStringLiteral("capacity"), valueOrError(summary.capacity, capacityJson));
    root.insert(QStringLiteral("findings"), findingsJson(summary.findings));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace salesplan
