#include "editorparts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace salesplan::ui {

ChoiceDelegate::ChoiceDelegate(QStringList labels, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_labels(std::move(labels))
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(m_labels);
    combo->setAccessibleName(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    // The list opens at once; a choice made in it is committed without leaving the cell.
    QTimer::singleShot(0, combo, &QComboBox::showPopup);
    auto *self = const_cast<ChoiceDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int at = choiceIndex(index.data(Qt::EditRole), m_labels);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex(), Qt::EditRole);
}

int choiceIndex(const QVariant &value, const QStringList &labels)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        const qlonglong at = value.toLongLong();
        return at >= 0 && at < labels.size() ? int(at) : -1;
    }
    default:
        return int(labels.indexOf(value.toString()));
    }
}

QLabel *addFormRow(QFormLayout *form, const QString &labelText, QWidget *field,
                   QWidget *focusTarget, const QString &accessibleName)
{
    auto *label = new QLabel(labelText);
    label->setBuddy(focusTarget);
    focusTarget->setAccessibleName(accessibleName);
    form->addRow(label, field);
    return label;
}

QPlainTextEdit *multiLineEdit(int lines, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    const QMargins margins = edit->contentsMargins();
    const int height = edit->fontMetrics().lineSpacing() * lines +
                       int(edit->document()->documentMargin() * 2) + margins.top() +
                       margins.bottom() + edit->frameWidth() * 2;
    edit->setFixedHeight(height);
    return edit;
}

void fitTableToRows(QTableView *view, int minimumRows, int spareRows, int maximumRows)
{
    const auto fit = [view, minimumRows, spareRows, maximumRows] {
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        const int rows = std::clamp(view->verticalHeader()->length() + spareRows * rowHeight,
                                    minimumRows * rowHeight, maximumRows * rowHeight);
        const QScrollBar *horizontal = view->horizontalScrollBar();
        const int scrollBar = horizontal->isVisible() ? horizontal->sizeHint().height() : 0;
        view->setFixedHeight(rows + view->horizontalHeader()->sizeHint().height() + scrollBar +
                             2 * view->frameWidth());
    };
    // Queued: the header knows the new rows' heights only after the model's signal is handled.
    QAbstractItemModel *model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(model, signal, view, fit, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, fit, Qt::QueuedConnection);
    QObject::connect(view->verticalHeader(), &QHeaderView::sectionResized, view, fit,
                     Qt::QueuedConnection);
    fit();
}

void fitColumnsToContents(QTableView *view, const QList<int> &columns)
{
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemView *cells = view; // QTableView hides sizeHintForColumn; the base has it
    for (const int column : columns) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(
            column, qMax(header->sectionSizeHint(column), cells->sizeHintForColumn(column)));
    }
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    return button;
}

} // namespace salesplan::ui
