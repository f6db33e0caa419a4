#include "sampleplans.h"

#include "exchange/planjson.h"
#include "store/planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace salesplan::ui {

QString sampleResource(const QString &language)
{
    return language.startsWith(QStringLiteral("zh")) ? QStringLiteral(":/samples/sample-zh_CN.json")
                                                     : QStringLiteral(":/samples/sample-en.json");
}

Result<QString> sampleCopy(const QString &language)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString name = language.startsWith(QStringLiteral("zh"))
                             ? QStringLiteral("sample-zh_CN.salesplan")
                             : QStringLiteral("sample-en.salesplan");
    const QString path = QDir(folder).filePath(name);
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(folder))
        return Error{folder, QCoreApplication::translate("SamplePlans", "cannot be created")};
    QFile json(sampleResource(language));
    if (!json.open(QIODevice::ReadOnly))
        return Error{json.fileName(), json.errorString()};
    const Result<Plan> plan = planFromJson(json.readAll());
    if (!plan)
        return plan.error();
    const auto created = PlanFile::create(path, *plan);
    if (!created)
        return created.error();
    return path;
}

} // namespace salesplan::ui
