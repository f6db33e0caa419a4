#pragma once

#include "plan/result.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan {

// An amount of money: a whole number of minor units (fen, cents) in an ISO 4217 currency.
// Never a double; every arithmetic step checks for overflow and refuses rather than wraps.
struct Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    qint64 minor = 0;
    QString currency = QStringLiteral("CNY");

    static Money of(qint64 minor, const QString &currency) { return Money{minor, currency}; }
    // Whole units to minor units: Money::fromMajor(120'000'000, "CNY") is ¥120,000,000.00.
    static Result<Money> fromMajor(qint64 major, const QString &currency);
    // Parses "1200000", "1,200,000.50" or "-3.5" (no currency sign) in the currency's minor units.
    static Result<Money> parse(const QString &text, const QString &currency);
    // Parses what a person types into a money field: parse() plus a leading currency sign or code
    // ("¥1,200", "USD 30", a trailing 元), full-width digits ("５０００万") and the Chinese units
    // 十, 百, 千, 万/萬 and 亿/億 alone or together: "1.2亿", "500万", "5千万", "3百万", "2.5万元".
    static Result<Money> parseInput(const QString &text, const QString &currency);

    bool isZero() const { return minor == 0; }
    bool isNegative() const { return minor < 0; }
    // The amount as a plain decimal without grouping, e.g. "120000000.00"; exact.
    QString toPlainString() const;
    double toMajor() const;

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;
    // Multiplies by a fraction and rounds half away from zero to a minor unit.
    Result<Money> scaled(double factor) const;

    bool operator==(const Money &) const = default;
};

// Digits after the decimal point in an ISO 4217 currency (2 for CNY, USD; 0 for JPY, KRW).
int minorDigits(const QString &currency);
// 10^minorDigits: minor units in one major unit.
qint64 minorPerMajor(const QString &currency);
// True for three upper-case ASCII letters.
bool isCurrencyCode(const QString &code);

} // namespace salesplan
