#include "plan/format.h"

#include <atomic>
#include <limits>
#include <utility>

namespace salesplan {

namespace {

std::atomic<bool> wanYiEnabled{false};
// How formatMoney() writes in this thread, set by the innermost PlanAmountsForPeople or
// ExactAmounts alive.
enum class MoneyStyle { BySetting, ForPeople, Exact };
thread_local MoneyStyle moneyStyle = MoneyStyle::BySetting;

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

bool isTraditional(const QLocale &locale)
{
    if (locale.script() == QLocale::TraditionalChineseScript)
        return true;
    if (locale.script() == QLocale::SimplifiedChineseScript)
        return false;
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::Taiwan || territory == QLocale::HongKong ||
           territory == QLocale::Macao;
}

// A magnitude written in a unit: its whole part and its decimals (empty when none).
struct UnitFigure
{
    quint64 whole = 0;
    QString decimals;
};

// `magnitude` minor units in units of `unitMinor` minor units, to at most `maxDecimals` decimals.
UnitFigure inUnits(quint64 magnitude, quint64 unitMinor, int maxDecimals)
{
    quint64 scale = 1;
    for (int i = 0; i < maxDecimals; ++i)
        scale *= 10;
    UnitFigure figure{magnitude / unitMinor, {}};
    // rest < unitMinor ≤ 10^11 (亿 of a three-decimal currency), so rest × 10^4 fits.
    const quint64 rest = magnitude % unitMinor;
    quint64 fraction = rest * scale / unitMinor;
    const quint64 remainder = rest * scale % unitMinor;
    if (remainder >= unitMinor - remainder) {
        ++fraction;
        if (fraction == scale) {
            fraction = 0;
            ++figure.whole;
        }
    }
    figure.decimals = QString::number(fraction).rightJustified(maxDecimals, u'0');
    if (remainder == 0) {
        while (figure.decimals.endsWith(u'0'))
            figure.decimals.chop(1);
    }
    return figure;
}

// `magnitude` in units of `unitMinor`, rounded half away from zero to at most `maxDecimals`
// decimals, without trailing zeros: (whole, decimals).
UnitFigure roundedInUnits(quint64 magnitude, quint64 unitMinor, int maxDecimals)
{
    quint64 scale = 1;
    for (int i = 0; i < maxDecimals; ++i)
        scale *= 10;
    // In steps of unitMinor / scale (exact for every unit here: 10^4 and 10^8 major units).
    const quint64 step = unitMinor / scale;
    const quint64 steps = magnitude / step + (magnitude % step >= step - magnitude % step ? 1 : 0);
    UnitFigure figure{steps / scale, {}};
    if (maxDecimals > 0) {
        figure.decimals = QString::number(steps % scale).rightJustified(maxDecimals, u'0');
        while (figure.decimals.endsWith(u'0'))
            figure.decimals.chop(1);
    }
    return figure;
}

QString withSign(const Money &money, const QLocale &locale, const QString &digits)
{
    const QString text = currencySymbol(money.currency, locale) + digits;
    return money.isNegative() ? locale.negativeSign() + text : text;
}

} // namespace

void setLargeAmountsInWanYi(bool on)
{
    wanYiEnabled = on;
}

bool largeAmountsInWanYi()
{
    return wanYiEnabled;
}

QString wanCharacter(const QLocale &locale)
{
    return isTraditional(locale) ? QStringLiteral("萬") : QStringLiteral("万");
}

QString yiCharacter(const QLocale &locale)
{
    return isTraditional(locale) ? QStringLiteral("億") : QStringLiteral("亿");
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    if (moneyStyle == MoneyStyle::ForPeople)
        return formatPlanAmount(money, locale);
    if (moneyStyle == MoneyStyle::BySetting && wanYiEnabled &&
        locale.language() == QLocale::Chinese)
        return formatMoneyInWanYi(money, locale);
    return formatMoneyExact(money, locale);
}

QString formatMoneyExact(const Money &money, const QLocale &locale)
{
    // Formatted from the exact decimal text, so no amount is ever rounded through a double.
    QString plain = money.toPlainString();
    if (plain.startsWith(u'-'))
        plain.remove(0, 1);
    const qsizetype dot = plain.indexOf(u'.');
    QString text = grouped(dot < 0 ? plain : plain.left(dot), locale);
    if (dot >= 0)
        text += locale.decimalPoint() + plain.mid(dot + 1);
    return withSign(money, locale, text);
}

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    return formatMoney(Money::of(minor, currency), locale);
}

QString formatMoneyExact(qint64 minor, const QString &currency, const QLocale &locale)
{
    return formatMoneyExact(Money::of(minor, currency), locale);
}

namespace {

quint64 magnitudeOf(const Money &money)
{
    return money.minor < 0 ? quint64(0) - quint64(money.minor) : quint64(money.minor);
}

// `money` rounded to `decimals` of `unitMinor` minor units, with `unit` after the digits.
QString planAmountIn(const Money &money, quint64 unitMinor, int decimals, const QString &unit,
                     const QLocale &locale)
{
    const UnitFigure figure = roundedInUnits(magnitudeOf(money), unitMinor, decimals);
    QString text = grouped(QString::number(figure.whole), locale);
    if (!figure.decimals.isEmpty())
        text += locale.decimalPoint() + figure.decimals;
    const bool zero = figure.whole == 0 && figure.decimals.isEmpty();
    // Zero needs no unit: ¥0 in a column of 万.
    return zero ? withSign(Money::of(0, money.currency), locale, text)
                : withSign(money, locale, text + unit);
}

bool writesWanYi(const QLocale &locale)
{
    return wanYiEnabled && locale.language() == QLocale::Chinese;
}

} // namespace

