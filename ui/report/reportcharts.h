#pragma once

#include "charts/chartbuilders.h"
#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QFont>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace salesplan::ui {

// The plan's chart for the report, on the light theme, owned by the caller.
std::unique_ptr<QChart> reportChart(const ChartSpec &spec, const Plan &plan,
                                    const PlanSummary &summary);

// Sets every text of the chart (title, legend, axes, bar and slice labels) in the families and
// shaping of `base`, keeping each text's size and weight, so a chart reads like the page around
// it and its Chinese comes out in the report's Chinese font.
void useReportFont(QChart *chart, const QFont &base);

} // namespace salesplan::ui
