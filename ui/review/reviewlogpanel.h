#pragma once

#include "plan/plan.h"

#include <QSet>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace salesplan {
struct PlanReview;
}

namespace salesplan::ui {

class RefreshWhenShown;

class PlanDocument;
class TableEditor;

// The review log of the monthly review: the month's deviations and whether each has its note
// (written in a ReviewNoteDialog), the actions of earlier months still open (ticked done in
// place), and the whole log to edit. Every change is one undoable edit of the plan; the panel
// reads the document on every change and keeps no copy of the log.
class ReviewLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewLogPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Reviews the plan's month `monthIndex` (0–11); the last month with actuals until set.
    void setMonth(int monthIndex);
    int month() const { return m_month; }

    // Opens the note of the deviation in `row` of the deviations table; writes it on OK.
    void writeNote(int row);

    QTableWidget *deviationsTable() const { return m_deviations; }
    QTableWidget *actionsTable() const { return m_actions; }
    TableEditor *logEditor() const { return m_log; }

    enum DeviationColumn { LineColumn, RatioColumn, NoteColumn };
    enum ActionColumn {
        ActionMonthColumn,
        ActionLineColumn,
        ActionColumn,
        OwnerColumn,
        DueColumn,
        StateColumn,
        DoneColumn
    };

private:
    void layOut();
    void refresh();
    void showDeviations(const PlanReview &review);
    void showActions();
    void setDone(RowId entry, bool done);
    // The log's entry on the deviation in `row`, or a new one for it.
    ReviewEntry entryFor(int row) const;
    // "Noted: " and the first why of the note on the deviation in `row`.
    QString noteText(int row) const;
    QDate reviewedMonth() const;

    PlanDocument *m_document;
    int m_month = 0;
    QLabel *m_threshold;
    QGroupBox *m_deviationsBox;
    QTableWidget *m_deviations;
    QPushButton *m_writeNote;
    QTableWidget *m_actions;
    TableEditor *m_log;
    QSet<RowId> m_shownActions; // the actions listed at this month, kept when ticked done
    bool m_logFitted = false;   // the log's columns were sized to entries, not to an empty log
    bool m_filling = false;     // the tables are being filled: their item changes are no edits
    RefreshWhenShown *m_refresher = nullptr; // the refresh, put off while hidden behind a tab
};

} // namespace salesplan::ui
