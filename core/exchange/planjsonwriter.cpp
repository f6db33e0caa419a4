#include "exchange/enumkeys.h"
#include "exchange/planjsoncodec.h"

#include <QJsonArray>

namespace salesplan {

namespace {

// Writes every field of every section. QJsonObject keeps its keys sorted, so the text of a
// plan is the same from export to export and diffs well under version control.
class PlanJsonWriter
{
public:
    explicit PlanJsonWriter(const Plan &plan)
        : m_plan(plan)
    {}

    QJsonObject plan() const
    {
        QJsonArray segments;
        for (const Segment &segment : m_plan.segments)
            segments.append(this->segment(segment));
        QJsonArray stages;
        for (const Stage &stage : m_plan.stages)
            stages.append(this->stage(stage));
        QJsonArray tools;
        for (const Tool &tool : m_plan.tools)
            tools.append(this->tool(tool));
        QJsonArray history;
        for (const HistoryEntry &entry : m_plan.history)
            history.append(historyEntry(entry));
        return {{QStringLiteral("info"), info()},
                {QStringLiteral("mission"), mission()},
                {QStringLiteral("targets"), targets()},
                {QStringLiteral("team"), team()},
                {QStringLiteral("segments"), segments},
                {QStringLiteral("stages"), stages},
                {QStringLiteral("tools"), tools},
                {QStringLiteral("metrics"), metrics()},
                {QStringLiteral("history"), history},
                {QStringLiteral("presentationDeck"),
                 QJsonArray::fromStringList(m_plan.presentationDeck)},
                {QStringLiteral("nextRowId"), m_plan.ids.peek()}};
    }

private:
    // An amount in the plan's currency is a decimal string; one in another currency (which the
    // editors never make, but a round trip must not lose) names its currency. Zero is zero in
    // any currency, so a plan whose currency changed before its amounts were filled in still
    // reads plainly.
    QJsonValue money(const Money &money) const
    {
        if (money.currency == m_plan.info.currency)
            return money.toPlainString();
        if (money.isZero())
            return Money{0, m_plan.info.currency}.toPlainString();
        return QJsonObject{{QStringLiteral("amount"), money.toPlainString()},
                           {QStringLiteral("currency"), money.currency}};
    }

    static QJsonValue date(const QDate &date)
    {
        if (!date.isValid())
            return QJsonValue::Null;
        return date.toString(Qt::ISODate);
    }

    static QJsonArray dates(const QList<QDate> &dates)
    {
        QJsonArray array;
        for (const QDate &day : dates)
            array.append(date(day));
        return array;
    }

    QJsonObject info() const
    {
        const PlanInfo &info = m_plan.info;
        return {{QStringLiteral("name"), info.name},
                {QStringLiteral("company"), info.company},
                {QStringLiteral("author"), info.author},
                {QStringLiteral("language"), info.language},
                {QStringLiteral("currency"), info.currency},
                {QStringLiteral("period"),
                 QJsonObject{{QStringLiteral("year"), info.period.year},
                             {QStringLiteral("startMonth"), info.period.startMonth}}},
                {QStringLiteral("status"), enumKey(info.status)}};
    }

    QJsonObject mission() const
    {
        const MissionSection &mission = m_plan.mission;
        QJsonArray competitors;
        for (const Competitor &competitor : mission.competitors) {
            competitors.append(QJsonObject{{QStringLiteral("id"), competitor.id},
                                           {QStringLiteral("name"), competitor.name},
                                           {QStringLiteral("kind"), enumKey(competitor.kind)},
                                           {QStringLiteral("strengths"), competitor.strengths},
                                           {QStringLiteral("weaknesses"), competitor.weaknesses}});
        }
        return {{QStringLiteral("mission"), mission.mission},
                {QStringLiteral("marketPosition"), mission.marketPosition},
                {QStringLiteral("valueProposition"), mission.valueProposition},
                {QStringLiteral("marketSize"), money(mission.marketSize)},
                {QStringLiteral("marketGrowth"), mission.marketGrowth},
                {QStringLiteral("marketTrends"), mission.marketTrends},
                {QStringLiteral("competitors"), competitors}};
    }

