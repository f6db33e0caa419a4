#pragma once

#include "charts/chartbuilders.h"
#include "plan/planchanges.h"

#include <QChartView>

namespace salesplan::ui {

class PlanDocument;

// One chart of the open plan on screen: built once, brought up to date in place when a part of
// the plan its figures come from changes (later, when it is shown, if it is hidden then), with
// the exact figures in a tooltip when the pointer is over a bar, a point or a slice. A chart of a
// team plan's units reads again the units' files changed on disk when it is shown or its window
// activated (PlanDocument::refreshUnitPlans), so it never shows a unit's old figures for long.
//
// Ownership: the view owns its QChart (as every QChartView does); the document outlives it.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    ChartView(PlanDocument *document, const ChartSpec &spec, QWidget *parent = nullptr);

    const ChartSpec &spec() const { return m_spec; }
    const ChartTheme &chartTheme() const { return m_theme; }
    void setChartTheme(const ChartTheme &theme);
    // Brings the chart up to date now.
    void refresh();
    // How many times the chart has been brought up to date (for tests and benchmarks).
    int refreshCount() const { return m_refreshes; }

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Save as PNG (2x), save as SVG, copy as an image: for slides in PowerPoint or WPS.
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool showsUnits() const;
    void planChanged(PlanChanges changes);
    void connectHovers();
    void fitTitle();
    void showTip(const QObject *source, int index, bool hovering);

    PlanDocument *m_document;
    ChartSpec m_spec;
    ChartTheme m_theme = ChartTheme::light();
    bool m_stale = false;
    int m_refreshes = 0;
};

} // namespace salesplan::ui
