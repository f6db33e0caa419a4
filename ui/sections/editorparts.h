#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QToolButton;

// Small pieces the section editors share: choice cells, labelled form rows, multi-line fields
// and tables sized to their rows.
namespace salesplan::ui {

// A table cell that holds one of a few named choices (an enum): edited in a combo box. The
// model shows the choice's label; the delegate writes back the choice's position as an int, and
// the column's setValue accepts that position or the label itself (see choiceIndex).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChoiceDelegate(QStringList labels, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_labels;
};

// The position of `value` among `labels`: an int in range, or one of the labels; -1 otherwise.
int choiceIndex(const QVariant &value, const QStringList &labels);

// Adds a labelled row to a form: the label's buddy is `focusTarget` (so Alt+the underlined
// letter reaches it) and `focusTarget` gets `accessibleName`. Returns the label.
QLabel *addFormRow(QFormLayout *form, const QString &labelText, QWidget *field,
                   QWidget *focusTarget, const QString &accessibleName);

// A plain-text editor a few lines high in which Tab moves on to the next field.
QPlainTextEdit *multiLineEdit(int lines, const QString &placeholder, QWidget *parent = nullptr);

// Keeps a table as high as its rows plus `spareRows` empty ones (at least `minimumRows`, at most
// `maximumRows`; more rows scroll), so a short table leaves no empty box on the page.
void fitTableToRows(QTableView *view, int minimumRows = 3, int spareRows = 1, int maximumRows = 12);

// Gives each of `columns` the width of its header or of its widest cell, whichever is wider
// (measured now; the user can still drag it), and lets the table's other columns share the
// rest: short figures and dates beside names that need the room.
void fitColumnsToContents(QTableView *view, const QList<int> &columns);

// A button with text whose tooltip is also its accessible name (Add, Remove, Move up...).
QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent);

} // namespace salesplan::ui
