#include "exchange/summaryjson.h"

#include "check/initiativechecks.h"
#include "exchange/calibrationjson.h"
#include "summary/memberactivity.h"
#include "summary/scenariofigures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salesplan {

namespace {

QJsonValue amount(qint64 minor, const QString &currency)
{
    return Money{minor, currency}.toPlainString();
}

QJsonArray monthsJson(const MonthValues &months, const QString &currency)
{
    QJsonArray array;
    for (qint64 month : months)
        array.append(amount(month, currency));
    return array;
}

// The members' split gains each holder's first month with quota ("2027-03"), null for none.
void addFirstQuotaMonths(QJsonArray &items, const QuotaSplit &quotas, const Period &period)
{
    for (qsizetype i = 0; i < items.size() && i < quotas.holders.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const int first = quotas.holders.at(i).firstMonth;
        item.insert(QStringLiteral("firstQuotaMonth"),
                    first < 0 ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(period.monthStart(first).toString(u"yyyy-MM")));
        items[i] = item;
    }
}

QJsonObject decompositionJson(const Decomposition &decomposition, const Plan &plan,
                              const PlanSummary &summary)
{
    const QString &currency = decomposition.currency;
    QJsonArray quarters;
    for (qint64 quarter : decomposition.quarters)
        quarters.append(amount(quarter, currency));
    const QJsonArray months = monthsJson(decomposition.months, currency);
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
        if (split.kind == TargetSplit::Members && summary.quotas)
            addFirstQuotaMonths(items, *summary.quotas, plan.info.period);
        dimensions.append(QJsonObject{{QStringLiteral("dimension"), split.name},
                                      {QStringLiteral("items"), items}});
    }
    return {{QStringLiteral("annual"), amount(decomposition.annual, currency)},
            {QStringLiteral("quarters"), quarters},
            {QStringLiteral("months"), months},
            {QStringLiteral("dimensions"), dimensions}};
}

QJsonObject quotasJson(const QuotaSplit &quotas, const Plan &plan)
{
    const QString &currency = plan.info.currency;
    return {{QStringLiteral("companyTarget"), amount(quotas.target, currency)},
            {QStringLiteral("assigned"), amount(quotas.assigned, currency)},
            {QStringLiteral("overAssignment"), plan.targets.overAssignment},
            {QStringLiteral("carriedByNoOne"), amount(quotas.unassigned, currency)},
            {QStringLiteral("followStartDates"), plan.targets.quotasFollowStart}};
}

