#pragma once

#include <QList>

class QTableView;

// Sizing and focusing the section editors' tables.
namespace salesplan::ui {

// Keeps a table as high as its rows plus `spareRows` empty ones (at least `minimumRows`, at most
// `maximumRows`; more rows scroll), so a short table leaves no empty box on the page.
void fitTableToRows(QTableView *view, int minimumRows = 3, int spareRows = 1, int maximumRows = 12);

// Gives each of `columns` the width of its header or of its widest cell, whichever is wider
// (measured now; the user can still drag it), and lets the table's other columns share the
// rest: short figures and dates beside names that need the room.
void fitColumnsToContents(QTableView *view, const QList<int> &columns);

// Gives the keyboard focus to `view` at `column` of its current (or first) row.
void focusTableColumn(QTableView *view, int column);

} // namespace salesplan::ui
