#include "team/unitplancache.h"

#include "exchange/planio.h"
#include "team/linkedunits.h"

#include <QFileInfo>

namespace salesplan {

QList<UnitInput> UnitPlanCache::read(const Plan &team, const QString &teamFilePath)
{
    const QString teamCanonical =
        teamFilePath.isEmpty() ? QString() : QFileInfo(teamFilePath).canonicalFilePath();
    QHash<QString, Entry> kept;
    QList<UnitInput> inputs;
    inputs.reserve(team.units.size());
    for (const PlanUnit &unit : team.units)
        inputs.append(readUnit(unit, teamFilePath, teamCanonical, team, kept));
    m_entries = std::move(kept);
    return inputs;
}

UnitInput UnitPlanCache::readUnit(const PlanUnit &unit, const QString &teamFilePath,
                                  const QString &teamCanonical, const Plan &team,
                                  QHash<QString, Entry> &kept)
{
    UnitInput input{unit.name, std::nullopt, {}};
    if (unit.path.trimmed().isEmpty()) {
        input.problem = TeamConsolidation::tr("no plan file linked yet");
        return input;
    }
    const QString file = unitFilePath(unit, teamFilePath);
    const QFileInfo info(file);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty() && canonical == teamCanonical) {
        // Read or not, the team plan's own units would be summed into themselves.
        input.plan = team;
        input.problem =
            TeamConsolidation::tr("%1 is this team plan's own file: link the units' own plans")
                .arg(unit.path);
        return input;
    }
    const QString key = canonical.isEmpty() ? file : canonical;
    const Stamp stamp{info.exists(), info.lastModified(), info.size()};
    Entry entry = kept.contains(key) ? kept.value(key) : m_entries.take(key);
    if (entry.readPath.isEmpty() || entry.stamp != stamp) {
        ++m_fileReads;
        Result<Plan> plan = readPlan(file);
        entry = Entry{stamp, file, std::nullopt, QString()};
        if (plan)
            entry.plan = std::move(plan).value();
        else
            entry.error = plan.error().message();
    }
    input.plan = entry.plan;
    // Named as the team plan names it: a folder on this computer means nothing to others.
    if (!entry.plan)
        input.problem = QString(entry.error).replace(entry.readPath, unit.path);
    kept.insert(key, std::move(entry));
    return input;
}

} // namespace salesplan
