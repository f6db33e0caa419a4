#pragma once

#include "summary/figureformulas.h"

#include <QCoreApplication>
#include <QString>

// The words of the figures' formulas (figureformulas.h): each figure's name, its formula's
// right-hand side and the guide's page about it, apart from the working out with a plan's numbers.
namespace salesplan {

// The context the formulas and their working out are translated in.
struct FigureFormulas
{
    Q_DECLARE_TR_FUNCTIONS(FigureFormulas)
};

// The figure's name: "Deals to win".
QString figureTitle(Figure figure);
// The right-hand side of its formula: "annual target ÷ average deal size, rounded up".
QString figureFormulaWords(Figure figure);
// The guide's page and part that tell more: "numbers.html#funnel".
QString figureGuidePage(Figure figure);

} // namespace salesplan