    static QJsonArray weightedItems(const QList<WeightedItem> &items)
    {
        QJsonArray array;
        for (const WeightedItem &item : items) {
            array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("name"), item.name},
                                     {QStringLiteral("weight"), item.weight}});
        }
        return array;
    }

    QJsonObject funnel() const
    {
        const FunnelAssumptions &funnel = m_plan.targets.funnel;
        return {{QStringLiteral("averageDealSize"), money(funnel.averageDealSize)},
                {QStringLiteral("leadToQualified"), funnel.leadToQualified},
                {QStringLiteral("qualifiedToProposal"), funnel.qualifiedToProposal},
                {QStringLiteral("proposalToWon"), funnel.proposalToWon},
                {QStringLiteral("callsPerLead"), funnel.callsPerLead},
                {QStringLiteral("callsPerRepDay"), funnel.callsPerRepDay},
                {QStringLiteral("demosPerRepDay"), funnel.demosPerRepDay},
                {QStringLiteral("annualAttrition"), funnel.annualAttrition},
                {QStringLiteral("newHireRampMonths"), funnel.newHireRampMonths},
                {QStringLiteral("costPerLead"), money(funnel.costPerLead)},
                {QStringLiteral("holidays"), dates(funnel.holidays)},
                {QStringLiteral("extraWorkdays"), dates(funnel.extraWorkdays)}};
    }

    QJsonObject targets() const
    {
        const TargetsSection &targets = m_plan.targets;
        QJsonArray weights;
        for (double weight : targets.customWeights)
            weights.append(weight);
        return {{QStringLiteral("annualTarget"), money(targets.annualTarget)},
                {QStringLiteral("lastYearActual"), money(targets.lastYearActual)},
                {QStringLiteral("stretchReserve"), targets.stretchReserve},
                {QStringLiteral("challengeReserve"), targets.challengeReserve},
                {QStringLiteral("seasonality"), enumKey(targets.seasonality)},
                {QStringLiteral("customWeights"), weights},
                {QStringLiteral("historyYears"), targets.historyYears},
                {QStringLiteral("regions"), weightedItems(targets.regions)},
                {QStringLiteral("products"), weightedItems(targets.products)},
                {QStringLiteral("funnel"), funnel()}};
    }

    QJsonObject team() const
    {
        const TeamSection &team = m_plan.team;
        QJsonArray roles;
        for (const Role &role : team.roles) {
            roles.append(QJsonObject{{QStringLiteral("id"), role.id},
                                     {QStringLiteral("name"), role.name},
                                     {QStringLiteral("responsibilities"), role.responsibilities},
                                     {QStringLiteral("skills"), role.skills}});
        }
        QJsonArray members;
        for (const Member &member : team.members) {
            members.append(QJsonObject{{QStringLiteral("id"), member.id},
                                       {QStringLiteral("name"), member.name},
                                       {QStringLiteral("role"), member.role},
                                       {QStringLiteral("region"), member.region},
                                       {QStringLiteral("quotaShare"), member.quotaShare},
                                       {QStringLiteral("startDate"), date(member.startDate)},
                                       {QStringLiteral("rampMonths"), member.rampMonths}});
        }
        QJsonArray hiring;
        for (const Hire &hire : team.hiring) {
            hiring.append(QJsonObject{{QStringLiteral("id"), hire.id},
                                      {QStringLiteral("role"), hire.role},
                                      {QStringLiteral("region"), hire.region},
                                      {QStringLiteral("count"), hire.count},
                                      {QStringLiteral("startDate"), date(hire.startDate)}});
        }
        return {{QStringLiteral("roles"), roles},
                {QStringLiteral("members"), members},
                {QStringLiteral("hiring"), hiring},
                {QStringLiteral("trainingPlan"), team.trainingPlan},
                {QStringLiteral("commissionRate"), team.commissionRate},
                {QStringLiteral("acceleratorRate"), team.acceleratorRate},
                {QStringLiteral("incentiveNotes"), team.incentiveNotes}};
    }

    static QJsonObject segment(const Segment &segment)
    {
        return {{QStringLiteral("id"), segment.id},
                {QStringLiteral("name"), segment.name},
                {QStringLiteral("type"), enumKey(segment.type)},
                {QStringLiteral("characteristics"), segment.characteristics},
                {QStringLiteral("attributes"), QJsonArray::fromStringList(segment.attributes)},
                {QStringLiteral("challenges"), segment.challenges},
                {QStringLiteral("goals"), segment.goals},
                {QStringLiteral("tier"), enumKey(segment.tier)},
                {QStringLiteral("strategy"), segment.strategy}};
    }

    static QJsonObject stage(const Stage &stage)
    {
        return {{QStringLiteral("id"), stage.id},
                {QStringLiteral("name"), stage.name},
                {QStringLiteral("method"), stage.method},
                {QStringLiteral("exitCriteria"), stage.exitCriteria},
                {QStringLiteral("collateral"), stage.collateral},
                {QStringLiteral("conversionRate"), stage.conversionRate},
                {QStringLiteral("typicalDays"), stage.typicalDays}};
    }

    QJsonObject tool(const Tool &tool) const
    {
        return {{QStringLiteral("id"), tool.id},
                {QStringLiteral("name"), tool.name},
                {QStringLiteral("purpose"), tool.purpose},
                {QStringLiteral("owner"), tool.owner},
                {QStringLiteral("annualCost"), money(tool.annualCost)},
                {QStringLiteral("dataHeld"), tool.dataHeld}};
    }

    QJsonObject metrics() const
    {
        const MetricsSection &metrics = m_plan.metrics;
        QJsonArray kpis;
        for (const Kpi &kpi : metrics.kpis) {
            kpis.append(QJsonObject{{QStringLiteral("id"), kpi.id},
                                    {QStringLiteral("name"), kpi.name},
                                    {QStringLiteral("definition"), kpi.definition},
                                    {QStringLiteral("unit"), kpi.unit},
                                    {QStringLiteral("target"), kpi.target},
                                    {QStringLiteral("frequency"), enumKey(kpi.frequency)},
                                    {QStringLiteral("greenAt"), kpi.greenAt},
                                    {QStringLiteral("yellowAt"), kpi.yellowAt}});
        }
        QJsonArray risks;
        for (const Risk &risk : metrics.risks) {
            risks.append(QJsonObject{{QStringLiteral("id"), risk.id},
                                     {QStringLiteral("category"), enumKey(risk.category)},
                                     {QStringLiteral("description"), risk.description},
                                     {QStringLiteral("likelihood"), risk.likelihood},
                                     {QStringLiteral("impact"), risk.impact},
                                     {QStringLiteral("mitigation"), risk.mitigation},
                                     {QStringLiteral("owner"), risk.owner}});
        }
        return {{QStringLiteral("kpis"), kpis},
                {QStringLiteral("reviewCadence"), enumKey(metrics.reviewCadence)},
                {QStringLiteral("reviewNotes"), metrics.reviewNotes},
                {QStringLiteral("risks"), risks}};
    }

    QJsonObject historyEntry(const HistoryEntry &entry) const
    {
        return {{QStringLiteral("id"), entry.id},
                {QStringLiteral("month"), entry.month.isValid()
                                              ? QJsonValue(entry.month.toString(u"yyyy-MM"))
                                              : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("region"), entry.region},
                {QStringLiteral("product"), entry.product},
                {QStringLiteral("member"), entry.member},
                {QStringLiteral("amount"), money(entry.amount)}};
    }

    const Plan &m_plan;
};

} // namespace

QJsonObject writePlanObject(const Plan &plan)
{
    return PlanJsonWriter(plan).plan();
}

} // namespace salesplan
