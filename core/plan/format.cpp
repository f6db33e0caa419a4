#include "plan/format.h"

namespace salesplan {

namespace {

QString currencySymbol(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (currency == QStringLiteral("CNY") || currency == QStringLiteral("JPY"))
        return QStringLiteral("¥");
    if (currency == QStringLiteral("USD"))
        return QStringLiteral("$");
    if (currency == QStringLiteral("EUR"))
        return QStringLiteral("€");
    if (currency == QStringLiteral("GBP"))
        return QStringLiteral("£");
    return currency + u' ';
}

// Inserts the locale's group separator every three digits of a run of ASCII digits.
QString grouped(const QString &digits, const QLocale &locale)
{
    QString result;
    const qsizetype count = digits.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0)
            result += locale.groupSeparator();
        result += digits.at(i);
    }
    return result;
}

} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    // Formatted from the exact decimal text, so no amount is ever rounded through a double.
    QString plain = money.toPlainString();
    const bool negative = plain.startsWith(u'-');
    if (negative)
        plain.remove(0, 1);
    const qsizetype dot = plain.indexOf(u'.');
    QString text = grouped(dot < 0 ? plain : plain.left(dot), locale);
    if (dot >= 0)
        text += locale.decimalPoint() + plain.mid(dot + 1);
    text.prepend(currencySymbol(money.currency, locale));
    return negative ? locale.negativeSign() + text : text;
}

QString formatPercent(double fraction, int decimals, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', decimals) + locale.percent();
}

QString formatCount(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

} // namespace salesplan
