#include "plan/money.h"

#include <QtNumeric>

#include <cmath>
#include <limits>
#include <optional>

namespace salesplan {

namespace {

Error overflowError()
{
    return {Money::tr("amount"), Money::tr("is too large to calculate with")};
}

Error currencyMismatch(const Money &a, const Money &b)
{
    return {Money::tr("currency"),
            Money::tr("cannot combine %1 and %2 amounts").arg(a.currency, b.currency)};
}

// The size of a decimal amount in minor units (`whole` and `fraction` are ASCII digits, the
// fraction already padded to the currency's places), or nothing when it exceeds 64 bits.
std::optional<quint64> magnitudeInMinorUnits(const QString &whole, const QString &fraction,
                                             const QString &currency)
{
    bool ok = true;
    const quint64 major = whole.isEmpty() ? 0 : whole.toULongLong(&ok);
    const quint64 minorPart = fraction.isEmpty() ? 0 : fraction.toULongLong();
    quint64 majorInMinor = 0;
    quint64 total = 0;
    if (!ok || qMulOverflow(major, quint64(minorPerMajor(currency)), &majorInMinor) ||
        qAddOverflow(majorInMinor, minorPart, &total))
        return std::nullopt;
    return total;
}

// Applies the sign; a negative amount may reach one minor unit further than a positive one, so
// the most negative amount parses back from its own text.
Result<Money> signedAmount(quint64 magnitude, bool negative, const QString &currency)
{
    constexpr quint64 largestPositive = quint64(std::numeric_limits<qint64>::max());
    if (magnitude > (negative ? largestPositive + 1 : largestPositive))
        return overflowError();
    const quint64 bits = negative ? 0 - magnitude : magnitude;
    return Money{static_cast<qint64>(bits), currency};
}

} // namespace

int minorDigits(const QString &currency)
{
    static const QStringList zeroDigit = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                          QStringLiteral("VND"), QStringLiteral("CLP"),
                                          QStringLiteral("ISK"), QStringLiteral("UGX")};
    static const QStringList threeDigit = {QStringLiteral("BHD"), QStringLiteral("KWD"),
                                           QStringLiteral("OMR"), QStringLiteral("JOD"),
                                           QStringLiteral("TND")};
    if (zeroDigit.contains(currency))
        return 0;
    if (threeDigit.contains(currency))
        return 3;
    return 2;
}

qint64 minorPerMajor(const QString &currency)
{
    qint64 factor = 1;
    for (int i = 0; i < minorDigits(currency); ++i)
        factor *= 10;
    return factor;
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

Result<Money> Money::fromMajor(qint64 major, const QString &currency)
{
    qint64 minor = 0;
    if (qMulOverflow(major, minorPerMajor(currency), &minor))
        return overflowError();
    return Money{minor, currency};
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    QString digits = text.trimmed();
    digits.remove(u',').remove(u' ').remove(QChar(0x00a0));
    const Error notANumber{tr("amount"), tr("\"%1\" is not an amount").arg(text.trimmed())};
    bool negative = false;
    if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
        negative = digits.startsWith(u'-');
        digits.remove(0, 1);
    }
    const qsizetype dot = digits.indexOf(u'.');
    const QString whole = dot < 0 ? digits : digits.left(dot);
    QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    const int places = minorDigits(currency);
    if (whole.isEmpty() && fraction.isEmpty())
        return notANumber;
    for (QChar c : whole + fraction) {
        if (!c.isDigit() || c.unicode() > 127)
            return notANumber;
    }
    if (fraction.size() > places)
        return Error{tr("amount"), places == 0
                                       ? tr("must be a whole number in %1").arg(currency)
                                       : tr("has more than %n decimal place(s)", nullptr, places)};
    fraction = fraction.leftJustified(places, u'0');
    const std::optional<quint64> magnitude = magnitudeInMinorUnits(whole, fraction, currency);
    if (!magnitude)
        return overflowError();
    return signedAmount(*magnitude, negative, currency);
}

namespace {

// Moves the decimal point of a plain decimal number `places` digits to the right, exactly:
// ("1.2", 8) -> "120000000".
QString shiftDecimal(const QString &number, int places)
{
    const qsizetype dot = number.indexOf(u'.');
    QString whole = dot < 0 ? number : number.left(dot);
    QString fraction = dot < 0 ? QString() : number.mid(dot + 1);
    fraction = fraction.leftJustified(places, u'0');
    whole += fraction.left(places);
    fraction = fraction.mid(places);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

} // namespace

namespace {

// Full-width digits, signs and punctuation, as Chinese input methods type them, in ASCII:
// "５０００万" -> "5000万".
QString foldFullWidth(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code >= 0xFF01 && code <= 0xFF5E)
            folded.append(QChar(char16_t(code - 0xFEE0)));
        else if (code == 0x3000) // ideographic space
            folded.append(u' ');
        else
            folded.append(c);
    }
    return folded;
}

