#include "summary/planreview.h"

#include "calc/planinputs.h"
#include "calc/revision.h"
#include "plan/format.h"
#include "summary/kpitargets.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace salesplan {

namespace {

// The translation context of the review's messages.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)
};

ReviewSubject subjectOf(TargetSplit split)
{
    switch (split) {
    case TargetSplit::Regions:
        return ReviewSubject::Region;
    case TargetSplit::Products:
        return ReviewSubject::Product;
    case TargetSplit::Members:
        break;
    }
    return ReviewSubject::Member;
}

QString nameIn(const HistoryEntry &entry, TargetSplit split)
{
    switch (split) {
    case TargetSplit::Regions:
        return entry.region.trimmed();
    case TargetSplit::Products:
        return entry.product.trimmed();
    case TargetSplit::Members:
        break;
    }
    return entry.member.trimmed();
}

bool counts(const HistoryEntry &entry, const Plan &plan)
{
    return entry.amount.currency == plan.info.currency ||
           (entry.amount.isZero() && entry.amount.currency.isEmpty());
}

// A line's targets: the approved month targets and those in force (the same without a revision).
struct LineTargets
{
    const MonthValues &approved;
    const MonthValues &inForce;
};

// The months and quarter are measured against the targets in force, the year against the
// approved annual target; the run rate scales by the approved seasonality, the plan's remaining
// months are those in force.
ReviewLine lineOf(ReviewSubject subject, const QString &name, const LineTargets &targets,
                  const MonthActuals &actuals, int monthIndex, qint64 dealSize)
{
    ReviewLine line;
    line.subject = subject;
    line.name = name;
    line.attainment = attainmentAt(targets.inForce, actuals, monthIndex);
    line.attainment.year.target = attainmentAt(targets.approved, actuals, monthIndex).year.target;
    line.forecast = forecastAt(targets.approved, actuals, monthIndex);
    line.forecast.planRest = forecastAt(targets.inForce, actuals, monthIndex).planRest;
    line.gapDeals = dealsForGap(line.attainment.year.gap().value_or(0), dealSize);
    return line;
}

bool beyond(double ratio, double threshold)
{
    return std::abs(ratio - 1.0) > threshold + 1e-12;
}

bool noted(const Plan &plan, const QDate &month, ReviewSubject subject, const QString &name)
{
    return reviewNote(plan, month, subject, name) != nullptr;
}

// The KPI's measured value in the month: typed, or for a KPI of revenue the month's bookings.
std::optional<double> kpiActual(const Kpi &kpi, const Plan &plan, int monthIndex,
                                const MonthActuals &booked)
{
    const QDate month = plan.info.period.monthStart(monthIndex);
    std::optional<double> typed;
    for (const KpiActual &actual : plan.kpiActuals) {
        if (actual.kpi == kpi.id && actual.month == month)
            typed = actual.value;
    }
    if (typed || kpi.measures != KpiMeasure::Revenue)
        return typed;
    if (const std::optional<qint64> &minor = booked[std::size_t(monthIndex)])
        return double(*minor) / double(minorPerMajor(plan.info.currency));
    return std::nullopt;
}

KpiReview kpiReviewOf(const Kpi &kpi, const Plan &plan, const PlanSummary &summary, int monthIndex,
                      const MonthActuals &booked)
{
    KpiReview review;
    review.id = kpi.id;
    review.name = kpi.name;
    review.actual = kpiActual(kpi, plan, monthIndex, booked);
    review.target = kpiMonthTarget(kpi, plan, summary);
    review.light = lightFor(review.actual, review.target, kpi.greenAt, kpi.yellowAt, kpi.direction);
    return review;
}

// actual ÷ target, or target ÷ actual for a KPI better lower; none without both.
std::optional<double> kpiRatio(const KpiReview &review, KpiDirection direction)
{
    if (!review.actual || review.target <= 0)
        return std::nullopt;
    if (direction == KpiDirection::HigherIsBetter)
        return *review.actual / review.target;
    return *review.actual > 0 ? std::optional(review.target / *review.actual) : std::nullopt;
}

