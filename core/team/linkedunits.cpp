#include "team/linkedunits.h"

#include "exchange/planio.h"

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

QList<UnitInput> readLinkedUnits(const Plan &team, const QString &teamFilePath)
{
    QList<UnitInput> inputs;
    inputs.reserve(team.units.size());
    for (const PlanUnit &unit : team.units) {
        UnitInput input{unit.name, std::nullopt, {}};
        Result<Plan> plan = readPlan(unitFilePath(unit, teamFilePath));
        if (plan)
            input.plan = std::move(plan).value();
        else
            input.problem = plan.error().message();
        inputs.append(std::move(input));
    }
    return inputs;
}

} // namespace salesplan
