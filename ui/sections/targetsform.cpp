#include "targetsform.h"

#include "document/plandocument.h"
#include "fieldbinding.h"
#include "plan/format.h"
#include "severitystyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace salesplan::ui {

void bindComboIndex(QComboBox *combo, PlanDocument *document, const IntBinding &binding)
{
    combo->setObjectName(binding.key);
    combo->setCurrentIndex(binding.read(document->plan()));
    QObject::connect(
        combo, &QComboBox::currentIndexChanged, document, [document, binding](int index) {
            if (index < 0)
                return;
            document->edit(binding.undoText, [&](Plan &plan) { binding.write(plan, index); });
        });
    QObject::connect(document, &PlanDocument::changed, combo, [combo, document, binding] {
        const int index = binding.read(document->plan());
        if (combo->currentIndex() == index)
            return;
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
    });
}

void bindSpinValue(QSpinBox *spin, PlanDocument *document, const IntBinding &binding)
{
    spin->setObjectName(binding.key);
    spin->setValue(binding.read(document->plan()));
    QObject::connect(spin, &QSpinBox::valueChanged, document, [document, binding](int value) {
        document->edit(
            binding.undoText, [&](Plan &plan) { binding.write(plan, value); },
            mergeKeyFor(binding.key));
    });
    QObject::connect(document, &PlanDocument::changed, spin, [spin, document, binding] {
        const int value = binding.read(document->plan());
        if (spin->value() == value)
            return;
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    });
}

void bindCheckBox(QCheckBox *box, PlanDocument *document, const FlagBinding &binding)
{
    box->setObjectName(binding.key);
    box->setChecked(binding.read(document->plan()));
    QObject::connect(box, &QCheckBox::toggled, document, [document, binding](bool checked) {
        document->edit(checked ? binding.undoTextOn : binding.undoTextOff,
                       [&](Plan &plan) { binding.write(plan, checked); });
    });
    QObject::connect(document, &PlanDocument::changed, box, [box, document, binding] {
        const bool checked = binding.read(document->plan());
        if (box->isChecked() == checked)
            return;
        const QSignalBlocker blocker(box);
        box->setChecked(checked);
    });
}

QLabel *figureLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showInSeverityColor(label, Severity::Error);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void limitWidth(QWidget *field, int characters)
{
    // Room for the digits plus the frame and the arrow buttons.
    field->setMaximumWidth(field->fontMetrics().averageCharWidth() * characters + 48);
}

QGroupBox *panelGroup(const QString &title, const QString &objectName, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    group->setObjectName(objectName);
    return group;
}

QString moneyText(qint64 minor, const QString &currency)
{
    return formatMoney(Money{minor, currency});
}

QString exactMoneyTip(qint64 minor, const QString &currency)
{
    const QString exact = formatMoneyExact(Money{minor, currency});
    return exact == moneyText(minor, currency) ? QString() : exact;
}

} // namespace salesplan::ui
