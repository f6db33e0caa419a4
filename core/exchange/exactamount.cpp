#include "exchange/exactamount.h"

#include <QtNumeric>

#include <limits>

namespace salesplan {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Appends `digits` to a magnitude; false when it no longer fits in 64 bits.
bool appendDigits(quint64 &magnitude, QStringView digits)
{
    for (QChar c : digits) {
        if (qMulOverflow(magnitude, quint64(10), &magnitude) ||
            qAddOverflow(magnitude, quint64(c.unicode() - u'0'), &magnitude))
            return false;
    }
    return true;
}

} // namespace

AmountText parseAmountText(QStringView text, int minorDigits)
{
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.startsWith(u'-');
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return {0, AmountTextError::NotANumber};
    if (dot >= 0 && fraction.isEmpty())
        return {0, AmountTextError::NotANumber};
    for (QChar c : whole) {
        if (!isAsciiDigit(c))
            return {0, AmountTextError::NotANumber};
    }
    for (QChar c : fraction) {
        if (!isAsciiDigit(c))
            return {0, AmountTextError::NotANumber};
    }
    if (fraction.size() > minorDigits)
        return {0, AmountTextError::TooManyDecimals};

    quint64 magnitude = 0;
    if (!appendDigits(magnitude, whole) || !appendDigits(magnitude, fraction))
        return {0, AmountTextError::TooLarge};
    for (qsizetype i = fraction.size(); i < minorDigits; ++i) {
        if (qMulOverflow(magnitude, quint64(10), &magnitude))
            return {0, AmountTextError::TooLarge};
    }
    constexpr quint64 largest = quint64(std::numeric_limits<qint64>::max());
    if (negative) {
        if (magnitude > largest + 1)
            return {0, AmountTextError::TooLarge};
        // 0 - magnitude in unsigned arithmetic is the two's complement, so -2^63 fits too.
        return {qint64(0 - magnitude), AmountTextError::None};
    }
    if (magnitude > largest)
        return {0, AmountTextError::TooLarge};
    return {qint64(magnitude), AmountTextError::None};
}

} // namespace salesplan
