#include "calc/seasonality.h"
#include "plan/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace salesplan {

namespace {

// The translation context of the seasonality's messages.
struct Seasonality
{
    Q_DECLARE_TR_FUNCTIONS(Seasonality)
};

// Adds without wrapping: a sum beyond the qint64 range stops at its limit.
qint64 saturatingAdd(qint64 sum, qint64 amount)
{
    qint64 result = 0;
    if (!qAddOverflow(sum, amount, &result))
        return result;
    return amount > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

// How a plan year is named in messages: "2026", or "2026/27" when it starts after January.
QString yearName(const Period &period)
{
    if (period.startMonth == 1)
        return QString::number(period.year);
    return QStringLiteral("%1/%2")
        .arg(period.year)
        .arg((period.year + 1) % 100, 2, 10, QChar(u'0'));
}

bool hasHistory(const QList<HistoryEntry> &history, const Period &period)
{
    return std::any_of(history.begin(), history.end(), [&period](const HistoryEntry &entry) {
        return period.monthIndexOf(entry.month) >= 0;
    });
}

MonthWeights evenWeights()
{
    MonthWeights weights{};
    weights.fill(1.0);
    return weights;
}

Result<MonthWeights> customWeights(const Plan &plan)
{
    const QString field = Seasonality::tr("custom month weights");
    const MonthWeights &weights = plan.targets.customWeights;
    for (int month = 0; month < Period::monthCount; ++month) {
        const double weight = weights[month];
        const QString name = formatMonthName(plan.info.period.monthStart(month).month());
        if (!std::isfinite(weight))
            return Error{field, Seasonality::tr("the weight of %1 is not a number").arg(name)};
        if (weight < 0)
            return Error{field, Seasonality::tr("the weight of %1 is negative").arg(name)};
    }
    if (std::all_of(weights.begin(), weights.end(), [](double weight) { return weight == 0; }))
        return Error{field, Seasonality::tr("all weights are zero")};
    return weights;
}

// One earlier year's monthly totals, refused when a month is negative or the year sums to zero.
Result<MonthValues> yearTotals(const QList<HistoryEntry> &history, const Period &year)
{
    const QString field = Seasonality::tr("history");
    const MonthValues totals = monthlyTotals(history, year);
    for (int month = 0; month < Period::monthCount; ++month) {
        if (totals[month] < 0) {
            return Error{field,
                         Seasonality::tr("%1 %2 adds up to a negative amount")
                             .arg(formatMonthName(year.monthStart(month).month()), yearName(year))};
        }
    }
    if (std::all_of(totals.begin(), totals.end(), [](qint64 total) { return total == 0; }))
        return Error{field, Seasonality::tr("%1 adds up to zero").arg(yearName(year))};
    return totals;
}

Error noHistory(const Period &newest, const Period &oldest)
{
    const QString years = newest == oldest
                              ? yearName(newest)
                              : QStringLiteral("%1–%2").arg(yearName(oldest), yearName(newest));
    return {Seasonality::tr("seasonality"),
            Seasonality::tr("there is no history for %1").arg(years)};
}

Result<MonthWeights> lastYearWeights(const Plan &plan)
{
    const Period lastYear = plan.info.period.earlier(1);
    if (!hasHistory(plan.history, lastYear))
        return noHistory(lastYear, lastYear);
    const Result<MonthValues> totals = yearTotals(plan.history, lastYear);
    if (!totals)
        return totals.error();
    MonthWeights weights{};
    std::transform(totals->begin(), totals->end(), weights.begin(),
                   [](qint64 total) { return static_cast<double>(total); });
    return weights;
}

// A year's monthly totals as shares of the year (summing to 1), so that every year weighs the
// same in an average however large it was.
MonthWeights sharesOf(const MonthValues &totals)
{
    const double yearTotal =
        std::accumulate(totals.begin(), totals.end(), 0.0,
                        [](double sum, qint64 total) { return sum + static_cast<double>(total); });
    MonthWeights shares{};
    std::transform(totals.begin(), totals.end(), shares.begin(),
                   [yearTotal](qint64 total) { return static_cast<double>(total) / yearTotal; });
    return shares;
}

Result<MonthWeights> averageYearsWeights(const Plan &plan)
{
    const int yearCount = plan.targets.historyYears;
    if (yearCount < 1 || yearCount > 3)
        return Error{Seasonality::tr("history years"), Seasonality::tr("must be from 1 to 3")};
    MonthWeights shareSums{};
    int yearsWithHistory = 0;
    for (int yearsBack = 1; yearsBack <= yearCount; ++yearsBack) {
        const Period year = plan.info.period.earlier(yearsBack);
        if (!hasHistory(plan.history, year))
            continue;
        const Result<MonthValues> totals = yearTotals(plan.history, year);
        if (!totals)
            return totals.error();
        const MonthWeights shares = sharesOf(*totals);
        for (int month = 0; month < Period::monthCount; ++month)
            shareSums[month] += shares[month];
        ++yearsWithHistory;
    }
    if (yearsWithHistory == 0)
        return noHistory(plan.info.period.earlier(1), plan.info.period.earlier(yearCount));
    for (double &share : shareSums)
        share /= yearsWithHistory;
    return shareSums;
}

} // namespace

MonthValues monthlyTotals(const QList<HistoryEntry> &history, const Period &period)
{
    MonthValues totals{};
    for (const HistoryEntry &entry : history) {
        const int month = period.monthIndexOf(entry.month);
        if (month >= 0)
            totals[month] = saturatingAdd(totals[month], entry.amount.minor);
    }
    return totals;
}

Result<MonthWeights> seasonalityWeights(const Plan &plan)
{
    switch (plan.targets.seasonality) {
    case SeasonalityMode::Even:
        return evenWeights();
    case SeasonalityMode::Custom:
        return customWeights(plan);
    case SeasonalityMode::LastYear:
        return lastYearWeights(plan);
    case SeasonalityMode::AverageYears:
        return averageYearsWeights(plan);
    }
    return evenWeights();
}

} // namespace salesplan
