#include "format.h"

namespace salesplan::ui {

QString formatMoney(const Money &money, const QLocale &locale)
{
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    const bool sameCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency;
    const QString prefix = sameCurrency ? symbol
                           : money.currency == QStringLiteral("CNY") ? QStringLiteral("¥")
                           : money.currency == QStringLiteral("USD") ? QStringLiteral("$")
                           : money.currency == QStringLiteral("EUR") ? QStringLiteral("€")
                                                                     : money.currency + u' ';
    return locale.toCurrencyString(money.toMajor(), prefix, minorDigits(money.currency));
}

QString formatPercent(double fraction, int decimals, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', decimals) + locale.percent();
}

QString formatCount(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

} // namespace salesplan::ui
