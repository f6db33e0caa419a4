#include "tableeditor.h"

#include "cells/formparts.h"
#include "plantablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// Lets rows be dragged to a new place; the drop becomes a move of the plan's row.
class RowDragTableView : public QTableView
{
public:
    RowDragTableView(PlanTableModel *model, QWidget *parent)
        : QTableView(parent)
        , m_model(model)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDragDropMode(QAbstractItemView::InternalMove);
        setDropIndicatorShown(true);
    }

protected:
    void dropEvent(QDropEvent *event) override
    {
        const int from = currentIndex().row();
        int to = indexAt(event->position().toPoint()).row();
        if (to < 0)
            to = m_model->rowCount() - 1;
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (from >= 0 && m_model->moveRowTo(from, to))
            selectRow(to);
    }

private:
    PlanTableModel *m_model;
};

} // namespace

TableEditor::TableEditor(PlanTableModel *model, const QString &objectName,
                         const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new RowDragTableView(model, this))
    , m_add(toolButton(tr("Add"), tr("Add a row (Insert)"), this))
    , m_remove(toolButton(tr("Remove"), tr("Remove the current row (Delete)"), this))
    , m_up(toolButton(tr("Move up"), tr("Move the current row up (Ctrl+Up)"), this))
    , m_down(toolButton(tr("Move down"), tr("Move the current row down (Ctrl+Down)"), this))
{
    setObjectName(objectName + QStringLiteral("Editor"));
    m_view->setObjectName(objectName);
    m_view->setAccessibleName(accessibleName);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, so the form stays keyboard-usable
    m_view->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &TableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TableEditor::removeCurrentRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentRow(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &TableEditor::updateButtons);
    updateButtons();
}

void TableEditor::addRow()
{
    const int current = m_view->currentIndex().row();
    const int row = m_model->addRow(current < 0 ? -1 : current + 1);
    if (row < 0)
        return;
    const QModelIndex first = m_model->index(row, 0);
    m_view->setCurrentIndex(first);
    m_view->edit(first);
}

void TableEditor::removeCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_model->removeRowAt(row))
        return;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    updateButtons();
}

void TableEditor::moveCurrentRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    const int to = current.row() + delta;
    if (!current.isValid() || !m_model->moveRowTo(current.row(), to))
        return;
    m_view->setCurrentIndex(m_model->index(to, current.column()));
}

bool TableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited its editor has the focus, so these keys reach the view only
    // when the user is moving between rows.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers().testFlag(Qt::ControlModifier);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeCurrentRow();
            return true;
        }
        if (ctrl && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrentRow(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableEditor::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const int rows = m_model->rowCount();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < rows - 1);
}

} // namespace salesplan::ui
