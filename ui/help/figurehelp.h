#pragma once

#include "summary/figureformulas.h"

#include <QList>

class QAbstractItemView;
class QTableWidgetItem;
class QWidget;

namespace salesplan::ui {

// "What's this?" for the computed figures: a widget or table cell showing a figure explains how
// it is worked out (core/summary/figureformulas) on Shift+F1 / Help ▸ What's This? and on a
// right-click "How is this computed?", with a link to the guide's page on the numbers. A click on
// that link calls showGuidePage(QString page) on the widget's window, when it has one.

// The explanations as the rich text of a What's This popup: each title, formula and worked line,
// and the guide's link.
QString figureHelpText(const QList<FigureExplanation> &explanations);

// `widget` explains itself with `explanations`; call again whenever the figures change.
void setFigureHelp(QWidget *widget, const QList<FigureExplanation> &explanations);
// The same for a cell of a table that explainFiguresIn() has been called for.
void setFigureHelp(QTableWidgetItem *item, const QList<FigureExplanation> &explanations);
// `view`'s cells with figure help (Qt::WhatsThisRole) show it on a right-click "How is this
// computed?", and their links open the guide.
void explainFiguresIn(QAbstractItemView *view);

} // namespace salesplan::ui
