#pragma once

#include "plan/fields.h"
#include "plan/plan.h"
#include "plan/planchanges.h"
#include "sections/cells/spreadsheettext.h"

#include <QAbstractTableModel>

#include <functional>

namespace salesplan::ui {

class PlanDocument;

// What a table column holds, so that one place picks its cell editor, its width and its
// alignment, and a finding's field key finds the column.
struct ColumnSpec
{
    QString key; // the field's key ("name"), or a computed column's own name ("score")
    FieldKind kind = FieldKind::Text;
    double minimum = 0.0; // the field's range, for the cell editor
    double maximum = noLimit;
    ChoiceList choices = {};
    bool zeroIsNone = false; // money whose zero means "none" (a fixed quota): shown empty

    // Money, rates and numbers: shown right-aligned, sized to their contents.
    bool holdsFigures() const
    {
        return kind == FieldKind::Money || kind == FieldKind::Rate || kind == FieldKind::Number ||
               kind == FieldKind::Count;
    }
    // One line or paragraphs of text: the columns that share the table's spare width.
    bool holdsText() const { return kind == FieldKind::Text || kind == FieldKind::Note; }
};

// A cell a paste could not fill: its row and column as the table shows them, what was pasted and
// why it was refused.
struct PasteProblem
{
    int row = 0; // from 1, as the table numbers its rows
    QString column;
    QString text;
    QString reason;

    // "Row 3, Quota: \"abc\" is not an amount".
    QString message() const;
};

// The Qt model of one table of the plan (competitors, members, stages, risks...). It reads the
// rows from the document every time and turns every change into a document edit, so undo, the
// file, the charts and every view of the table stay in step. RowTableModel<Row> fills it in.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    PlanTableModel(PlanDocument *document, Section section, QObject *parent = nullptr);

    // Adds a new row at `row` (the end when row < 0); returns its index.
    virtual int addRow(int row = -1) = 0;
    virtual bool removeRowAt(int row) = 0;
    // Moves a row from `from` to `to` (both row positions before the move).
    virtual bool moveRowTo(int from, int to) = 0;

    Section section() const { return m_section; }
    PlanDocument *document() const { return m_document; }
    // Other parts of the plan some cells are worked out from (a KPI's target from the targets):
    // their changes refresh the cells too.
    void setAlsoShows(PlanChanges parts) { m_alsoShows = parts; }
    // The part of the plan the rows are in, when it is not the section's (the history).
    void setRowsPart(PlanPart part) { m_rowsPart = part; }

    // What `column` holds.
    virtual ColumnSpec columnSpec(int column) const = 0;
    // The column whose key is `key` (a field's, or a computed column's), or -1.
    int columnOf(QStringView key) const
    {
        for (int column = 0; column < columnCount(); ++column) {
            if (columnSpec(column).key == key)
                return column;
        }
        return -1;
    }

    // The names a pasted header row may give `column`: its title in every language and its key.
    virtual QStringList columnNames(int column) const = 0;

    // Pastes `cells` from `firstColumn` on as ONE undoable edit: the i-th row of cells into the
    // plan's row `rows[i]`, or into a new row at the end where that is -1. Each cell is read as
    // typed input; an empty cell or one under a read-only column leaves its field as it is, and
    // a cell that cannot be read is skipped and listed (the rest of its row is still pasted).
    // `shownRows[i]` is the row the table shows it in, for the problems' row numbers.
    virtual QList<PasteProblem> pasteCells(const QList<int> &rows, const QList<int> &shownRows,
                                           int firstColumn, const QList<QStringList> &cells) = 0;

protected:
    // Why `text` cannot go into `column`'s field, in words.
    QString pasteProblem(int column, const QString &text) const;

    // Applies `change` as one undoable edit named `text`.
    bool editPlan(const QString &text, const std::function<void(Plan &)> &change, int mergeKey = 0);
    // Tells the views that every row may have changed, as when the model starts showing other
    // rows (another dimension); `change` makes the new rows current in between.
    void resetRows(const std::function<void()> &change);

private:
    void refresh(PlanChanges changes);

    PlanDocument *m_document;
    Section m_section;
    PlanPart m_rowsPart;
    PlanChanges m_alsoShows;
    int m_shownRows = -1; // rows the views were last told of; -1 before the first refresh
};

// How one column shows and edits a field of a row type (see cells/fieldcolumns.h for the columns
// of a record's fields).
template <typename Row> struct RowColumn
{
    QString title;
    std::function<QVariant(const Row &)> value;                 // what the cell shows
    std::function<bool(Row &, const QVariant &)> setValue = {}; // none: read-only; false: refused
    QString toolTip = {};
    std::function<QString(const Row &)> cellToolTip = {}; // a row's own tooltip, before toolTip
    std::function<QVariant(const Row &)> editValue = {};  // what an editor starts from; none: value
    ColumnSpec spec = {};
    std::function<QString(const Row &)> copyText = {}; // what a spreadsheet reads; none: value
    QStringList otherTitles = {}; // the title in every language, for a pasted header
};

