#include "cli.h"

#include "consolidationprinter.h"
#include "exchange/consolidationjson.h"
#include "exchange/planio.h"
#include "team/linkedunits.h"

#include <QTextStream>

namespace salesplan {

int Cli::runConsolidate(const Words &words)
{
    const QString teamPath = words.positional.first();
    const Result<Plan> team = readPlan(teamPath);
    if (!team)
        return fail(team.error().message());
    if (team->units.isEmpty())
        return fail(
            tr("%1: has no units: it is the plan of one team, not a team plan").arg(teamPath));
    const Consolidation consolidation = consolidate(*team, readLinkedUnits(*team, teamPath));
    QTextStream out(stdout);
    if (words.options.contains(QStringLiteral("--json")))
        out << QString::fromUtf8(consolidationToJson(*team, consolidation));
    else
        out << ConsolidationPrinter(*team, consolidation).text();
    return hasErrors(consolidation.findings) ? PlanHasErrors : Ok;
}

} // namespace salesplan
