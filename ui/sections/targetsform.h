#pragma once

#include "plan/plan.h"

#include <QLocale>
#include <QString>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace salesplan::ui {

class PlanDocument;

// Small building blocks shared by the panels of the Targets editor: bindings for the few fields
// that are neither money, percent nor number fields, and the labels that show derived figures.

// How a choice (a combo box index) or a whole number of the plan is read and written.
struct IntBinding
{
    QString key; // stable field key; the editor's objectName
    QString undoText;
    std::function<int(const Plan &)> read;
    std::function<void(Plan &, int)> write;
};

// How a yes/no field of the plan is read and written.
struct FlagBinding
{
    QString key;         // stable field key; the check box's objectName
    QString undoTextOn;  // e.g. tr("Turn on quotas following start dates")
    QString undoTextOff; // e.g. tr("Turn off quotas following start dates")
    std::function<bool(const Plan &)> read;
    std::function<void(Plan &, bool)> write;
};

// Each choice the person makes is one edit; the combo shows the plan's value again whenever it
// changes (undo, redo, another window).
void bindComboIndex(QComboBox *combo, PlanDocument *document, const IntBinding &binding);
// The same for a spin box; set keyboardTracking(false) on it to edit once per finished number.
void bindSpinValue(QSpinBox *spin, PlanDocument *document, const IntBinding &binding);
// Each click on the check box is one edit; it shows the plan's value again whenever it changes.
void bindCheckBox(QCheckBox *box, PlanDocument *document, const FlagBinding &binding);

// A label for a derived figure: selectable, with an object and accessible name for tests and
// screen readers.
QLabel *figureLabel(const QString &objectName, const QString &accessibleName, QWidget *parent);
// A word-wrapped note in the muted text colour.
QLabel *noteLabel(const QString &text, QWidget *parent);
// A label that says why something could not be calculated or entered; hidden while empty.
QLabel *problemLabel(const QString &objectName, QWidget *parent);
void showProblem(QLabel *label, const QString &text);
// Keeps a spin box or combo box about `characters` wide instead of stretching across a form.
void limitWidth(QWidget *field, int characters);
// A group box with a title, for one block of a panel.
QGroupBox *panelGroup(const QString &title, const QString &objectName, QWidget *parent);

// An amount in minor units of `currency`, written for people ("¥1,200,000.00", or "¥1.2亿"
// when the preference for 万 and 亿 is on).
QString moneyText(qint64 minor, const QString &currency);
// The same amount with every digit, for a tooltip beside moneyText(); empty when moneyText()
// already shows every digit.
QString exactMoneyTip(qint64 minor, const QString &currency);

} // namespace salesplan::ui
