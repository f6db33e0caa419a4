#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;

namespace salesplan::ui {

class PlanDocument;
class TableEditor;

// The action plan at the monthly review: each initiative's owner, due date, status and spend
// against its budget, with what needs a word ("Overdue", "Over budget by ¥2万") in a column of
// its own; status and spend are edited in place as undoable edits. An initiative is overdue when
// its due date is before the end of the reviewed month and it is neither done nor dropped.
class InitiativeReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InitiativeReviewPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Reviews the plan's month `monthIndex` (0–11).
    void setMonth(int monthIndex);
    // The line above the table: "3 initiatives · 1 overdue · 1 over budget · spent ¥41万 of
    // ¥68万".
    QString headline() const;

private:
    void refresh();

    PlanDocument *m_document;
    TableEditor *m_table = nullptr;
    QLabel *m_headline = nullptr;
    // The day after the reviewed month: due before it and not done or dropped is overdue.
    std::shared_ptr<QDate> m_asOf;
};

} // namespace salesplan::ui
