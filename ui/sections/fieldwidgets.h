#pragma once

#include "plan/plan.h"

#include <QWidget>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace salesplan::ui {

class PlanDocument;

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

// A money field: accepts "1200000", "1,200,000.50" or "¥1,200,000"; refuses letters, a negative
// amount or too many decimals as you type, with the reason beside the field. Valid text is
// written to the plan at once (typing is one undo step).
class MoneyField : public QWidget
{
    Q_OBJECT
public:
    MoneyField(PlanDocument *document, MoneyBinding binding, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString problem() const; // the reason shown beside the field; empty when valid

private:
    void showPlanValue();
    bool showsPlanValue() const;
    void onEdited(const QString &text);

    PlanDocument *m_document;
    MoneyBinding m_binding;
    QLineEdit *m_edit;
    QLabel *m_problem;
};

// How a rate (a fraction 0–1 shown as 0–100 %) or another number field is read and written.
struct NumberBinding
{
    QString key;
    QString undoText;
    std::function<double(const Plan &)> read;
    std::function<void(Plan &, double)> write;
};

// A percent field for a rate stored as a fraction: a spin box from 0 to 100 % (or the range
// given) with one decimal; the plan is written as you type.
class PercentField : public QWidget
{
    Q_OBJECT
public:
    PercentField(PlanDocument *document, NumberBinding binding, double maximumPercent = 100.0,
                 QWidget *parent = nullptr);
    QDoubleSpinBox *spinBox() const { return m_spin; }

private:
    PlanDocument *m_document;
    NumberBinding m_binding;
    QDoubleSpinBox *m_spin;
};

// A plain number field (calls per day, months of ramp...) with a range and decimals.
class NumberField : public QWidget
{
    Q_OBJECT
public:
    NumberField(PlanDocument *document, NumberBinding binding, double minimum, double maximum,
                int decimals, const QString &suffix = {}, QWidget *parent = nullptr);
    QDoubleSpinBox *spinBox() const { return m_spin; }

private:
    PlanDocument *m_document;
    NumberBinding m_binding;
    QDoubleSpinBox *m_spin;
};

} // namespace salesplan::ui
