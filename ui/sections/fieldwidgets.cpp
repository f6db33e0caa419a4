#include "fieldwidgets.h"

#include "document/plandocument.h"
#include "fieldbinding.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace salesplan::ui {

namespace {

QHBoxLayout *rowLayout(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

// Applies the plan's value to a spin box without echoing it back as an edit.
void showValue(QDoubleSpinBox *spin, double value)
{
    if (qFuzzyCompare(spin->value() + 1.0, value + 1.0))
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

// Connects a spin box to a number field of the plan; `scale` is what the box shows per unit.
void bindNumber(QDoubleSpinBox *spin, PlanDocument *document, const NumberBinding &binding,
                double scale)
{
    spin->setObjectName(binding.key);
    spin->setValue(binding.read(document->plan()) * scale);
    QObject::connect(
        spin, &QDoubleSpinBox::valueChanged, document, [document, binding, scale](double shown) {
            document->edit(
                binding.undoText, [&](Plan &plan) { binding.write(plan, shown / scale); },
                mergeKeyFor(binding.key));
        });
    QObject::connect(document, &PlanDocument::changed, spin, [spin, document, binding, scale] {
        showValue(spin, binding.read(document->plan()) * scale);
    });
}

} // namespace

MoneyField::MoneyField(PlanDocument *document, MoneyBinding binding, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_binding(std::move(binding))
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(m_binding.key + QStringLiteral("Field"));
    m_edit->setObjectName(m_binding.key);
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMinimumWidth(160);
    m_edit->setPlaceholderText(tr("e.g. 1,200,000 or 1.2亿"));
    m_problem->setObjectName(m_binding.key + QStringLiteral("Problem"));
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x3A, 0x2E));
    m_problem->setPalette(palette);
    auto *layout = rowLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem, 1);
    showPlanValue();
    connect(m_edit, &QLineEdit::textEdited, this, &MoneyField::onEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_problem->text().isEmpty())
            showPlanValue(); // tidy the text: "1.2亿" becomes "120000000.00"
    });
    connect(document, &PlanDocument::changed, this, [this] {
        if (!showsPlanValue())
            showPlanValue();
    });
}

bool MoneyField::showsPlanValue() const
{
    // What the user typed may be written differently ("1.2亿") but mean the plan's value; then
    // the text stays as typed. A field with a problem shown keeps its text too.
    if (!m_problem->text().isEmpty())
        return true;
    const Money value = m_binding.read(m_document->plan());
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return value.isZero();
    const Result<Money> typed = Money::parseInput(text, value.currency);
    return typed && typed->minor == value.minor;
}

QString MoneyField::problem() const
{
    return m_problem->text();
}

void MoneyField::showPlanValue()
{
    const Money value = m_binding.read(m_document->plan());
    m_edit->setText(value.isZero() ? QString() : value.toPlainString());
    m_problem->clear();
}

void MoneyField::onEdited(const QString &text)
{
    const QString currency = m_document->plan().info.currency;
    Result<Money> parsed = text.trimmed().isEmpty() ? Result<Money>(Money{0, currency})
                                                    : Money::parseInput(text, currency);
    if (!parsed) {
        m_problem->setText(parsed.error().reason);
        return;
    }
    if (parsed->isNegative() && !m_binding.allowNegative) {
        m_problem->setText(tr("must not be negative"));
        return;
    }
    if (parsed->isZero() && !m_binding.allowZero) {
        m_problem->setText(tr("must be more than zero"));
        return;
    }
    m_problem->clear();
    const Money value = *parsed;
    m_document->edit(
        m_binding.undoText, [&](Plan &plan) { m_binding.write(plan, value); },
        mergeKeyFor(m_binding.key));
}

PercentField::PercentField(PlanDocument *document, NumberBinding binding, double maximumPercent,
                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_binding(std::move(binding))
    , m_spin(new QDoubleSpinBox(this))
{
    setObjectName(m_binding.key + QStringLiteral("Field"));
    m_spin->setRange(0.0, maximumPercent);
    m_spin->setDecimals(1);
    m_spin->setSuffix(QStringLiteral(" %"));
    m_spin->setKeyboardTracking(true);
    rowLayout(this)->addWidget(m_spin);
    bindNumber(m_spin, document, m_binding, 100.0);
}

NumberField::NumberField(PlanDocument *document, NumberBinding binding, double minimum,
                         double maximum, int decimals, const QString &suffix, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_binding(std::move(binding))
    , m_spin(new QDoubleSpinBox(this))
{
    setObjectName(m_binding.key + QStringLiteral("Field"));
    m_spin->setRange(minimum, maximum);
    m_spin->setDecimals(decimals);
    if (!suffix.isEmpty())
        m_spin->setSuffix(u' ' + suffix);
    rowLayout(this)->addWidget(m_spin);
    bindNumber(m_spin, document, m_binding, 1.0);
}

} // namespace salesplan::ui
