#include "calc/revision.h"

#include "calc/decompose.h"
#include "plan/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace salesplan {

namespace {

// The translation context of the revision's messages.
struct Revision
{
    Q_DECLARE_TR_FUNCTIONS(Revision)
};

qint64 sumOf(const MonthValues &values, int first, int last)
{
    qint64 sum = 0;
    for (int m = first; m <= last; ++m)
        sum += values[std::size_t(m)];
    return sum;
}

// `total` split over `weights` exactly; evenly when every weight is zero.
QList<qint64> spread(qint64 total, QList<double> weights)
{
    if (std::all_of(weights.cbegin(), weights.cend(), [](double weight) { return weight <= 0; }))
        weights.fill(1.0);
    const Result<QList<qint64>> parts = splitExactly(total, weights);
    return parts ? *parts : QList<qint64>(weights.size(), 0);
}

// The index of the revision's first month in the plan year, or -1.
int fromIndex(const TargetRevision &revision, const Period &period)
{
    return period.monthIndexOf(revision.from);
}

// What the items take of a company month changed to `inForce`: as much more or less as the
// company's month, at the items' own proportion to it (members' quotas add up to the company's
// target raised by the over-assignment; regions and product lines add up to it exactly).
qint64 scaledTotal(qint64 inForce, qint64 itemsMonth, qint64 approvedMonth, qint64 itemsAnnual,
                   qint64 approvedAnnual)
{
    if (itemsMonth == approvedMonth)
        return inForce;
    const double proportion = approvedMonth > 0    ? double(itemsMonth) / double(approvedMonth)
                              : approvedAnnual > 0 ? double(itemsAnnual) / double(approvedAnnual)
                                                   : 1.0;
    return qint64(std::llround(double(inForce) * proportion));
}

} // namespace

Result<MonthValues> adjustedMonths(const MonthValues &inForce, qint64 annual,
                                   const MonthActuals &actuals, int monthIndex,
                                   const QString &currency)
{
    if (monthIndex < 0 || monthIndex >= Period::monthCount - 1)
        return Error{{},
                     Revision::tr("no month of the plan year is left after the reviewed one to "
                                  "take the gap")};
    MonthValues months{};
    qint64 booked = 0;
    for (int m = 0; m <= monthIndex; ++m) {
        months[std::size_t(m)] = actuals[std::size_t(m)].value_or(0);
        booked += months[std::size_t(m)];
    }
    const qint64 toBook = annual - booked;
    if (toBook < 0)
        return Error{
            {},
            Revision::tr("%1 is booked, more than the annual target of %2: the "
                         "remaining months cannot take the difference without going "
                         "below zero")
                .arg(formatPlanAmount(booked, currency), formatPlanAmount(annual, currency))};
    QList<double> weights;
    for (int m = monthIndex + 1; m < Period::monthCount; ++m)
        weights.append(double(std::max<qint64>(inForce[std::size_t(m)], 0)));
    const QList<qint64> parts = spread(toBook, weights);
    for (int m = monthIndex + 1; m < Period::monthCount; ++m)
        months[std::size_t(m)] = parts.at(m - monthIndex - 1);
    return months;
}

bool revisionFits(const TargetRevision &revision, const MonthValues &approved, const Period &period)
{
    const int first = fromIndex(revision, period);
    if (first < 1)
        return false;
    for (int m = first; m < Period::monthCount; ++m) {
        if (revision.months[std::size_t(m)] < 0)
            return false;
    }
    return sumOf(revision.months, 0, Period::monthCount - 1) ==
           sumOf(approved, 0, Period::monthCount - 1);
}

const TargetRevision *revisionInForce(const QList<TargetRevision> &revisions,
                                      const MonthValues &approved, const Period &period)
{
    if (revisions.isEmpty() || !revisionFits(revisions.last(), approved, period))
        return nullptr;
    return &revisions.last();
}

MonthValues targetsInForce(const MonthValues &approved, const TargetRevision *revision,
                           const Period &period)
{
    if (!revision)
        return approved;
    MonthValues months = approved;
    const int first = fromIndex(*revision, period);
    for (int m = std::max(first, 0); first >= 0 && m < Period::monthCount; ++m)
        months[std::size_t(m)] = revision->months[std::size_t(m)];
    return months;
}

QList<MonthValues> itemTargetsInForce(const QList<MonthValues> &items, const MonthValues &approved,
                                      const MonthValues &inForce)
{
    QList<MonthValues> result = items;
    QList<double> annual;
    qint64 itemsAnnual = 0;
    for (const MonthValues &item : items) {
        annual.append(double(sumOf(item, 0, Period::monthCount - 1)));
        itemsAnnual += sumOf(item, 0, Period::monthCount - 1);
    }
    const qint64 approvedAnnual = sumOf(approved, 0, Period::monthCount - 1);
    for (int m = 0; m < Period::monthCount && !items.isEmpty(); ++m) {
        const std::size_t month = std::size_t(m);
        if (inForce[month] == approved[month] || inForce[month] < 0)
            continue;
        QList<double> weights;
        qint64 itemsMonth = 0;
        for (const MonthValues &item : items) {
            weights.append(double(std::max<qint64>(item[month], 0)));
            itemsMonth += item[month];
        }
        const bool none = std::all_of(weights.cbegin(), weights.cend(),
                                      [](double weight) { return weight <= 0; });
        const qint64 total =
            scaledTotal(inForce[month], itemsMonth, approved[month], itemsAnnual, approvedAnnual);
        const QList<qint64> parts = spread(total, none ? annual : weights);
        for (qsizetype i = 0; i < items.size(); ++i)
            result[i][month] = parts.at(i);
    }
    return result;
}

qint64 revisionChange(const TargetRevision &revision, const MonthValues &approved,
                      const Period &period)
{
    const int first = std::max(fromIndex(revision, period), 0);
    const int last = Period::monthCount - 1;
    return sumOf(revision.months, first, last) - sumOf(approved, first, last);
}

} // namespace salesplan
