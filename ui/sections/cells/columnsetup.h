#pragma once

class QTableView;

// The one place that says how a table column of each kind of field is edited and how wide it is.
namespace salesplan::ui {

class PlanTableModel;

// Gives each column of `view` (which shows `model`, or a sorting proxy over it) the cell editor
// and the width its kind asks for: money typed as text; rates in percent, numbers and counts in
// spin boxes held to the field's range; dates with a calendar whose step below the plan year is
// "—"; choices in a list. Text columns share the table's width, the others fit their contents.
// An editor may then set another delegate or width on a column of its own.
void setUpColumns(QTableView *view, PlanTableModel *model);

// Fixes the columns that fit their contents at the width they need now (measured once; the user
// can still drag them), for a table that may hold hundreds of rows, where measuring every row on
// each layout costs too much.
void fitContentColumnsOnce(QTableView *view, PlanTableModel *model);

} // namespace salesplan::ui
