#pragma once

#include "team/consolidation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace salesplan::ui {

class ChartView;
class PlanDocument;
class TableEditor;

// The "Units" tab of the Targets editor, for a team plan: the units (each a linked plan file
// with its allocated amount or weight), how the target is allocated and the gap threshold; then,
// read from the linked files, each unit's allocation against its own target, the gap (coloured
// and in words), headcount, budget and status, and the chart of the two (the Charts page's and
// the deck's "units" chart). A unit whose file cannot be read shows as missing, never as zero.
// The consolidation is the document's (PlanSummary::team), whose cache reads the units' files
// again only when changed on disk: checked when the tab is shown and when the window is
// activated (the units' managers save their plans in other windows).
class TargetsUnitsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsUnitsPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Reads the units' files changed since they were last read and shows the consolidation.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *makeSettings();
    void linkPlanFile();
    void showConsolidation();
    void showRow(int row, const UnitRow &unit, const Consolidation &consolidation);

    PlanDocument *m_document;
    TableEditor *m_units = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_totals = nullptr;
    QTableWidget *m_table = nullptr;
    ChartView *m_chart = nullptr;
};

} // namespace salesplan::ui
