#pragma once

#include "sectioneditor.h"

class QComboBox;

namespace salesplan::ui {

class TableEditor;

// The Metrics & review section: the KPIs with their targets and red/yellow/green thresholds, how
// often the plan is reviewed, and the risks (likelihood × impact, highest score first).
//
// Fields (object names): metrics.kpis (table), metrics.reviewCadence, metrics.reviewNotes,
// metrics.risks (table, shown sorted by score). Widgets are owned by Qt's parent chain; the
// models and the risks' sorting proxy are children of this editor.
class MetricsEditor : public SectionEditor
{
    Q_OBJECT
public:
    enum KpiColumn {
        KpiName,
        KpiDefinition,
        KpiUnit,
        KpiTarget,
        KpiFrequency,
        KpiGreenAt,
        KpiYellowAt
    };
    enum RiskColumn {
        RiskCategoryColumn,
        RiskDescription,
        RiskLikelihood,
        RiskImpact,
        RiskScore,
        RiskMitigation,
        RiskOwner
    };

    explicit MetricsEditor(PlanDocument *document, QWidget *parent = nullptr);

    // Also takes column keys such as "metrics.kpis.yellowAt": the table, at that column.
    bool focusField(const QString &fieldKey) override;

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
