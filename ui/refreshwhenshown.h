#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace salesplan::ui {

// A panel's refresh, run at once or, while the panel is hidden (another tab, another page)
// inside a window on screen, when the panel is next shown: a page that is not looked at does
// not lay out its figures on every keystroke elsewhere. A panel on its own, as tests
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

} // namespace salesplan::ui
