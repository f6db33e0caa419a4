#include "server/publishedunits.h"

#include <QCoreApplication>

#include <algorithm>

namespace salesplan::server {

namespace {

struct PublishedUnits
{
    Q_DECLARE_TR_FUNCTIONS(PublishedUnits)
};

// Appends, for each unit of `team` that `published` has no version of, an input without figures
// saying that nothing is published.
template <typename Input, typename Published>
void appendUnpublished(const Plan &team, const QList<Published> &published, QList<Input> *inputs)
{
    for (const PlanUnit &unit : team.units) {
        const bool found =
            std::any_of(published.cbegin(), published.cend(), [&unit](const Published &other) {
                return other.version.unit.compare(unit.name, Qt::CaseInsensitive) == 0;
            });
        if (!found)
            inputs->append({unit.name, std::nullopt,
                            PublishedUnits::tr("nothing published on the team server yet")});
    }
}

} // namespace

QList<UnitInput> publishedPlanInputs(const Plan &team, const QList<PublishedPlan> &published)
{
    QList<UnitInput> inputs;
    for (const PublishedPlan &unit : published)
        inputs.append({unit.version.unit, unit.plan, QString()});
    appendUnpublished(team, published, &inputs);
    return inputs;
}

QList<UnitFiguresInput> publishedFiguresInputs(const Plan &team,
                                               const QList<PublishedFigures> &published)
{
    QList<UnitFiguresInput> inputs;
    for (const PublishedFigures &unit : published)
        inputs.append({unit.version.unit, unit.figures, QString()});
    appendUnpublished(team, published, &inputs);
    return inputs;
}

} // namespace salesplan::server
