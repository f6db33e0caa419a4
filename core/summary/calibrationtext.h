#pragma once

#include "calc/calibration.h"
#include "check/findings.h"
#include "plan/plan.h"

#include <QList>
#include <QString>

#include <optional>

// The calibration told one way wherever it is shown: the Targets page's table, the chart's
// labels, the command line, the summary JSON and the report. Each ceiling is a row: its name,
// its amount or why it is not set, the inputs it is worked out from, the target as a share of it
// and what would have to change for the target to fit.
namespace salesplan {

enum class CeilingKind { Market, Team, Resources };
inline constexpr int ceilingKindCount = 3;

struct CalibrationRow
{
    CeilingKind kind = CeilingKind::Market;
    QString name;                      // "Market ceiling", "Team ceiling", "Resources ceiling"
    std::optional<Money> ceiling;      // none = not set
    QString notSetReason;              // "no market size (Mission)"
    QString inputs;                    // "¥50亿 × (1 + 10.0 %) × 2.4 % (last year's share)"
    std::optional<double> targetShare; // the target as a share of the ceiling
    QString change;                    // what would have to change, or that the target fits
    QString field;                     // the field that sets it, for jumping there
    Section section = Section::Targets;

    // "¥1.35亿" or "Not set — no history before the plan year".
    QString ceilingText() const;
};

// The stable keys of the ceilings ("market", "team", "resources") for the JSON and the deck.
QString ceilingKey(CeilingKind kind);
QString ceilingName(CeilingKind kind);

// Market, team and resources, in that order.
QList<CalibrationRow> calibrationRows(const Plan &plan, const Calibration &calibration);

// The target above every ceiling that is set (a warning), and above the team's by more than
// 20 % when the uplifts do not explain it (an error): the uplifts explain it when the ceiling
// with them reaches the target.
QList<Finding> calibrationFindings(const Plan &plan, const Calibration &calibration);

// The share above the team ceiling without uplifts beyond which a target is an error.
inline constexpr double teamCeilingTolerance = 0.20;

} // namespace salesplan
