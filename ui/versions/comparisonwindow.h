#pragma once

#include "plan/ids.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace salesplan::ui {

class PlanDocument;

// Two plans side by side: any two of the versions saved in the open plan's file and the plan as
// it is now, picked as Before and After, and what differs between them (PlanDiffHtml). It
// follows the document: an edit, Undo, a version saved or deleted shows at once; it closes when
// the document does.
class ComparisonWindow : public QWidget
{
    Q_OBJECT
public:
    // The plan as it is now, as a side of the comparison.
    static constexpr RowId currentPlan = 0;

    // Compares version `before` with version `after` (either may be currentPlan).
    ComparisonWindow(PlanDocument *document, RowId before, RowId after, QWidget *parent = nullptr);

    // Picks the two sides: version ids or currentPlan.
    void compare(RowId before, RowId after);
    // What the window shows: the summary line first, then the sections that differ.
    QTextBrowser *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadChoices();
    void refresh();
    Result<Plan> planOf(RowId id) const;
    static void select(QComboBox *box, RowId id);
    static RowId chosen(const QComboBox *box);

    QPointer<PlanDocument> m_document;
    QComboBox *m_before;
    QComboBox *m_after;
    QTextBrowser *m_view;
};

} // namespace salesplan::ui