void addDeviations(PlanReview &review, const Plan &plan)
{
    const QDate month = plan.info.period.monthStart(review.monthIndex);
    for (const ReviewLine &line : review.lines) {
        const std::optional<double> ratio = line.attainment.month.ratio();
        if (ratio && beyond(*ratio, review.threshold))
            review.deviations.append(
                {line.subject, line.name, *ratio, noted(plan, month, line.subject, line.name)});
    }
    for (qsizetype i = 0; i < review.kpis.size(); ++i) {
        const KpiReview &kpi = review.kpis.at(i);
        const std::optional<double> ratio = kpiRatio(kpi, plan.metrics.kpis.at(i).direction);
        if (ratio && beyond(*ratio, review.threshold))
            review.deviations.append({ReviewSubject::Kpi, kpi.name, *ratio,
                                      noted(plan, month, ReviewSubject::Kpi, kpi.name)});
    }
}

QString unmatchedText(TargetSplit split, const QString &name, qint64 amount,
                      const QString &currency)
{
    const QString money = formatPlanAmount(amount, currency);
    switch (split) {
    case TargetSplit::Regions:
        return name.isEmpty() ? Review::tr("%1 booked without a region").arg(money)
                              : Review::tr("%1 booked for region \"%2\", which the plan does not "
                                           "have")
                                    .arg(money, name);
    case TargetSplit::Products:
        return name.isEmpty()
                   ? Review::tr("%1 booked without a product line").arg(money)
                   : Review::tr("%1 booked for product line \"%2\", which the plan does not have")
                         .arg(money, name);
    case TargetSplit::Members:
        break;
    }
    return name.isEmpty()
               ? Review::tr("%1 booked without a team member").arg(money)
               : Review::tr("%1 booked for \"%2\", who is not on the team").arg(money, name);
}

// The names that can book in a split: every region and product line, and the members on the
// team, but not a line of planned hires (its quota shows in its region's attainment).
QSet<QString> bookingNames(const Plan &plan, const DimensionSplit &split)
{
    QSet<QString> names;
    if (split.kind != TargetSplit::Members) {
        for (const QString &name : split.itemNames)
            names.insert(name.trimmed());
        return names;
    }
    for (const Member &member : plan.team.members)
        names.insert(member.name.trimmed());
    return names;
}

// A history entry dated inside the plan year, with its month (0–11): the review's actuals, found
// in one pass over the history, which holds the earlier years too.
struct YearEntry
{
    const HistoryEntry *entry = nullptr;
    int month = 0;
};

QList<YearEntry> planYearEntries(const Plan &plan)
{
    QList<YearEntry> entries;
    const Period &period = plan.info.period;
    // Most of a long history lies before the plan year: its days are told apart by number.
    const qint64 first = period.firstDay().toJulianDay();
    const qint64 end = period.monthStart(Period::monthCount).toJulianDay();
    for (const HistoryEntry &entry : plan.history) {
        const qint64 day = entry.month.toJulianDay();
        if (!entry.month.isValid() || day < first || day >= end)
            continue;
        entries.append({&entry, period.monthIndexOf(entry.month)});
    }
    return entries;
}

// The actuals of one dimension's items by month, and what of them no item takes. A month in
// which some booking names an item of the dimension counts as booked for every item that can
// book: one that sold nothing that month reads 0 %, not "no data".
struct DimensionActuals
{
    QList<MonthActuals> items;
    QMap<QString, qint64> unmatched; // up to the reviewed month, by the name booked
};

DimensionActuals dimensionActuals(const Plan &plan, const QList<YearEntry> &entries,
                                  const DimensionSplit &split, int monthIndex)
{
    QHash<QString, qsizetype> positions;
    for (qsizetype i = 0; i < split.itemNames.size(); ++i)
        positions.insert(split.itemNames.at(i).trimmed(), i);
    DimensionActuals result;
    result.items.resize(split.itemNames.size());
    std::array<bool, Period::monthCount> recorded{};
    for (const YearEntry &yearEntry : entries) {
        const HistoryEntry &entry = *yearEntry.entry;
        const int month = yearEntry.month;
        if (!counts(entry, plan))
            continue;
        const QString name = nameIn(entry, split.kind);
        const auto found = positions.constFind(name);
        if (found == positions.constEnd()) {
            if (month <= monthIndex)
                result.unmatched[name] += entry.amount.minor;
            continue;
        }
        recorded[std::size_t(month)] = true;
        std::optional<qint64> &sum = result.items[*found][std::size_t(month)];
        sum = sum.value_or(0) + entry.amount.minor;
    }
    const QSet<QString> canBook = bookingNames(plan, split);
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        if (!canBook.contains(split.itemNames.at(i).trimmed()))
            continue;
        MonthActuals &item = result.items[i];
        for (int m = 0; m < Period::monthCount; ++m) {
            if (recorded[std::size_t(m)] && !item[std::size_t(m)])
                item[std::size_t(m)] = 0;
        }
    }
    return result;
}

