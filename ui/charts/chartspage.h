#pragma once

#include "charts/chartbuilders.h"

#include <QWidget>

class QCheckBox;

namespace salesplan::ui {

class ChartView;
class PlanDocument;

// Every chart of the open plan, two to a row in a scrolling page, on a light or dark background;
// a team plan's charts of its units first, shown only for a team plan.
class ChartsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPage(PlanDocument *document, QWidget *parent = nullptr);

    QList<ChartView *> views() const { return m_views; }
    void setDark(bool dark);
    bool isDark() const;

private:
    void showTeamCharts(const PlanDocument *document);

    QList<ChartView *> m_views;
    QCheckBox *m_dark = nullptr;
};

} // namespace salesplan::ui