QString formatPlanAmount(const Money &money, const QLocale &locale)
{
    const quint64 perMajor = quint64(minorPerMajor(money.currency));
    const quint64 magnitude = magnitudeOf(money);
    const quint64 wan = perMajor * 10'000;
    if (!writesWanYi(locale) || roundedInUnits(magnitude, perMajor, 0).whole < 10'000)
        return planAmountIn(money, perMajor, 0, {}, locale);
    if (roundedInUnits(magnitude, wan, 0).whole >= 10'000)
        return planAmountIn(money, wan * 10'000, 2, yiCharacter(locale), locale);
    const int decimals = roundedInUnits(magnitude, wan, 1).whole >= 100 ? 0 : 1;
    return planAmountIn(money, wan, decimals, wanCharacter(locale), locale);
}

QStringList formatPlanAmountColumn(const QList<qint64> &minors, const QString &currency,
                                   const QLocale &locale)
{
    const quint64 wan = quint64(minorPerMajor(currency)) * 10'000;
    quint64 largest = 0;
    quint64 smallest = std::numeric_limits<quint64>::max();
    for (const qint64 minor : minors) {
        const quint64 magnitude = magnitudeOf(Money::of(minor, currency));
        largest = qMax(largest, magnitude);
        if (magnitude > 0)
            smallest = qMin(smallest, magnitude);
    }
    // In 万 throughout when some amount is in 万 (and none is only a few yuan beside them).
    const bool inWan = writesWanYi(locale) && roundedInUnits(largest, wan, 1).whole >= 1 &&
                       roundedInUnits(smallest, wan, 0).whole < 10'000;
    QStringList texts;
    for (const qint64 minor : minors) {
        const Money money = Money::of(minor, currency);
        texts.append(inWan ? planAmountIn(money, wan,
                                          roundedInUnits(smallest, wan, 1).whole >= 100 ? 0 : 1,
                                          wanCharacter(locale), locale)
                           : formatPlanAmount(money, locale));
    }
    return texts;
}

QString formatPlanAmount(qint64 minor, const QString &currency, const QLocale &locale)
{
    return formatPlanAmount(Money::of(minor, currency), locale);
}

PlanAmountsForPeople::PlanAmountsForPeople()
    : m_before(int(std::exchange(moneyStyle, MoneyStyle::ForPeople)))
{}

PlanAmountsForPeople::~PlanAmountsForPeople()
{
    moneyStyle = MoneyStyle(m_before);
}

ExactAmounts::ExactAmounts()
    : m_before(int(std::exchange(moneyStyle, MoneyStyle::Exact)))
{}

ExactAmounts::~ExactAmounts()
{
    moneyStyle = MoneyStyle(m_before);
}

QString formatMoneyInWanYi(const Money &money, const QLocale &locale)
{
    const quint64 perMajor = quint64(minorPerMajor(money.currency));
    const quint64 magnitude =
        money.minor < 0 ? quint64(0) - quint64(money.minor) : quint64(money.minor);
    const quint64 wan = perMajor * 10'000;
    if (magnitude < wan)
        return formatMoneyExact(money, locale);
    UnitFigure figure = inUnits(magnitude, wan, 2);
    QString unit = wanCharacter(locale);
    if (figure.whole >= 10'000) { // also when 9,999.999万 would round up to 10,000.00万
        figure = inUnits(magnitude, wan * 10'000, 4);
        unit = yiCharacter(locale);
    }
    QString text = grouped(QString::number(figure.whole), locale);
    if (!figure.decimals.isEmpty())
        text += locale.decimalPoint() + figure.decimals;
    return withSign(money, locale, text + unit);
}

QString spreadsheetAmountFormat(const QString &currency)
{
    const int decimals = minorDigits(currency);
    return decimals > 0 ? QStringLiteral("#,##0.") + QString(decimals, u'0')
                        : QStringLiteral("#,##0");
}

QString formatPercent(double fraction, int decimals, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', decimals) + locale.percent();
}

QString formatCount(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString formatNumber(double value, int maxDecimals, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', maxDecimals);
    const QString point = locale.decimalPoint();
    if (maxDecimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString formatMonthName(int month, MonthForm form, const QLocale &locale)
{
    const bool full = form == MonthForm::Long && locale.language() != QLocale::Chinese;
    return locale.standaloneMonthName(month, full ? QLocale::LongFormat : QLocale::ShortFormat);
}

QStringList formatMonthNames(const Period &period, MonthForm form, const QLocale &locale)
{
    QStringList names;
    for (int m = 0; m < Period::monthCount; ++m)
        names.append(formatMonthName(period.monthStart(m).month(), form, locale));
    return names;
}

QString formatMonthOfYear(const QDate &date, MonthForm form, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("yyyy年M月"));
    return locale.toString(date, form == MonthForm::Long ? QStringLiteral("MMMM yyyy")
                                                         : QStringLiteral("MMM yyyy"));
}

QString currencySign(const QString &currency, const QLocale &locale)
{
    const QString zero = formatMoney(Money::of(0, currency), locale);
    QString sign;
    for (const QChar c : zero) {
        if (c.isDigit())
            break;
        sign += c;
    }
    return sign;
}

QString formatDay(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return date.toString(Qt::ISODate);
}

} // namespace salesplan
