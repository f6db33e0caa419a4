#pragma once

#include <QDate>
#include <QString>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>

// Cell editors for the section editors' tables: a date that may be unset, a whole number or a
// decimal in a range, a percent of a stored fraction. Each one writes through the model, and when
// the model refuses a value it shows the cell's tooltip (the reason) beside the cell instead of
// failing silently.
namespace salesplan::ui {

// A date with a calendar. The step below `firstDay()` is the unset date, shown as `unsetText`
// ("—"), and written to the model as an invalid QDate.
class DateColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    DateColumnDelegate(std::function<QDate()> firstDay, QString unsetText,
                       QObject *parent = nullptr);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // How dates are written in the tables: 2027-03-01, the same in every language.
    static QString dateFormat();

private:
    std::function<QDate()> m_firstDay;
    QString m_unsetText;
};

// A number in a range: a spin box for whole numbers (decimals = 0) or decimals. With `percent`,
// the model holds a fraction (0.9) that is shown and edited as a percent (90 %).
class NumberColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NumberColumnDelegate(double minimum, double maximum, int decimals, bool percent = false,
                         QObject *parent = nullptr);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    double m_minimum;
    double m_maximum;
    int m_decimals;
    bool m_percent;
};

// Writes `value` to the model; when the model refuses it, shows the cell's tooltip (the rule the
// value broke) at `editor`. Returns whether the model took the value.
bool writeCell(QAbstractItemModel *model, const QModelIndex &index, const QVariant &value,
               QWidget *editor);

// A QVariant holding a string: true for text the user typed, false for an int from a combo.
bool holdsText(const QVariant &value);

} // namespace salesplan::ui
