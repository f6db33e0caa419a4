#include "exchange/exactamount.h"
#include "exchange/planjsoncodec.h"
#include "plan/fields.h"
#include "plan/scenario.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <optional>
#include <type_traits>

namespace salesplan {

namespace {

// The largest row id the format takes: 2^53 - 1, an integer every JSON reader holds exactly.
constexpr qint64 largestRowId = (qint64(1) << 53) - 1;
// Whole amounts written as plain JSON numbers are exact up to 2^53.
constexpr double largestExactNumber = 9007199254740992.0;

QString joinPath(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A JSON value as the user wrote it, for "— got ..." in messages.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return u'"' + (text.size() > 40 ? text.left(40) + u'…' : text) + u'"';
    }
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return PlanJson::tr("a list");
    case QJsonValue::Object:
        return PlanJson::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

enum class Sign { NotNegative, Any };

// Reads the "plan" object into a Plan, field by field, from the defaults of the value types.
// The first wrong value is kept as the error, named by its JSON path; reading goes on without
// effect after it, so the code below needs no error plumbing, and nothing half-read escapes.
class PlanJsonReader
{
public:
    Result<Plan> read(const QJsonObject &object, const QString &path)
    {
        Plan plan;
        readInfo(object, path, plan.info);
        m_currency = plan.info.currency;
        readMission(object, path, plan.mission);
        readTargets(object, path, plan.targets);
        readTeam(object, path, plan.team);
        readRows(object, path, u"segments", plan.segments, &PlanJsonReader::readAttributes);
        readRows(object, path, u"stages", plan.stages);
        readRows(object, path, u"tools", plan.tools);
        readMetrics(object, path, plan.metrics);
        readRows(object, path, u"history", plan.history);
        readRows(object, path, u"kpiActuals", plan.kpiActuals);
        readPresentationDeck(object, path, plan.presentationDeck);
        readSpeakerNotes(object, path, plan.speakerNotes);
        readRows(object, path, u"scenarios", plan.scenarios, &PlanJsonReader::readOverrides);
        readRows(object, path, u"initiatives", plan.initiatives);
        readRows(object, path, u"milestones", plan.milestones);
        readRows(object, path, u"units", plan.units);
        if (object.contains(u"teamServer")) // else never fetched: the defaults, as in a new plan
            readFields(objectAt(object, path, u"teamServer"), joinPath(path, u"teamServer"),
                       plan.teamServer);
        RowId nextRowId = 1;
        readId(object, path, u"nextRowId", nextRowId);
        assignRowIds(plan, path, nextRowId);
        checkKpiActuals(plan, path);
        checkRevisions(plan, path);
        checkMilestones(plan, path);
        checkUnits(plan, path);
        if (m_error)
            return *m_error;
        return plan;
    }

private:
    void fail(const QString &path, const QString &reason)
    {
        if (!m_error)
            m_error = Error{path, reason};
    }

    void failGot(const QString &path, const QString &expectation, const QJsonValue &value)
    {
        fail(path, PlanJson::tr("%1 — got %2").arg(expectation, describe(value)));
    }

    // The value under `key`, or nothing when it is missing or null (then the default stays).
    std::optional<QJsonValue> field(const QJsonObject &object, QStringView key) const
    {
        if (m_error)
            return std::nullopt;
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return value;
    }

    // --- Single values --------------------------------------------------------------------

    void readText(const QJsonObject &object, const QString &path, QStringView key, QString &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        if (!value->isString())
            return failGot(joinPath(path, key), PlanJson::tr("must be text"), *value);
        target = value->toString();
    }

    void readNumber(const QJsonObject &object, const QString &path, QStringView key, double &target,
                    double min, double max)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        checkNumber(*value, joinPath(path, key), target, min, max);
    }

    // Whether `number` is within min..max; if not, the error says the range.
    bool checkRange(const QJsonValue &value, const QString &path, double number, double min,
                    double max)
    {
        if (number >= min && number <= max)
            return true;
        failGot(
            path,
            max == noLimit
                ? PlanJson::tr("must be at least %1").arg(numberText(min))
                : PlanJson::tr("must be between %1 and %2").arg(numberText(min), numberText(max)),
            value);
        return false;
    }

