#include "tableeditor.h"

#include "cells/columnsetup.h"
#include "cells/formparts.h"
#include "cells/tableclipboard.h"
#include "plantablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// Lets rows be dragged to a new place (when `draggable`); the drop becomes a move of the plan's
// row.
class RowDragTableView : public QTableView
{
public:
    RowDragTableView(PlanTableModel *model, bool draggable, QWidget *parent)
        : QTableView(parent)
        , m_model(model)
    {
        if (!draggable)
            return;
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
    : TableEditor(model, nullptr, objectName, accessibleName, parent)
{}

TableEditor::TableEditor(PlanTableModel *model, QSortFilterProxyModel *order,
                         const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(order)
    , m_view(new RowDragTableView(model, /*draggable=*/order == nullptr, this))
    , m_add(toolButton(tr("Add"), tr("Add a row (Insert)"), this))
    , m_remove(toolButton(tr("Remove"), tr("Remove the current row (Delete)"), this))
    , m_up(toolButton(tr("Move up"), tr("Move the current row up (Ctrl+Up)"), this))
    , m_down(toolButton(tr("Move down"), tr("Move the current row down (Ctrl+Down)"), this))
{
    setObjectName(objectName + QStringLiteral("Editor"));
    setUpView(objectName, accessibleName);
    new TableClipboard(m_view, model);
    layOutButtons();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableEditor::updateButtons);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &TableEditor::updateButtons);
    updateButtons();
}

void TableEditor::setUpView(const QString &objectName, const QString &accessibleName)
{
    m_view->setObjectName(objectName);
    m_view->setAccessibleName(accessibleName);
    QHeaderView *header = m_view->horizontalHeader();
    if (m_proxy) {
        m_proxy->setSourceModel(m_model);
        m_view->setModel(m_proxy);
        // The order is the sort's: the header shows it, and clicking it does not re-sort.
        header->setSortIndicatorShown(true);
        header->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
        header->setSectionsClickable(false);
    } else {
        m_view->setModel(m_model);
    }
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    setUpColumns(m_view, m_model);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, so the form stays keyboard-usable
    m_view->installEventFilter(this);
}

void TableEditor::layOutButtons()
{
    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    m_up->setVisible(!m_proxy);
    m_down->setVisible(!m_proxy);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_add, &QToolButton::clicked, this, &TableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TableEditor::removeCurrentRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentRow(+1); });
}

QModelIndex TableEditor::shownIndex(int planRow, int column) const
{
    const QModelIndex index = m_model->index(planRow, column);
    return m_proxy ? m_proxy->mapFromSource(index) : index;
}

int TableEditor::planRow(const QModelIndex &shown) const
{
    return (m_proxy ? m_proxy->mapToSource(shown) : shown).row();
}

int TableEditor::addRow()
{
    const int current = m_view->currentIndex().isValid() ? planRow(m_view->currentIndex()) : -1;
    const int row = m_model->addRow(current < 0 || m_proxy ? -1 : current + 1);
    if (row < 0)
        return row;
    // A sorted table shows the new row where the sort puts it, not necessarily at the end.
    const QModelIndex shown = shownIndex(row, m_newRowColumn);
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    m_view->edit(shown);
    return row;
}

void TableEditor::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->removeRowAt(planRow(current)))
        return;
    // The neighbour the user sees takes the place of the removed row.
    const QAbstractItemModel *shown = m_view->model();
    if (shown->rowCount() > 0)
        m_view->setCurrentIndex(shown->index(qMin(current.row(), shown->rowCount() - 1), 0));
    updateButtons();
}

void TableEditor::moveCurrentRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    const int to = current.row() + delta;
    if (m_proxy || !current.isValid() || !m_model->moveRowTo(current.row(), to))
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
        if (ctrl && !m_proxy && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
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
    m_up->setEnabled(!m_proxy && row > 0);
    m_down->setEnabled(!m_proxy && row >= 0 && row < rows - 1);
}

} // namespace salesplan::ui
