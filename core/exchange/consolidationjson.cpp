#include "exchange/consolidationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salesplan {

namespace {

QString unitStatusKey(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Ok:
        return QStringLiteral("ok");
    case UnitStatus::Missing:
        return QStringLiteral("missing");
    case UnitStatus::OtherCurrency:
        return QStringLiteral("other_currency");
    case UnitStatus::OtherPeriod:
        return QStringLiteral("other_period");
    case UnitStatus::NoFigures:
        return QStringLiteral("no_figures");
    case UnitStatus::TeamPlan:
        return QStringLiteral("team_plan");
    }
    return {};
}

class ConsolidationJson
{
public:
    explicit ConsolidationJson(const Consolidation &c)
        : m_c(c)
    {}

    QJsonValue amount(qint64 minor) const { return Money{minor, m_c.currency}.toPlainString(); }
    QJsonValue amount(const std::optional<qint64> &minor) const
    {
        return minor ? amount(*minor) : QJsonValue(QJsonValue::Null);
    }

    template <std::size_t N> QJsonArray amounts(const std::array<qint64, N> &values) const
    {
        QJsonArray array;
        for (qint64 value : values)
            array.append(amount(value));
        return array;
    }

    QJsonObject unit(const UnitRow &row) const
    {
        QJsonObject object{{QStringLiteral("name"), row.name},
                           {QStringLiteral("path"), row.path},
                           {QStringLiteral("status"), unitStatusKey(row.status)},
                           {QStringLiteral("allocated"), row.allocated},
                           {QStringLiteral("topDown"), amount(row.topDown)},
                           {QStringLiteral("bottomUp"), amount(row.bottomUp)},
                           {QStringLiteral("gap"), amount(row.gap())},
                           {QStringLiteral("gapBeyondThreshold"), row.gapBeyondThreshold},
                           {QStringLiteral("members"), row.members},
                           {QStringLiteral("plannedHires"), row.plannedHires},
                           {QStringLiteral("headcount"), row.headcount()},
                           {QStringLiteral("budget"), amount(row.budget)}};
        const std::optional<double> share = row.gapShare();
        object.insert(QStringLiteral("gapShare"), share ? QJsonValue(*share) : QJsonValue());
        if (!row.problem.isEmpty())
            object.insert(QStringLiteral("problem"), row.problem);
        return object;
    }

    QJsonArray items(const QList<ConsolidatedItem> &list) const
    {
        QJsonArray array;
        for (const ConsolidatedItem &item : list)
            array.append(QJsonObject{{QStringLiteral("name"), item.name},
                                     {QStringLiteral("annual"), amount(item.annual)},
                                     {QStringLiteral("months"), amounts(item.months)}});
        return array;
    }

    QJsonArray members() const
    {
        QJsonArray array;
        for (const ConsolidatedMember &member : m_c.figures.members)
            array.append(QJsonObject{{QStringLiteral("unit"), member.unit},
                                     {QStringLiteral("name"), member.name},
                                     {QStringLiteral("annual"), amount(member.annual)},
                                     {QStringLiteral("months"), amounts(member.months)}});
        return array;
    }

    QJsonObject funnel() const
    {
        const ConsolidatedFunnel &f = m_c.figures.funnel;
        return {{QStringLiteral("units"), f.units},
                {QStringLiteral("deals"), f.deals},
                {QStringLiteral("proposals"), f.proposals},
                {QStringLiteral("qualifiedLeads"), f.qualifiedLeads},
                {QStringLiteral("leads"), f.leads},
                {QStringLiteral("calls"), f.calls},
                {QStringLiteral("repsRequired"), f.repsRequired},
                {QStringLiteral("headcountRequired"), f.headcountRequired},
                {QStringLiteral("headcount"), f.headcount},
                {QStringLiteral("repsShort"), f.repsShort},
                {QStringLiteral("marketingBudget"), amount(f.marketingBudget)}};
    }

    QJsonObject capacity() const
    {
        const ConsolidatedCapacity &c = m_c.figures.capacity;
        QJsonArray months;
        for (int m = 0; m < Period::monthCount; ++m) {
            const auto i = std::size_t(m);
            months.append(QJsonObject{{QStringLiteral("repsAvailable"), c.repsAvailable[i]},
                                      {QStringLiteral("repsRequired"), c.repsRequired[i]},
                                      {QStringLiteral("repsShort"), c.repsShort[i]}});
        }
        return {{QStringLiteral("units"), c.units}, {QStringLiteral("months"), months}};
    }

    QJsonObject collections() const
    {
        const ConsolidatedCollections &c = m_c.figures.collections;
        return {{QStringLiteral("units"), c.units},
                {QStringLiteral("months"), amounts(c.months)},
                {QStringLiteral("openingReceivable"), amount(c.opening)},
                {QStringLiteral("closingReceivable"), amount(c.closingReceivable)}};
    }

    QJsonObject consolidated() const
    {
        const ConsolidatedFigures &f = m_c.figures;
        return {{QStringLiteral("unitsSummed"), f.unitsSummed},
                {QStringLiteral("units"), int(m_c.units.size())},
                {QStringLiteral("annual"), amount(f.annual)},
                {QStringLiteral("quarters"), amounts(f.quarters)},
                {QStringLiteral("months"), amounts(f.months)},
                {QStringLiteral("regions"), items(f.regions)},
                {QStringLiteral("products"), items(f.products)},
                {QStringLiteral("members"), members()},
                {QStringLiteral("funnel"), funnel()},
                {QStringLiteral("capacity"), capacity()},
                {QStringLiteral("collections"), collections()},
                {QStringLiteral("budget"),
                 QJsonObject{{QStringLiteral("units"), f.budgetUnits},
                             {QStringLiteral("total"), amount(f.budgetTotal)}}}};
    }

    QJsonArray findings() const
    {
        QJsonArray array;
        for (const Finding &finding : m_c.findings)
            array.append(QJsonObject{{QStringLiteral("severity"), severityKey(finding.severity)},
                                     {QStringLiteral("field"), finding.field},
                                     {QStringLiteral("message"), finding.message}});
        return array;
    }

private:
    const Consolidation &m_c;
};

} // namespace

QByteArray consolidationToJson(const Plan &team, const Consolidation &consolidation)
{
    const ConsolidationJson json(consolidation);
    QJsonArray units;
    for (const UnitRow &row : consolidation.units)
        units.append(json.unit(row));
    const QJsonObject root{
        {QStringLiteral("plan"), team.info.name},
        {QStringLiteral("year"), consolidation.period.year},
        {QStringLiteral("fiscalStartMonth"), consolidation.period.startMonth},
        {QStringLiteral("currency"), consolidation.currency},
        {QStringLiteral("teamTarget"), json.amount(consolidation.teamTarget)},
        {QStringLiteral("allocation"), consolidation.allocation == UnitAllocation::Weights
                                           ? QStringLiteral("weights")
                                           : QStringLiteral("amounts")},
        {QStringLiteral("allocated"), json.amount(consolidation.allocatedTotal())},
        {QStringLiteral("gapThreshold"), consolidation.gapThreshold},
        {QStringLiteral("units"), units},
        {QStringLiteral("consolidated"), json.consolidated()},
        {QStringLiteral("findings"), json.findings()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace salesplan
