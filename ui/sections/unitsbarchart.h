#pragma once

#include "team/consolidation.h"

#include <QWidget>

namespace salesplan::ui {

// A small bar chart of a team plan's units: each unit's allocation (top-down) beside its own
// target (bottom-up), with the amounts written on the bars; a missing unit says so in words
// instead of a bar.
class UnitsBarChart : public QWidget
{
    Q_OBJECT
public:
    explicit UnitsBarChart(QWidget *parent = nullptr);

    void showConsolidation(const Consolidation &consolidation);
    QSize sizeHint() const override { return {520, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintLegend(QPainter &painter, const QRect &area) const;

    Consolidation m_consolidation;
};

} // namespace salesplan::ui
