#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace salesplan::ui {

class PlanTableModel;

// The risks table: shown through a sorting proxy (highest score first), so unlike TableEditor it
// maps the view's rows to the plan's rows, and it has no Move buttons (the order is the score's).
// Add and Remove work by buttons and by the Insert and Delete keys. The view's objectName is
// `objectName`; this widget's is objectName + "Editor", as with TableEditor. A new row opens
// its `editColumn` for typing.
class RiskTableEditor : public QWidget
{
    Q_OBJECT
public:
    RiskTableEditor(PlanTableModel *model, QSortFilterProxyModel *proxy, const QString &objectName,
                    const QString &accessibleName, int editColumn, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Adds a risk and opens its description for typing; returns its row in the plan.
    int addRow();
    void removeCurrentRow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    PlanTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    int m_editColumn;
};

} // namespace salesplan::ui
