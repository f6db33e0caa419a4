#pragma once

#include <QList>

class QTableView;

// Sizing and focusing the section editors' tables.
namespace salesplan::ui {

// Keeps a table at least as high as its rows plus `spareRows` empty ones (at least
// `minimumRows`, at most `maximumRows`; more rows scroll), and lets it grow into the height the
// page has free: give it a stretch factor in the page's layout (and no stretch after it).
void fitTableToRows(QTableView *view, int minimumRows = 3, int spareRows = 1, int maximumRows = 12);

// Gives each of `columns` the width of its header or of its widest cell, whichever is wider
// (measured now; the user can still drag it), and lets the table's other columns share the
// rest: short figures and dates beside names that need the room.
void fitColumnsToContents(QTableView *view, const QList<int> &columns);

// Gives the keyboard focus to `view` at `column` of its current (or first) row.
void focusTableColumn(QTableView *view, int column);

} // namespace salesplan::ui
