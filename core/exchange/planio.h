#pragma once

#include "exchange/planjson.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QString>

// Plan I/O: the one way SalesPlan reads a plan from a path (a .salesplan file or a JSON plan),
// makes a .salesplan file from a plan it imported, and writes a plan as JSON. The command line
// and the main window both call these; refusals are in words (translation context "PlanIo").
namespace salesplan {

class PlanFile;

// True when `path` names a JSON plan (by its suffix, .json) rather than a .salesplan file.
bool isJsonPlanPath(const QString &path);
// True when `path` names a file SalesPlan opens: a .salesplan file or a JSON plan.
bool isPlanPath(const QString &path);

// The plan at `path`: a JSON plan when isJsonPlanPath(), else a .salesplan file opened read-only
// (no lock taken, the file never changed). Errors name the path: "PATH: does not exist".
// PATH@NAME (when no file is called so) is the version NAME saved in the .salesplan file PATH.
Result<Plan> readPlan(const QString &path);
// The version called `name` saved in the .salesplan file at `path`, or why not in words (the
// message lists the versions there are).
Result<Plan> readPlanVersion(const QString &path, const QString &name);
// The plan in the JSON file at `path`, or why not ("PATH: line 4, column 3: missing comma…").
Result<Plan> readJsonPlan(const QString &path);
// The plan at `path` as readPlan() reads it, with the versions saved with it: a .salesplan
// file's saved versions or a JSON plan's "versions". PATH@NAME is that version alone.
Result<PlanWithVersions> readPlanWithVersions(const QString &path);

// What importing does when its target file already exists.
enum class ExistingFile {
    Refuse,  // leave it alone and say so
    Replace, // replace it whole, once the new file is complete
};

// Makes the .salesplan file `target` hold `plan`. An existing target is refused or replaced as
// `existing` says; a replacement is built beside the target and put in its place only when it
// is complete, so on any failure the old file stays byte for byte as it was. A plan that is open
// for editing (in this process or another: its lock is held) is never replaced.
Status importPlan(const Plan &plan, const QString &target, ExistingFile existing);
// The same, and the versions are kept in the new file with their own names, dates and authors.
Status importPlan(const PlanWithVersions &plan, const QString &target, ExistingFile existing);
// The JSON plan at `jsonPath` with its versions, then importPlan() into `target`.
Status importJsonPlan(const QString &jsonPath, const QString &target, ExistingFile existing);

// Every version saved in `file`, each with its plan.
Result<QList<VersionRecord>> savedVersions(const PlanFile &file);

// Writes `plan` as JSON to `path` through a temporary file renamed into place: a failed write
// leaves whatever was at `path` whole.
Status exportJsonPlan(const Plan &plan, const QString &path);
// The same with the plan's saved versions (planToJson()).
Status exportJsonPlan(const PlanWithVersions &plan, const QString &path);

} // namespace salesplan
