#include "plantemplates.h"

#include "exchange/planjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace salesplan {

namespace {

struct PlanTemplates
{
    Q_DECLARE_TR_FUNCTIONS(PlanTemplates)
};

// "en", "zh_CN" or "zh_TW": the language of the templates closest to `language`.
QString templateLanguage(const QString &language)
{
    if (language.startsWith(QStringLiteral("zh_TW")) ||
        language.startsWith(QStringLiteral("zh_HK")) || language.contains(QStringLiteral("Hant")))
        return QStringLiteral("zh_TW");
    if (language.startsWith(QStringLiteral("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QByteArray templateJson(const QString &key, const QString &language)
{
    QFile file(QStringLiteral(":/templates/%1-%2.json").arg(key, templateLanguage(language)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDate movedDate(const QDate &date, int years)
{
    return date.isValid() ? date.addYears(years) : date;
}

} // namespace

QStringList planTemplateKeys()
{
    return {QStringLiteral("saas"), QStringLiteral("manufacturing"), QStringLiteral("retail"),
            QStringLiteral("services")};
}

QList<PlanTemplate> planTemplates(const QString &language)
{
    QList<PlanTemplate> templates;
    for (const QString &key : planTemplateKeys()) {
        const QJsonObject about = QJsonDocument::fromJson(templateJson(key, language))
                                      .object()
                                      .value(u"template")
                                      .toObject();
        templates.append(
            {key, about.value(u"name").toString(), about.value(u"description").toString()});
    }
    return templates;
}

Result<Plan> planFromTemplate(const QString &key, const QString &language, int year)
{
    if (!planTemplateKeys().contains(key))
        return Error{key, PlanTemplates::tr("is not a template; the templates are %1")
                              .arg(planTemplateKeys().join(QStringLiteral(", ")))};
    Result<Plan> plan = planFromJson(templateJson(key, language));
    if (plan)
        movePlanToYear(plan.value(), year);
    return plan;
}

void movePlanToYear(Plan &plan, int year)
{
    const int years = year - plan.info.period.year;
    plan.info.name.replace(QString::number(plan.info.period.year), QString::number(year));
    plan.info.period.year = year;
    for (Member &member : plan.team.members)
        member.startDate = movedDate(member.startDate, years);
    for (Hire &hire : plan.team.hiring)
        hire.startDate = movedDate(hire.startDate, years);
    for (QList<QDate> *days : {&plan.targets.funnel.holidays, &plan.targets.funnel.extraWorkdays}) {
        for (QDate &day : *days)
            day = movedDate(day, years);
    }
    for (Initiative &initiative : plan.initiatives) {
        initiative.start = movedDate(initiative.start, years);
        initiative.due = movedDate(initiative.due, years);
    }
    for (Milestone &milestone : plan.milestones)
        milestone.date = movedDate(milestone.date, years);
}

} // namespace salesplan
