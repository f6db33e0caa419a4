#include "help/guidewindow.h"

#include "icons/appicons.h"
#include "language/language.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>

namespace salesplan::ui {

GuideWindow::GuideWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("guideWindow"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16);
    setCentralWidget(m_browser);
    createToolBar();
    retranslate();
    resize(820, 680);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(tr("SalesPlan User Guide") + QStringLiteral(" — ") +
                       m_browser->documentTitle());
    });
}

void GuideWindow::showPage(const QString &page)
{
    m_language = Translators::current();
    m_browser->setSearchPaths({folderFor(m_language)});
    m_browser->setSource(
        QUrl(QStringLiteral("qrc") + folderFor(m_language) + QLatin1Char('/') + page));
}

QString GuideWindow::pageForSection(Section section)
{
    switch (section) {
    case Section::Mission:
        return QStringLiteral("mission.html");
    case Section::Targets:
        return QStringLiteral("targets.html");
    case Section::Team:
        return QStringLiteral("team.html");
    case Section::Segments:
        return QStringLiteral("segments.html");
    case Section::Stages:
        return QStringLiteral("stages.html");
    case Section::Tools:
        return QStringLiteral("tools.html");
    case Section::Metrics:
        return QStringLiteral("metrics.html");
    }
    return QStringLiteral("index.html");
}

QString GuideWindow::folderFor(const QString &language)
{
    const QString folder = QStringLiteral(":/guide/") + language;
    return QFileInfo::exists(folder + QStringLiteral("/index.html")) ? folder
                                                                     : QStringLiteral(":/guide/en");
}

QStringList GuideWindow::pages()
{
    return QDir(QStringLiteral(":/guide/en")).entryList({QStringLiteral("*.html")}, QDir::Files);
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QString page = m_browser->source().fileName();
        if (!page.isEmpty() && Translators::current() != m_language)
            showPage(page);
    }
    QMainWindow::changeEvent(event);
}

void GuideWindow::createToolBar()
{
    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("guideToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back =
        bar->addAction(themedIcon(QStringLiteral("go-previous"), QStringLiteral("go-previous")),
                       QString(), m_browser, &QTextBrowser::backward);
    back->setObjectName(QStringLiteral("guideBack"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward =
        bar->addAction(themedIcon(QStringLiteral("go-next"), QStringLiteral("go-next")), QString(),
                       m_browser, &QTextBrowser::forward);
    forward->setObjectName(QStringLiteral("guideForward"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction *home =
        bar->addAction(themedIcon(QStringLiteral("go-home"), QStringLiteral("go-home")), QString(),
                       this, [this] { showPage(QStringLiteral("index.html")); });
    home->setObjectName(QStringLiteral("guideHome"));
}

void GuideWindow::retranslate()
{
    if (auto *back = findChild<QAction *>(QStringLiteral("guideBack")))
        back->setText(tr("Back"));
    if (auto *forward = findChild<QAction *>(QStringLiteral("guideForward")))
        forward->setText(tr("Forward"));
    if (auto *home = findChild<QAction *>(QStringLiteral("guideHome")))
        home->setText(tr("Contents"));
    findChild<QToolBar *>(QStringLiteral("guideToolBar"))->setWindowTitle(tr("Navigation"));
    setWindowTitle(tr("SalesPlan User Guide"));
}

} // namespace salesplan::ui