// Takes the Chinese unit characters off the end of `number` and returns the power of ten they
// stand for: 十 1, 百 2, 千 3, 万/萬 4, 亿/億 8, and what people write together (十万 5,
// 百万 6, 千万 7, 十亿 9, 万亿 12).
int takeUnitSuffix(QString &number)
{
    int shift = 0;
    const auto take = [&](std::initializer_list<char16_t> units, int power) {
        for (const char16_t unit : units) {
            if (number.endsWith(QChar(unit))) {
                number.chop(1);
                shift += power;
                return;
            }
        }
    };
    take({u'亿', u'億'}, 8);
    take({u'万', u'萬'}, 4);
    take({u'千'}, 3);
    take({u'百'}, 2);
    take({u'十'}, 1);
    return shift;
}

// Digits with at most one decimal point, and at least one digit: "1.2", "500", ".5".
bool isPlainDecimal(QStringView number)
{
    bool digit = false;
    bool point = false;
    for (const QChar c : number) {
        if (c == u'.' && !point)
            point = true;
        else if (c.unicode() >= u'0' && c.unicode() <= u'9')
            digit = true;
        else
            return false;
    }
    return digit;
}

} // namespace

Result<Money> Money::parseInput(const QString &text, const QString &currency)
{
    QString number = foldFullWidth(text).trimmed();
    for (const QString &sign :
         {currency, QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("$"),
          QStringLiteral("€"), QStringLiteral("£"), QStringLiteral("元")}) {
        if (number.startsWith(sign))
            number = number.mid(sign.size()).trimmed();
        if (number.endsWith(sign))
            number.chop(sign.size());
    }
    number = number.trimmed();
    const int shift = takeUnitSuffix(number);
    number.remove(u',').remove(u' ').remove(QChar(0x00a0));
    QString sign;
    if (number.startsWith(u'-') || number.startsWith(u'+')) {
        sign = number.left(1);
        number.remove(0, 1);
    }
    if (!isPlainDecimal(number))
        return Error{tr("amount"), tr("\"%1\" is not an amount").arg(text.trimmed())};
    return parse(sign + (shift > 0 ? shiftDecimal(number, shift) : number), currency);
}

QString Money::toPlainString() const
{
    const qint64 per = minorPerMajor(currency);
    const bool negative = minor < 0;
    // Work on the unsigned magnitude so the most negative amount prints too.
    const quint64 magnitude = negative ? 0 - quint64(minor) : quint64(minor);
    QString text = QString::number(magnitude / quint64(per));
    if (per > 1) {
        text +=
            u'.' +
            QString::number(magnitude % quint64(per)).rightJustified(minorDigits(currency), u'0');
    }
    return negative ? u'-' + text : text;
}

double Money::toMajor() const
{
    return double(minor) / double(minorPerMajor(currency));
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.currency != currency && other.minor != 0 && minor != 0)
        return currencyMismatch(*this, other);
    qint64 sum = 0;
    if (qAddOverflow(minor, other.minor, &sum))
        return overflowError();
    return Money{sum, minor == 0 ? other.currency : currency};
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.currency != currency && other.minor != 0 && minor != 0)
        return currencyMismatch(*this, other);
    qint64 difference = 0;
    if (qSubOverflow(minor, other.minor, &difference))
        return overflowError();
    return Money{difference, minor == 0 ? other.currency : currency};
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (qMulOverflow(minor, factor, &product))
        return overflowError();
    return Money{product, currency};
}

Result<Money> Money::scaled(double factor) const
{
    if (!std::isfinite(factor))
        return Error{tr("factor"), tr("is not a number")};
    const long double exact = static_cast<long double>(minor) * factor;
    // 2^63 exactly; anything at or beyond it does not fit in qint64.
    constexpr long double limit = 9223372036854775808.0L;
    const long double rounded = std::round(exact);
    if (rounded >= limit || rounded < -limit)
        return overflowError();
    return Money{static_cast<qint64>(rounded), currency};
}

} // namespace salesplan
