#include "pagestack.h"

namespace salesplan::ui {

PageStack::PageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    if (!page)
        return QStackedWidget::sizeHint();
    const QSize frame(2 * frameWidth(), 2 * frameWidth());
    return page->sizeHint().expandedTo(page->minimumSize()) + frame;
}

QSize PageStack::minimumSizeHint() const
{
    const QWidget *page = currentWidget();
    if (!page)
        return QStackedWidget::minimumSizeHint();
    const QSize frame(2 * frameWidth(), 2 * frameWidth());
    return page->minimumSizeHint().expandedTo(page->minimumSize()) + frame;
}

} // namespace salesplan::ui
