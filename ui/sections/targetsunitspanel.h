#pragma once

#include "team/consolidation.h"
#include "team/unitplancache.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace salesplan::ui {

class PlanDocument;
class TableEditor;
class UnitsBarChart;

// The "Units" tab of the Targets editor, for a team plan: the units (each a linked plan file
// with its allocated amount or weight), how the target is allocated and the gap threshold; then,
// read from the linked files, each unit's allocation against its own target, the gap (coloured
// and in words), headcount, budget and status, and a bar chart of the two. A unit whose file
// cannot be read shows as missing, never as zero. The units' files are read again only when
// changed on disk: checked after each edit, when the tab is shown and when the window is
// activated (the units' managers save their plans in other windows).
class TargetsUnitsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsUnitsPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Reads the units' files changed since they were last read and shows the consolidation.
    void refresh();
    const Consolidation &consolidation() const { return m_consolidation; }
    const UnitPlanCache &unitPlans() const { return m_unitPlans; }

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *makeSettings();
    void linkPlanFile();
    void showRow(int row, const UnitRow &unit);

    PlanDocument *m_document;
    TableEditor *m_units = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_totals = nullptr;
    QTableWidget *m_table = nullptr;
    UnitsBarChart *m_chart = nullptr;
    UnitPlanCache m_unitPlans;
    Consolidation m_consolidation;
};

} // namespace salesplan::ui
