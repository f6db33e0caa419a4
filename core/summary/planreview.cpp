#include "summary/planreview.h"

#include "plan/format.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QMap>

#include <cmath>

namespace salesplan {

namespace {

// The translation context of the review's messages.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)
};

ReviewLevel levelOf(TargetSplit split)
{
    switch (split) {
    case TargetSplit::Regions:
        return ReviewLevel::Region;
    case TargetSplit::Products:
        return ReviewLevel::Product;
    case TargetSplit::Members:
        break;
    }
    return ReviewLevel::Member;
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

ReviewLine lineOf(ReviewLevel level, const QString &name, const MonthValues &targets,
                  const MonthActuals &actuals, int monthIndex, qint64 dealSize)
{
    ReviewLine line;
    line.level = level;
    line.name = name;
    line.attainment = attainmentAt(targets, actuals, monthIndex);
    line.forecast = forecastAt(targets, actuals, monthIndex);
    line.gapDeals = dealsForGap(line.attainment.year.gap().value_or(0), dealSize);
    return line;
}

bool deviates(const ReviewLine &line, double threshold)
{
    const std::optional<double> ratio = line.attainment.month.ratio();
    return ratio && std::abs(*ratio - 1.0) > threshold + 1e-12;
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

// The lines of one dimension, and what of the actuals none of its items takes.
void addDimension(PlanReview &review, const Plan &plan, const DimensionSplit &split,
                  qint64 dealSize)
{
    QMap<QString, qint64> unmatched;
    const Period &period = plan.info.period;
    for (const HistoryEntry &entry : plan.history) {
        const int month = period.monthIndexOf(entry.month);
        const QString name = nameIn(entry, split.kind);
        if (month < 0 || month > review.monthIndex || !counts(entry, plan) ||
            split.itemNames.contains(name))
            continue;
        unmatched[name] += entry.amount.minor;
    }
    for (qsizetype i = 0; i < split.itemNames.size(); ++i) {
        const QString name = split.itemNames.at(i);
        const MonthActuals actuals = planYearActuals(plan, [&](const HistoryEntry &entry) {
            return nameIn(entry, split.kind) == name.trimmed();
        });
        review.lines.append(lineOf(levelOf(split.kind), name, split.byMonth.at(i), actuals,
                                   review.monthIndex, dealSize));
    }
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
        review.unmatched.append(
            unmatchedText(split.kind, it.key(), it.value(), plan.info.currency));
}

} // namespace

MonthActuals planYearActuals(const Plan &plan,
                             const std::function<bool(const HistoryEntry &)> &accepts)
{
    MonthActuals actuals{};
    const Period &period = plan.info.period;
    for (const HistoryEntry &entry : plan.history) {
        const int month = period.monthIndexOf(entry.month);
        if (month < 0 || !counts(entry, plan) || (accepts && !accepts(entry)))
            continue;
        std::optional<qint64> &sum = actuals[std::size_t(month)];
        sum = sum.value_or(0) + entry.amount.minor;
    }
    return actuals;
}

Result<PlanReview> reviewPlan(const Plan &plan, const PlanSummary &summary, int monthIndex,
                              double threshold)
{
    if (!summary.decomposition)
        return summary.decomposition.error();
    const Decomposition &decomposition = *summary.decomposition;
    const qint64 dealSize = plan.targets.funnel.averageDealSize.minor;
    PlanReview review;
    review.monthIndex = monthIndex;
    review.threshold = threshold;
    const MonthActuals company = planYearActuals(plan);
    for (int m = 0; m <= monthIndex; ++m)
        review.hasActuals = review.hasActuals || company[std::size_t(m)].has_value();
    review.lines.append(lineOf(ReviewLevel::Company, QString(), decomposition.months, company,
                               monthIndex, dealSize));
    for (const DimensionSplit &split : decomposition.dimensions)
        addDimension(review, plan, split, dealSize);
    for (int i = 0; i < review.lines.size(); ++i) {
        if (deviates(review.lines.at(i), threshold))
            review.deviations.append(i);
    }
    return review;
}

} // namespace salesplan
