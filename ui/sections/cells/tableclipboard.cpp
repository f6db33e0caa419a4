#include "tableclipboard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidgetItem>

#include <algorithm>

namespace salesplan::ui {

namespace {

// The rectangle around the selected cells.
struct CellRange
{
    int top = 0;
    int left = 0;
    int bottom = -1;
    int right = -1;
};

CellRange rangeOf(const QModelIndexList &indexes)
{
    CellRange range{indexes.first().row(), indexes.first().column(), indexes.first().row(),
                    indexes.first().column()};
    for (const QModelIndex &index : indexes) {
        range.top = qMin(range.top, index.row());
        range.bottom = qMax(range.bottom, index.row());
        range.left = qMin(range.left, index.column());
        range.right = qMax(range.right, index.column());
    }
    return range;
}

// Whether the selection holds whole rows or whole columns: a table of its own, with a header.
bool wholeRowsOrColumns(const QItemSelectionModel *selection, const CellRange &range)
{
    bool rows = true;
    for (int row = range.top; row <= range.bottom && rows; ++row)
        rows = selection->isRowSelected(row);
    bool columns = true;
    for (int column = range.left; column <= range.right && columns; ++column)
        columns = selection->isColumnSelected(column);
    return rows || columns;
}

QString cellCopy(const QModelIndex &index)
{
    const QVariant text = index.data(SpreadsheetTextRole);
    return text.isValid() ? text.toString() : index.data(Qt::DisplayRole).toString().trimmed();
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

TableClipboard::TableClipboard(QTableView *view, PlanTableModel *pasteInto)
    : QObject(view)
    , m_view(view)
    , m_model(pasteInto)
{
    setObjectName(QStringLiteral("tableClipboard"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->installEventFilter(this);
    addContextMenu();
}

void TableClipboard::addContextMenu()
{
    auto *copyAction = new QAction(tr("&Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut); // the view takes the key itself
    connect(copyAction, &QAction::triggered, this, &TableClipboard::copy);
    m_view->addAction(copyAction);
    if (m_model) {
        auto *pasteAction = new QAction(tr("&Paste"), m_view);
        pasteAction->setShortcut(QKeySequence::Paste);
        pasteAction->setShortcutContext(Qt::WidgetShortcut);
        connect(pasteAction, &QAction::triggered, this, &TableClipboard::paste);
        m_view->addAction(pasteAction);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

TableClipboard *TableClipboard::of(QWidget *widget)
{
    for (QWidget *at = widget; at; at = at->parentWidget()) {
        if (auto *view = qobject_cast<QTableView *>(at))
            return view->findChild<TableClipboard *>(QString(), Qt::FindDirectChildrenOnly);
    }
    return nullptr;
}

CellBlock TableClipboard::selectedBlock() const
{
    const QAbstractItemModel *model = m_view->model();
    QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && m_view->currentIndex().isValid())
        selected.append(m_view->currentIndex());
    CellBlock block;
    if (selected.isEmpty())
        return block;
    const CellRange range = rangeOf(selected);
    for (int column = range.left; column <= range.right; ++column) {
        const QModelIndex first = model->index(range.top, column);
        block.figures.append(
            Qt::Alignment(first.data(Qt::TextAlignmentRole).toInt()).testFlag(Qt::AlignRight));
        block.formats.append(first.data(SpreadsheetFormatRole).toString());
        if (wholeRowsOrColumns(m_view->selectionModel(), range))
            block.header.append(model->headerData(column, Qt::Horizontal).toString().simplified());
    }
    for (int row = range.top; row <= range.bottom; ++row) {
        QStringList cells;
        for (int column = range.left; column <= range.right; ++column) {
            const QModelIndex index = model->index(row, column);
            const bool chosen = m_view->selectionModel()->isSelected(index) ||
                                (selected.size() == 1 && index == selected.first());
            cells.append(chosen ? cellCopy(index) : QString());
        }
        block.rows.append(cells);
    }
    return block;
}

void TableClipboard::copy() const
{
    const CellBlock block = selectedBlock();
    if (block.rows.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(tsvFromBlock(block));
    data->setHtml(htmlFromBlock(block));
    QGuiApplication::clipboard()->setMimeData(data);
}

void TableClipboard::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!m_model || !data || !data->hasText())
        return; // Excel and WPS always give text/plain beside their HTML
    showProblems(pasteText(data->text()));
}

int TableClipboard::columnNamed(const QString &name) const
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        for (const QString &known : m_model->columnNames(column)) {
            if (sameName(name, known))
                return column;
        }
    }
    return -1;
}

QList<int> TableClipboard::headerColumns(const QStringList &firstRow) const
{
    QList<int> columns;
    for (const QString &cell : firstRow) {
        const int named = cell.trimmed().isEmpty() ? -1 : columnNamed(cell);
        if (named < 0 && !cell.trimmed().isEmpty())
            return {}; // a cell that names no column: the row is data
        columns.append(named);
    }
    const bool namesAny =
        std::any_of(columns.cbegin(), columns.cend(), [](int c) { return c >= 0; });
    return namesAny ? columns : QList<int>();
}

bool TableClipboard::placeByHeader(QList<QStringList> &cells) const
{
    const QList<int> named = cells.size() > 1 ? headerColumns(cells.first()) : QList<int>();
    if (named.isEmpty())
        return false;
    cells.removeFirst();
    for (QStringList &row : cells) {
        QStringList placed(m_model->columnCount());
        for (qsizetype i = 0; i < row.size() && i < named.size(); ++i) {
            if (named.at(i) >= 0)
                placed[named.at(i)] = row.at(i);
        }
        row = placed;
    }
    return true;
}

QList<int> TableClipboard::planRows(int top, qsizetype count) const
{
    const QAbstractItemModel *shown = m_view->model();
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(shown);
    QList<int> rows;
    for (int at = top; at < top + count; ++at) {
        if (at >= shown->rowCount())
            rows.append(-1);
        else
            rows.append(proxy ? proxy->mapToSource(proxy->index(at, 0)).row() : at);
    }
    return rows;
}

QList<PasteProblem> TableClipboard::pasteText(const QString &text)
{
    QList<QStringList> cells = cellsFromTsv(text);
    if (!m_model || cells.isEmpty())
        return {};
    const QAbstractItemModel *shown = m_view->model();
    const QModelIndex current = m_view->currentIndex();
    const int top = current.isValid() ? current.row() : shown->rowCount();
    int left = current.isValid() ? current.column() : 0;
    if (placeByHeader(cells))
        left = 0; // each pasted column went to the column its header names
    QList<int> shownRows;
    for (int i = 0; i < cells.size(); ++i)
        shownRows.append(top + i);
    const QList<PasteProblem> problems =
        m_model->pasteCells(planRows(top, cells.size()), shownRows, left, cells);
    const QModelIndex start = shown->index(qMin(top, shown->rowCount() - 1), left);
    if (start.isValid())
        m_view->setCurrentIndex(start);
    return problems;
}

void TableClipboard::showProblems(const QList<PasteProblem> &problems) const
{
    if (problems.isEmpty())
        return;
    constexpr qsizetype listed = 15;
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < listed; ++i)
        lines.append(problems.at(i).message());
    if (problems.size() > listed)
        lines.append(tr("… and %n more", "", int(problems.size() - listed)));
    QMessageBox box(QMessageBox::Warning, tr("Paste"),
                    tr("%n cell(s) could not be read and were left out; the rest was pasted.", "",
                       int(problems.size())),
                    QMessageBox::Ok, m_view->window());
    box.setObjectName(QStringLiteral("pasteProblems"));
    box.setInformativeText(lines.join(u'\n'));
    box.exec();
}

void copyAsAmount(QTableWidgetItem *item, qint64 minor, const QString &currency)
{
    item->setData(SpreadsheetTextRole, Money{minor, currency}.toPlainString());
    item->setData(SpreadsheetFormatRole, spreadsheetFormat(FieldKind::Money, currency));
}

bool TableClipboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view ||
        (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool copies = key->matches(QKeySequence::Copy);
    const bool pastes = key->matches(QKeySequence::Paste) && m_model;
    if (!copies && !pastes)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the table's own copy and paste, not the window's menu
        return true;
    }
    if (copies)
        copy();
    else
        paste();
    return true;
}

} // namespace salesplan::ui
