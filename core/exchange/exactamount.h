#pragma once

#include "plan/money.h"

#include <QString>
#include <QStringView>

// Amounts as exact decimal text ("-1234.50") and back, for the exchange formats: never through a
// double, and the whole range of qint64 minor units, including its most negative value.
namespace salesplan {

enum class AmountTextError { None, NotANumber, TooManyDecimals, TooLarge };

struct AmountText
{
    qint64 minor = 0;
    AmountTextError error = AmountTextError::None;
};

// Reads an optional sign, ASCII digits and at most `minorDigits` decimals ("-3", "1234.5",
// "+0.07"); nothing else, not even grouping or spaces.
AmountText parseAmountText(QStringView text, int minorDigits);

} // namespace salesplan
