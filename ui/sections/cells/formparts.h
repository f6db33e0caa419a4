#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;
class QWidget;

// The pieces the section editors' pages are laid out with: headed blocks, labelled form rows,
// multi-line fields and the table buttons.
namespace salesplan::ui {

// A block of a section page: a bold heading (whose buddy is `buddy`, so Alt+the underlined
// letter reaches it) above `content`. The heading sits in a QHBoxLayout, the block's first item,
// and is followed by a stretch: insert a note beside it at position 1. When the block is given
// more height than it asks for (beside a taller block), `content` grows if it can.
QVBoxLayout *sectionBlock(const QString &heading, QWidget *content, QWidget *buddy);

// Adds a labelled row to a form: the label's buddy is `focusTarget` (so Alt+the underlined
// letter reaches it) and `focusTarget` gets `accessibleName`. Returns the label.
QLabel *addFormRow(QFormLayout *form, const QString &labelText, QWidget *field,
                   QWidget *focusTarget, const QString &accessibleName);

// A plain-text editor a few lines high in which Tab moves on to the next field.
QPlainTextEdit *multiLineEdit(int lines, const QString &placeholder, QWidget *parent = nullptr);

// A button with text whose tooltip is also its accessible name (Add, Remove, Move up...).
QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent);

} // namespace salesplan::ui
