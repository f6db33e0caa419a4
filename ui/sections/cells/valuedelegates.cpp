#include "valuedelegates.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QToolTip>

#include <cmath>

namespace salesplan::ui {

bool holdsText(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QString;
}

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

// --- DateColumnDelegate -----------------------------------------------------------------------

DateColumnDelegate::DateColumnDelegate(std::function<QDate()> firstDay, QString unsetText,
                                       QObject *parent)
    : QStyledItemDelegate(parent)
    , m_firstDay(std::move(firstDay))
    , m_unsetText(std::move(unsetText))
{}

QString DateColumnDelegate::dateFormat()
{
    return QStringLiteral("yyyy-MM-dd");
}

QString DateColumnDelegate::displayText(const QVariant &value, const QLocale &) const
{
    const QDate date = value.toDate();
    return date.isValid() ? date.toString(dateFormat()) : m_unsetText;
}

QWidget *DateColumnDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(dateFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDate(m_firstDay().addDays(-1));
    edit->setSpecialValueText(m_unsetText);
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    edit->setToolTip(index.data(Qt::ToolTipRole).toString());
    return edit;
}

void DateColumnDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    const QDate date = index.data(Qt::EditRole).toDate();
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

void DateColumnDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    const QDate date = edit->date() == edit->minimumDate() ? QDate() : edit->date();
    writeCell(model, index, date, editor);
}

// --- NumberColumnDelegate ---------------------------------------------------------------------

NumberColumnDelegate::NumberColumnDelegate(double minimum, double maximum, int decimals,
                                           bool percent, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_decimals(decimals)
    , m_percent(percent)
{}

QString NumberColumnDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const double number = m_percent ? value.toDouble() * 100.0 : value.toDouble();
    QString text = locale.toString(number, 'f', m_decimals);
    // Only the decimals the number has: 0.04 and 90 %, not 0.040 and 90.0 %.
    if (m_decimals > 0) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return m_percent ? text + locale.percent() : text;
}

void NumberColumnDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

QWidget *NumberColumnDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    const QString name = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    if (m_decimals == 0 && !m_percent) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(m_minimum), int(m_maximum));
        spin->setAccessibleName(name);
        spin->setFrame(false);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons); // narrow cells; arrow keys still step
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return spin;
    }
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(m_decimals);
    spin->setRange(m_minimum, m_maximum);
    if (m_percent)
        spin->setSuffix(QLocale().percent());
    spin->setAccessibleName(name);
    spin->setFrame(false);
    spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

void NumberColumnDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const double value = index.data(Qt::EditRole).toDouble();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(int(std::lround(value)));
    else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor))
        decimal->setValue(m_percent ? value * 100.0 : value);
}

void NumberColumnDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        writeCell(model, index, spin->value(), editor);
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor)) {
        decimal->interpretText();
        writeCell(model, index, m_percent ? decimal->value() / 100.0 : decimal->value(), editor);
    }
}

} // namespace salesplan::ui
