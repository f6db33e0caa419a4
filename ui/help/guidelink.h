#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace salesplan::ui {

// A link to a page of the user guide beside an editor's block ("How to plan initiatives"): a
// click asks the label's window to showGuidePage(page), as the figures' "What's this?" links do,
// so that the window decides where the guide appears. `name` is the label's object name.
QLabel *guideLink(const QString &name, const QString &page, const QString &text, QWidget *parent);

} // namespace salesplan::ui
