#pragma once

#include <QStackedWidget>

namespace salesplan::ui {

// The window's pages, one shown at a time, sized by the page shown. Qt's stack asks every page
// for its size, hidden or not: each section switch laid out the word-wrapped guidance of all
// seven section pages again, several times over (29.6 ms a switch on a 500-member plan).
class PageStack : public QStackedWidget
{
public:
    explicit PageStack(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

private:
    // The page's `hint`, no smaller than its minimum size, with the stack's frame around it.
    QSize shownPageHint(QSize (QWidget::*hint)() const) const;
};

} // namespace salesplan::ui
