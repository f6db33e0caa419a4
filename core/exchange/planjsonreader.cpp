#include "exchange/enumkeys.h"
#include "exchange/exactamount.h"
#include "exchange/planjsoncodec.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>
#include <optional>

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
        readRows(object, path, u"segments", plan.segments, &PlanJsonReader::readSegment);
        readRows(object, path, u"stages", plan.stages, &PlanJsonReader::readStage);
        readRows(object, path, u"tools", plan.tools, &PlanJsonReader::readTool);
        readMetrics(object, path, plan.metrics);
        readRows(object, path, u"history", plan.history, &PlanJsonReader::readHistoryEntry);
        readPresentationDeck(object, path, plan.presentationDeck);
        RowId nextRowId = 1;
        readId(object, path, u"nextRowId", nextRowId);
        assignRowIds(plan, path, nextRowId);
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

    void checkNumber(const QJsonValue &value, const QString &path, double &target, double min,
                     double max)
    {
        if (!value.isDouble())
            return failGot(path, PlanJson::tr("must be a number"), value);
        const double number = value.toDouble();
        if (number < min || number > max) {
            const QString range = max == std::numeric_limits<double>::max()
                                      ? PlanJson::tr("must be at least %1").arg(numberText(min))
                                      : PlanJson::tr("must be between %1 and %2")
                                            .arg(numberText(min), numberText(max));
            return failGot(path, range, value);
        }
        target = number;
    }

    // A rate is a fraction: 0.15 is 15 %.
    void readRate(const QJsonObject &object, const QString &path, QStringView key, double &target)
    {
        readNumber(object, path, key, target, 0.0, 1.0);
    }

    void readWeight(const QJsonObject &object, const QString &path, QStringView key, double &target)
    {
        readNumber(object, path, key, target, 0.0, std::numeric_limits<double>::max());
    }

    void readInteger(const QJsonObject &object, const QString &path, QStringView key, int &target,
                     int min, int max)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const QString at = joinPath(path, key);
        if (!value->isDouble())
            return failGot(at, PlanJson::tr("must be a whole number"), *value);
        const double number = value->toDouble();
        if (number != std::floor(number))
            return failGot(at, PlanJson::tr("must be a whole number"), *value);
        if (number < min || number > max) {
            return failGot(at,
                           max == std::numeric_limits<int>::max()
                               ? PlanJson::tr("must be at least %1").arg(min)
                               : PlanJson::tr("must be between %1 and %2").arg(min).arg(max),
                           *value);
        }
        target = int(number);
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
            readCurrency(amount, at, currency);
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

    void readCurrency(const QJsonObject &object, const QString &path, QString &target)
    {
        const auto value = field(object, u"currency");
        if (!value)
            return;
        const QString code = value->toString().trimmed().toUpper();
        if (!value->isString() || !isCurrencyCode(code)) {
            return failGot(joinPath(path, u"currency"),
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

    template <typename E>
    void readChoice(const QJsonObject &object, const QString &path, QStringView key, E &target)
    {
        const auto value = field(object, key);
        if (!value)
            return;
        const std::optional<E> choice = enumFromKey<E>(value->toString());
        if (!value->isString() || !choice) {
            return failGot(
                joinPath(path, key),
                PlanJson::tr("must be one of %1").arg(enumKeys<E>().join(QStringLiteral(", "))),
                *value);
        }
        target = *choice;
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

    // A table: a list of objects, each read into a row that starts from the row type's defaults.
    template <typename Row>
    void readRows(const QJsonObject &object, const QString &path, QStringView key,
                  QList<Row> &target,
                  void (PlanJsonReader::*readRow)(const QJsonObject &, const QString &, Row &))
    {
        QList<Row> rows;
        forEachElement(object, path, key, [&](const QJsonValue &value, const QString &at) {
            if (!value.isObject())
                return failGot(at, PlanJson::tr("must be an object { … }"), value);
            Row row;
            const QJsonObject rowObject = value.toObject();
            readId(rowObject, at, u"id", row.id);
            (this->*readRow)(rowObject, at, row);
            rows.append(row);
        });
        target = rows;
    }

    // --- The sections ---------------------------------------------------------------------

    void readInfo(const QJsonObject &planObject, const QString &planPath, PlanInfo &info)
    {
        const QString path = joinPath(planPath, u"info");
        const QJsonObject object = objectAt(planObject, planPath, u"info");
        readText(object, path, u"name", info.name);
        readText(object, path, u"company", info.company);
        readText(object, path, u"author", info.author);
        readText(object, path, u"language", info.language);
        readCurrency(object, path, info.currency);
        const QString periodPath = joinPath(path, u"period");
        const QJsonObject period = objectAt(object, path, u"period");
        readInteger(period, periodPath, u"year", info.period.year, 1900, 9999);
        readInteger(period, periodPath, u"startMonth", info.period.startMonth, 1, 12);
        readChoice(object, path, u"status", info.status);
    }

    void readCompetitor(const QJsonObject &object, const QString &path, Competitor &competitor)
    {
        readText(object, path, u"name", competitor.name);
        readChoice(object, path, u"kind", competitor.kind);
        readText(object, path, u"strengths", competitor.strengths);
        readText(object, path, u"weaknesses", competitor.weaknesses);
    }

    void readMission(const QJsonObject &planObject, const QString &planPath,
                     MissionSection &mission)
    {
        const QString path = joinPath(planPath, u"mission");
        const QJsonObject object = objectAt(planObject, planPath, u"mission");
        readText(object, path, u"mission", mission.mission);
        readText(object, path, u"marketPosition", mission.marketPosition);
        readText(object, path, u"valueProposition", mission.valueProposition);
        readMoney(object, path, u"marketSize", mission.marketSize, Sign::NotNegative);
        // A market can shrink by all of itself at most; growth beyond 1000 % is a typo.
        readNumber(object, path, u"marketGrowth", mission.marketGrowth, -1.0, 10.0);
        readText(object, path, u"marketTrends", mission.marketTrends);
        readRows(object, path, u"competitors", mission.competitors,
                 &PlanJsonReader::readCompetitor);
    }

    void readWeightedItem(const QJsonObject &object, const QString &path, WeightedItem &item)
    {
        readText(object, path, u"name", item.name);
        readWeight(object, path, u"weight", item.weight);
    }

    void readFunnel(const QJsonObject &targetsObject, const QString &targetsPath,
                    FunnelAssumptions &funnel)
    {
        const QString path = joinPath(targetsPath, u"funnel");
        const QJsonObject object = objectAt(targetsObject, targetsPath, u"funnel");
        readMoney(object, path, u"averageDealSize", funnel.averageDealSize, Sign::NotNegative);
        readRate(object, path, u"leadToQualified", funnel.leadToQualified);
        readRate(object, path, u"qualifiedToProposal", funnel.qualifiedToProposal);
        readRate(object, path, u"proposalToWon", funnel.proposalToWon);
        readWeight(object, path, u"callsPerLead", funnel.callsPerLead);
        readWeight(object, path, u"callsPerRepDay", funnel.callsPerRepDay);
        readWeight(object, path, u"demosPerRepDay", funnel.demosPerRepDay);
        readRate(object, path, u"annualAttrition", funnel.annualAttrition);
        readInteger(object, path, u"newHireRampMonths", funnel.newHireRampMonths, 0, 60);
        readMoney(object, path, u"costPerLead", funnel.costPerLead, Sign::NotNegative);
        readDates(object, path, u"holidays", funnel.holidays);
        readDates(object, path, u"extraWorkdays", funnel.extraWorkdays);
    }

    void readTargets(const QJsonObject &planObject, const QString &planPath,
                     TargetsSection &targets)
    {
        const QString path = joinPath(planPath, u"targets");
        const QJsonObject object = objectAt(planObject, planPath, u"targets");
        readMoney(object, path, u"annualTarget", targets.annualTarget, Sign::NotNegative);
        readMoney(object, path, u"lastYearActual", targets.lastYearActual, Sign::NotNegative);
        readRate(object, path, u"stretchReserve", targets.stretchReserve);
        readRate(object, path, u"challengeReserve", targets.challengeReserve);
        readChoice(object, path, u"seasonality", targets.seasonality);
        readCustomWeights(object, path, targets.customWeights);
        readInteger(object, path, u"historyYears", targets.historyYears, 1, 3);
        readRows(object, path, u"regions", targets.regions, &PlanJsonReader::readWeightedItem);
        readRows(object, path, u"products", targets.products, &PlanJsonReader::readWeightedItem);
        readFunnel(object, path, targets.funnel);
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
                        std::numeric_limits<double>::max());
        }
        if (!m_error)
            target = weights;
    }

    void readRole(const QJsonObject &object, const QString &path, Role &role)
    {
        readText(object, path, u"name", role.name);
        readText(object, path, u"responsibilities", role.responsibilities);
        readText(object, path, u"skills", role.skills);
    }

    void readMember(const QJsonObject &object, const QString &path, Member &member)
    {
        readText(object, path, u"name", member.name);
        readText(object, path, u"role", member.role);
        readText(object, path, u"region", member.region);
        readWeight(object, path, u"quotaShare", member.quotaShare);
        readDate(object, path, u"startDate", member.startDate);
        readInteger(object, path, u"rampMonths", member.rampMonths, 0, 60);
    }

    void readHire(const QJsonObject &object, const QString &path, Hire &hire)
    {
        readText(object, path, u"role", hire.role);
        readText(object, path, u"region", hire.region);
        readInteger(object, path, u"count", hire.count, 0, std::numeric_limits<int>::max());
        readDate(object, path, u"startDate", hire.startDate);
    }

    void readTeam(const QJsonObject &planObject, const QString &planPath, TeamSection &team)
    {
        const QString path = joinPath(planPath, u"team");
        const QJsonObject object = objectAt(planObject, planPath, u"team");
        readRows(object, path, u"roles", team.roles, &PlanJsonReader::readRole);
        readRows(object, path, u"members", team.members, &PlanJsonReader::readMember);
        readRows(object, path, u"hiring", team.hiring, &PlanJsonReader::readHire);
        readText(object, path, u"trainingPlan", team.trainingPlan);
        readRate(object, path, u"commissionRate", team.commissionRate);
        readRate(object, path, u"acceleratorRate", team.acceleratorRate);
        readText(object, path, u"incentiveNotes", team.incentiveNotes);
    }

    void readSegment(const QJsonObject &object, const QString &path, Segment &segment)
    {
        readText(object, path, u"name", segment.name);
        readChoice(object, path, u"type", segment.type);
        readText(object, path, u"characteristics", segment.characteristics);
        QStringList attributes;
        forEachElement(object, path, u"attributes",
                       [&](const QJsonValue &value, const QString &at) {
                           if (!value.isString())
                               return failGot(at, PlanJson::tr("must be text"), value);
                           attributes.append(value.toString());
                       });
        if (object.contains(u"attributes"))
            segment.attributes = attributes;
        readText(object, path, u"challenges", segment.challenges);
        readText(object, path, u"goals", segment.goals);
        readChoice(object, path, u"tier", segment.tier);
        readText(object, path, u"strategy", segment.strategy);
    }

    void readStage(const QJsonObject &object, const QString &path, Stage &stage)
    {
        readText(object, path, u"name", stage.name);
        readText(object, path, u"method", stage.method);
        readText(object, path, u"exitCriteria", stage.exitCriteria);
        readText(object, path, u"collateral", stage.collateral);
        readRate(object, path, u"conversionRate", stage.conversionRate);
        readInteger(object, path, u"typicalDays", stage.typicalDays, 0,
                    std::numeric_limits<int>::max());
    }

    void readTool(const QJsonObject &object, const QString &path, Tool &tool)
    {
        readText(object, path, u"name", tool.name);
        readText(object, path, u"purpose", tool.purpose);
        readText(object, path, u"owner", tool.owner);
        readMoney(object, path, u"annualCost", tool.annualCost, Sign::NotNegative);
        readText(object, path, u"dataHeld", tool.dataHeld);
    }

    void readKpi(const QJsonObject &object, const QString &path, Kpi &kpi)
    {
        readText(object, path, u"name", kpi.name);
        readText(object, path, u"definition", kpi.definition);
        readText(object, path, u"unit", kpi.unit);
        readNumber(object, path, u"target", kpi.target, std::numeric_limits<double>::lowest(),
                   std::numeric_limits<double>::max());
        readChoice(object, path, u"frequency", kpi.frequency);
        readWeight(object, path, u"greenAt", kpi.greenAt);
        readWeight(object, path, u"yellowAt", kpi.yellowAt);
    }

    void readRisk(const QJsonObject &object, const QString &path, Risk &risk)
    {
        readChoice(object, path, u"category", risk.category);
        readText(object, path, u"description", risk.description);
        readInteger(object, path, u"likelihood", risk.likelihood, 1, 5);
        readInteger(object, path, u"impact", risk.impact, 1, 5);
        readText(object, path, u"mitigation", risk.mitigation);
        readText(object, path, u"owner", risk.owner);
    }

    void readMetrics(const QJsonObject &planObject, const QString &planPath,
                     MetricsSection &metrics)
    {
        const QString path = joinPath(planPath, u"metrics");
        const QJsonObject object = objectAt(planObject, planPath, u"metrics");
        readRows(object, path, u"kpis", metrics.kpis, &PlanJsonReader::readKpi);
        readChoice(object, path, u"reviewCadence", metrics.reviewCadence);
        readText(object, path, u"reviewNotes", metrics.reviewNotes);
        readRows(object, path, u"risks", metrics.risks, &PlanJsonReader::readRisk);
    }

    // History months are written "2026-01"; a full date stands for its month.
    void readHistoryEntry(const QJsonObject &object, const QString &path, HistoryEntry &entry)
    {
        if (const auto value = field(object, u"month")) {
            const QString text = value->toString().trimmed();
            QDate month = QDate::fromString(text, u"yyyy-MM");
            if (!month.isValid())
                month = QDate::fromString(text, u"yyyy-MM-dd");
            if (!value->isString() || !month.isValid()) {
                return failGot(joinPath(path, u"month"),
                               PlanJson::tr("must be a month written like 2026-01"), *value);
            }
            entry.month = QDate(month.year(), month.month(), 1);
        }
        readText(object, path, u"region", entry.region);
        readText(object, path, u"product", entry.product);
        readText(object, path, u"member", entry.member);
        readMoney(object, path, u"amount", entry.amount, Sign::Any);
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
