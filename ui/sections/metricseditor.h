#pragma once

#include "sectioneditor.h"

class QComboBox;

namespace salesplan::ui {

class TableEditor;

// The Metrics & review section: the KPIs with their targets and red/yellow/green thresholds, how
// often the plan is reviewed, the risks (likelihood × impact, highest score first) and the action
// plan: who does what by when, at what cost, with its milestones.
//
// Fields (object names): metrics.kpis (table), metrics.reviewCadence, metrics.reviewNotes,
// metrics.risks (table, shown sorted by score), initiatives and milestones (the action plan's
// tables); a table's key with a field's focuses that
// column. Widgets are owned by Qt's parent chain; the
// models and the risks' sorting proxy are children of this editor.
class MetricsEditor : public SectionEditor
{
    Q_OBJECT
public:
    explicit MetricsEditor(PlanDocument *document, QWidget *parent = nullptr);

private:
    QWidget *buildKpis();
    QWidget *buildReview();
    QWidget *buildRisks();
    QWidget *buildInitiatives();
    QWidget *buildMilestones();
    void showCadence();

    TableEditor *m_kpis = nullptr;
    TableEditor *m_risks = nullptr;
    TableEditor *m_initiatives = nullptr;
    TableEditor *m_milestones = nullptr;
    QComboBox *m_cadence = nullptr;
};

} // namespace salesplan::ui
