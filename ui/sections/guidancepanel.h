#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace salesplan::ui {

// A collapsible box of advice above a section: a header button that folds it and the text.
// Whether it is folded is remembered per section in QSettings.
class GuidancePanel : public QWidget
{
    Q_OBJECT
public:
    GuidancePanel(const QString &settingsKey, QWidget *parent = nullptr);

    void setText(const QString &html);
    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QString m_settingsKey;
    QToolButton *m_toggle = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace salesplan::ui