    void checkNumber(const QJsonValue &value, const QString &path, double &target, double min,
                     double max)
    {
        if (!value.isDouble())
            return failGot(path, PlanJson::tr("must be a number"), value);
        if (checkRange(value, path, value.toDouble(), min, max))
            target = value.toDouble();
    }

    void readInteger(const QJsonObject &object, const QString &path, QStringView key, int &target,
                     double min, double max)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const QString at = joinPath(path, key);
        const double number = value->toDouble();
        if (!value->isDouble() || number != std::floor(number))
            return failGot(at, PlanJson::tr("must be a whole number"), *value);
        if (checkRange(*value, at, number, min, max))
            target = int(number);
    }

    void readFlag(const QJsonObject &object, const QString &path, QStringView key, bool &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        if (!value->isBool())
            return failGot(joinPath(path, key), PlanJson::tr("must be true or false"), *value);
        target = value->toBool();
    }

    void readId(const QJsonObject &object, const QString &path, QStringView key, RowId &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const qint64 id = value->toInteger(0);
        if (!value->isDouble() || id < 1 || id > largestRowId) {
            return failGot(joinPath(path, key),
                           PlanJson::tr("must be a whole number from 1 to %1").arg(largestRowId),
                           *value);
        }
        target = id;
    }

    // "123.45" in the plan's currency; a plain JSON whole number is taken as whole units; an
    // object {"amount": "...", "currency": "USD"} is an amount in another currency.
    void readMoney(const QJsonObject &object, const QString &path, QStringView key, Money &target,
                   Sign sign)
    {
        const auto value = field(object, key);
        if (!value) {
            if (!m_error)
                target = Money{0, m_currency}; // a missing amount is zero in the plan's currency
            return;
        }
        const QString at = joinPath(path, key);
        std::optional<Money> money;
        if (value->isObject()) {
            const QJsonObject amount = value->toObject();
            QString currency = m_currency;
            readCurrency(amount, at, u"currency", currency);
            const QJsonValue text = amount.value(u"amount");
            if (!m_error && text.isUndefined())
                return fail(joinPath(at, u"amount"), PlanJson::tr("is missing"));
            money = moneyOf(text, joinPath(at, u"amount"), currency);
        } else {
            money = moneyOf(*value, at, m_currency);
        }
        if (!money)
            return;
        if (sign == Sign::NotNegative && money->minor < 0)
            return failGot(at, PlanJson::tr("must not be negative"), *value);
        target = *money;
    }

