#include "plan/fieldformat.h"

#include "plan/format.h"

#include <QCoreApplication>

namespace salesplan {

QString formatFieldValue(FieldKind kind, const QVariant &value, ChoiceList choices,
                         const QLocale &locale)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
        return value.toString();
    case FieldKind::Money:
        return formatMoney(value.value<Money>(), locale);
    case FieldKind::Rate:
        return formatPercent(value.toDouble(), 1, locale);
    case FieldKind::Number:
        return formatNumber(value.toDouble(), 2, locale);
    case FieldKind::Count:
        return locale.toString(value.toInt());
    case FieldKind::Date:
        return formatDay(value.toDate(), locale);
    case FieldKind::Month:
        return formatMonthOfYear(value.toDate(), MonthForm::Short, locale);
    case FieldKind::Choice:
        return choiceName(choices, value.toInt());
    case FieldKind::Flag:
        return value.toBool() ? QCoreApplication::translate("Field", "Yes")
                              : QCoreApplication::translate("Field", "No");
    }
    return {};
}

bool isFigure(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Money:
    case FieldKind::Rate:
    case FieldKind::Number:
    case FieldKind::Count:
    case FieldKind::Date:
    case FieldKind::Month:
        return true;
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
    case FieldKind::Choice:
    case FieldKind::Flag:
        return false;
    }
    return false;
}

} // namespace salesplan
