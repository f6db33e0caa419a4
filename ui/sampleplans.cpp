#include "sampleplans.h"

#include "exchange/planio.h"
#include "language/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace salesplan::ui {

namespace {

// "zh_CN", "zh_TW" or "en": the sample written in the language closest to `language`.
QString sampleLanguage(const QString &language)
{
    const QString closest = languageForCode(language);
    return closest == QStringLiteral("zh_TW") || closest == QStringLiteral("zh_CN")
               ? closest
               : QStringLiteral("en");
}

} // namespace

QString sampleResource(const QString &language)
{
    return QStringLiteral(":/samples/sample-%1.json").arg(sampleLanguage(language));
}

Result<QString> sampleCopy(const QString &language)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString name = QStringLiteral("sample-%1.salesplan").arg(sampleLanguage(language));
    const QString path = QDir(folder).filePath(name);
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(folder))
        return Error{folder, QCoreApplication::translate("SamplePlans", "cannot be created")};
    const Status imported = importJsonPlan(sampleResource(language), path, ExistingFile::Refuse);
    if (!imported)
        return imported.error();
    return path;
}

} // namespace salesplan::ui
