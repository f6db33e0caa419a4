#pragma once

#include "charts/chartbuilders.h"
#include "plan/plan.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

class QPainter;

namespace salesplan::ui {

class PlanDocument;

// One row of the action plan's timeline: an initiative's bar from its start to its due date,
// its owner and status, its milestones and whether it is overdue on the day drawn.
struct TimelineRow
{
    QString name;
    QString owner;
    QDate start; // invalid: from the plan year's first day
    QDate due;   // invalid: to the plan year's last day
    InitiativeStatus status = InitiativeStatus::Planned;
    bool overdue = false;
    QList<Milestone> milestones;
    QList<bool> milestonesOverdue; // one per milestone: not done by its date while the row is open
};

// The initiatives of `plan` as timeline rows, in the plan's order, overdue as of `today`.
QList<TimelineRow> timelineRows(const Plan &plan, const QDate &today);

// Paints the rows as a Gantt chart over the plan year's twelve months: the name and "owner ·
// status" on the left (elided; the tables hold the full text), a bar per initiative coloured by
// status, milestones as diamonds (filled when done), a dashed line at `today` when it falls in
// the year, and overdue bars in vermillion with the word "Overdue" beside them, so colour is
// never the only sign. The page, the deck's slide and the PDF paint it.
void paintTimeline(QPainter *painter, const QRectF &rect, const Period &period,
                   const QList<TimelineRow> &rows, const QDate &today, const ChartTheme &theme,
                   const QFont &font);
// The height the timeline takes for `rowCount` rows in `font`.
qreal timelineHeight(int rowCount, const QFont &font);

// The timeline of a document's initiatives as of today, redrawn when they change.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(PlanDocument *document, QWidget *parent = nullptr);

    // The day the timeline is drawn for (today by default); tests fix it.
    void setToday(const QDate &today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    PlanDocument *m_document;
    QDate m_today;
};

} // namespace salesplan::ui
