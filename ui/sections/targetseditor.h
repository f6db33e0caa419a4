#pragma once

#include "sectioneditor.h"

class QTabWidget;

namespace salesplan::ui {

class TargetsCalibrationPanel;
class TargetsCollectionsPanel;
class TargetsDecompositionPanel;
class TargetsFunnelPanel;
class TargetsGoalPanel;
class TargetsSeasonalityPanel;
class TargetsSplitsPanel;

// The editor of section 2, Targets: the revenue target and its tiers, seasonality, the splits
// by region, product line and person, the live decomposition, the funnel and capacity behind
// it, the target's calibration against the market, the team and the resources, the cash the
// bookings bring in (collections), the work calendar and the history of earlier years'
// bookings, one tab each. Every figure shown is derived from the plan on each change.
class TargetsEditor : public SectionEditor
{
    Q_OBJECT
public:
    explicit TargetsEditor(PlanDocument *document, QWidget *parent = nullptr);

    // Also opens the tab that holds the field.
    bool focusField(const QString &fieldKey) override;

    QTabWidget *tabs() const { return m_tabs; }

private:
    void refresh();

    QTabWidget *m_tabs;
    TargetsGoalPanel *m_goal;
    TargetsSeasonalityPanel *m_seasonality;
    TargetsSplitsPanel *m_splits;
    TargetsDecompositionPanel *m_decomposition;
    TargetsFunnelPanel *m_funnel;
    TargetsCalibrationPanel *m_calibration;
    TargetsCollectionsPanel *m_collections;
};

} // namespace salesplan::ui