// The lines of one dimension, and what of the actuals none of its items takes.
void addDimension(PlanReview &review, const Plan &plan, const QList<YearEntry> &entries,
                  const DimensionSplit &split, const LineTargets &company, qint64 dealSize)
{
    const DimensionActuals actuals = dimensionActuals(plan, entries, split, review.monthIndex);
    const QList<MonthValues> inForce =
        itemTargetsInForce(split.byMonth, company.approved, company.inForce);
    for (qsizetype i = 0; i < split.itemNames.size(); ++i)
        review.lines.append(lineOf(subjectOf(split.kind), split.itemNames.at(i),
                                   {split.byMonth.at(i), inForce.at(i)}, actuals.items.at(i),
                                   review.monthIndex, dealSize));
    for (auto it = actuals.unmatched.cbegin(); it != actuals.unmatched.cend(); ++it)
        review.unmatched.append(
            unmatchedText(split.kind, it.key(), it.value(), plan.info.currency));
}

// Whether every sum of the plan year's actuals stays within qint64: the sum of their sizes does.
bool actualsAddUp(const QList<YearEntry> &entries)
{
    qint64 total = 0;
    for (const YearEntry &entry : entries) {
        const qint64 minor = entry.entry->amount.minor;
        if (minor == std::numeric_limits<qint64>::min() ||
            qAddOverflow(total, minor < 0 ? -minor : minor, &total))
            return false;
    }
    return true;
}

// The company's actuals by month from the plan year's entries in the plan's currency.
MonthActuals companyActuals(const Plan &plan, const QList<YearEntry> &entries)
{
    MonthActuals actuals{};
    for (const YearEntry &entry : entries) {
        if (!counts(*entry.entry, plan))
            continue;
        std::optional<qint64> &sum = actuals[std::size_t(entry.month)];
        sum = sum.value_or(0) + entry.entry->amount.minor;
    }
    return actuals;
}

// The funnel backward from what is still to book, over the working days after `monthIndex`.
std::optional<BackwardResult> toCloseGap(const Plan &plan, const PlanSummary &summary,
                                         const ReviewLine &company, int monthIndex)
{
    const qint64 gap = company.attainment.year.gap().value_or(company.attainment.year.target);
    int daysLeft = 0;
    for (int m = monthIndex + 1; m < Period::monthCount; ++m)
        daysLeft += int(summary.workingDays[std::size_t(m)]);
    if (gap <= 0 || daysLeft <= 0)
        return std::nullopt;
    BackwardInputs inputs = backwardInputs(plan, daysLeft);
    inputs.revenueTarget = Money{gap, plan.info.currency};
    const Result<BackwardResult> solved = solveBackward(inputs);
    return solved ? std::optional(*solved) : std::nullopt;
}

LineThresholds lineThresholdsOf(const Plan &plan)
{
    for (const Kpi &kpi : plan.metrics.kpis) {
        if (kpi.measures == KpiMeasure::Revenue && kpi.direction == KpiDirection::HigherIsBetter)
            return {kpi.greenAt, kpi.yellowAt};
    }
    return {};
}

} // namespace

MonthActuals planYearActuals(const Plan &plan)
{
    return companyActuals(plan, planYearEntries(plan));
}

