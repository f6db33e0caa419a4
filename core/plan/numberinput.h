#pragma once

#include "plan/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <limits>

namespace salesplan {

// What a typed number must be: its range and how many decimals it may have, in the unit the
// person types (percent for a rate: 0 to 100, not 0 to 1).
struct NumberRule
{
    Q_DECLARE_TR_FUNCTIONS(NumberRule)
public:
    double minimum = 0.0;
    double maximum = std::numeric_limits<double>::max();
    int decimals = 2;
    bool percent = false; // a "%" may follow the number, and the range is written with one

    // The number as the field writes it beside its rule: 250%, 1,000 or 2.5.
    QString written(double value, const QLocale &locale = QLocale()) const;
};

// Reads what a person types into a number or percent field: "45", "45.5", "-12.5", "1,200",
// "45 %" for a percent, and full-width digits and signs ("４５％") as Chinese input methods type
// them. Refused, with the reason in words: an empty text, anything that is not a plain number
// ("1e30", "abc"), more decimals than the rule allows and a number outside its range ("250% is
// out of range: 0% to 100%"). Never clamps or drops a digit.
Result<double> parseNumberInput(const QString &text, const NumberRule &rule,
                                const QLocale &locale = QLocale());

} // namespace salesplan
