// The bundled user guide: every page of every language loads, its links lead to pages that
// exist, and Help ▸ User Guide (F1) opens the page of the section the window shows.
#include <catch2/catch.hpp>

#include "help/guidewindow.h"
#include "language/language.h"
#include "mainwindow.h"
#include "store/planfile.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

const QStringList guideLanguages{QStringLiteral("en"), QStringLiteral("zh_CN"),
                                 QStringLiteral("zh_TW")};

QString pageText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The page the guide window shows, e.g. "targets.html".
QString shownPage(GuideWindow *guide)
{
    return guide->browser()->source().fileName();
}

} // namespace

TEST_CASE("Every page of the guide loads in every language", "[guide]")
{
    const QStringList pages = GuideWindow::pages();
    REQUIRE(pages.size() >= 14);
    for (const QString &language : guideLanguages) {
        for (const QString &page : pages) {
            INFO(language.toStdString() << "/" << page.toStdString());
            const QString path = QStringLiteral(":/guide/%1/%2").arg(language, page);
            REQUIRE(QFileInfo::exists(path));
            QTextBrowser browser;
            browser.setSource(QUrl(QStringLiteral("qrc") + path));
            CHECK_FALSE(browser.documentTitle().isEmpty());
            CHECK(browser.toPlainText().trimmed().size() > 60);
        }
    }
}

TEST_CASE("Every link in the guide leads to a page and an anchor that exist", "[guide]")
{
    static const QRegularExpression link(QStringLiteral("href=\"([^\"]+)\""));
    for (const QString &language : guideLanguages) {
        for (const QString &page : GuideWindow::pages()) {
            const QString folder = QStringLiteral(":/guide/") + language + QLatin1Char('/');
            const QString text = pageText(folder + page);
            for (const QRegularExpressionMatch &match : link.globalMatch(text)) {
                const QString target = match.captured(1);
                INFO(language.toStdString()
                     << "/" << page.toStdString() << " → " << target.toStdString());
                if (target.startsWith(QStringLiteral("http")))
                    continue;
                const QString file = target.section(QLatin1Char('#'), 0, 0);
                const QString anchor = target.section(QLatin1Char('#'), 1);
                REQUIRE(QFileInfo::exists(folder + file));
                if (!anchor.isEmpty())
                    CHECK(pageText(folder + file)
                              .contains(QStringLiteral("name=\"%1\"").arg(anchor)));
            }
        }
    }
}

TEST_CASE("Each of the seven sections has a page of its own in the guide", "[guide]")
{
    const QStringList pages = GuideWindow::pages();
    QStringList sectionPages;
    for (int s = 0; s < sectionCount; ++s) {
        const QString page = GuideWindow::pageForSection(Section(s));
        INFO(page.toStdString());
        CHECK(pages.contains(page));
        CHECK_FALSE(sectionPages.contains(page));
        sectionPages.append(page);
    }
    CHECK_FALSE(sectionPages.contains(QStringLiteral("index.html")));
}

TEST_CASE("The guide speaks the UI language and falls back to English", "[guide]")
{
    CHECK(GuideWindow::folderFor(QStringLiteral("zh_TW")) == QStringLiteral(":/guide/zh_TW"));
    CHECK(GuideWindow::folderFor(QStringLiteral("fr")) == QStringLiteral(":/guide/en"));
    Translators::use(QStringLiteral("zh_CN"));
    GuideWindow guide;
    guide.showPage(QStringLiteral("numbers.html"));
    CHECK(guide.browser()->source().toString() == QStringLiteral("qrc:/guide/zh_CN/numbers.html"));
    CHECK(guide.browser()->toPlainText().contains(QStringLiteral("1,500")));
    Translators::use(QStringLiteral("en"));
    QCoreApplication::processEvents(); // the LanguageChange events
    CHECK(guide.browser()->source().toString() == QStringLiteral("qrc:/guide/en/numbers.html"));
}

TEST_CASE("F1 opens the guide at the page of the section shown", "[guide]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));

    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showSection(Section::Team);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<GuideWindow *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(shownPage(guide) == QStringLiteral("team.html"));
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("reps needed")));

    window.showSection(Section::Targets);
    action->trigger();
    CHECK(window.findChildren<GuideWindow *>().size() == 1);
    CHECK(shownPage(guide) == QStringLiteral("targets.html"));

    window.showPage(0); // the overview: no section, so the contents
    action->trigger();
    CHECK(shownPage(guide) == QStringLiteral("index.html"));
}

TEST_CASE("The guide's Back, Forward and Contents have icons without a desktop theme", "[guide]")
{
    // Windows and macOS have no icon theme: the bundled drawings stand in.
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(QString());
    GuideWindow guide;
    for (const char *name : {"guideBack", "guideForward", "guideHome"}) {
        INFO(name);
        auto *action = guide.findChild<QAction *>(QLatin1String(name));
        REQUIRE(action);
        const QImage drawn = action->icon().pixmap(QSize(24, 24)).toImage();
        int inked = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                inked += qAlpha(drawn.pixel(x, y)) > 64 ? 1 : 0;
        CHECK(inked > 20);
    }
    QIcon::setThemeName(theme);
}

TEST_CASE("The action plan and Team ▸ Budget link to the guide's page on them", "[guide]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.showSection(Section::Metrics);
    auto *initiatives = window.findChild<QLabel *>(QStringLiteral("metrics.initiatives.guide"));
    REQUIRE(initiatives);
    CHECK(initiatives->text().contains(QStringLiteral("How to plan initiatives")));
    emit initiatives->linkActivated(initiatives->text().section(u'"', 1, 1)); // its href
    auto *guide = window.findChild<GuideWindow *>();
    REQUIRE(guide);
    CHECK(shownPage(guide) == QStringLiteral("actionplan.html"));
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("overdue")));

    window.showSection(Section::Team);
    auto *budget = window.findChild<QLabel *>(QStringLiteral("team.budget.guide"));
    REQUIRE(budget);
    emit budget->linkActivated(budget->text().section(u'"', 1, 1));
    CHECK(guide->browser()->source().fragment() == QStringLiteral("budget"));
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("¥18万 in the year")));
}

TEST_CASE("The action plan's page reads in each language", "[guide]")
{
    QDir().mkpath(QStringLiteral("/tmp/shots-guide"));
    for (const QString &language : guideLanguages) {
        Translators::use(language);
        GuideWindow guide;
        guide.showPage(QStringLiteral("actionplan.html#budget"));
        guide.resize(820, 1500); // the whole page, to look at
        const QString text = guide.browser()->toPlainText();
        INFO(language.toStdString());
        // The worked example of a hire, in every language.
        CHECK(text.contains(QStringLiteral("18")));
        CHECK(text.contains(QStringLiteral("costOfSales")));
        guide.grab().save(QStringLiteral("/tmp/shots-guide/actionplan-%1.png").arg(language));
    }
    Translators::use(QStringLiteral("en"));
}