Result<PlanReview> reviewPlan(const Plan &plan, const PlanSummary &summary, int monthIndex)
{
    if (!summary.decomposition)
        return summary.decomposition.error();
    const QList<YearEntry> entries = planYearEntries(plan);
    if (!actualsAddUp(entries))
        return Error{{},
                     Review::tr("the actuals of the plan year are too large to add up; check "
                                "the history's amounts")};
    const Decomposition &decomposition = *summary.decomposition;
    const qint64 dealSize = plan.targets.funnel.averageDealSize.minor;
    PlanReview review;
    review.monthIndex = monthIndex;
    review.threshold = plan.metrics.deviationThreshold;
    review.lineThresholds = lineThresholdsOf(plan);
    const MonthActuals company = companyActuals(plan, entries);
    for (int m = 0; m <= monthIndex; ++m)
        review.hasActuals = review.hasActuals || company[std::size_t(m)].has_value();
    const Period &period = plan.info.period;
    // A revision counts from the review it was made at (the month before its first) on; a review
    // of an earlier month reads the approved targets, as it did then.
    const TargetRevision *revision =
        revisionInForce(plan.targets.revisions, decomposition.months, period);
    if (revision && period.monthIndexOf(revision->from) - 1 <= monthIndex) {
        review.revision = *revision;
        review.revisionChange = revisionChange(*revision, decomposition.months, period);
    }
    const MonthValues inForce =
        targetsInForce(decomposition.months, review.revision ? &*review.revision : nullptr, period);
    const LineTargets companyTargets{decomposition.months, inForce};
    review.lines.append(
        lineOf(ReviewSubject::Company, QString(), companyTargets, company, monthIndex, dealSize));
    for (const DimensionSplit &split : decomposition.dimensions)
        addDimension(review, plan, entries, split, companyTargets, dealSize);
    for (const Kpi &kpi : plan.metrics.kpis)
        review.kpis.append(kpiReviewOf(kpi, plan, summary, monthIndex, company));
    review.toClose = toCloseGap(plan, summary, review.lines.first(), monthIndex);
    addDeviations(review, plan);
    return review;
}

qsizetype PlanReview::unnotedCount() const
{
    return std::count_if(deviations.cbegin(), deviations.cend(),
                         [](const Deviation &deviation) { return !deviation.noted; });
}

Light PlanReview::lightOf(const Attainment &window) const
{
    if (!window.ratio()) // no actuals, or no target to measure them by: the light follows the %
        return Light::NoData;
    return lightFor(double(*window.actual), double(window.target), lineThresholds.greenAt,
                    lineThresholds.yellowAt);
}

double kpiMonthTarget(const Kpi &kpi, const Plan &plan, const PlanSummary &summary)
{
    const double target = kpiTarget(kpi, plan, summary);
    const bool perPeriod =
        kpi.measures == KpiMeasure::QualifiedLeads || kpi.measures == KpiMeasure::Revenue;
    return perPeriod ? target * periodsPerYear(kpi.frequency) / Period::monthCount : target;
}

QString lightName(Light light)
{
    switch (light) {
    case Light::Green:
        return Review::tr("Green");
    case Light::Yellow:
        return Review::tr("Yellow");
    case Light::Red:
        return Review::tr("Red");
    case Light::NoData:
        break;
    }
    return Review::tr("No data");
}

QString withShareOfTarget(const QString &amount, qint64 minor, qint64 target)
{
    if (target <= 0)
        return amount;
    return Review::tr("%1 (%2 of the target)")
        .arg(amount, formatPercent(double(minor) / double(target)));
}

QString revisionText(const TargetRevision &revision, qint64 change, const QString &currency)
{
    const QString amount = formatPlanAmount(change < 0 ? -change : change, currency);
    const QString month = formatMonthOfYear(revision.from, MonthForm::Long);
    return change < 0 ? Review::tr("Targets adjusted from %1: −%2 over the remaining months")
                            .arg(month, amount)
                      : Review::tr("Targets adjusted from %1: +%2 over the remaining months")
                            .arg(month, amount);
}

std::optional<PlanReview> latestReview(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.decomposition || summary.decomposition->annual <= 0)
        return std::nullopt;
    // One pass over the history first: a plan year without actuals needs no review.
    const MonthActuals booked = planYearActuals(plan);
    if (std::none_of(booked.begin(), booked.end(),
                     [](const std::optional<qint64> &month) { return month.has_value(); }))
        return std::nullopt;
    Result<PlanReview> review = reviewPlan(plan, summary, latestActualMonth(plan));
    if (!review || !review->hasActuals || review->lines.isEmpty())
        return std::nullopt;
    return *std::move(review);
}

const ReviewEntry *reviewNote(const Plan &plan, const QDate &month, ReviewSubject subject,
                              const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const ReviewEntry &entry : plan.metrics.reviewLog) {
        if (entry.month == month && entry.subject == subject && entry.name.trimmed() == trimmed)
            return &entry;
    }
    return nullptr;
}

int latestActualMonth(const Plan &plan)
{
    int booked = -1;
    for (const HistoryEntry &entry : plan.history)
        booked = std::max(booked, plan.info.period.monthIndexOf(entry.month));
    if (booked >= 0)
        return booked;
    int measured = 0; // no bookings yet: the last month a KPI was measured in
    for (const KpiActual &actual : plan.kpiActuals)
        measured = std::max(measured, plan.info.period.monthIndexOf(actual.month));
    return measured;
}

} // namespace salesplan
