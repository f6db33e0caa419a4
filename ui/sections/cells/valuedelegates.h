#pragma once

#include "plan/numberinput.h"

#include <QDate>
#include <QString>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>

// Cell editors for numbers and dates in the section editors' tables. Each one writes through the
// model, and when the model refuses a value it shows the cell's tooltip (the reason) beside the
// cell instead of failing silently. The model says what a cell shows; these only edit.
namespace salesplan::ui {

// A date with a calendar. The step below `firstDay()` is the unset date, shown as "—", and
// written to the model as an invalid QDate.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DateDelegate(std::function<QDate()> firstDay, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    std::function<QDate()> m_firstDay;
};

// A number in a range, typed into a line: a whole one when `decimals` is 0, else one with at
// most `decimals` decimals; with `percent`, a rate typed in percent ("45" or "45 %"). A number
// outside the range or with more decimals is refused with the reason beside the cell, never
// clamped or cut to fit ("250% is out of range: 0% to 100%").
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NumberDelegate(double minimum, double maximum, int decimals, bool percent = false,
                   QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    NumberRule m_rule;
};

// Writes `value` to the model; when the model refuses it, shows the cell's tooltip (the rule the
// value broke) at `editor`. Returns whether the model took the value.
bool writeCell(QAbstractItemModel *model, const QModelIndex &index, const QVariant &value,
               QWidget *editor);

} // namespace salesplan::ui
