#include "metricseditorrisks.h"

#include "cells/formparts.h"
#include "plantablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace salesplan::ui {

RiskTableEditor::RiskTableEditor(PlanTableModel *model, QSortFilterProxyModel *proxy,
                                 const QString &objectName, const QString &accessibleName,
                                 int editColumn, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
    , m_add(toolButton(tr("Add"), tr("Add a risk (Insert)"), this))
    , m_remove(toolButton(tr("Remove"), tr("Remove the current risk (Delete)"), this))
    , m_editColumn(editColumn)
{
    setObjectName(objectName + QStringLiteral("Editor"));
    m_proxy->setSourceModel(model);
    m_view->setObjectName(objectName);
    m_view->setAccessibleName(accessibleName);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    // The order is the score's: the header shows it, and clicking it does not re-sort.
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    m_view->horizontalHeader()->setSectionsClickable(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &RiskTableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &RiskTableEditor::removeCurrentRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RiskTableEditor::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RiskTableEditor::updateButtons);
    updateButtons();
}

int RiskTableEditor::addRow()
{
    const int row = m_model->addRow();
    if (row < 0)
        return row;
    // The new risk takes its place by score, not necessarily at the end.
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, m_editColumn));
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    m_view->edit(shown);
    return row;
}

void RiskTableEditor::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int shownRow = current.row();
    if (!m_model->removeRowAt(m_proxy->mapToSource(current).row()))
        return;
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(qMin(shownRow, m_proxy->rowCount() - 1), 0));
    updateButtons();
}

bool RiskTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeCurrentRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RiskTableEditor::updateButtons()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace salesplan::ui
