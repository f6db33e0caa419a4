#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace salesplan::ui {

class PlanTableModel;

// A table of the plan with Add, Remove, Move up and Move down: by buttons, by keyboard (Insert,
// Delete, Ctrl+Up, Ctrl+Down) and by dragging rows. Columns stretch to fit; long text wraps in
// tooltips. Cells copy to and paste from spreadsheets (Ctrl+C, Ctrl+V; see TableClipboard). Each
// column gets the cell editor and width of its field's kind (setUpColumns); an
// editor sets its own delegate for a special column on view().
//
// Given a sorting proxy (the risks, highest score first), the view shows the rows in the proxy's
// order: a new row is added at the end of the plan's list and takes its place by the sort, and
// rows have no Move buttons, keys or dragging (the order is the sort's). The view's objectName is
// `objectName`; this widget's is objectName + "Editor".
class TableEditor : public QWidget
{
    Q_OBJECT
public:
    TableEditor(PlanTableModel *model, const QString &objectName, const QString &accessibleName,
                QWidget *parent = nullptr);
    TableEditor(PlanTableModel *model, QSortFilterProxyModel *order, const QString &objectName,
                const QString &accessibleName, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model; }
    // The sorting proxy the view shows, or null when it shows the plan's order.
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // The column a new row opens for typing (the first one unless set).
    void setNewRowColumn(int column) { m_newRowColumn = column; }

    // Adds a row after the current one (at the end when sorted) and opens it for typing; returns
    // its row in the plan, or -1.
    int addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpView(const QString &objectName, const QString &accessibleName);
    void layOutButtons();
    QModelIndex shownIndex(int planRow, int column) const;
    int planRow(const QModelIndex &shown) const;
    void updateButtons();

    PlanTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    int m_newRowColumn = 0;
};

} // namespace salesplan::ui
