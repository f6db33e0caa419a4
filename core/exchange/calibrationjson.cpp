#include "exchange/calibrationjson.h"

#include "summary/calibrationtext.h"

#include <QJsonArray>

#include <cmath>

namespace salesplan {

namespace {

QJsonValue amount(const Money &money)
{
    return money.toPlainString();
}

QJsonValue amount(double minor, const QString &currency)
{
    return Money::of(qint64(std::llround(minor)), currency).toPlainString();
}

QJsonValue monthOf(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(QStringLiteral("yyyy-MM"))) : QJsonValue();
}

void addMarket(QJsonObject &json, const MarketCeiling &market)
{
    json.insert(QStringLiteral("marketSize"), amount(market.marketSize));
    json.insert(QStringLiteral("marketGrowth"), market.growth);
    json.insert(QStringLiteral("planYearMarket"), amount(market.planYearMarket));
    json.insert(QStringLiteral("share"), market.share);
    json.insert(QStringLiteral("shareTyped"), market.shareTyped);
    json.insert(QStringLiteral("lastYearShare"),
                market.lastYearShare ? QJsonValue(*market.lastYearShare) : QJsonValue());
    json.insert(QStringLiteral("targetShare"), market.targetShare);
}

QJsonArray regionsJson(const TeamCeiling &team, const QString &currency)
{
    QJsonArray regions;
    for (const RegionProductivity &region : team.regions)
        regions.append(QJsonObject{
            {QStringLiteral("region"), region.region},
            {QStringLiteral("ownHistory"), region.ownHistory},
            {QStringLiteral("productivityPerRepMonth"), amount(region.productivity, currency)},
            {QStringLiteral("historyRepMonths"), region.historyRepMonths},
            {QStringLiteral("planRepMonths"), region.planRepMonths}});
    return regions;
}

void addTeam(QJsonObject &json, const TeamCeiling &team, const Plan &plan,
             const CalibrationChange &change)
{
    const QString &currency = plan.info.currency;
    json.insert(QStringLiteral("baseline"), amount(team.baseline));
    json.insert(QStringLiteral("productivityPerRepMonth"), amount(team.productivity, currency));
    json.insert(QStringLiteral("historyFrom"), monthOf(team.historyFrom));
    json.insert(QStringLiteral("historyTo"), monthOf(team.historyTo));
    json.insert(QStringLiteral("historyMonths"), team.historyMonths);
    json.insert(QStringLiteral("historyRepMonths"), team.historyRepMonths);
    json.insert(QStringLiteral("planRepMonths"), team.planRepMonths);
    json.insert(QStringLiteral("hireRepMonths"), team.hireRepMonths);
    json.insert(QStringLiteral("allRepsUplift"), team.allRepsUplift);
    json.insert(QStringLiteral("newHireUplift"), team.newHireUplift);
    if (!team.regions.isEmpty())
        json.insert(QStringLiteral("regions"), regionsJson(team, currency));
    if (change.productivityIncrease > 0.0) {
        json.insert(QStringLiteral("needsProductivity"), change.productivityIncrease);
        json.insert(QStringLiteral("needsReps"), change.moreReps);
        json.insert(QStringLiteral("needsRepsFrom"),
                    monthOf(plan.info.period.monthStart(change.hireFrom)));
    }
}

void addResources(QJsonObject &json, const ResourcesCeiling &resources,
                  const CalibrationChange &change)
{
    json.insert(QStringLiteral("budget"), amount(resources.budget));
    json.insert(QStringLiteral("costPerLead"), amount(resources.costPerLead));
    json.insert(QStringLiteral("leads"), resources.counts.leads);
    json.insert(QStringLiteral("qualifiedLeads"), resources.counts.qualifiedLeads);
    json.insert(QStringLiteral("proposals"), resources.counts.proposals);
    json.insert(QStringLiteral("deals"), resources.counts.deals);
    json.insert(QStringLiteral("averageDealSize"), amount(resources.averageDealSize));
    json.insert(QStringLiteral("newCustomers"), amount(resources.newCustomers));
    json.insert(QStringLiteral("existingCustomerShare"), resources.existingShare);
    json.insert(QStringLiteral("existingCustomers"), amount(resources.existingCustomers));
    if (!change.moreBudget.isZero())
        json.insert(QStringLiteral("needsBudget"), amount(change.moreBudget));
}

QJsonObject rowJson(const CalibrationRow &row)
{
    QJsonObject json{{QStringLiteral("ceiling"),
                      row.ceiling ? QJsonValue(row.ceiling->toPlainString()) : QJsonValue()}};
    if (!row.ceiling) {
        json.insert(QStringLiteral("reason"), row.notSetReason);
        return json;
    }
    json.insert(QStringLiteral("targetShareOfCeiling"),
                row.targetShare ? QJsonValue(*row.targetShare) : QJsonValue());
    json.insert(QStringLiteral("inputs"), row.inputs);
    json.insert(QStringLiteral("change"), row.change);
    return json;
}

} // namespace

QJsonObject calibrationJson(const Plan &plan, const Calibration &calibration)
{
    const QList<CalibrationRow> rows = calibrationRows(plan, calibration);
    QJsonObject market = rowJson(rows.at(0));
    QJsonObject team = rowJson(rows.at(1));
    QJsonObject resources = rowJson(rows.at(2));
    QJsonObject json{{QStringLiteral("target"), amount(calibration.target)}};
    if (calibration.market) {
        addMarket(market, *calibration.market);
        json.insert(QStringLiteral("targetShare"), calibration.market->targetShare);
        json.insert(QStringLiteral("lastYearShare"),
                    calibration.market->lastYearShare
                        ? QJsonValue(*calibration.market->lastYearShare)
                        : QJsonValue());
    }
    if (calibration.team)
        addTeam(team, *calibration.team, plan, calibration.change);
    if (calibration.resources)
        addResources(resources, *calibration.resources, calibration.change);
    json.insert(QStringLiteral("market"), market);
    json.insert(QStringLiteral("team"), team);
    json.insert(QStringLiteral("resources"), resources);
    return json;
}

} // namespace salesplan
