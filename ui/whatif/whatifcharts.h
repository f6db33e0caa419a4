#pragma once

#include "summary/scenariofigures.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// The What-if page's two charts, built from the figures alone.
namespace salesplan::ui {

// Grouped bars, one group per column of the what-if table (the plan, then each scenario that
// works out): the reps needed beside the reps available.
QChart *scenarioComparisonChart(const QList<WhatIfColumn> &columns);

// The tornado chart of the sensitivity: one row per driver, the largest swing on top, a bar to the
// left or right of the plan's reps needed for the driver 10 % lower and one for 10 % higher.
QChart *tornadoChart(const HeadcountSensitivity &sensitivity);

} // namespace salesplan::ui
