#pragma once

#include "summary/plandiff.h"

#include <QByteArray>

namespace salesplan {

// The comparison of two plans as JSON, for `salesplan diff --json`: the summary line, the target
// lines that differ at every level, the team's changes, the stages, KPIs and risks that differ and
// the narrative texts as word diffs. Money is written as exact decimal strings; an added line has
// a null before, a removed one a null after. See docs/json-format.md.
QByteArray diffToJson(const PlanDiff &diff);

} // namespace salesplan
