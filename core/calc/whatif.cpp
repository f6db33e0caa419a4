#include "calc/whatif.h"

#include "plan/scenario.h"

#include <algorithm>

namespace salesplan {

Plan applyScenario(const Plan &plan, const Scenario &scenario)
{
    Plan result = plan;
    for (const ScenarioDriverInfo &info : scenarioDrivers()) {
        if (const std::optional<double> value = scenario.value(info.driver))
            info.apply(result, *value);
    }
    if (scenario.seasonality) {
        result.targets.seasonality = *scenario.seasonality;
        if (*scenario.seasonality == SeasonalityMode::Custom)
            result.targets.customWeights = scenario.customWeights;
    }
    return result;
}

Plan promoteScenario(const Plan &plan, RowId id)
{
    const auto found = std::find_if(plan.scenarios.cbegin(), plan.scenarios.cend(),
                                    [id](const Scenario &scenario) { return scenario.id == id; });
    if (found == plan.scenarios.cend())
        return plan;
    Plan result = applyScenario(plan, *found);
    result.scenarios.removeAt(found - plan.scenarios.cbegin());
    return result;
}

} // namespace salesplan
