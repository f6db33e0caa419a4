#pragma once

#include "sections/plantablemodel.h"
#include "spreadsheettext.h"

#include <QObject>

class QTableView;
class QTableWidgetItem;

namespace salesplan::ui {

// Copy and paste between a table and a spreadsheet (Excel, WPS, LibreOffice Calc): Ctrl+C, the
// view's context menu and Edit ▸ Copy put the selected cells on the clipboard as tab-separated
// text and as an HTML table; Ctrl+V and Edit ▸ Paste put a block copied from a spreadsheet into
// the plan's rows, as one undo step.
//
// A copy takes the rectangle around the selected cells in the values a spreadsheet reads (money
// as plain numbers that sum, 12.5%, ISO dates; see SpreadsheetTextRole). Whole rows or columns
// are copied with the column titles above them: a table that stands alone in the sheet, and that
// pastes back here by its titles. A few cells are copied bare, to go into cells of a sheet that
// already has its headings.
//
// A paste starts at the current cell: it overwrites the rows from the current one down and adds
// rows where the block runs past the end. A first row that names columns (their titles in any
// language, or their keys) is a header: it is skipped, and each pasted column goes into the
// column it names. Cells are read as typed input; those that cannot be are skipped and listed in
// one message. Owned by the view.
class TableClipboard : public QObject
{
    Q_OBJECT
public:
    // Copies from `view`; pastes too when `pasteInto` is given (the model `view` shows, or that a
    // sorting proxy it shows sits on).
    explicit TableClipboard(QTableView *view, PlanTableModel *pasteInto = nullptr);

    // The clipboard of the table `widget` is or lies in (a cell editor), or null.
    static TableClipboard *of(QWidget *widget);

    // The selected cells (the current one when none is selected) as a spreadsheet takes them.
    CellBlock selectedBlock() const;
    // Puts the selected cells on the clipboard as text/plain (TSV) and text/html.
    void copy() const;
    bool canPaste() const { return m_model != nullptr; }
    // Pastes the clipboard's text; shows the cells it had to skip in a message box.
    void paste();
    // Pastes tab-separated `text` at the current cell; returns the cells it had to skip.
    QList<PasteProblem> pasteText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The model's column `name` names (its title in any language, or its key), or -1.
    int columnNamed(const QString &name) const;
    // For a header row, the model's column each pasted column names (-1: none); else empty.
    QList<int> headerColumns(const QStringList &firstRow) const;
    // When the first row is a header: drops it and puts each pasted column where it names.
    bool placeByHeader(QList<QStringList> &cells) const;
    // The plan's rows the shown rows from `top` on are (-1 past the end: a new row).
    QList<int> planRows(int top, qsizetype count) const;
    void showProblems(const QList<PasteProblem> &problems) const;
    void addContextMenu();

    QTableView *m_view;
    PlanTableModel *m_model;
};

// Makes `item`, a cell that shows `minor` units of `currency` as people read it (¥1.2亿), copy as
// the plain amount a spreadsheet sums (120000000.00).
void copyAsAmount(QTableWidgetItem *item, qint64 minor, const QString &currency);

} // namespace salesplan::ui
