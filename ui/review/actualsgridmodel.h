#pragma once

#include "sections/plantablemodel.h"
#include "summary/actualsinput.h"

namespace salesplan::ui {

// The plan year's booked actuals as a grid: a row per region, product line or member (the "By"
// chosen), the twelve months, the year's total, and a total row. A cell is the sum of the history
// entries of its name and month, empty when there are none. Typing a cell, clearing it or pasting
// a block is one undoable edit of the history (see setActualsCell); a cell made of several
// entries or of an imported row is read-only and its tooltip says where to change it.
class ActualsGridModel : public PlanTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FirstMonthColumn,
        YearColumn = FirstMonthColumn + Period::monthCount
    };

    ActualsGridModel(PlanDocument *document, QObject *parent = nullptr);

    void setBy(ActualsBy by);
    ActualsBy by() const { return m_by; }
    // The row of the totals, below the names (the company's grid has one row and no total).
    int totalRow() const { return int(grid().names.size()); }
    bool hasTotalRow() const { return m_by != ActualsBy::Company; }
    // Why `text` cannot go into the cell at `index`, in words; empty when it can.
    QString inputProblem(const QModelIndex &index, const QString &text) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Takes what is typed: an amount (5万, ¥1,200), or nothing to clear the cell.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    ColumnSpec columnSpec(int column) const override;
    QStringList columnNames(int column) const override;
    QList<PasteProblem> pasteCells(const QList<int> &rows, const QList<int> &shownRows,
                                   int firstColumn, const QList<QStringList> &cells) override;
    // Clears the typed month cells among `cells` as one undoable edit (Delete); the others stay.
    bool clearCells(const QModelIndexList &cells);
    // The grid has the plan's names as rows: none is added, removed or moved here.
    int addRow(int) override { return -1; }
    bool removeRowAt(int) override { return false; }
    bool moveRowTo(int, int) override { return false; }

private:
    // The grid of the plan as it is now, worked out again only when the history or names change.
    const ActualsGrid &grid() const;
    bool isMonthCell(const QModelIndex &index) const;
    QVariant cellData(int row, int column, int role) const;
    std::optional<qint64> rowTotal(int row) const;
    std::optional<qint64> monthTotal(int month) const;
    // Reads `text` as the cell's new amount (none: clear); the reason in `problem` when it cannot.
    std::optional<std::optional<Money>> amountOf(const QString &text, QString *problem) const;

    // What the grid is worked out from: the history (shared, not copied) and the names.
    struct GridSource
    {
        QList<HistoryEntry> history;
        Period period;
        QString currency;
        QList<WeightedItem> regions;
        QList<WeightedItem> products;
        QList<Member> members;
        bool sameAs(const Plan &plan) const;
    };

    ActualsBy m_by = ActualsBy::Region;
    mutable ActualsGrid m_grid;
    mutable std::optional<GridSource> m_gridSource; // none: m_grid is to be worked out
    QString m_refusal; // why the last value typed was refused, shown by its cell's tooltip
    QPersistentModelIndex m_refused;
};

} // namespace salesplan::ui
