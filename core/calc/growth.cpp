#include "calc/growth.h"

#include <QCoreApplication>

#include <cmath>

namespace salesplan {

namespace {

Error notPositive(const QString &field)
{
    return {field, QCoreApplication::translate("Growth", "must be more than zero")};
}

Error tooLarge(const QString &field)
{
    return {field, QCoreApplication::translate("Growth", "is too large to calculate with")};
}

QString targetField()
{
    return QCoreApplication::translate("Growth", "revenue target");
}

QString lastYearField()
{
    return QCoreApplication::translate("Growth", "last year's actual");
}

QString actualField()
{
    return QCoreApplication::translate("Growth", "actual");
}

// Two amounts can be compared when they share a currency; a zero amount has none to disagree.
Status checkSameCurrency(const Money &amount, const QString &amountField, const Money &base,
                         const QString &baseField)
{
    if (amount.currency == base.currency || amount.isZero() || base.isZero())
        return Success{};
    return Error{amountField, QCoreApplication::translate("Growth", "is in %1 but %2 is in %3")
                                  .arg(amount.currency, baseField, base.currency)};
}

Status checkGrowth(double growth)
{
    const QString field = QCoreApplication::translate("Growth", "growth");
    if (std::isnan(growth))
        return Error{field, QCoreApplication::translate("Growth", "is not a number")};
    if (std::isinf(growth))
        return tooLarge(field);
    if (growth <= -1.0)
        return Error{field, QCoreApplication::translate("Growth", "must be more than -100 %")};
    return Success{};
}

// `exact` rounded half away from zero to a minor unit, refused when it does not fit in qint64.
Result<Money> roundedMoney(long double exact, const QString &currency, const QString &field)
{
    constexpr long double limit = 9223372036854775808.0L; // 2^63
    const long double rounded = std::round(exact);
    if (!std::isfinite(rounded) || rounded >= limit || rounded < -limit)
        return tooLarge(field);
    return Money{static_cast<qint64>(rounded), currency};
}

} // namespace

Result<double> growthRate(const Money &target, const Money &lastYear)
{
    if (lastYear.minor <= 0)
        return notPositive(lastYearField());
    if (const Status same = checkSameCurrency(target, targetField(), lastYear, lastYearField());
        !same)
        return same.error();
    // (target − last year) / last year: exact in integers up to the division, so 1.2亿 over 1亿
    // is 0.2 itself rather than 1.2 / 1 − 1 = 0.19999999999999996.
    const Result<Money> change = target.minus(lastYear);
    if (!change)
        return tooLarge(QCoreApplication::translate("Growth", "growth"));
    return static_cast<double>(change->minor) / static_cast<double>(lastYear.minor);
}

Result<Money> targetFromGrowth(const Money &lastYear, double growth)
{
    if (lastYear.minor <= 0)
        return notPositive(lastYearField());
    if (const Status valid = checkGrowth(growth); !valid)
        return valid.error();
    const long double exact =
        static_cast<long double>(lastYear.minor) * (1.0L + static_cast<long double>(growth));
    return roundedMoney(exact, lastYear.currency, targetField());
}

Result<Money> impliedLastYear(const Money &target, double growth)
{
    if (target.minor <= 0)
        return notPositive(targetField());
    if (const Status valid = checkGrowth(growth); !valid)
        return valid.error();
    const long double exact =
        static_cast<long double>(target.minor) / (1.0L + static_cast<long double>(growth));
    return roundedMoney(exact, target.currency, lastYearField());
}

Result<Money> gapToTarget(const Money &target, const Money &actual)
{
    if (const Status same = checkSameCurrency(actual, actualField(), target, targetField()); !same)
        return same.error();
    const Result<Money> gap = target.minus(actual);
    if (!gap)
        return tooLarge(QCoreApplication::translate("Growth", "gap to target"));
    return *gap;
}

Result<double> attainment(const Money &actual, const Money &target)
{
    if (target.minor <= 0)
        return notPositive(targetField());
    if (const Status same = checkSameCurrency(actual, actualField(), target, targetField()); !same)
        return same.error();
    return static_cast<double>(actual.minor) / static_cast<double>(target.minor);
}

} // namespace salesplan
