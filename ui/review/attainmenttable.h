#pragma once

#include "plan/planchanges.h"

#include <QStringList>

class QTableWidget;
class QWidget;

// The read-only tables of the monthly review (attainment, deviations, actions): one look and one
// way to size them, so that they sit one under another in a page that scrolls, not each alone.
namespace salesplan::ui {

// A table of figures to read, sort and copy (Ctrl+C as a spreadsheet takes it): no cell editing,
// columns as wide as their contents.
QTableWidget *makeReviewTable(const QString &objectName, const QString &accessibleName,
                              const QStringList &columns, QWidget *parent);

// The parts of the plan a review is worked out from: all but the mission, the tools and the
// deck, whose edits leave the review's panels as they are.
PlanChanges reviewParts();

// Makes `table` exactly as tall as its header and rows, measured now; call after filling it.
void fitTableHeight(QTableWidget *table);

} // namespace salesplan::ui
