#include "fieldcells.h"

#include "plan/fieldformat.h"
#include "plan/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace salesplan::ui {

// The translation context of what reading a cell says is wrong.
struct FieldCells
{
    Q_DECLARE_TR_FUNCTIONS(FieldCells)
};

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

// A number set by a cell editor (text goes through typedNumber).
std::optional<double> numberFrom(const QVariant &input)
{
    if (!holdsNumber(input) || !std::isfinite(input.toDouble()))
        return std::nullopt;
    return input.toDouble();
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
    const std::optional<double> number = numberFrom(input);
    if (!number || *number != std::floor(*number) || std::abs(*number) > 1e9)
        return std::nullopt;
    return QVariant(int(*number));
}

// A date written 2027-03-01, 2027/3/1, 2027.3.1 or 2027年3月1日; a month alone (2027-03,
// 2027年3月) is its first day. Invalid when the text is none of these.
QDate dateFromText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月|(?:[-/.月]\s*(\d{1,2})\s*日?))?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int day = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), day);
}

// A date from an editor or from text. A day before the plan year is none (a start date before
// the year); a month of history may lie in any year and stands for its first day.
std::optional<QVariant> dateFrom(const QVariant &input, FieldKind kind, const QDate &firstDay)
{
    const bool typed = input.typeId() == QMetaType::QString;
    const QString text = typed ? input.toString().trimmed() : QString();
    QDate date = typed ? dateFromText(text) : input.toDate();
    if (typed && !date.isValid() && text != unsetDateText() && !text.isEmpty())
        return std::nullopt;
    if (kind == FieldKind::Month)
        return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
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

// A number typed as text, read as the cell's editor reads it, in the kind's type.
std::optional<QVariant> typedNumber(const ColumnSpec &spec, const QString &text)
{
    const Result<double> number = parseNumberInput(text, cellNumberRule(spec));
    if (!number)
        return std::nullopt;
    if (spec.kind == FieldKind::Count)
        return QVariant(int(std::lround(*number)));
    return QVariant(spec.kind == FieldKind::Rate ? *number / 100.0 : *number);
}

// A number as a spreadsheet reads it: no grouping, a point, only the decimals it has.
QString plainNumber(double number, int decimals)
{
    QString text = QString::number(number, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// Why a choice cannot be read: the names it may take.
QString choiceProblem(const ColumnSpec &spec, const QString &text)
{
    return FieldCells::tr("\"%1\" is not one of: %2")
        .arg(text, choiceNames(spec.choices).join(QStringLiteral(", ")));
}

QString moneyProblem(const ColumnSpec &spec, const QString &text, const CellContext &context)
{
    const Result<Money> money = Money::parseInput(text, context.currency);
    if (!money)
        return money.error().reason;
    if (double(money->minor) < spec.minimum)
        return FieldCells::tr("\"%1\" is below zero").arg(text);
    return {};
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

NumberRule cellNumberRule(const ColumnSpec &spec)
{
    // The largest number a cell takes where the field sets no limit.
    const double upper = std::min(spec.maximum, 1e12);
    switch (spec.kind) {
    case FieldKind::Rate:
        return {spec.minimum * 100.0, upper * 100.0, 1, true};
    case FieldKind::Count:
        return {spec.minimum, std::min(upper, double(std::numeric_limits<int>::max())), 0, false};
    default:
        return {spec.minimum, upper, 3, false};
    }
}

QString cellInputProblem(const ColumnSpec &spec, const QString &input, const CellContext &context)
{
    const QString text = input.trimmed();
    switch (spec.kind) {
    case FieldKind::Money:
        return moneyProblem(spec, text, context);
    case FieldKind::Rate:
    case FieldKind::Number:
    case FieldKind::Count:
        if (const Result<double> number = parseNumberInput(text, cellNumberRule(spec)); !number)
            return number.error().reason;
        return {};
    case FieldKind::Date:
    case FieldKind::Month:
        if (!dateFrom(text, spec.kind, context.firstDay))
            return FieldCells::tr("\"%1\" is not a date").arg(text);
        return {};
    case FieldKind::Choice:
        return choiceFromText(spec.choices, text) ? QString() : choiceProblem(spec, text);
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
    case FieldKind::Flag:
        break;
    }
    return {};
}

QString cellCopyText(const ColumnSpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case FieldKind::Money: {
        const Money money = value.value<Money>();
        return spec.zeroIsNone && money.isZero() ? QString() : money.toPlainString();
    }
    case FieldKind::Rate:
        return plainNumber(value.toDouble() * 100.0, 4) + u'%';
    case FieldKind::Number:
        return plainNumber(value.toDouble(), 6);
    case FieldKind::Count:
        return QString::number(value.toInt());
    case FieldKind::Date:
    case FieldKind::Month: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    default:
        return cellText(spec, value).toString();
    }
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
    case FieldKind::Date: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(cellDateFormat()) : unsetDateText();
    }
    case FieldKind::Month: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(QStringLiteral("yyyy-MM")) : unsetDateText();
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
    case FieldKind::Number:
    case FieldKind::Count:
        if (input.typeId() == QMetaType::QString)
            return typedNumber(spec, input.toString());
        if (spec.kind == FieldKind::Count)
            return countFrom(input);
        if (const std::optional<double> number = numberFrom(input))
            return QVariant(spec.kind == FieldKind::Rate ? *number / 100.0 : *number);
        return std::nullopt;
    case FieldKind::Date:
    case FieldKind::Month:
        return dateFrom(input, spec.kind, context.firstDay);
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
