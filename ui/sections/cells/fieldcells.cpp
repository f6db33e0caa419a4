#include "fieldcells.h"

#include "plan/fieldformat.h"
#include "plan/format.h"

#include <QLocale>

#include <cmath>

namespace salesplan::ui {

namespace {

// `number` with at most `decimals` decimals, and only those it has: 0.04, 90, 2.5.
QString trimmedNumber(double number, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(number, 'f', decimals);
    if (decimals > 0 && text.contains(locale.decimalPoint())) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

bool holdsNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// A number typed or set by an editor: 45, 45.5, "1,200.5"; with `percent`, also "45 %".
std::optional<double> numberFrom(const QVariant &input, bool percent)
{
    bool ok = holdsNumber(input);
    double number = ok ? input.toDouble() : 0.0;
    if (!ok && input.typeId() == QMetaType::QString) {
        QString text = input.toString();
        if (percent) {
            text.remove(u'%');
            text.remove(u'％');
        }
        text = text.trimmed();
        number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = text.toDouble(&ok);
    }
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<QVariant> moneyFrom(const QVariant &input, const QString &currency)
{
    if (input.metaType() == QMetaType::fromType<Money>())
        return input;
    const QString text = input.toString().trimmed();
    if (text.isEmpty())
        return QVariant::fromValue(Money{0, currency});
    const Result<Money> money = Money::parseInput(text, currency);
    if (!money)
        return std::nullopt;
    return QVariant::fromValue(*money);
}

std::optional<QVariant> countFrom(const QVariant &input)
{
    const std::optional<double> number = numberFrom(input, false);
    if (!number || *number != std::floor(*number) || std::abs(*number) > 1e9)
        return std::nullopt;
    return QVariant(int(*number));
}

QVariant dateFrom(const QVariant &input, const QDate &firstDay)
{
    QDate date = input.toDate();
    if (input.typeId() == QMetaType::QString)
        date = QDate::fromString(input.toString().trimmed(), Qt::ISODate);
    if (!date.isValid() || date < firstDay)
        return QDate();
    return date;
}

std::optional<QVariant> choiceFrom(const ColumnSpec &spec, const QVariant &input)
{
    if (holdsNumber(input))
        return QVariant(input.toInt());
    const std::optional<int> value = choiceFromText(spec.choices, input.toString());
    if (!value)
        return std::nullopt;
    return QVariant(*value);
}

} // namespace

CellContext cellContext(const PlanDocument *document)
{
    const Plan &plan = documentPlan(document);
    return {plan.info.currency, plan.info.period.firstDay()};
}

QString percentText(double fraction)
{
    return trimmedNumber(fraction * 100.0, 1) + QLocale().percent();
}

QString cellDateFormat()
{
    return QStringLiteral("yyyy-MM-dd");
}

QString unsetDateText()
{
    return QStringLiteral("\u2014");
}

bool zeroMeansNone(FieldKind kind, QStringView key)
{
    return kind == FieldKind::Money && key == u"quotaAmount";
}

QVariant cellText(const ColumnSpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case FieldKind::Money:
        if (spec.zeroIsNone && value.value<Money>().isZero())
            return QString();
        return formatMoney(value.value<Money>());
    case FieldKind::Rate:
        return percentText(value.toDouble());
    case FieldKind::Number:
        return trimmedNumber(value.toDouble(), 3);
    case FieldKind::Count:
        return QLocale().toString(value.toInt());
    case FieldKind::Date:
    case FieldKind::Month: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(cellDateFormat()) : unsetDateText();
    }
    case FieldKind::Choice:
        return choiceName(spec.choices, value.toInt());
    case FieldKind::Flag:
        return formatFieldValue(spec.kind, value, {}, QLocale());
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
        break;
    }
    return value;
}

QVariant cellEditValue(const ColumnSpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case FieldKind::Money: {
        const Money money = value.value<Money>();
        return money.isZero() ? QString() : money.toPlainString();
    }
    case FieldKind::Rate:
        return value.toDouble() * 100.0;
    case FieldKind::Choice:
        return choiceName(spec.choices, value.toInt());
    default:
        return value;
    }
}

std::optional<QVariant> cellInput(const ColumnSpec &spec, const QVariant &input,
                                  const CellContext &context)
{
    switch (spec.kind) {
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
        return QVariant(input.toString().trimmed());
    case FieldKind::Money:
        return moneyFrom(input, context.currency);
    case FieldKind::Rate:
        if (const std::optional<double> percent = numberFrom(input, true))
            return QVariant(*percent / 100.0);
        return std::nullopt;
    case FieldKind::Number:
        if (const std::optional<double> number = numberFrom(input, false))
            return QVariant(*number);
        return std::nullopt;
    case FieldKind::Count:
        return countFrom(input);
    case FieldKind::Date:
    case FieldKind::Month:
        return dateFrom(input, context.firstDay);
    case FieldKind::Choice:
        return choiceFrom(spec, input);
    case FieldKind::Flag:
        return QVariant(input.toBool());
    }
    return std::nullopt;
}

QString cellToolTip(const ColumnSpec &spec, const QVariant &value, bool columnHasHint)
{
    if (spec.holdsText() && !columnHasHint)
        return value.toString();
    if (spec.kind == FieldKind::Money) {
        const Money money = value.value<Money>();
        if (formatMoney(money) != formatMoneyExact(money))
            return formatMoneyExact(money); // the cell shows it in 万 or 亿
    }
    return {};
}

} // namespace salesplan::ui
