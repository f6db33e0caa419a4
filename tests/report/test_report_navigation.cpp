// Finding one's way in the PDFs: the report's bookmarks (its sections with their headings under
// them) and its contents lines and executive-summary cells lead to the pages where the headings
// are; the deck has a bookmark for each slide; both carry their author and subject. A long name
// is cut short in the running header and on the cover, an emoji is drawn and one no font has is
// left out rather than boxed, and no label no one can see comes out of the text layer. Read back
// with poppler, as a reader would.
#include <catch2/catch.hpp>

#include "charts/deckpdf.h"
#include "language/language.h"
#include "plan/sectiontitle.h"
#include "report/planreport.h"
#include "reporttools.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <tuple>

using namespace salesplan;
using namespace reporttest;

namespace {

// A bookmark as poppler reads it: its title, the page it leads to and how deep it is nested.
struct Bookmark
{
    QString title;
    int page = 0;
    int level = 0;
};

// A link on a page, as poppler reads it: the words it covers and the page it leads to.
struct PageLink
{
    QString text;
    int target = 0;
};

// What pdftohtml makes of the PDF as XML: its outline and its pages' text with their links.
QString pdfXml(const QString &pdf)
{
    return runTool(QStringLiteral("pdftohtml"),
                   {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
                    QStringLiteral("-q"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
}

QList<Bookmark> bookmarks(const QString &pdf)
{
    QList<Bookmark> found;
    QXmlStreamReader xml(pdfXml(pdf));
    int level = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"outline")
            ++level;
        else if (xml.isEndElement() && xml.name() == u"outline")
            --level;
        else if (xml.isStartElement() && xml.name() == u"item") {
            const int page = xml.attributes().value(QLatin1String("page")).toInt();
            found.append({xml.readElementText().trimmed(), page, level});
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return found;
}

// The links of page `page` (1-based) that lead to another page of the same PDF; the pieces of a
// line that lead to the same page (a title, its leaders, its page number) make one link.
QList<PageLink> links(const QString &pdf, int page)
{
    static const QRegularExpression target(QStringLiteral("#(\\d+)$"));
    QList<PageLink> found;
    QXmlStreamReader xml(pdfXml(pdf));
    int current = 0;
    int lineTop = -1;
    int previousTop = -10;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"page")
            current = xml.attributes().value(QLatin1String("number")).toInt();
        else if (xml.isStartElement() && xml.name() == u"text")
            lineTop = xml.attributes().value(QLatin1String("top")).toInt();
        else if (current == page && xml.isStartElement() && xml.name() == u"a") {
            const auto match =
                target.match(xml.attributes().value(QLatin1String("href")).toString());
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!match.hasMatch())
                continue;
            const int to = match.captured(1).toInt();
            // Chinese and Latin pieces of one line sit a point apart.
            if (qAbs(lineTop - previousTop) <= 3 && !found.isEmpty() && found.last().target == to)
                found.last().text += u' ' + text.trimmed();
            else
                found.append({text.trimmed(), to});
            previousTop = lineTop;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return found;
}

// What pdfinfo says of `field` ("Author", "Subject").
QString pdfInfo(const QString &pdf, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s+(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(runTool(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

// Requires that poppler reads the PDF without complaining of a broken file.
void requireClean(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardError()).isEmpty());
}

QList<Bookmark> topLevel(const QList<Bookmark> &all)
{
    QList<Bookmark> top;
    for (const Bookmark &bookmark : all)
        if (bookmark.level == 1)
            top.append(bookmark);
    return top;
}

} // namespace

TEST_CASE("The report's bookmarks lead to every heading, sections first", "[report][navigation]")
{
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ui::ReportOptions options;
    options.language = QStringLiteral("en");
    writeReport(samplePlan("sample-en.json"), pdf, options);
    requireClean(pdf);
    const ui::ScopedLanguage english(QStringLiteral("en"));

    const QList<Bookmark> all = bookmarks(pdf);
    QStringList titles;
    for (const Bookmark &bookmark : topLevel(all))
        titles.append(bookmark.title);
    QStringList expected{QStringLiteral("Executive summary"), QStringLiteral("Contents")};
    for (int section = 0; section < sectionCount; ++section)
        expected.append(sectionTitle(Section(section)));
    expected << QStringLiteral("Sign-off") << QStringLiteral("Appendix: details");
    CHECK(titles == expected);
    // The headings within the sections are there too, nested under them.
    CHECK(all.size() > titles.size() + 5);
    int previous = 0;
    for (const Bookmark &bookmark : all) {
        INFO(bookmark.title.toStdString() << " → page " << bookmark.page);
        CHECK(bookmark.page >= previous);
        CHECK(pdfLines(pdf, bookmark.page).contains(bookmark.title));
        previous = bookmark.page;
    }
}

TEST_CASE("The contents lines and the summary's cells lead to their sections",
          "[report][navigation]")
{
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ui::ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    writeReport(samplePlan("sample-zh_CN.json"), pdf, options);

    const QList<Bookmark> all = bookmarks(pdf);
    const QList<Bookmark> sections = topLevel(all);
    // The page of the heading whose title the link's text names (the longest such title, the
    // first of equals): a section, or a heading within one.
    const auto namedIn = [&all](const QString &text) {
        Bookmark named;
        for (const Bookmark &bookmark : all)
            if (text.contains(bookmark.title) && bookmark.title.size() > named.title.size())
                named = bookmark;
        return named;
    };
    const auto pageNamed = [&namedIn](const QString &text) {
        return namedIn(text).page;
    };
    // "Targets . . . . 4": the page a line gives is the page it leads to, its section's.
    const auto leadsWhereItSays = [&pageNamed](const PageLink &link) {
        INFO(link.text.toStdString() << " → page " << link.target);
        CHECK(link.text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(link.target))));
        CHECK(link.target == pageNamed(link.text));
    };
    const QList<PageLink> contents = links(pdf, 3);
    CHECK(contents.size() == sections.size() - 2); // not the summary, not the contents
    for (const PageLink &link : contents)
        leadsWhereItSays(link);
    // "见“目标”第 4 页" in the executive summary, likewise; the headcount, the budget, the
    // collections, the risks and the KPIs lead to their own headings within the sections.
    const QList<PageLink> summary = links(pdf, 2);
    CHECK(summary.size() >= 4);
    int toHeadings = 0;
    for (const PageLink &link : summary) {
        leadsWhereItSays(link);
        toHeadings += namedIn(link.text).level > 1 ? 1 : 0;
    }
    CHECK(toHeadings >= 4);
}

TEST_CASE("The report and the deck say who wrote them, about what, in which language",
          "[report][navigation]")
{
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    Plan plan = samplePlan("sample-en.json");
    ui::ReportOptions options;
    options.language = QStringLiteral("en");
    writeReport(plan, pdf, options);
    CHECK(pdfInfo(pdf, QStringLiteral("Title")) == plan.info.name);
    CHECK(pdfInfo(pdf, QStringLiteral("Author")) == plan.info.author);
    CHECK(pdfInfo(pdf, QStringLiteral("Subject")) ==
          QStringLiteral("Sales plan %1 — %2").arg(plan.info.period.year).arg(plan.info.company));
    CHECK(pdfInfo(pdf, QStringLiteral("Creator")) == QStringLiteral("SalesPlan"));

    // A screen reader reads it in the report's language; the reader opens with the bookmarks.
    // (Poppler's tools do not show these: the catalog, which is not compressed, says them.)
    const QString traditional = dir.filePath(QStringLiteral("zh_TW.pdf"));
    options.language = QStringLiteral("zh_TW");
    writeReport(samplePlan("sample-zh_TW.json"), traditional, options);
    QFile file(traditional);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("/Lang (zh-TW)"));
    CHECK(bytes.contains("/PageMode /UseOutlines"));
}

TEST_CASE("The deck has a bookmark for each slide", "[report][navigation]")
{
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    const Plan plan = samplePlan("sample-en.json");
    const Status written = ui::writeDeckPdf(plan, pdf);
    REQUIRE(written);
    requireClean(pdf);
    const QList<Bookmark> slides = bookmarks(pdf);
    REQUIRE(slides.size() == pageCount(pdf));
    for (qsizetype i = 0; i < slides.size(); ++i) {
        INFO(slides.at(i).title.toStdString());
        CHECK(slides.at(i).page == i + 1);
        CHECK_FALSE(slides.at(i).title.isEmpty());
    }
    CHECK(pdfInfo(pdf, QStringLiteral("Author")) == plan.info.author);
}

TEST_CASE("A long name is cut short in the header and wraps on the cover", "[report][navigation]")
{
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    Plan plan = samplePlan("sample-zh_CN.json");
    plan.info.name =
        QStringLiteral("🚀 2027 华东增长计划：重点客户深耕与新区域拓展").repeated(8).left(200);
    ui::ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    writeReport(plan, pdf, options);
    requireClean(pdf);

    // The header is one line within the text's width, ending in "…".
    const QString header = pdfLayoutText(pdf, 2).trimmed().section(u'\n', 0, 0).simplified();
    INFO(header.toStdString());
    CHECK(header.startsWith(QStringLiteral("2027 华东增长计划")));
    CHECK(header.endsWith(u'…'));
    CHECK(header.size() < plan.info.name.size());
    QSizeF page;
    const QList<PdfWord> words = pdfWords(pdf, 2, &page);
    REQUIRE_FALSE(words.isEmpty());
    const double textRight = page.width() - 18 / 25.4 * 72;
    for (const PdfWord &word : words)
        CHECK(word.box.right() <= textRight + 1);
    // On the cover the name takes three lines at most, cut short with "…", and the author's line
    // still comes under it on the first page.
    const QStringList cover = pdfLines(pdf, 1);
    const qsizetype author = cover.indexOf(QStringLiteral("编制人：") + plan.info.author);
    CHECK(author > 0);
    CHECK(pdfText(pdf, 1).count(u'…') == 2); // the header's and the name's
}

TEST_CASE("An emoji is drawn in one colour, one no font has is left out", "[report][navigation]")
{
    const QTemporaryDir dir;
    Plan plan = samplePlan("sample-zh_CN.json");
    ui::ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    // The rocket is in Symbola; the melting face (Unicode 14) is in none of the fonts.
    const QString rocket = dir.filePath(QStringLiteral("rocket.pdf"));
    plan.info.name = QStringLiteral("🚀 2027 华东增长计划");
    writeReport(plan, rocket, options);
    const QString melting = dir.filePath(QStringLiteral("melting.pdf"));
    plan.info.name = QStringLiteral("🫠 🚀 2027 华东增长计划");
    writeReport(plan, melting, options);
    plan.info.name = QStringLiteral("🚀 2027 华东增长计划");

    const QString rocketDeck = dir.filePath(QStringLiteral("rocket-deck.pdf"));
    REQUIRE(ui::writeDeckPdf(plan, rocketDeck));
    plan.info.name = QStringLiteral("🫠 🚀 2027 华东增长计划");
    const QString meltingDeck = dir.filePath(QStringLiteral("melting-deck.pdf"));
    REQUIRE(ui::writeDeckPdf(plan, meltingDeck));

    CHECK(embeddedFonts(rocket).contains(QStringLiteral("Symbola")));
    CHECK(pdfLines(rocket, 2).first() == QStringLiteral("2027 华东增长计划"));
    // The face leaves no box and no gap: the cover, the header and the deck's title slide and
    // chart slides read as without it.
    const QList<std::tuple<QString, QString, int>> pages{{rocket, melting, 1},
                                                         {rocket, melting, 2},
                                                         {rocketDeck, meltingDeck, 1},
                                                         {rocketDeck, meltingDeck, 3}};
    for (const auto &[without, with, page] : pages) {
        const QList<PdfWord> expected = pdfWords(without, page);
        const QList<PdfWord> words = pdfWords(with, page);
        REQUIRE(words.size() == expected.size());
        for (qsizetype i = 0; i < words.size(); ++i) {
            INFO(words.at(i).text.toStdString());
            CHECK(words.at(i).text == expected.at(i).text);
            CHECK(qAbs(words.at(i).box.left() - expected.at(i).box.left()) < 0.5);
        }
    }
}

TEST_CASE("The text layer has no labels a reader cannot see", "[report][navigation]")
{
    const QTemporaryDir dir;
    const Plan plan = samplePlan("sample-en.json");
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    writeReport(plan, report);
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    REQUIRE(ui::writeDeckPdf(plan, deck));
    // The months' targets are labelled on their bars (0.72 for $720,000); the stretch tier on top
    // of them is not, its labels drawn transparent: they must not come out on copying either.
    static const QRegularExpression stretchLabel(QStringLiteral("(?<![\\d.,$])0\\.0\\d+\\b"));
    for (const QString &pdf : {report, deck}) {
        const QString text = pdfText(pdf);
        const auto ghost = stretchLabel.match(text);
        INFO(pdf.toStdString() << ": " << ghost.captured().toStdString());
        CHECK(text.contains(QStringLiteral("0.72")));
        CHECK_FALSE(ghost.hasMatch());
    }
}
