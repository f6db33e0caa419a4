#pragma once

#include "plan/fields.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QString>
#include <QStringView>

// One description of each driver a what-if scenario may override: its JSON key, its SQL column,
// its kind, its label, what values it takes, and how it reads and writes the plan. The file, the
// JSON format, the figures and the window all go through this list.
namespace salesplan {

struct ScenarioDriverInfo
{
    ScenarioDriver driver;
    QStringView key;    // the JSON key: the baseline field's, or "headcountChange"
    QStringView column; // the SQL column of the scenarios table
    FieldKind kind;     // Money (minor units of the plan's currency), Rate, Number or Count
    const char *label;  // QT_TRANSLATE_NOOP("Field", ...): the baseline field's label
    // The driver's value in `plan` (money in minor units; the headcount change is 0 in a plan).
    double (*baseline)(const Plan &plan);
    // Writes `value` into `plan`; for the headcount change, adds or removes reps.
    void (*apply)(Plan &plan, double value);

    QString labelText() const { return Field::tr(label); }
};

// The drivers in the order the window lists them, indexed by ScenarioDriver.
const QList<ScenarioDriverInfo> &scenarioDrivers();
inline const ScenarioDriverInfo &scenarioDriver(ScenarioDriver driver)
{
    return scenarioDrivers().at(int(driver));
}

// Whether `value` is one the driver takes; if not, why, in words: a target of zero or less, a
// conversion rate outside (0 %, 100 %], attrition outside [0 %, 100 %), a headcount change that
// is not a whole number, a number that is not finite.
Status checkOverride(ScenarioDriver driver, double value);
// The first override of `scenario` that checkOverride() refuses, and a seasonality of custom
// weights that are negative or all zero.
Status checkScenario(const Scenario &scenario);

// A scenario named `name` without overrides.
Scenario makeScenario(const QString &name, RowIdSource &ids);
// The plan's scenario `id`, or null when it has none.
const Scenario *findScenario(const Plan &plan, RowId id);
Scenario *findScenario(Plan &plan, RowId id);

} // namespace salesplan
