#pragma once

#include "calc/attainment.h"
#include "calc/decompose.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The monthly review of a plan in execution: every line of the target (the company, each region,
// product line and member) against the actuals booked so far, where the year is heading, and the
// lines that deviate from plan by more than the review's threshold. The actuals are the plan's
// history entries dated inside the plan year.
namespace salesplan {

struct PlanSummary;

enum class ReviewLevel { Company, Region, Product, Member };

struct ReviewLine
{
    ReviewLevel level = ReviewLevel::Company;
    QString name; // empty for the company
    ReviewAttainment attainment;
    YearForecast forecast;
    qint64 gapDeals = 0; // the year's gap in deals of the plan's average size
};

struct PlanReview
{
    int monthIndex = 0;      // the reviewed month, 0–11 in the plan year
    double threshold = 0.10; // a line deviates when its month is further than this from 100 %
    bool hasActuals = false; // some month up to the reviewed one has actuals
    QList<ReviewLine> lines; // the company first, then regions, product lines and members
    QList<int> deviations;   // indexes into `lines`
    // Actuals no line of a level takes: "¥12万 booked for region "North", which the plan does
    // not have". They still count for the company.
    QStringList unmatched;
};

// The review at the plan's month `monthIndex` (0–11). Refused when the target cannot be
// decomposed (the error says why).
Result<PlanReview> reviewPlan(const Plan &plan, const PlanSummary &summary, int monthIndex,
                              double threshold = 0.10);

// The actuals of the plan year by month, of the entries `accepts` takes (all when it is empty).
MonthActuals planYearActuals(const Plan &plan,
                             const std::function<bool(const HistoryEntry &)> &accepts = {});

} // namespace salesplan