    std::optional<Money> moneyOf(const QJsonValue &value, const QString &path,
                                 const QString &currency)
    {
        if (m_error)
            return std::nullopt;
        const QString example =
            PlanJson::tr("must be an amount written as text, such as \"%1\"")
                .arg(Money{123456 * minorPerMajor(currency) + minorPerMajor(currency) / 2, currency}
                         .toPlainString());
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (number != std::floor(number) || std::abs(number) > largestExactNumber) {
                failGot(path, example, value);
                return std::nullopt;
            }
            const auto money = Money::fromMajor(qint64(number), currency);
            if (!money) {
                failGot(path, PlanJson::tr("is too large"), value);
                return std::nullopt;
            }
            return *money;
        }
        if (!value.isString()) {
            failGot(path, example, value);
            return std::nullopt;
        }
        const AmountText amount =
            parseAmountText(value.toString().trimmed(), minorDigits(currency));
        switch (amount.error) {
        case AmountTextError::None:
            return Money{amount.minor, currency};
        case AmountTextError::NotANumber:
            failGot(path, example, value);
            break;
        case AmountTextError::TooManyDecimals:
            failGot(path,
                    PlanJson::tr("has more decimal places than %1 has (%2)")
                        .arg(currency)
                        .arg(minorDigits(currency)),
                    value);
            break;
        case AmountTextError::TooLarge:
            failGot(path, PlanJson::tr("is too large"), value);
            break;
        }
        return std::nullopt;
    }

    void readCurrency(const QJsonObject &object, const QString &path, QStringView key,
                      QString &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const QString code = value->toString().trimmed().toUpper();
        if (!value->isString() || !isCurrencyCode(code)) {
            return failGot(joinPath(path, key),
                           PlanJson::tr("must be a three-letter currency code such as CNY, USD or "
                                        "JPY"),
                           *value);
        }
        target = code;
    }

    void checkDate(const QJsonValue &value, const QString &path, QDate &target)
    {
        const QString text = value.toString().trimmed();
        const QDate date = QDate::fromString(text, u"yyyy-MM-dd");
        if (!value.isString() || !date.isValid())
            return failGot(path, PlanJson::tr("must be a date written like 2027-04-01"), value);
        target = date;
    }

    void readDate(const QJsonObject &object, const QString &path, QStringView key, QDate &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        checkDate(*value, joinPath(path, key), target);
    }

    void readDates(const QJsonObject &object, const QString &path, QStringView key,
                   QList<QDate> &target)
    {
        QList<QDate> dates;
        forEachElement(object, path, key, [&](const QJsonValue &value, const QString &at) {
            QDate date;
            checkDate(value, at, date);
            dates.append(date);
        });
        if (!m_error && object.contains(key))
            target = dates;
    }

    // History months are written "2026-01"; a full date stands for its month.
    void readMonth(const QJsonObject &object, const QString &path, QStringView key, QDate &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const QString text = value->toString().trimmed();
        QDate month = QDate::fromString(text, u"yyyy-MM");
        if (!month.isValid())
            month = QDate::fromString(text, u"yyyy-MM-dd");
        if (!value->isString() || !month.isValid()) {
            return failGot(joinPath(path, key),
                           PlanJson::tr("must be a month written like 2026-01"), *value);
        }
        target = QDate(month.year(), month.month(), 1);
    }

    void readChoice(const QJsonObject &object, const QString &path, QStringView key,
                    ChoiceList choices, int &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const std::optional<int> choice = choiceValue(choices, value->toString());
        if (!value->isString() || !choice) {
            return failGot(joinPath(path, key),
                           PlanJson::tr("must be one of %1")
                               .arg(choiceKeys(choices).join(QStringLiteral(", "))),
                           *value);
        }
        target = *choice;
    }

    // --- A record's fields ----------------------------------------------------------------

    // Reads one field of `record` from `object` (a dot in its key nests: "period.year").
    template <typename R>
    void readField(QJsonObject object, QString path, const FieldOf<R> &field, R &record)
    {
        QStringView key = field.key;
        for (qsizetype dot = key.indexOf(u'.'); dot >= 0; dot = key.indexOf(u'.')) {
            object = objectAt(object, path, key.left(dot));
            path = joinPath(path, key.left(dot));
            key = key.mid(dot + 1);
        }
        QVariant value = field.get(record);
        switch (field.kind) {
        case FieldKind::Text:
        case FieldKind::Note:
            readText(object, path, key, as<QString>(value));
            break;
        case FieldKind::Currency:
            readCurrency(object, path, key, as<QString>(value));
            break;
        case FieldKind::Money:
            readMoney(object, path, key, as<Money>(value),
                      field.minimum < 0 ? Sign::Any : Sign::NotNegative);
            break;
        case FieldKind::Rate:
        case FieldKind::Number:
            readNumber(object, path, key, as<double>(value), field.minimum, field.maximum);
            break;
        case FieldKind::Count:
            readInteger(object, path, key, as<int>(value), field.minimum, field.maximum);
            break;
        case FieldKind::Date:
            readDate(object, path, key, as<QDate>(value));
            break;
        case FieldKind::Month:
            readMonth(object, path, key, as<QDate>(value));
            break;
        case FieldKind::Choice:
            readChoice(object, path, key, field.choices, as<int>(value));
            break;
        case FieldKind::Flag:
            readFlag(object, path, key, as<bool>(value));
            break;
        }
        if (!m_error)
            field.set(record, value);
    }

    // The T that `value` holds, to be changed in place (a field's get() gives its kind's type).
    template <typename T> static T &as(QVariant &value)
    {
        if (value.metaType() != QMetaType::fromType<T>())
            value = QVariant::fromValue(value.value<T>());
        return *static_cast<T *>(value.data());
    }

    // The plain fields of a record (fields.h), from its defaults; a record that breaks its
    // rule across fields (a yellow threshold above the green one) is refused.
    template <typename R> void readFields(const QJsonObject &object, const QString &path, R &record)
    {
        const RecordFields<R> &fields = fieldsOf<R>();
        for (const FieldOf<R> &field : fields.fields)
            readField(object, path, field, record);
        if (m_error || fields.isConsistent(record))
            return;
        const FieldOf<R> *fault = fields.find(fields.faultKey);
        failGot(joinPath(path, fields.faultKey), fields.faultText(fields.againstKey.toString()),
                fault ? QJsonValue::fromVariant(fault->get(record)) : QJsonValue());
    }

    // --- Objects and lists ----------------------------------------------------------------

    // The object under `key`; an empty one when it is missing, so its fields take defaults.
    QJsonObject objectAt(const QJsonObject &object, const QString &path, QStringView key)
    {
        const auto value = field(object, key);
        if (!value)
            return {};
        if (!value->isObject()) {
            failGot(joinPath(path, key), PlanJson::tr("must be an object { … }"), *value);
            return {};
        }
        return value->toObject();
    }

    template <typename Function>
    void forEachElement(const QJsonObject &object, const QString &path, QStringView key,
                        Function function)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const QString at = joinPath(path, key);
        if (!value->isArray())
            return failGot(at, PlanJson::tr("must be a list [ … ]"), *value);
        const QJsonArray array = value->toArray();
        for (qsizetype i = 0; i < array.size() && !m_error; ++i)
            function(array.at(i), indexPath(at, i));
    }

    // A table: a list of objects, each read into a row that starts from the row type's
    // defaults: its id, its fields, and what `readMore` reads besides (a segment's attributes).
    template <typename Row>
    void readRows(const QJsonObject &object, const QString &path, QStringView key,
                  QList<Row> &target,
                  void (PlanJsonReader::*readMore)(const QJsonObject &, const QString &,
                                                   Row &) = nullptr)
    {
        QList<Row> rows;
        forEachElement(object, path, key, [&](const QJsonValue &value, const QString &at) {
            if (!value.isObject())
                return failGot(at, PlanJson::tr("must be an object { … }"), value);
            Row row;
            const QJsonObject rowObject = value.toObject();
            readId(rowObject, at, u"id", row.id);
            if constexpr (std::is_same_v<Row, Scenario>)
                readText(rowObject, at, u"name", row.name); // its overrides have no field table
            else
                readFields(rowObject, at, row);
            if (readMore)
                (this->*readMore)(rowObject, at, row);
            rows.append(row);
        });
        target = rows;
    }

    // A scenario's name and overrides: a driver without a key keeps the baseline's value; a
    // value the driver does not take is refused in the words of checkOverride().
    void readOverrides(const QJsonObject &object, const QString &path, Scenario &scenario)
    {
        for (const ScenarioDriverInfo &info : scenarioDrivers()) {
            const auto value = field(object, info.key);
            if (!value)
                continue;
            const QString at = joinPath(path, info.key);
            double number = 0.0;
            if (info.kind == FieldKind::Money) {
                const std::optional<Money> money = moneyOf(*value, at, m_currency);
                if (!money)
                    return;
                number = double(money->minor);
            } else {
                checkNumber(*value, at, number, -noLimit, noLimit);
            }
            if (m_error)
                return;
            if (const Status ok = checkOverride(info.driver, number); !ok)
                return failGot(at, ok.error().reason, *value);
            scenario.setValue(info.driver, number);
        }
        if (const auto mode = field(object, u"seasonality")) {
            int choice = 0;
            readChoice(object, path, u"seasonality", choicesOf<SeasonalityMode>(), choice);
            scenario.seasonality = SeasonalityMode(choice);
            readCustomWeights(object, path, scenario.customWeights);
        }
        if (const Status ok = checkScenario(scenario); !m_error && !ok)
            fail(joinPath(path, u"customWeights"), ok.error().message());
    }

    // --- The sections ---------------------------------------------------------------------

    void readInfo(const QJsonObject &planObject, const QString &planPath, PlanInfo &info)
    {
        const QString path = joinPath(planPath, u"info");
        const QJsonObject object = objectAt(planObject, planPath, u"info");
        readFields(object, path, info);
        readRows(object, path, u"statusLog", info.statusLog);
    }

    void readMission(const QJsonObject &planObject, const QString &planPath,
                     MissionSection &mission)
    {
        const QString path = joinPath(planPath, u"mission");
        const QJsonObject object = objectAt(planObject, planPath, u"mission");
        readFields(object, path, mission);
        readRows(object, path, u"competitors", mission.competitors);
    }

    void readFunnel(const QJsonObject &targetsObject, const QString &targetsPath,
                    FunnelAssumptions &funnel)
    {
        const QString path = joinPath(targetsPath, u"funnel");
        const QJsonObject object = objectAt(targetsObject, targetsPath, u"funnel");
        readFields(object, path, funnel);
        readDates(object, path, u"holidays", funnel.holidays);
        readDates(object, path, u"extraWorkdays", funnel.extraWorkdays);
    }

    void readTargets(const QJsonObject &planObject, const QString &planPath,
                     TargetsSection &targets)
    {
        const QString path = joinPath(planPath, u"targets");
        const QJsonObject object = objectAt(planObject, planPath, u"targets");
        // A plan written before quotas followed start dates keeps the figures it had.
        const QJsonValue follow = object.value(u"quotasFollowStart");
        if (follow.isUndefined() || follow.isNull())
            targets.quotasFollowStart = false;
        readFields(object, path, targets);
        readCustomWeights(object, path, targets.customWeights);
        readRows(object, path, u"regions", targets.regions);
        readRows(object, path, u"products", targets.products);
        readRows(object, path, u"revisions", targets.revisions,
                 &PlanJsonReader::readRevisionMonths);
        readRows(object, path, u"uplifts", targets.uplifts);
        readFunnel(object, path, targets.funnel);
        readFields(objectAt(object, path, u"collections"), joinPath(path, u"collections"),
                   targets.collections);
    }

    void readCustomWeights(const QJsonObject &object, const QString &path, MonthWeights &target)
    {
        const auto value = field(object, u"customWeights");
        if (!value)
            return;
        const QString at = joinPath(path, u"customWeights");
        const QString expectation =
            PlanJson::tr("must be a list of %1 monthly weights").arg(Period::monthCount);
        if (!value->isArray())
            return failGot(at, expectation, *value);
        if (value->toArray().size() != Period::monthCount) {
            return fail(at, PlanJson::tr("%1 — got a list of %2")
                                .arg(expectation)
                                .arg(value->toArray().size()));
        }
        MonthWeights weights = target;
        const QJsonArray array = value->toArray();
        for (int month = 0; month < Period::monthCount; ++month) {
            checkNumber(array.at(month), indexPath(at, month), weights[std::size_t(month)], 0.0,
                        noLimit);
        }
        if (!m_error)
            target = weights;
    }

    // A target revision's twelve month targets: amounts in the plan's currency.
    void readRevisionMonths(const QJsonObject &object, const QString &path,
                            TargetRevision &revision)
    {
        const auto value = field(object, u"months");
        const QString at = joinPath(path, u"months");
        const QString expectation =
            PlanJson::tr("must be a list of %1 monthly amounts").arg(Period::monthCount);
        if (!value) {
            if (!m_error)
                fail(at, PlanJson::tr("is missing"));
            return;
        }
        if (!value->isArray())
            return failGot(at, expectation, *value);
        const QJsonArray array = value->toArray();
        if (array.size() != Period::monthCount)
            return fail(at,
                        PlanJson::tr("%1 — got a list of %2").arg(expectation).arg(array.size()));
        for (int month = 0; month < Period::monthCount; ++month) {
            const std::optional<Money> money =
                moneyOf(array.at(month), indexPath(at, month), m_currency);
            if (money)
                revision.months[std::size_t(month)] = money->minor;
        }
    }

    void readTeam(const QJsonObject &planObject, const QString &planPath, TeamSection &team)
    {
        const QString path = joinPath(planPath, u"team");
        const QJsonObject object = objectAt(planObject, planPath, u"team");
        readFields(object, path, team);
        readRows(object, path, u"roles", team.roles);
        readRows(object, path, u"members", team.members);
        readRows(object, path, u"hiring", team.hiring);
        readRows(object, path, u"budgetLines", team.budgetLines);
    }

    // A segment's attributes are a list of texts beside its fields.
    void readAttributes(const QJsonObject &object, const QString &path, Segment &segment)
    {
        QStringList attributes;
        forEachElement(object, path, u"attributes",
                       [&](const QJsonValue &value, const QString &at) {
                           if (!value.isString())
                               return failGot(at, PlanJson::tr("must be text"), value);
                           attributes.append(value.toString());
                       });
        if (object.contains(u"attributes"))
            segment.attributes = attributes;
    }

    void readMetrics(const QJsonObject &planObject, const QString &planPath,
                     MetricsSection &metrics)
    {
        const QString path = joinPath(planPath, u"metrics");
        const QJsonObject object = objectAt(planObject, planPath, u"metrics");
        readFields(object, path, metrics);
        readRows(object, path, u"kpis", metrics.kpis);
        readRows(object, path, u"risks", metrics.risks);
        readRows(object, path, u"reviewLog", metrics.reviewLog);
    }

    // The chart keys of the presentation deck; a key this build does not know is refused
    // rather than dropped, so that a round trip never loses a slide silently.
    void readPresentationDeck(const QJsonObject &object, const QString &path, QStringList &target)
    {
        QStringList deck;
        forEachElement(
            object, path, u"presentationDeck", [&](const QJsonValue &value, const QString &at) {
                if (!value.isString() || !isPresentationChartKey(value.toString())) {
                    return failGot(at,
                                   PlanJson::tr("must be one of the charts %1")
                                       .arg(presentationChartKeys().join(QStringLiteral(", "))),
                                   value);
                }
                deck.append(value.toString());
            });
        if (!m_error && object.contains(u"presentationDeck"))
            target = deck;
    }

    // The speaker notes by slide key; like the deck, a key this build does not know is refused
    // rather than dropped. Empty notes are no notes.
    void readSpeakerNotes(const QJsonObject &object, const QString &path,
                          QMap<QString, QString> &target)
    {
        const QJsonObject notes = objectAt(object, path, u"speakerNotes");
        const QString at = joinPath(path, u"speakerNotes");
        QMap<QString, QString> read;
        for (auto it = notes.begin(); it != notes.end() && !m_error; ++it) {
            if (!isSpeakerNotesKey(it.key())) {
                return fail(joinPath(at, it.key()),
                            PlanJson::tr("is not a slide: the slides are %1")
                                .arg(speakerNotesKeys().join(QStringLiteral(", "))));
            }
            if (it.value().isNull())
                continue;
            if (!it.value().isString())
                return failGot(joinPath(at, it.key()), PlanJson::tr("must be text"), it.value());
            if (!it.value().toString().isEmpty())
                read.insert(it.key(), it.value().toString());
        }
        if (!m_error && object.contains(u"speakerNotes"))
            target = read;
    }

    // --- Row ids --------------------------------------------------------------------------

    // Calls function(id, path of the id) for every row of every table, in file order.
    template <typename Function>
    static void forEachRowId(Plan &plan, const QString &path, Function function)
    {
        const auto table = [&](auto &rows, const QString &at) {
            for (qsizetype i = 0; i < rows.size(); ++i)
                function(rows[i].id, indexPath(at, i) + QStringLiteral(".id"));
        };
        table(plan.mission.competitors, joinPath(path, u"mission.competitors"));
        table(plan.targets.regions, joinPath(path, u"targets.regions"));
        table(plan.targets.products, joinPath(path, u"targets.products"));
        table(plan.team.roles, joinPath(path, u"team.roles"));
        table(plan.team.members, joinPath(path, u"team.members"));
        table(plan.team.hiring, joinPath(path, u"team.hiring"));
        table(plan.segments, joinPath(path, u"segments"));
        table(plan.stages, joinPath(path, u"stages"));
        table(plan.tools, joinPath(path, u"tools"));
        table(plan.metrics.kpis, joinPath(path, u"metrics.kpis"));
        table(plan.metrics.risks, joinPath(path, u"metrics.risks"));
        table(plan.history, joinPath(path, u"history"));
        table(plan.kpiActuals, joinPath(path, u"kpiActuals"));
        table(plan.metrics.reviewLog, joinPath(path, u"metrics.reviewLog"));
        table(plan.targets.revisions, joinPath(path, u"targets.revisions"));
        table(plan.info.statusLog, joinPath(path, u"info.statusLog"));
        table(plan.scenarios, joinPath(path, u"scenarios"));
        table(plan.targets.uplifts, joinPath(path, u"targets.uplifts"));
        table(plan.initiatives, joinPath(path, u"initiatives"));
        table(plan.milestones, joinPath(path, u"milestones"));
        table(plan.team.budgetLines, joinPath(path, u"team.budgetLines"));
        table(plan.units, joinPath(path, u"units"));
    }

    // Every unit has a name no other unit has (in any case: the names head the consolidation's
    // rows). Its plan file may be empty, as the window keeps a unit added but not linked yet.
    void checkUnits(const Plan &plan, const QString &path)
    {
        const QString at = joinPath(path, u"units");
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < plan.units.size() && !m_error; ++i) {
            const PlanUnit &unit = plan.units.at(i);
            const QString row = indexPath(at, i);
            const QString name = unit.name.trimmed();
            if (name.isEmpty())
                return fail(row + QStringLiteral(".name"), PlanJson::tr("must not be empty"));
            const auto earlier = seen.constFind(name.toCaseFolded());
            if (earlier != seen.constEnd())
                return fail(row + QStringLiteral(".name"),
                            PlanJson::tr("the unit %1 is named twice (also at %2)")
                                .arg(name, indexPath(at, *earlier)));
            seen.insert(name.toCaseFolded(), i);
        }
    }

    // Every milestone names an initiative of the plan by its id.
    void checkMilestones(const Plan &plan, const QString &path)
    {
        QSet<RowId> initiatives;
        for (const Initiative &initiative : plan.initiatives)
            initiatives.insert(initiative.id);
        const QString at = joinPath(path, u"milestones");
        for (qsizetype i = 0; i < plan.milestones.size() && !m_error; ++i) {
            if (!initiatives.contains(plan.milestones.at(i).initiative))
                fail(indexPath(at, i) + QStringLiteral(".initiative"),
                     PlanJson::tr("no initiative has the id %1")
                         .arg(plan.milestones.at(i).initiative));
        }
    }

    // No target revision has a negative month from its first on. A revision that no longer fits
    // the plan (its months add up to an annual target since changed, or its first month is no
    // longer inside the plan year) is kept as the window keeps it: not in force
    // (core/calc/revision.h), so that what the window saves always reads back.
    void checkRevisions(const Plan &plan, const QString &path)
    {
        const QString at = joinPath(path, u"targets.revisions");
        for (qsizetype i = 0; i < plan.targets.revisions.size() && !m_error; ++i) {
            const TargetRevision &revision = plan.targets.revisions.at(i);
            const QString row = indexPath(at, i);
            const int first = std::max(plan.info.period.monthIndexOf(revision.from), 0);
            qint64 total = 0;
            for (int m = 0; m < Period::monthCount; ++m) {
                const qint64 minor = revision.months[std::size_t(m)];
                if (m >= first && minor < 0)
                    return fail(indexPath(row + QStringLiteral(".months"), m),
                                PlanJson::tr("must not be negative"));
                if (qAddOverflow(total, minor, &total))
                    return fail(row + QStringLiteral(".months"), PlanJson::tr("is too large"));
            }
        }
    }

    // Every KPI actual names a KPI of the plan by its id.
    void checkKpiActuals(const Plan &plan, const QString &path)
    {
        QSet<RowId> kpis;
        for (const Kpi &kpi : plan.metrics.kpis)
            kpis.insert(kpi.id);
        const QString at = joinPath(path, u"kpiActuals");
        for (qsizetype i = 0; i < plan.kpiActuals.size() && !m_error; ++i) {
            if (!kpis.contains(plan.kpiActuals.at(i).kpi))
                fail(indexPath(at, i) + QStringLiteral(".kpi"),
                     PlanJson::tr("no KPI has the id %1").arg(plan.kpiActuals.at(i).kpi));
        }
    }

    // Ids are unique within the plan; rows without one get fresh ids above every id in use.
    void assignRowIds(Plan &plan, const QString &path, RowId nextRowId)
    {
        if (m_error)
            return;
        QHash<RowId, QString> used;
        RowIdSource ids(nextRowId);
        forEachRowId(plan, path, [&](RowId id, const QString &at) {
            if (id == 0)
                return;
            const auto earlier = used.constFind(id);
            if (earlier != used.constEnd()) {
                return fail(
                    at, PlanJson::tr("row id %1 is used twice (also at %2)").arg(id).arg(*earlier));
            }
            used.insert(id, at);
            ids.reserveAbove(id);
        });
        forEachRowId(plan, path, [&](RowId &id, const QString &) {
            if (id == 0)
                id = ids.take();
        });
        plan.ids = ids;
    }

    std::optional<Error> m_error;
    QString m_currency;
};

} // namespace

Result<Plan> readPlanObject(const QJsonObject &object, const QString &path)
{
    return PlanJsonReader().read(object, path);
}

} // namespace salesplan
