#pragma once

#include <QList>
#include <QString>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>

// The one cell editor for a choice from a list: an enum's names, or the plan's roles, regions
// or members.
namespace salesplan::ui {

// One entry of a choice list: what the user reads and what is written to the model.
struct CellChoice
{
    QString text;
    QVariant value;
};

// A combo box over a list of choices that is read when the editor opens, so it always shows the
// plan's current roles or regions. A fixed list opens at once and a pick is committed without
// leaving the cell; an editable one also takes text that is not in the list. When the model
// refuses the value, the cell's tooltip (the reason) shows beside it.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = std::function<QList<CellChoice>()>;

    ChoiceDelegate(Choices choices, bool editable, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Choices m_choices;
    bool m_editable;
};

} // namespace salesplan::ui
