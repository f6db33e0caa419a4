#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>

class QTableView;

// Cell editors for the tables of the team and metrics editors: a choice from a list, a date that
// may be unset, a whole number or a decimal in a range, a percent of a stored fraction. Each one
// writes through the model, and when the model refuses a value it shows the cell's tooltip (the
// reason) beside the cell instead of failing silently.
namespace salesplan::ui {

// One entry of a choice column: what the user reads and what is written to the model.
struct CellChoice
{
    QString text;
    QVariant value;
};

// A combo box over a list of choices that is read when the editor opens, so it always shows the
// plan's current roles or regions. An editable combo also takes text that is not in the list.
class ChoiceColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = std::function<QList<CellChoice>()>;

    ChoiceColumnDelegate(Choices choices, bool editable, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Choices m_choices;
    bool m_editable;
};

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
