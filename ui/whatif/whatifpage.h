#pragma once

#include "plan/ids.h"
#include "plan/planchanges.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace salesplan::ui {

class PlanDocument;
class ScenarioEditor;

// The navigator's "What-if" page: the plan's figures beside each scenario's in a table (one column
// each; a column chosen is the scenario edited), the buttons that add, duplicate, delete a scenario
// and make one the baseline, and tabs below: the chosen scenario's drivers (ScenarioEditor), a
// chart comparing the reps needed and available, and the tornado chart of how the reps needed move
// with each driver. Every change is one undoable edit; the plan's own figures change only through
// "Make This the Baseline".
class WhatIfPage : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPage(PlanDocument *document, QWidget *parent = nullptr);

    // The scenario whose column is chosen; 0 for the plan's column or none.
    RowId selectedScenario() const { return m_selected; }
    void selectScenario(RowId id);
    QTableWidget *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }

    void addScenario();
    void addDealSizePreset();
    void duplicateScenario();
    void deleteScenario();
    void makeBaseline();

private:
    QWidget *createButtons();
    void onChanged(PlanChanges changes);
    void refreshTable();
    void refreshCharts();
    void refreshEditor();
    void refreshButtons();
    // Appends `scenario` to the plan as one undo step named `text`, and chooses it.
    void appendScenario(const QString &text, const std::function<void(Plan &)> &make);

    PlanDocument *m_document;
    RowId m_selected = 0;
    QTableWidget *m_table;
    QLabel *m_problems;
    QTabWidget *m_tabs;
    QWidget *m_editorPage;
    ScenarioEditor *m_editor = nullptr;
    QLabel *m_noScenario;
    QChartView *m_comparison;
    QChartView *m_tornado;
    QPushButton *m_add;
    QPushButton *m_preset;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_promote;
};

} // namespace salesplan::ui
