#include "plan/renames.h"

#include <QHash>

namespace salesplan {

namespace {

// The new name of each KPI renamed between `before` and `after`, by its old name.
QHash<QString, QString> renamedKpis(const Plan &before, const Plan &after)
{
    QHash<RowId, QString> oldNames;
    for (const Kpi &kpi : before.metrics.kpis)
        oldNames.insert(kpi.id, kpi.name.trimmed());
    QHash<QString, QString> renamed;
    for (const Kpi &kpi : after.metrics.kpis) {
        const QString oldName = oldNames.value(kpi.id);
        const QString newName = kpi.name.trimmed();
        if (!oldName.isEmpty() && !newName.isEmpty() && oldName != newName)
            renamed.insert(oldName, kpi.name);
    }
    return renamed;
}

} // namespace

void followRenamedKpis(const Plan &before, Plan &after)
{
    if (before.metrics.kpis == after.metrics.kpis)
        return;
    const QHash<QString, QString> renamed = renamedKpis(before, after);
    if (renamed.isEmpty())
        return;
    for (Initiative &initiative : after.initiatives) {
        const auto found = renamed.constFind(initiative.kpi.trimmed());
        if (found != renamed.constEnd())
            initiative.kpi = *found;
    }
}

} // namespace salesplan
