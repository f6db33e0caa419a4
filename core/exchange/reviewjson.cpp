#include "exchange/reviewjson.h"

#include "plan/choices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salesplan {

namespace {

QJsonValue amount(qint64 minor, const QString &currency)
{
    return Money{minor, currency}.toPlainString();
}

QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject windowJson(const Attainment &window, const PlanReview &review, const QString &currency)
{
    return {{QStringLiteral("actual"),
             window.actual ? amount(*window.actual, currency) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target"), amount(window.target, currency)},
            {QStringLiteral("ratio"), optionalValue(window.ratio())},
            {QStringLiteral("status"), lightKey(review.lightOf(window))}};
}

QJsonObject lineJson(const ReviewLine &line, const PlanReview &review, const QString &currency)
{
    const ReviewAttainment &attainment = line.attainment;
    return {{QStringLiteral("name"), line.name},
            {QStringLiteral("month"), windowJson(attainment.month, review, currency)},
            {QStringLiteral("quarter"), windowJson(attainment.quarter, review, currency)},
            {QStringLiteral("ytd"), windowJson(attainment.yearToDate, review, currency)},
            {QStringLiteral("year"), windowJson(attainment.year, review, currency)},
            {QStringLiteral("gapDeals"), line.gapDeals}};
}

QString levelKey(ReviewSubject subject)
{
    switch (subject) {
    case ReviewSubject::Company:
        return QStringLiteral("company");
    case ReviewSubject::Region:
        return QStringLiteral("regions");
    case ReviewSubject::Product:
        return QStringLiteral("products");
    case ReviewSubject::Member:
    case ReviewSubject::Kpi:
        break;
    }
    return QStringLiteral("members");
}

QJsonObject attainmentJson(const PlanReview &review, const QString &currency)
{
    QMap<QString, QJsonArray> levels;
    for (const QString &key : {QStringLiteral("company"), QStringLiteral("regions"),
                               QStringLiteral("products"), QStringLiteral("members")})
        levels.insert(key, {});
    for (const ReviewLine &line : review.lines)
        levels[levelKey(line.subject)].append(lineJson(line, review, currency));
    QJsonObject object;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray kpisJson(const PlanReview &review)
{
    QJsonArray kpis;
    for (const KpiReview &kpi : review.kpis)
        kpis.append(QJsonObject{{QStringLiteral("name"), kpi.name},
                                {QStringLiteral("actual"), optionalValue(kpi.actual)},
                                {QStringLiteral("target"), kpi.target},
                                {QStringLiteral("status"), lightKey(kpi.light)}});
    return kpis;
}

QJsonArray deviationsJson(const PlanReview &review)
{
    QJsonArray deviations;
    for (const Deviation &deviation : review.deviations)
        deviations.append(QJsonObject{{QStringLiteral("subject"), choiceKey(deviation.subject)},
                                      {QStringLiteral("name"), deviation.name},
                                      {QStringLiteral("ratio"), deviation.ratio},
                                      {QStringLiteral("noted"), deviation.noted}});
    return deviations;
}

// What closing the year's gap needs, or null when nothing does (or nothing can be worked out).
QJsonValue toCloseJson(const PlanReview &review)
{
    if (!review.toClose)
        return QJsonValue::Null;
    const BackwardResult &close = *review.toClose;
    const int reps = close.headcount;
    return QJsonObject{
        {QStringLiteral("deals"), close.deals},
        {QStringLiteral("workingDays"), close.workingDays},
        {QStringLiteral("callsPerDay"), close.callsPerDay},
        {QStringLiteral("demosPerDay"), close.demosPerDay},
        {QStringLiteral("headcount"), reps},
        {QStringLiteral("callsPerRepDay"),
         reps > 0 ? QJsonValue(close.callsPerDay / reps) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("demosPerRepDay"),
         reps > 0 ? QJsonValue(close.demosPerDay / reps) : QJsonValue(QJsonValue::Null)}};
}

// Which targets the months are measured against: the approved ones, or a revision's.
QJsonValue revisionJson(const PlanReview &review, const QString &currency)
{
    if (!review.revision)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("from"), review.revision->from.toString(u"yyyy-MM")},
                       {QStringLiteral("note"), review.revision->note},
                       {QStringLiteral("change"), amount(review.revisionChange, currency)}};
}

} // namespace

QString lightKey(Light light)
{
    switch (light) {
    case Light::Green:
        return QStringLiteral("green");
    case Light::Yellow:
        return QStringLiteral("yellow");
    case Light::Red:
        return QStringLiteral("red");
    case Light::NoData:
        break;
    }
    return QStringLiteral("no_data");
}

QByteArray reviewToJson(const Plan &plan, const PlanReview &review)
{
    const QString &currency = plan.info.currency;
    const YearForecast &forecast = review.lines.first().forecast;
    const QJsonObject object{
        {QStringLiteral("month"),
         plan.info.period.monthStart(review.monthIndex).toString(u"yyyy-MM")},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("threshold"), review.threshold},
        {QStringLiteral("hasActuals"), review.hasActuals},
        {QStringLiteral("targetsVersion"),
         review.revision ? QStringLiteral("adjusted") : QStringLiteral("approved")},
        {QStringLiteral("targetsRevision"), revisionJson(review, currency)},
        {QStringLiteral("attainment"), attainmentJson(review, currency)},
        {QStringLiteral("forecast"),
         QJsonObject{{QStringLiteral("runRate"), amount(forecast.runRate, currency)},
                     {QStringLiteral("plan"), amount(forecast.planRest, currency)}}},
        {QStringLiteral("toClose"), toCloseJson(review)},
        {QStringLiteral("kpis"), kpisJson(review)},
        {QStringLiteral("deviations"), deviationsJson(review)},
        {QStringLiteral("unmatched"), QJsonArray::fromStringList(review.unmatched)},
    };
    return QJsonDocument(object).toJson();
}

} // namespace salesplan
