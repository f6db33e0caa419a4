#include "exchange/planjsoncodec.h"
#include "plan/fields.h"
#include "plan/scenario.h"

#include <QJsonArray>

#include <cmath>

namespace salesplan {

namespace {

// Writes every field of every section: the plain fields from their field tables (fields.h), the
// lists, ids and custom weights by hand. QJsonObject keeps its keys sorted, so the text of a
// plan is the same from export to export and diffs well under version control.
class PlanJsonWriter
{
public:
    explicit PlanJsonWriter(const Plan &plan)
        : m_plan(plan)
    {}

    QJsonObject plan() const
    {
        QJsonObject object = sections();
        if (!m_plan.scenarios.isEmpty())
            object.insert(QStringLiteral("scenarios"), scenarios());
        if (!m_plan.initiatives.isEmpty())
            object.insert(QStringLiteral("initiatives"), rows(m_plan.initiatives));
        if (!m_plan.milestones.isEmpty())
            object.insert(QStringLiteral("milestones"), rows(m_plan.milestones));
        if (!m_plan.units.isEmpty())
            object.insert(QStringLiteral("units"), rows(m_plan.units));
        if (!m_plan.teamServer.server.isEmpty())
            object.insert(QStringLiteral("teamServer"), fields(m_plan.teamServer));
        return object;
    }

private:
    QJsonObject sections() const
    {
        return {{QStringLiteral("info"), info()},
                {QStringLiteral("mission"), mission()},
                {QStringLiteral("targets"), targets()},
                {QStringLiteral("team"), team()},
                {QStringLiteral("segments"), segments()},
                {QStringLiteral("stages"), rows(m_plan.stages)},
                {QStringLiteral("tools"), rows(m_plan.tools)},
                {QStringLiteral("metrics"), metrics()},
                {QStringLiteral("history"), rows(m_plan.history)},
                {QStringLiteral("kpiActuals"), rows(m_plan.kpiActuals)},
                {QStringLiteral("presentationDeck"),
                 QJsonArray::fromStringList(m_plan.presentationDeck)},
                {QStringLiteral("speakerNotes"), speakerNotes()},
                {QStringLiteral("nextRowId"), m_plan.ids.peek()}};
    }

    // Each scenario's id, name and the overrides it has (a driver it leaves alone has no key).
    QJsonArray scenarios() const
    {
        QJsonArray array;
        for (const Scenario &scenario : m_plan.scenarios) {
            QJsonObject object{{QStringLiteral("id"), scenario.id},
                               {QStringLiteral("name"), scenario.name}};
            for (const ScenarioDriverInfo &info : scenarioDrivers()) {
                if (const std::optional<double> value = scenario.value(info.driver))
                    object.insert(info.key, overrideValue(info, *value));
            }
            if (scenario.seasonality)
                object.insert(QStringLiteral("seasonality"), choiceKey(*scenario.seasonality));
            if (scenario.seasonality == SeasonalityMode::Custom)
                object.insert(QStringLiteral("customWeights"), weights(scenario.customWeights));
            array.append(object);
        }
        return array;
    }

    QJsonValue overrideValue(const ScenarioDriverInfo &info, double value) const
    {
        if (info.kind == FieldKind::Money)
            return money(Money{qint64(std::llround(value)), m_plan.info.currency});
        if (info.kind == FieldKind::Count)
            return int(std::lround(value));
        return value;
    }

    static QJsonArray weights(const MonthWeights &monthWeights)
    {
        QJsonArray array;
        for (double weight : monthWeights)
            array.append(weight);
        return array;
    }

    QJsonObject speakerNotes() const
    {
        QJsonObject notes;
        for (auto it = m_plan.speakerNotes.begin(); it != m_plan.speakerNotes.end(); ++it)
            notes.insert(it.key(), it.value());
        return notes;
    }

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

    // --- A record's fields ---------------------------------------------------------------

    template <typename R> QJsonValue jsonValue(const FieldOf<R> &field, const R &record) const
    {
        const QVariant value = field.get(record);
        switch (field.kind) {
        case FieldKind::Text:
        case FieldKind::Note:
        case FieldKind::Currency:
            return value.toString();
        case FieldKind::Money:
            return money(value.value<Money>());
        case FieldKind::Rate:
        case FieldKind::Number:
            return value.toDouble();
        case FieldKind::Count:
            return value.toInt();
        case FieldKind::Date:
            return date(value.toDate());
        case FieldKind::Month: {
            const QDate month = value.toDate();
            return month.isValid() ? QJsonValue(month.toString(u"yyyy-MM"))
                                   : QJsonValue(QJsonValue::Null);
        }
        case FieldKind::Choice:
            return choiceKey(field.choices, value.toInt());
        case FieldKind::Flag:
            return value.toBool();
        }
        return {};
    }

