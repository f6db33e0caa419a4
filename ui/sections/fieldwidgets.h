#pragma once

#include "figurefield.h"
#include "plan/fields.h"
#include "plan/numberinput.h"
#include "plan/plan.h"

#include <functional>

namespace salesplan::ui {

// How a money field of the plan is read and written.
struct MoneyBinding
{
    QString key; // stable field key, e.g. "targets.annualTarget"; the editor's objectName
    QString undoText;
    std::function<Money(const Plan &)> read;
    std::function<void(Plan &, const Money &)> write;
    bool allowNegative = false;
    bool allowZero = true;
};

// A money field: accepts "1200000", "1,200,000.50", "¥1,200,000", "1.2亿" or "5千万" in the
// plan's currency; refuses letters, a negative amount or too many decimals with the reason
// beside it. Shows ¥50,000,000.00 (or ¥5,000万) when not being edited, the plain digits while
// it is. It writes what the person has finished (see FigureField); an empty field is zero.
class MoneyField : public FigureField
{
    Q_OBJECT
public:
    MoneyField(PlanDocument *document, MoneyBinding binding, QWidget *parent = nullptr);

protected:
    QString problemWith(const QString &text) const override;
    bool write(const QString &text) override;
    bool meansPlanValue(const QString &text) const override;
    QString planText(bool forEditing) const override;

private:
    Result<Money> read(const QString &text) const;
    Money planValue() const;

    MoneyBinding m_binding;
};

// How a rate (a fraction shown as a percent) or another number field is read and written.
struct NumberBinding
{
    QString key;
    QString undoText;
    std::function<double(const Plan &)> read; // NaN when there is no value to show
    std::function<void(Plan &, double)> write;
    // Why a value within the range still cannot be written; empty when it can. Optional.
    std::function<QString(const Plan &, double)> refuse = {};
};

// The range of a number in the plan's own unit: a rate as a fraction (0 to 1 is 0–100 %).
struct NumberRange
{
    double minimum = 0.0;
    double maximum = 1.0;
};

// The range the field table gives the field `key` of a record R: rangeOf<Kpi>(u"greenAt").
template <typename R> NumberRange rangeOf(QStringView key)
{
    const FieldOf<R> *field = fieldsOf<R>().find(key);
    Q_ASSERT(field);
    return field ? NumberRange{field->minimum, field->maximum} : NumberRange{};
}

// A number field (calls per day, months of ramp, a month's weight) with a range, the decimals
// it takes and a unit written after it. A number outside the range or with more decimals is
// refused in words, never clamped or cut. It writes what the person has finished (see
// FigureField).
class NumberField : public FigureField
{
    Q_OBJECT
public:
    NumberField(PlanDocument *document, NumberBinding binding, double minimum, double maximum,
                int decimals, const QString &unit = {}, QWidget *parent = nullptr);

protected:
    // `scale` is what the field shows for one unit of the plan's value (100 for a percent).
    NumberField(PlanDocument *document, NumberBinding binding, const NumberRule &rule, double scale,
                QWidget *parent);

    QString problemWith(const QString &text) const override;
    bool write(const QString &text) override;
    bool meansPlanValue(const QString &text) const override;
    QString planText(bool forEditing) const override;

private:
    double planNumber() const; // as the field shows it; NaN for none

    NumberBinding m_binding;
    NumberRule m_rule;
    double m_scale;
};

// A percent field for a rate stored as a fraction: typed and shown in percent ("12.5" or
// "12.5 %") to one decimal, within `range` (as fractions, so {0, 1} is 0–100 %): pass the field
// table's range, rangeOf<R>(key). "250" in a 0–100 % field is refused as out of range.
class PercentField : public NumberField
{
    Q_OBJECT
public:
    PercentField(PlanDocument *document, NumberBinding binding, NumberRange range = {},
                 QWidget *parent = nullptr);
};

} // namespace salesplan::ui
