#include "choicedelegate.h"

#include "valuedelegates.h"

#include <QComboBox>
#include <QTimer>

namespace salesplan::ui {

ChoiceDelegate::ChoiceDelegate(Choices choices, bool editable, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_editable(editable)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    for (const CellChoice &choice : m_choices())
        combo->addItem(choice.text, choice.value);
    if (!m_editable) {
        // The list opens at once; a choice made in it is committed without leaving the cell.
        QTimer::singleShot(0, combo, &QComboBox::showPopup);
        auto *self = const_cast<ChoiceDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString current = index.data(Qt::EditRole).toString();
    int at = combo->findText(current);
    if (at < 0 && !current.isEmpty() && !m_editable) {
        // A value the list no longer has (a region since removed): keep it choosable.
        combo->addItem(current, current);
        at = combo->count() - 1;
    }
    if (at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setEditText(current);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findText(combo->currentText());
    const QVariant value = at >= 0 ? combo->itemData(at) : QVariant(combo->currentText().trimmed());
    writeCell(model, index, value, editor);
}

} // namespace salesplan::ui
