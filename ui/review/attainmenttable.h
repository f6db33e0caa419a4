#pragma once

#include "plan/planchanges.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QTableWidget;
class QWidget;

// The read-only tables of the monthly review (attainment, deviations, actions): one look and one
// way to size them, so that they sit one under another in a page that scrolls, not each alone.
namespace salesplan::ui {

// A table of figures to read, sort and copy (Ctrl+C as a spreadsheet takes it): no cell editing,
// columns as wide as their contents.
QTableWidget *makeReviewTable(const QString &objectName, const QString &accessibleName,
                              const QStringList &columns, QWidget *parent);

// The parts of the plan a review is worked out from: all but the mission, the tools and the
// deck, whose edits leave the review's panels as they are.
PlanChanges reviewParts();

// A review panel's refresh, run at once or, while the panel is hidden (another tab, another
// page) inside a window on screen, when the panel is next shown. A panel on its own, as tests
// make it, refreshes at once.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget *panel, std::function<void()> refresh);
    // Refreshes the panel now, or once it is shown.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_panel;
    std::function<void()> m_refresh;
    bool m_stale = false; // asked for while hidden
};

// Makes `table` exactly as tall as its header and rows, measured now; call after filling it.
void fitTableHeight(QTableWidget *table);

} // namespace salesplan::ui
