#pragma once

#include <QString>

class QFormLayout;
class QPlainTextEdit;
class QTableView;
class QVBoxLayout;
class QWidget;

// Layout pieces shared by the team and metrics editors: headed blocks, labelled form rows with
// buddies, multi-line text fields of a given height.
namespace salesplan::ui {

// A block of a section page: a bold heading (whose buddy is `buddy`, so Alt+the underlined
// letter reaches it) above `content`. The heading sits in a QHBoxLayout, the block's first item,
// and is followed by a stretch: insert a note beside it at position 1. When the block is given
// more height than it asks for (beside a taller block), `content` grows if it can.
QVBoxLayout *sectionBlock(const QString &heading, QWidget *content, QWidget *buddy);

// Gives the keyboard focus to `view` at `column` of its current (or first) row.
void focusTableColumn(QTableView *view, int column);

} // namespace salesplan::ui