// A PlanTableModel over a QList<Row> inside the plan, described by its columns. Its undo texts
// are translated in PlanTableModel's context: a template cannot be a Q_OBJECT of its own.
template <typename Row> class RowTableModel : public PlanTableModel
{
public:
    using ReadRows = std::function<const QList<Row> &(const Plan &)>;
    using WriteRows = std::function<QList<Row> &(Plan &)>;
    using MakeRow = std::function<Row(RowIdSource &)>;

    RowTableModel(PlanDocument *document, Section section, ReadRows read, WriteRows write,
                  QList<RowColumn<Row>> columns, MakeRow makeRow, QObject *parent = nullptr)
        : PlanTableModel(document, section, parent)
        , m_read(std::move(read))
        , m_write(std::move(write))
        , m_columns(std::move(columns))
        , m_makeRow(std::move(makeRow))
    {}

    const QList<Row> &rows() const { return m_read(planOf()); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(rows().size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rows().size())
            return {};
        const RowColumn<Row> &column = m_columns.at(index.column());
        if (role == Qt::DisplayRole || (role == Qt::EditRole && !column.editValue))
            return column.value(rows().at(index.row()));
        if (role == Qt::EditRole)
            return column.editValue(rows().at(index.row()));
        if (role == SpreadsheetTextRole) {
            return column.copyText ? column.copyText(rows().at(index.row()))
                                   : column.value(rows().at(index.row())).toString();
        }
        if (role == SpreadsheetFormatRole && column.copyText) // else words, such as "Fixed"
            return spreadsheetFormat(column.spec.kind, planOf().info.currency);
        if (role == Qt::TextAlignmentRole && column.spec.holdsFigures())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            const QString own =
                column.cellToolTip ? column.cellToolTip(rows().at(index.row())) : QString();
            if (!own.isEmpty() || !column.toolTip.isEmpty())
                return own.isEmpty() ? column.toolTip : own;
        }
        return {};
    }

    ColumnSpec columnSpec(int column) const override { return m_columns.value(column).spec; }

    QStringList columnNames(int column) const override
    {
        const RowColumn<Row> &shown = m_columns.at(column);
        return QStringList{shown.title, shown.spec.key} + shown.otherTitles;
    }

    QList<PasteProblem> pasteCells(const QList<int> &rows, const QList<int> &shownRows,
                                   int firstColumn, const QList<QStringList> &cells) override
    {
        QList<PasteProblem> problems;
        editPlan(PlanTableModel::tr("Paste"), [&](Plan &plan) {
            QList<Row> &list = m_write(plan);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const bool existing = rows.value(i, -1) >= 0;
                Row row = existing ? list.at(rows.at(i)) : m_makeRow(plan.ids);
                const Row made = row;
                for (qsizetype j = 0; j < cells.at(i).size(); ++j) {
                    if (const QString problem =
                            pasteInto(row, firstColumn + int(j), cells.at(i).at(j));
                        !problem.isEmpty())
                        problems.append({shownRows.value(i) + 1,
                                         m_columns.at(firstColumn + j).title,
                                         cells.at(i).at(j).trimmed(), problem});
                }
                if (existing)
                    list[rows.at(i)] = row;
                else if (!(row == made)) // a new row with nothing readable is not added
                    list.append(row);
            }
        });
        return problems;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_columns.value(section).title;
        if (orientation == Qt::Vertical && role == Qt::DisplayRole)
            return section + 1;
        return {};
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && m_columns.at(index.column()).setValue)
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || role != Qt::EditRole)
            return false;
        const RowColumn<Row> &column = m_columns.at(index.column());
        Row row = rows().at(index.row());
        if (!column.setValue || !column.setValue(row, value))
            return false;
        const int at = index.row();
        return editPlan(PlanTableModel::tr("Edit %1").arg(column.title),
                        [&](Plan &plan) { m_write(plan)[at] = row; });
    }

    int addRow(int at = -1) override
    {
        const int position = at < 0 || at > rowCount() ? rowCount() : at;
        const bool added = editPlan(PlanTableModel::tr("Add row"), [&](Plan &plan) {
            Row row = m_makeRow(plan.ids);
            m_write(plan).insert(position, row);
        });
        return added ? position : -1;
    }

    bool removeRowAt(int at) override
    {
        if (at < 0 || at >= rowCount())
            return false;
        return editPlan(PlanTableModel::tr("Remove row"),
                        [&](Plan &plan) { m_write(plan).removeAt(at); });
    }

    bool moveRowTo(int from, int to) override
    {
        if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount() || from == to)
            return false;
        return editPlan(PlanTableModel::tr("Move row"),
                        [&](Plan &plan) { m_write(plan).move(from, to); });
    }

private:
    const Plan &planOf() const;

    // Sets `column` of `row` from pasted `text`; why not when it is refused, else nothing.
    QString pasteInto(Row &row, int column, const QString &text) const
    {
        if (column >= m_columns.size() || text.trimmed().isEmpty() ||
            !m_columns.at(column).setValue)
            return {};
        Row changed = row;
        if (!m_columns.at(column).setValue(changed, text))
            return pasteProblem(column, text);
        row = changed;
        return {};
    }

    ReadRows m_read;
    WriteRows m_write;
    QList<RowColumn<Row>> m_columns;
    MakeRow m_makeRow;
};

// The plan a model reads; out of line so this header needs no PlanDocument include.
const Plan &documentPlan(const PlanDocument *document);

template <typename Row> const Plan &RowTableModel<Row>::planOf() const
{
    return documentPlan(document());
}

} // namespace salesplan::ui
