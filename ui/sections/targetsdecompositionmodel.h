#pragma once

#include "calc/decompose.h"
#include "targetsform.h"

#include <QAbstractTableModel>

#include <optional>

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

// The decomposed target as a table: the four quarters, each followed by its three months, and a
// total row; a column for the total and one per item of the chosen split (regions, product lines
// or team members). It holds only the figures derived by summarizePlan, set on every change.
class TargetsDecompositionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        MinorUnitsRole = Qt::UserRole + 1, // the cell's amount in minor units (qint64)
        RowKindRole,                       // a RowKind
        MonthIndexRole,                    // the plan month (0–11) of a month row, else -1
    };
    enum class RowKind { Month, Quarter, Total };
    enum Column { PeriodColumn, TotalColumn, FirstItemColumn };

    explicit TargetsDecompositionModel(QObject *parent = nullptr);

    // Takes the figures of `plan` from its summary; an undecomposable plan leaves the table empty.
    void setSummary(const Plan &plan, const PlanSummary &summary);
    void setSplit(TargetSplit split);
    TargetSplit split() const { return m_split; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        RowKind kind;
        int index; // month or quarter
    };
    static Line lineAt(int row);
    const DimensionSplit *shownSplit() const;
    qint64 valueAt(const Line &line, int column) const;
    QString periodLabel(const Line &line) const;
    // A member's month before their quota starts (team members split only).
    bool beforeStart(const Line &line, int column) const;
    QString startTip(int column) const;
    // Resets the views when rows or columns change, else refreshes the cells in place.
    void publish(int rowsBefore, const QStringList &columnsBefore);
    QStringList columnTitles() const;
    // The "What's this?" of each row's company figure: how its month, quarter or year is computed.
    QStringList lineHelp(const Plan &plan, const PlanSummary &summary);

    std::optional<Decomposition> m_decomposition;
    Period m_period;
    QString m_currency;
    TargetSplit m_split = TargetSplit::Regions;
    QStringList m_help;       // by row, see lineHelp()
    QList<int> m_firstMonths; // each quota holder's first month with quota (-1: none)
};

} // namespace salesplan::ui
