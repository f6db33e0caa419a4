#pragma once

#include "plan/ids.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace salesplan::ui {

class PlanDocument;

// Two plans side by side: any two of the versions saved in the open plan's file, the plan as it
// is now and plans from other files (File ▸ Compare with File…), picked as Before and After, and
// what differs between them (PlanDiffHtml). It follows the document: an edit, Undo, a version saved
// or deleted shows at once; it closes when the document does.
class ComparisonWindow : public QWidget
{
    Q_OBJECT
public:
    // The plan as it is now, as a side of the comparison.
    static constexpr RowId currentPlan = 0;

    // Compares version `before` with version `after` (either may be currentPlan).
    ComparisonWindow(PlanDocument *document, RowId before, RowId after, QWidget *parent = nullptr);

    // Picks the two sides: version ids, currentPlan or what addPlan() returned.
    void compare(RowId before, RowId after);
    // Offers `plan`, read from another file called `name`, as a side; returns its id.
    RowId addPlan(const QString &name, const Plan &plan);
    // What the window shows: the summary line first, then the sections that differ.
    QTextBrowser *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    // Keeps the window's size for the next comparison.
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void reloadChoices();
    void refresh();
    Result<Plan> planOf(RowId id) const;
    static void select(QComboBox *box, RowId id);
    static RowId chosen(const QComboBox *box);

    QPointer<PlanDocument> m_document;
    QComboBox *m_before;
    QComboBox *m_after;
    QTextBrowser *m_view;
    QLabel *m_beforeLabel;
    QLabel *m_afterLabel;
    QPushButton *m_swap;
    QTimer *m_refreshSoon; // an edit of the current plan shows once the typing pauses
    QList<std::pair<QString, Plan>> m_others; // addPlan()'s, ids -1, -2…
    // The versions' plans read so far: a version never changes, so each is read once.
    mutable QHash<RowId, Plan> m_versionPlans;
};

} // namespace salesplan::ui
