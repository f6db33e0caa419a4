#pragma once

#include "calc/attainment.h"
#include "calc/decompose.h"
#include "calc/funnel.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The monthly review of a plan in execution: every line of the target (the company, each region,
// product line and member) against the actuals booked so far, where the year is heading, each
// KPI's light, and the lines that deviate from plan by more than the plan's threshold with
// whether the review log explains them. The booked actuals are the plan's history entries dated
// inside the plan year; the KPIs' are Plan::kpiActuals.
namespace salesplan {

struct PlanSummary;

struct ReviewLine
{
    ReviewSubject subject = ReviewSubject::Company;
    QString name; // empty for the company
    ReviewAttainment attainment;
    YearForecast forecast;
    qint64 gapDeals = 0; // the year's gap in deals of the plan's average size
};

// A KPI in the reviewed month: what was measured against its target for a month.
struct KpiReview
{
    RowId id = 0;
    QString name;
    std::optional<double> actual; // none: nothing measured for the month
    double target = 0.0;          // for one month (see kpiMonthTarget)
    Light light = Light::NoData;
};

// A line or KPI further from plan in the month than the threshold.
struct Deviation
{
    ReviewSubject subject = ReviewSubject::Company;
    QString name;
    double ratio = 0.0; // actual ÷ target (for a KPI better lower, target ÷ actual)
    bool noted = false; // the review log has a note on it for the month
};

// The thresholds a line of the target is lit by: those of the KPI that measures revenue, or the
// KPIs' defaults (green at 100 %, yellow at 90 %) when the plan has none.
struct LineThresholds
{
    double greenAt = 1.0;
    double yellowAt = 0.9;
};

struct PlanReview
{
    int monthIndex = 0;      // the reviewed month, 0–11 in the plan year
    double threshold = 0.10; // the plan's deviation threshold
    LineThresholds lineThresholds;
    bool hasActuals = false; // some month up to the reviewed one has booked actuals
    QList<ReviewLine> lines; // the company first, then regions, product lines and members
    QList<KpiReview> kpis;
    QList<Deviation> deviations;
    // What closing the company's year gap needs in the working days after the reviewed month:
    // the funnel solved backward from the gap (deals, calls and demos a day, reps). None when
    // the gap is closed, no working day is left or the funnel cannot be solved.
    std::optional<BackwardResult> toClose;
    // Actuals no line of a level takes: "¥12万 booked for region "North", which the plan does
    // not have". They still count for the company.
    QStringList unmatched;
    // The targets the months are measured against: the last "Adjust the remaining months"
    // revision when it is in force (see core/calc/revision.h) and was made at this month's review
    // or an earlier one, else none and the approved ones.
    // The year is always measured against the approved annual target.
    std::optional<TargetRevision> revision;
    qint64 revisionChange = 0; // what the revision adds to its months (see revisionChange())

    // The deviations the review log does not explain yet.
    qsizetype unnotedCount() const;
    // The light of one window of a line's attainment: "no data" without actuals or without a
    // target in the window (a hire who starts later), as its ratio is.
    Light lightOf(const Attainment &window) const;
};

// The review at the plan's month `monthIndex` (0–11). Refused when the target cannot be
// decomposed (the error says why).
Result<PlanReview> reviewPlan(const Plan &plan, const PlanSummary &summary, int monthIndex);

// The company's actuals of the plan year by month: the history's entries in the plan's currency.
MonthActuals planYearActuals(const Plan &plan);

// A KPI's target for one month: counts and amounts per period (qualified leads, revenue) scaled
// from the KPI's period to a month (a weekly 20 leads is 86.7 a month); a rate, a deal size or a
// custom KPI as it is.
double kpiMonthTarget(const Kpi &kpi, const Plan &plan, const PlanSummary &summary);

// A light in words, so that it never shows as a colour alone: "Green", "Yellow", "Red", "No data".
QString lightName(Light light);

// A forecast beside its share of the year's target: "¥1.19亿 (99.7% of the target)"; the amount
// alone without a target. `amount` is `minor` written as the caller writes money.
QString withShareOfTarget(const QString &amount, qint64 minor, qint64 target);

// A revision of the targets in words: "Targets adjusted from June 2027: +¥120万 over the remaining
// months", where `change` is what it adds to the months from its first one on against the
// approved targets (revisionChange() in core/calc/revision.h; PlanReview::revisionChange).
QString revisionText(const TargetRevision &revision, qint64 change, const QString &currency);

// The review at the last month with actuals (latestActualMonth) when the plan year has actuals
// and the target decomposes, else none: what the overview, the charts and the deck show.
std::optional<PlanReview> latestReview(const Plan &plan, const PlanSummary &summary);

// The review log's note on a line or KPI in a month (the first day of it), names matched without
// their surrounding spaces; null when there is none.
const ReviewEntry *reviewNote(const Plan &plan, const QDate &month, ReviewSubject subject,
                              const QString &name);

// The month the review looks at when none is asked for: the last month of the plan year with
// booked actuals; before anything is booked, the last month with a KPI measured, else the first.
int latestActualMonth(const Plan &plan);

} // namespace salesplan
