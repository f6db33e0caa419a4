#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// The JSON exchange format of a plan: send a plan to someone, keep it in version control, load
// the samples. Versioned and documented in docs/json-format.md; a round trip loses nothing.
namespace salesplan {

// The format version this build writes, and the newest it reads.
inline constexpr int planJsonVersion = 1;

// Indented for people and version control; compact (no spaces or line breaks) where only
// SalesPlan reads it, such as the versions saved inside a plan file.
enum class JsonLayout { Indented, Compact };

// A version saved in a plan file as the JSON carries it: its name, when (UTC) and by whom it was
// saved, and the plan it froze.
struct VersionRecord
{
    QString name;
    QDateTime created;
    QString author;
    Plan plan;
    bool operator==(const VersionRecord &) const = default;
};

// A plan with the versions saved in its file: what `salesplan export --json` writes and
// importing restores.
struct PlanWithVersions
{
    Plan plan;
    QList<VersionRecord> versions; // oldest first
};

// The plan as UTF-8 JSON: {"format": "salesplan", "version": 1, "plan": {...}}, keys in a stable
// (sorted) order, money as exact decimal strings.
QByteArray planToJson(const Plan &plan, JsonLayout layout = JsonLayout::Indented);
// The same with "versions": [{name, created, author, plan}] beside "plan" when there are any.
QByteArray planToJson(const PlanWithVersions &plan, JsonLayout layout = JsonLayout::Indented);

// A complete plan, or an error in words: "line 3, column 14: missing comma or closing }" for
// broken JSON, "plan.targets.funnel.leadToQualified: must be between 0 and 1 — got 2.5" for a
// wrong value. Missing fields take their defaults, unknown keys are ignored, rows without an id
// get a fresh one, and a file from a newer SalesPlan is refused.
Result<Plan> planFromJson(const QByteArray &json);
// The plan and its "versions" (none when the key is missing); a wrong version is refused with
// its path ("versions[1].created: must be a date and time such as 2027-01-15T09:30:00Z").
Result<PlanWithVersions> planWithVersionsFromJson(const QByteArray &json);

} // namespace salesplan
