#include "refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace salesplan::ui {

RefreshWhenShown::RefreshWhenShown(QWidget *panel, std::function<void()> refresh)
    : QObject(panel)
    , m_panel(panel)
    , m_refresh(std::move(refresh))
{
    panel->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    m_stale = !m_panel->isVisible() && m_panel->window()->isVisible();
    if (!m_stale)
        m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace salesplan::ui
