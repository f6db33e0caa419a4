#include "fieldwidgets.h"

#include "document/plandocument.h"
#include "fieldbinding.h"
#include "plan/format.h"

#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace salesplan::ui {

namespace {

// The locale's digits without group separators, for the text being edited: 1200.5.
QLocale plainLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

// --- MoneyField -------------------------------------------------------------------------------

MoneyField::MoneyField(PlanDocument *document, MoneyBinding binding, QWidget *parent)
    : FigureField(document, binding.key, parent)
    , m_binding(std::move(binding))
{
    lineEdit()->setMinimumWidth(160);
    lineEdit()->setPlaceholderText(tr("e.g. 1,200,000 or 1.2亿"));
    showPlanValue();
}

Money MoneyField::planValue() const
{
    return m_binding.read(document()->plan());
}

Result<Money> MoneyField::read(const QString &text) const
{
    const QString currency = document()->plan().info.currency;
    Result<Money> parsed = text.trimmed().isEmpty() ? Result<Money>(Money{0, currency})
                                                    : Money::parseInput(text, currency);
    if (!parsed)
        return parsed;
    if (parsed->isNegative() && !m_binding.allowNegative)
        return Error{{}, tr("must not be negative")};
    if (parsed->isZero() && !m_binding.allowZero)
        return Error{{}, tr("must be more than zero")};
    return parsed;
}

QString MoneyField::problemWith(const QString &text) const
{
    const Result<Money> parsed = read(text);
    return parsed ? QString() : parsed.error().reason;
}

bool MoneyField::write(const QString &text)
{
    const Money value = *read(text);
    return document()->edit(
        m_binding.undoText, [&](Plan &plan) { m_binding.write(plan, value); },
        mergeKeyFor(m_binding.key));
}

bool MoneyField::meansPlanValue(const QString &text) const
{
    const Money value = planValue();
    if (text.trimmed().isEmpty())
        return value.isZero();
    const Result<Money> typed = Money::parseInput(text, value.currency);
    return typed && typed->minor == value.minor;
}

QString MoneyField::planText(bool forEditing) const
{
    const Money value = planValue();
    if (value.isZero())
        return {};
    return forEditing ? value.toPlainString() : formatMoney(value);
}

// --- NumberField ------------------------------------------------------------------------------

NumberField::NumberField(PlanDocument *document, NumberBinding binding, double minimum,
                         double maximum, int decimals, const QString &unit, QWidget *parent)
    : NumberField(document, std::move(binding), NumberRule{minimum, maximum, decimals, false}, 1.0,
                  parent)
{
    setUnit(unit);
}

NumberField::NumberField(PlanDocument *document, NumberBinding binding, const NumberRule &rule,
                         double scale, QWidget *parent)
    : FigureField(document, binding.key, parent)
    , m_binding(std::move(binding))
    , m_rule(rule)
    , m_scale(scale)
{
    // Room for "1,000.5" and a little more: a number is short beside the reason it may show.
    const int digit = lineEdit()->fontMetrics().horizontalAdvance(u'0');
    lineEdit()->setMinimumWidth(digit * 6 + 16);
    lineEdit()->setMaximumWidth(digit * 10 + 16);
    showPlanValue();
}

double NumberField::planNumber() const
{
    return m_binding.read(document()->plan()) * m_scale;
}

QString NumberField::problemWith(const QString &text) const
{
    const Result<double> number = parseNumberInput(text, m_rule);
    if (!number)
        return number.error().reason;
    return m_binding.refuse ? m_binding.refuse(document()->plan(), *number / m_scale) : QString();
}

bool NumberField::write(const QString &text)
{
    const double value = *parseNumberInput(text, m_rule) / m_scale;
    return document()->edit(
        m_binding.undoText, [&](Plan &plan) { m_binding.write(plan, value); },
        mergeKeyFor(m_binding.key));
}

bool NumberField::meansPlanValue(const QString &text) const
{
    const double shown = planNumber();
    if (std::isnan(shown))
        return text.trimmed().isEmpty();
    const Result<double> typed = parseNumberInput(text, m_rule);
    // The plan may hold more decimals than the field shows (a rate read from a file).
    return typed && std::abs(*typed - shown) <= 0.5 * std::pow(10.0, -m_rule.decimals) + 1e-9;
}

QString NumberField::planText(bool forEditing) const
{
    const double shown = planNumber();
    if (std::isnan(shown))
        return {};
    return forEditing ? formatNumber(shown, m_rule.decimals, plainLocale())
                      : formatNumber(shown, m_rule.decimals);
}

// --- PercentField -----------------------------------------------------------------------------

PercentField::PercentField(PlanDocument *document, NumberBinding binding, NumberRange range,
                           QWidget *parent)
    : NumberField(document, std::move(binding),
                  NumberRule{range.minimum * 100.0, range.maximum * 100.0, 1, true}, 100.0, parent)
{
    setUnit(QStringLiteral("%"));
}

} // namespace salesplan::ui
