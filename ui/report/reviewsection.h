#pragma once

#include "plan/plan.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

// The report's "Execution review" of one month of the plan year: the month's headline, the
// attainment of the company, each region, product line and member (the month, the quarter to
// date and the year to date, each line's light in words and colour), the forecast and what
// closing the year's gap needs, the KPI board, the deviations with their notes from the review
// log, and the actions of earlier months still open.
class ReviewSection
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::ReviewSection)
public:
    // "Execution review: May 2027", the section's heading and its line in the contents.
    static QString title(const Plan &plan, int monthIndex);
    static void write(ReportWriter &writer, const Plan &plan, const PlanSummary &summary,
                      int monthIndex);
};

} // namespace salesplan::ui
