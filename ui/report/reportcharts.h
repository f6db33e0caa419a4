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

// The font of the PDF documents (the report and the deck): Noto Sans for Latin text, falling back
// to the Noto Sans CJK of `documentLanguage` when it is Chinese, else of the plan's, for Chinese.
// Text is not shaped where the script does not need it: Noto Sans CJK's Latin shaping swaps
// digits for glyphs its cmap does not list, and a PDF reader then cannot copy or search them.
QFont documentFont(const QString &documentLanguage, const QString &planLanguage);

} // namespace salesplan::ui
