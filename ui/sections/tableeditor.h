#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace salesplan::ui {

class PlanTableModel;

// A table of the plan with Add, Remove, Move up and Move down: by buttons, by keyboard (Insert,
// Delete, Ctrl+Up, Ctrl+Down) and by dragging rows. Columns stretch to fit; long text wraps in
// tooltips. Delegates for special columns are set on view().
class TableEditor : public QWidget
{
    Q_OBJECT
public:
    TableEditor(PlanTableModel *model, const QString &objectName, const QString &accessibleName,
                QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model; }

    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    PlanTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

} // namespace salesplan::ui
