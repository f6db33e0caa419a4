#include "pagestate.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPointer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>

namespace salesplan::ui {

PageState capturePageState(const QWidget *page)
{
    PageState state;
    if (!page)
        return state;
    const QList<QTabWidget *> tabs = page->findChildren<QTabWidget *>();
    for (const QTabWidget *tab : tabs)
        state.tabIndexes.append(tab->currentIndex());
    const QList<QAbstractScrollArea *> areas = page->findChildren<QAbstractScrollArea *>();
    for (const QAbstractScrollArea *area : areas)
        state.scrollPositions.append(area->verticalScrollBar()->value());
    const QWidget *focused = QApplication::focusWidget();
    if (focused && page->isAncestorOf(focused))
        state.focusedField = focused->objectName();
    return state;
}

void restorePageState(QWidget *page, const PageState &state)
{
    if (!page)
        return;
    const QList<QTabWidget *> tabs = page->findChildren<QTabWidget *>();
    for (qsizetype i = 0; i < tabs.size() && i < state.tabIndexes.size(); ++i)
        tabs.at(i)->setCurrentIndex(state.tabIndexes.at(i));
    if (!state.focusedField.isEmpty()) {
        if (auto *field = page->findChild<QWidget *>(state.focusedField))
            field->setFocus(Qt::OtherFocusReason);
    }
    QTimer::singleShot(
        0, page, [page = QPointer<QWidget>(page), positions = state.scrollPositions] {
            if (!page)
                return;
            const QList<QAbstractScrollArea *> areas = page->findChildren<QAbstractScrollArea *>();
            for (qsizetype i = 0; i < areas.size() && i < positions.size(); ++i)
                areas.at(i)->verticalScrollBar()->setValue(positions.at(i));
        });
}

} // namespace salesplan::ui
