// `salesplan templates` lists the industry templates; `salesplan new --template KEY --to FILE`
// makes a new plan file, or a JSON plan, from one (core/exchange/plantemplates.h).
#include "cli.h"

#include "exchange/planio.h"
#include "exchange/plantemplates.h"
#include "language/language.h"
#include "textlayout.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace salesplan {

namespace {

// The --lang value, else the language SalesPlan speaks.
QString templateLanguage(const QMap<QString, QString> &options)
{
    return options.value(QStringLiteral("--lang"), ui::Translators::current());
}

QByteArray templatesJson(const QList<PlanTemplate> &templates)
{
    QJsonArray list;
    for (const PlanTemplate &plan : templates)
        list.append(QJsonObject{{QStringLiteral("key"), plan.key},
                                {QStringLiteral("name"), plan.name},
                                {QStringLiteral("description"), plan.description}});
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QString templatesText(const QList<PlanTemplate> &templates)
{
    QString text;
    for (const PlanTemplate &plan : templates)
        text += textlayout::padded(plan.key, 16) + plan.name + u'\n' +
                textlayout::padded(QString(), 16) + plan.description + u'\n';
    return text;
}

} // namespace

int Cli::runTemplates(const Words &words)
{
    const QList<PlanTemplate> templates = planTemplates(templateLanguage(words.options));
    QTextStream out(stdout);
    if (words.options.contains(QStringLiteral("--json")))
        out << QString::fromUtf8(templatesJson(templates));
    else
        out << templatesText(templates);
    return Ok;
}

int Cli::runNew(const Words &words)
{
    const QString key = words.options.value(QStringLiteral("--template"));
    const QString target = words.options.value(QStringLiteral("--to"));
    if (key.isEmpty() || target.isEmpty())
        return fail(tr("new needs --template KEY and --to FILE.salesplan (or FILE.json); the "
                       "templates are %1")
                        .arg(planTemplateKeys().join(QStringLiteral(", "))));
    if (QFileInfo::exists(target))
        return fail(tr("%1 already exists; choose a new file name").arg(target));
    const int nextYear = QDate::currentDate().year() + 1;
    const Result<Plan> plan = planFromTemplate(key, templateLanguage(words.options), nextYear);
    if (!plan)
        return fail(plan.error().message());
    // A .json target gets the plan as JSON (to keep in version control or send), any other a
    // .salesplan file: never a plan file under a name that says JSON.
    const Status made = isJsonPlanPath(target) ? exportJsonPlan(*plan, target)
                                               : importPlan(*plan, target, ExistingFile::Refuse);
    return made ? Ok : fail(made.error().message());
}

} // namespace salesplan
