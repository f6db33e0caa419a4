#include "report/exportpaths.h"

#include "report/planreport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace salesplan::ui {

QString exportFileName(const Plan &plan, const QString &suffix)
{
    QString name = plan.info.name.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("-"));
    if (name.isEmpty())
        name = PlanReport::tr("Untitled plan");
    return name + suffix;
}

QString exportStartFolder(const QString &folderKey)
{
    const QString last = QSettings().value(folderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace salesplan::ui