QJsonObject collectionsJson(const CollectionPlan &collections, const QString &currency)
{
    return {
        {QStringLiteral("months"), monthsJson(collections.months, currency)},
        {QStringLiteral("fromOpeningReceivable"), monthsJson(collections.fromOpening, currency)},
        {QStringLiteral("openingReceivable"), amount(collections.opening, currency)},
        {QStringLiteral("closingReceivable"), amount(collections.closingReceivable, currency)}};
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

QJsonObject activityCountsJson(const ActivityCounts &counts, const QString &currency)
{
    return {{QStringLiteral("quota"), amount(counts.quota, currency)},
            {QStringLiteral("deals"), counts.deals},
            {QStringLiteral("proposals"), counts.proposals},
            {QStringLiteral("qualified"), counts.qualified},
            {QStringLiteral("leads"), counts.leads},
            {QStringLiteral("calls"), counts.calls},
            {QStringLiteral("workingDays"), counts.workingDays},
            {QStringLiteral("callsPerDay"), counts.callsPerDay},
            {QStringLiteral("demosPerDay"), counts.demosPerDay}};
}

template <typename Periods>
QJsonArray activityPeriodsJson(const Periods &periods, const QString &currency)
{
    QJsonArray array;
    for (const ActivityCounts &counts : periods)
        array.append(activityCountsJson(counts, currency));
    return array;
}

QJsonObject holderActivityJson(const HolderActivity &holder, const QString &currency)
{
    return {{QStringLiteral("months"), activityPeriodsJson(holder.months, currency)},
            {QStringLiteral("quarters"), activityPeriodsJson(holder.quarters, currency)},
            {QStringLiteral("year"), activityCountsJson(holder.year, currency)}};
}

// One entry per quota holder (members, then planned-hire lines) with its activity targets and
// their SMART sentences; the team's activity, their sum, beside them.
void addActivity(QJsonObject &root, const Plan &plan, const PlanSummary &summary)
{
    const Result<TeamActivity> activity = planActivity(plan, summary);
    if (!activity) {
        // Still a list, so that a reader of the list needs no second shape; the reason beside it.
        root.insert(QStringLiteral("members"), QJsonArray{});
        root.insert(QStringLiteral("teamActivity"),
                    QJsonObject{{QStringLiteral("error"), activity.error().message()}});
        return;
    }
    const QString &currency = plan.info.currency;
    QJsonArray members;
    for (const HolderActivity &holder : activity->holders)
        members.append(
            QJsonObject{{QStringLiteral("name"), holder.name},
                        {QStringLiteral("people"), holder.people},
                        {QStringLiteral("activity"), holderActivityJson(holder, currency)},
                        {QStringLiteral("smartTargets"),
                         QJsonArray::fromStringList(smartTargets(holder, currency))}});
    root.insert(QStringLiteral("members"), members);
    root.insert(QStringLiteral("teamActivity"), holderActivityJson(activity->team, currency));
}

QString stepKindKey(BridgeStep::Kind kind)
{
    switch (kind) {
    case BridgeStep::Kind::Item:
        return QStringLiteral("item");
    case BridgeStep::Kind::NotAssigned:
        return QStringLiteral("notAssigned");
    case BridgeStep::Kind::NotInHistory:
        return QStringLiteral("notInHistory");
    }
    return {};
}

QJsonObject bridgeJson(const PlanBridge &bridge)
{
    const QString &currency = bridge.currency;
    QJsonArray steps;
    for (const BridgeStep &step : bridge.steps) {
        QJsonObject json{{QStringLiteral("kind"), stepKindKey(step.kind)},
                         {QStringLiteral("name"), step.name},
                         {QStringLiteral("lastYear"), amount(step.lastYear, currency)},
                         {QStringLiteral("thisYear"), amount(step.thisYear, currency)},
                         {QStringLiteral("change"), amount(step.change(), currency)}};
        if (const std::optional<double> rate = step.changeRate())
            json.insert(QStringLiteral("changeRate"), *rate);
        steps.append(json);
    }
    return {{QStringLiteral("lastYearActual"), amount(bridge.start, currency)},
            {QStringLiteral("historyTotal"), amount(bridge.historyTotal, currency)},
            {QStringLiteral("target"), amount(bridge.end, currency)},
            {QStringLiteral("steps"), steps}};
}

// The bridges by the split they bridge: "regions", "productLines".
QJsonObject bridgesJson(const QList<PlanBridge> &bridges)
{
    QJsonObject json;
    for (const PlanBridge &bridge : bridges)
        json.insert(bridge.dimension == TargetSplit::Regions ? QStringLiteral("regions")
                                                             : QStringLiteral("productLines"),
                    bridgeJson(bridge));
    return json;
}

QJsonObject costJson(const PlanCost &cost)
{
    const QString &currency = cost.currency;
    QJsonArray otherTools;
    for (const Money &tools : cost.toolsInOtherCurrencies)
        otherTools.append(QJsonObject{{QStringLiteral("currency"), tools.currency},
                                      {QStringLiteral("amount"), tools.toPlainString()}});
    QJsonObject json{{QStringLiteral("commissionAtPlan"), amount(cost.commissionAtPlan, currency)},
                     {QStringLiteral("tools"), amount(cost.tools, currency)},
                     {QStringLiteral("toolsInOtherCurrencies"), otherTools},
                     {QStringLiteral("total"), amount(cost.total(), currency)},
                     {QStringLiteral("shareOfTarget"), cost.shareOfTarget()}};
    if (cost.accelerator) {
        json.insert(QStringLiteral("acceleratorAtStretch"), amount(*cost.accelerator, currency));
        json.insert(QStringLiteral("commissionAtStretch"),
                    amount(*cost.commissionAtStretch(), currency));
    }
    if (cost.marketing)
        json.insert(QStringLiteral("marketing"), amount(*cost.marketing, currency));
    if (cost.deals)
        json.insert(QStringLiteral("deals"), *cost.deals);
    if (const std::optional<qint64> perDeal = cost.perDeal())
        json.insert(QStringLiteral("perDeal"), amount(*perDeal, currency));
    return json;
}

// A row of the budget: each part by its key, and the row's total.
QJsonObject budgetRowJson(const BudgetRow &row, const QString &currency)
{
    QJsonObject json;
    for (int part = 0; part < budgetPartCount; ++part)
        json.insert(budgetPartKey(BudgetPart(part)), amount(row[std::size_t(part)], currency));
    json.insert(QStringLiteral("total"), amount(rowTotal(row), currency));
    return json;
}

QJsonObject budgetJson(const SalesBudget &budget)
{
    const QString &currency = budget.currency;
    QJsonArray months;
    for (const BudgetRow &month : budget.months)
        months.append(budgetRowJson(month, currency));
    QJsonArray quarters;
    for (const BudgetRow &quarter : budget.quarters)
        quarters.append(budgetRowJson(quarter, currency));
    QJsonObject costOfSales{{QStringLiteral("share"), budget.shareOfTarget()}};
    if (const std::optional<qint64> perDeal = budget.perDeal())
        costOfSales.insert(QStringLiteral("perDeal"), amount(*perDeal, currency));
    QJsonArray rolesWithoutCost;
    for (const QString &role : budget.rolesWithoutCost)
        rolesWithoutCost.append(role);
    QJsonObject json{{QStringLiteral("months"), months},
                     {QStringLiteral("quarters"), quarters},
                     {QStringLiteral("year"), budgetRowJson(budget.year, currency)},
                     {QStringLiteral("total"), amount(budget.total(), currency)},
                     {QStringLiteral("costOfSales"), costOfSales},
                     {QStringLiteral("marketingFromCampaigns"), budget.marketingFromCampaigns},
                     {QStringLiteral("rolesWithoutCost"), rolesWithoutCost},
                     {QStringLiteral("aboveLimit"), budget.isAboveLimit()}};
    if (budget.limit > 0)
        json.insert(QStringLiteral("limit"), amount(budget.limit, currency));
    return json;
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

QJsonObject whatIfJson(const WhatIfFigures &figures)
{
    const QString currency = figures.target.currency;
    QJsonObject json{{QStringLiteral("target"), figures.target.toPlainString()},
                     {QStringLiteral("deals"), figures.deals},
                     {QStringLiteral("leads"), figures.leads},
                     {QStringLiteral("repsNeeded"), figures.repsNeeded},
                     {QStringLiteral("repsAvailable"), figures.repsAvailable},
                     {QStringLiteral("headcountGap"), figures.headcountGap()},
                     {QStringLiteral("largestMonthShortfall"), figures.largestMonthShortfall},
                     {QStringLiteral("marketingBudget"), figures.marketingBudget.toPlainString()},
                     {QStringLiteral("costOfSales"), figures.costOfSales.toPlainString()}};
    if (figures.callsPerRepDay)
        json.insert(QStringLiteral("callsPerRepDay"), *figures.callsPerRepDay);
    return json;
}

// The baseline's what-if figures and each scenario's, with its id and name.
void addScenarios(QJsonObject &root, const Plan &plan)
{
    const QList<WhatIfColumn> columns = whatIfTable(plan);
    QJsonArray scenarios;
    for (const WhatIfColumn &column : columns) {
        const QJsonValue figures = valueOrError(column.figures, whatIfJson);
        if (column.id == 0) {
            root.insert(QStringLiteral("whatIfBaseline"), figures);
            continue;
        }
        QJsonObject scenario = figures.toObject();
        scenario.insert(QStringLiteral("id"), column.id);
        scenario.insert(QStringLiteral("name"), column.name);
        scenarios.append(scenario);
    }
    root.insert(QStringLiteral("scenarios"), scenarios);
}

// The action plan: each initiative's owner, dates, status, budget, spend and whether it is
// overdue on `today`.
QJsonArray initiativesJson(const Plan &plan, const QDate &today)
{
    const auto date = [](const QDate &day) {
        return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray initiatives;
    for (const Initiative &initiative : plan.initiatives) {
        initiatives.append(
            QJsonObject{{QStringLiteral("name"), initiative.name},
                        {QStringLiteral("owner"), initiative.owner},
                        {QStringLiteral("start"), date(initiative.start)},
                        {QStringLiteral("due"), date(initiative.due)},
                        {QStringLiteral("status"), choiceKey(initiative.status)},
                        {QStringLiteral("budget"), initiative.budget.toPlainString()},
                        {QStringLiteral("spent"), initiative.spent.toPlainString()},
                        {QStringLiteral("overdue"), isOverdue(initiative, today)}});
    }
    return initiatives;
}

} // namespace

QByteArray summaryToJson(const Plan &plan, const PlanSummary &summary, const QDate &today)
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
                valueOrError(summary.decomposition, [&](const Decomposition &decomposition) {
                    return decompositionJson(decomposition, plan, summary);
                }));
    root.insert(QStringLiteral("quotas"), valueOrError(summary.quotas, [&](const QuotaSplit &q) {
                    return quotasJson(q, plan);
                }));
    if (summary.collections) {
        root.insert(QStringLiteral("collections"),
                    valueOrError(*summary.collections, [&](const CollectionPlan &collections) {
                        return collectionsJson(collections, plan.info.currency);
                    }));
    }
    root.insert(QStringLiteral("funnel"), valueOrError(summary.funnel, funnelJson));
    root.insert(QStringLiteral("capacity"), valueOrError(summary.capacity, capacityJson));
    addActivity(root, plan, summary);
    if (!summary.bridges.isEmpty())
        root.insert(QStringLiteral("bridge"), bridgesJson(summary.bridges));
    root.insert(QStringLiteral("cost"), valueOrError(summary.cost, costJson));
    root.insert(QStringLiteral("calibration"), calibrationJson(plan, summary.calibration));
    root.insert(QStringLiteral("budget"), valueOrError(summary.budget, budgetJson));
    QList<Finding> findings = summary.findings;
    addOverdueFindings(findings, plan, today);
    root.insert(QStringLiteral("findings"), findingsJson(findings));
    addScenarios(root, plan);
    root.insert(QStringLiteral("initiatives"), initiativesJson(plan, today));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace salesplan
