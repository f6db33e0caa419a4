#include "pagestack.h"

namespace salesplan::ui {

PageStack::PageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::sizeHint() const
{
    return currentWidget() ? shownPageHint(&QWidget::sizeHint) : QStackedWidget::sizeHint();
}

QSize PageStack::minimumSizeHint() const
{
    return currentWidget() ? shownPageHint(&QWidget::minimumSizeHint)
                           : QStackedWidget::minimumSizeHint();
}

QSize PageStack::shownPageHint(QSize (QWidget::*hint)() const) const
{
    const QWidget *page = currentWidget();
    const QSize frame(2 * frameWidth(), 2 * frameWidth());
    return (page->*hint)().expandedTo(page->minimumSize()) + frame;
}

} // namespace salesplan::ui
