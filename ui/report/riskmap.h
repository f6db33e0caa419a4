#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace salesplan::ui {

// The risks on a likelihood × impact heat map, drawn for the report.
class RiskMap
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::RiskMap)
public:
    // "R3": the label of the risk at `index` (0-based), on the map and in its legend.
    static QString label(qsizetype index);

    // Draws the 5 × 5 grid in `area` (likelihood across, impact up), each cell green, amber or
    // red by its score and lighter to darker so the bands read in greyscale too, with each risk
    // a numbered dot in its cell. Uses the painter's font.
    static void draw(QPainter &painter, const QRectF &area, const QList<Risk> &risks);
};

} // namespace salesplan::ui
