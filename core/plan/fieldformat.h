#pragma once

#include "plan/fields.h"

#include <QLocale>
#include <QString>
#include <QVariant>

// A field's value as people read it, whatever the record: the report's tables, and anything else
// that shows a field as text, write values here.
namespace salesplan {

// A value of `kind`, as get() returns it: money by formatMoney(), rates as percents, numbers
// without trailing zeros, counts, dates in the locale's short form, months as "Mar 2027", choices
// by their translated names from `choices`. An invalid date is empty.
QString formatFieldValue(FieldKind kind, const QVariant &value, ChoiceList choices = {},
                         const QLocale &locale = QLocale());

template <typename R>
QString formatFieldValue(const FieldOf<R> &field, const R &record,
                         const QLocale &locale = QLocale())
{
    return formatFieldValue(field.kind, field.get(record), field.choices, locale);
}

// Whether values of `kind` are figures (money, rates, numbers, counts, dates), which tables
// right-align.
bool isFigure(FieldKind kind);

} // namespace salesplan
