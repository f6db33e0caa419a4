#include "valuedelegates.h"

#include "fieldcells.h"
#include "plan/format.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QToolTip>

#include <cmath>

namespace salesplan::ui {

namespace {

QString columnTitle(const QModelIndex &index)
{
    return index.model()->headerData(index.column(), Qt::Horizontal).toString();
}

void showReason(QWidget *editor, const QString &reason)
{
    if (!reason.isEmpty() && editor)
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), reason, editor);
}

} // namespace

bool writeCell(QAbstractItemModel *model, const QModelIndex &index, const QVariant &value,
               QWidget *editor)
{
    if (model->setData(index, value, Qt::EditRole))
        return true;
    showReason(editor, index.data(Qt::ToolTipRole).toString());
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

NumberDelegate::NumberDelegate(double minimum, double maximum, int decimals, bool percent,
                               QObject *parent)
    : QStyledItemDelegate(parent)
    , m_rule{minimum, maximum, decimals, percent}
{}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(columnTitle(index));
    edit->setFrame(false);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return edit;
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    QLocale plain;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    const double value = index.data(Qt::EditRole).toDouble();
    static_cast<QLineEdit *>(editor)->setText(formatNumber(value, m_rule.decimals, plain));
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    const Result<double> number =
        parseNumberInput(static_cast<QLineEdit *>(editor)->text(), m_rule);
    if (!number) {
        showReason(editor, number.error().reason); // the cell keeps the plan's value
        return;
    }
    if (m_rule.decimals == 0)
        writeCell(model, index, int(std::lround(*number)), editor);
    else
        writeCell(model, index, *number, editor);
}

} // namespace salesplan::ui
