#pragma once

#include "sections/plantablemodel.h"

namespace salesplan::ui {

// The KPIs' measured values of the plan year as a grid: a row per KPI but those of revenue (the
// bookings give it), the twelve months. A cell shows the value in the KPI's unit (leads counted,
// a win rate in percent, a deal size in money); typing, clearing or pasting is one undoable edit
// of Plan::kpiActuals, and a value the KPI cannot take (a negative count, a rate above 100 %) is
// refused in words with nothing saved.
class ActualsKpiModel : public PlanTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FirstMonthColumn };

    ActualsKpiModel(PlanDocument *document, QObject *parent = nullptr);

    // Why `text` cannot go into the cell at `index`, in words; empty when it can.
    QString inputProblem(const QModelIndex &index, const QString &text) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Takes what is typed in the KPI's unit, or nothing to clear the cell.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    ColumnSpec columnSpec(int column) const override;
    QStringList columnNames(int column) const override;
    QList<PasteProblem> pasteCells(const QList<int> &rows, const QList<int> &shownRows,
                                   int firstColumn, const QList<QStringList> &cells) override;
    // Clears the month cells among `cells` as one undoable edit (Delete).
    bool clearCells(const QModelIndexList &cells);
    // The rows are the plan's KPIs: the Metrics section adds and removes them.
    int addRow(int) override { return -1; }
    bool removeRowAt(int) override { return false; }
    bool moveRowTo(int, int) override { return false; }

private:
    QList<Kpi> kpis() const;
    bool isMonthCell(const QModelIndex &index) const;
    // Reads `text` for the KPI of `row` (none: clear); the reason in `problem` when it cannot.
    std::optional<std::optional<double>> valueOf(int row, const QString &text,
                                                 QString *problem) const;

    QString m_refusal; // why the last value typed was refused, shown by its cell's tooltip
    QPersistentModelIndex m_refused;
};

} // namespace salesplan::ui
