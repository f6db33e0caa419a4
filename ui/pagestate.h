#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace salesplan::ui {

// Where the user was on a page: its tabs, how far its scroll areas were scrolled and the field
// with the focus. The main window takes it before making a page again in another language and
// gives it to the new page, which has the same structure, so the user stays where they were.
struct PageState
{
    QList<int> tabIndexes;      // of the page's QTabWidgets, in creation order
    QList<int> scrollPositions; // vertical, of its QAbstractScrollAreas, in creation order
    QString focusedField;       // object name of the focused widget inside the page
};

PageState capturePageState(const QWidget *page);
// Tabs and focus at once; scroll positions once the page is laid out (the next event-loop pass).
void restorePageState(QWidget *page, const PageState &state);

} // namespace salesplan::ui
