#include "valuedelegates.h"

#include "fieldcells.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QToolTip>

#include <cmath>

namespace salesplan::ui {

namespace {

QString columnTitle(const QModelIndex &index)
{
    return index.model()->headerData(index.column(), Qt::Horizontal).toString();
}

// A spin box that fits a table cell: no frame and no buttons (the arrow keys still step).
void fitIntoCell(QAbstractSpinBox *spin, const QModelIndex &index)
{
    spin->setAccessibleName(columnTitle(index));
    spin->setFrame(false);
    spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

bool writeCell(QAbstractItemModel *model, const QModelIndex &index, const QVariant &value,
               QWidget *editor)
{
    if (model->setData(index, value, Qt::EditRole))
        return true;
    const QString reason = index.data(Qt::ToolTipRole).toString();
    if (!reason.isEmpty() && editor)
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), reason, editor);
    return false;
}

// --- DateDelegate -----------------------------------------------------------------------------

DateDelegate::DateDelegate(std::function<QDate()> firstDay, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_firstDay(std::move(firstDay))
{}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &index) const
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(cellDateFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDate(m_firstDay().addDays(-1));
    edit->setSpecialValueText(unsetDateText());
    edit->setAccessibleName(columnTitle(index));
    edit->setToolTip(index.data(Qt::ToolTipRole).toString());
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    const QDate date = index.data(Qt::EditRole).toDate();
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    const QDate date = edit->date() == edit->minimumDate() ? QDate() : edit->date();
    writeCell(model, index, date, editor);
}

// --- NumberDelegate ---------------------------------------------------------------------------

NumberDelegate::NumberDelegate(double minimum, double maximum, int decimals, QString suffix,
                               QObject *parent)
    : QStyledItemDelegate(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_decimals(decimals)
    , m_suffix(std::move(suffix))
{}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    if (m_decimals == 0) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(m_minimum), int(m_maximum));
        spin->setSuffix(m_suffix);
        fitIntoCell(spin, index);
        return spin;
    }
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(m_decimals);
    spin->setRange(m_minimum, m_maximum);
    spin->setSuffix(m_suffix);
    fitIntoCell(spin, index);
    return spin;
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const double value = index.data(Qt::EditRole).toDouble();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(int(std::lround(value)));
    else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor))
        decimal->setValue(value);
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        writeCell(model, index, spin->value(), editor);
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor)) {
        decimal->interpretText();
        writeCell(model, index, decimal->value(), editor);
    }
}

} // namespace salesplan::ui
