#include "tableparts.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace salesplan::ui {

void fitTableToRows(QTableView *view, int minimumRows, int spareRows, int maximumRows)
{
    const auto fit = [view, minimumRows, spareRows, maximumRows] {
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        const int rows = std::clamp(view->verticalHeader()->length() + spareRows * rowHeight,
                                    minimumRows * rowHeight, maximumRows * rowHeight);
        const QScrollBar *horizontal = view->horizontalScrollBar();
        const int scrollBar = horizontal->isVisible() ? horizontal->sizeHint().height() : 0;
        view->setMinimumHeight(rows + view->horizontalHeader()->sizeHint().height() + scrollBar +
                               2 * view->frameWidth());
    };
    view->setSizePolicy(view->sizePolicy().horizontalPolicy(), QSizePolicy::Expanding);
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

void focusTableColumn(QTableView *view, int column)
{
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
    if (view->model() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(row, column));
    view->setFocus(Qt::OtherFocusReason);
}

} // namespace salesplan::ui