    // Inserts `value` under `key`, where a dot nests: "period.year" is "year" in "period".
    static void insert(QJsonObject &object, QStringView key, const QJsonValue &value)
    {
        const qsizetype dot = key.indexOf(u'.');
        if (dot < 0)
            return void(object.insert(key, value));
        QJsonObject inner = object.value(key.left(dot)).toObject();
        insert(inner, key.mid(dot + 1), value);
        object.insert(key.left(dot), inner);
    }

    // The plain fields of a record (fields.h); the caller adds its lists and ids.
    template <typename R> QJsonObject fields(const R &record) const
    {
        QJsonObject object;
        for (const FieldOf<R> &field : fieldsOf<R>().fields)
            insert(object, field.key, jsonValue(field, record));
        return object;
    }

    template <typename R> QJsonObject row(const R &record) const
    {
        QJsonObject object = fields(record);
        object.insert(QStringLiteral("id"), record.id);
        return object;
    }

    template <typename R> QJsonArray rows(const QList<R> &records) const
    {
        QJsonArray array;
        for (const R &record : records)
            array.append(row(record));
        return array;
    }

    // --- The sections ---------------------------------------------------------------------

    QJsonObject info() const
    {
        QJsonObject object = fields(m_plan.info);
        object.insert(QStringLiteral("statusLog"), rows(m_plan.info.statusLog));
        return object;
    }

    QJsonObject mission() const
    {
        QJsonObject object = fields(m_plan.mission);
        object.insert(QStringLiteral("competitors"), rows(m_plan.mission.competitors));
        return object;
    }

    QJsonObject funnel() const
    {
        const FunnelAssumptions &funnel = m_plan.targets.funnel;
        QJsonObject object = fields(funnel);
        object.insert(QStringLiteral("holidays"), dates(funnel.holidays));
        object.insert(QStringLiteral("extraWorkdays"), dates(funnel.extraWorkdays));
        return object;
    }

    // Each revision's fields and id, and its twelve months as amounts.
    QJsonArray revisions() const
    {
        QJsonArray array;
        for (const TargetRevision &revision : m_plan.targets.revisions) {
            QJsonObject object = row(revision);
            QJsonArray months;
            for (qint64 minor : revision.months)
                months.append(money(Money{minor, m_plan.info.currency}));
            object.insert(QStringLiteral("months"), months);
            array.append(object);
        }
        return array;
    }

    QJsonObject targets() const
    {
        const TargetsSection &targets = m_plan.targets;
        QJsonObject object = fields(targets);
        object.insert(QStringLiteral("customWeights"), weights(targets.customWeights));
        object.insert(QStringLiteral("regions"), rows(targets.regions));
        object.insert(QStringLiteral("products"), rows(targets.products));
        object.insert(QStringLiteral("revisions"), revisions());
        object.insert(QStringLiteral("uplifts"), rows(targets.uplifts));
        object.insert(QStringLiteral("funnel"), funnel());
        object.insert(QStringLiteral("collections"), fields(targets.collections));
        return object;
    }

    QJsonObject team() const
    {
        const TeamSection &team = m_plan.team;
        QJsonObject object = fields(team);
        object.insert(QStringLiteral("roles"), rows(team.roles));
        object.insert(QStringLiteral("members"), rows(team.members));
        object.insert(QStringLiteral("hiring"), rows(team.hiring));
        object.insert(QStringLiteral("budgetLines"), rows(team.budgetLines));
        return object;
    }

    QJsonArray segments() const
    {
        QJsonArray array;
        for (const Segment &segment : m_plan.segments) {
            QJsonObject object = row(segment);
            object.insert(QStringLiteral("attributes"),
                          QJsonArray::fromStringList(segment.attributes));
            array.append(object);
        }
        return array;
    }

    QJsonObject metrics() const
    {
        const MetricsSection &metrics = m_plan.metrics;
        QJsonObject object = fields(metrics);
        object.insert(QStringLiteral("kpis"), rows(metrics.kpis));
        object.insert(QStringLiteral("risks"), rows(metrics.risks));
        object.insert(QStringLiteral("reviewLog"), rows(metrics.reviewLog));
        return object;
    }

    const Plan &m_plan;
};

} // namespace

QJsonObject writePlanObject(const Plan &plan)
{
    return PlanJsonWriter(plan).plan();
}

} // namespace salesplan
