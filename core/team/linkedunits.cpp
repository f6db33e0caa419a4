#include "team/linkedunits.h"

#include "team/unitplancache.h"

#include <QDir>
#include <QFileInfo>

namespace salesplan {

QString unitFilePath(const PlanUnit &unit, const QString &teamFilePath)
{
    const QString path = QDir::fromNativeSeparators(unit.path.trimmed());
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(teamFilePath).absoluteDir().filePath(path));
}

QString unitPathFor(const QString &unitFile, const QString &teamFilePath)
{
    const QDir teamFolder = QFileInfo(teamFilePath).absoluteDir();
    const QString relative = teamFolder.relativeFilePath(QFileInfo(unitFile).absoluteFilePath());
    // On Windows a file on another drive has no relative path: relativeFilePath() gives it whole.
    return QDir::fromNativeSeparators(relative);
}

QString unitFileRefusal(const QString &unitFile, const QString &teamFilePath)
{
    const QString canonical = QFileInfo(unitFile).canonicalFilePath();
    if (teamFilePath.isEmpty() || canonical.isEmpty() ||
        canonical != QFileInfo(teamFilePath).canonicalFilePath())
        return {};
    return TeamConsolidation::tr("%1 is this team plan's own file: link the unit's own plan")
        .arg(QFileInfo(unitFile).fileName());
}

QList<UnitInput> readLinkedUnits(const Plan &team, const QString &teamFilePath)
{
    return UnitPlanCache().read(team, teamFilePath);
}

std::optional<Consolidation> consolidateLinkedUnits(const Plan &team, const QString &teamFilePath)
{
    if (team.units.isEmpty())
        return std::nullopt;
    return consolidate(team, readLinkedUnits(team, teamFilePath));
}

} // namespace salesplan
