#pragma once

#include "plan/plan.h"

#include <QMainWindow>
#include <QString>
#include <QUrl>

class QTextBrowser;

namespace salesplan::ui {

// The bundled user guide (Help ▸ User Guide, F1): its HTML pages under :/guide/<language>/ in a
// browser with Back, Forward and Contents, in the UI language or English when it has none.
class GuideWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // Shows `page` ("index.html", "numbers.html"…) of the guide in the current UI language.
    void showPage(const QString &page);
    QTextBrowser *browser() const { return m_browser; }

    // The guide's page about `section` ("targets.html").
    static QString pageForSection(Section section);
    // The resource folder of the guide in `language`, or the English one when it has none.
    static QString folderFor(const QString &language);
    // Every page of the guide, the same in each language.
    static QStringList pages();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void retranslate();

    QTextBrowser *m_browser = nullptr;
    QString m_language;
};

} // namespace salesplan::ui
