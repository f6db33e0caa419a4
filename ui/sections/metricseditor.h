#pragma once

#include "sectioneditor.h"

class QComboBox;

namespace salesplan::ui {

class TableEditor;

// The Metrics & review section: the KPIs with their targets and red/yellow/green thresholds, how
// often the plan is reviewed, and the risks (likelihood × impact, highest score first).
//
// Fields (object names): metrics.kpis (table), metrics.reviewCadence, metrics.reviewNotes,
// metrics.risks (table, shown sorted by score); a table's key with a field's focuses that
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
    void showCadence();

    TableEditor *m_kpis = nullptr;
    TableEditor *m_risks = nullptr;
    QComboBox *m_cadence = nullptr;
};

} // namespace salesplan::ui
