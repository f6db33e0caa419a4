#include "recentplanfigures.h"

#include "store/planfile.h"
#include "summary/plansummary.h"

#include <QFileInfo>
#include <QHash>

namespace salesplan::ui {

namespace {

std::optional<MonthValues> monthTargetsOf(const Plan &plan)
{
    const Result<Decomposition> decomposition = planDecomposition(plan);
    if (!decomposition)
        return std::nullopt;
    return decomposition->months;
}

std::optional<RecentPlanFigures> readFigures(const QFileInfo &info)
{
    auto file = PlanFile::open(info.filePath(), PlanFile::Access::ReadOnly);
    if (!file)
        return std::nullopt;
    const Plan &plan = (*file)->plan();
    RecentPlanFigures figures;
    figures.name = plan.info.name.isEmpty() ? info.completeBaseName() : plan.info.name;
    figures.year = plan.info.period.year;
    figures.annualTarget = plan.targets.annualTarget;
    figures.status = plan.info.status;
    figures.lastModified = info.lastModified();
    figures.monthTargets = monthTargetsOf(plan);
    return figures;
}

} // namespace

std::optional<RecentPlanFigures> recentPlanFigures(const QString &path)
{
    // By path, with the change time they were read at: a changed file is read again.
    struct Read
    {
        QDateTime modified;
        std::optional<RecentPlanFigures> figures;
    };
    static QHash<QString, Read> cache;
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    const QDateTime modified = info.lastModified();
    auto read = cache.find(path);
    if (read == cache.end() || read->modified != modified)
        read = cache.insert(path, {modified, readFigures(info)});
    return read->figures;
}

} // namespace salesplan::ui
