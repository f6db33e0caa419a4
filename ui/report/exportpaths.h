#pragma once

#include "plan/plan.h"

#include <QString>

// Where the window's exports (PDF, workbook) suggest writing: one file-name rule and one
// remembered folder per kind of export.
namespace salesplan::ui {

// The file name an export suggests: the plan's name with `suffix` ("Plan 2027.pdf"), the
// characters file systems refuse replaced by "-"; "Untitled plan" for a plan without a name.
QString exportFileName(const Plan &plan, const QString &suffix);

// The folder the last export remembered under the QSettings key `folderKey`, else Documents,
// else home.
QString exportStartFolder(const QString &folderKey);

} // namespace salesplan::ui
