// What the report options change in the PDF a reader gets: the language of its own texts, the
// sections it holds, a cancel from the progress callback that leaves no file behind, and the
// confidentiality line on the cover and in every footer.
#include <catch2/catch.hpp>

#include "language/language.h"
#include "plan/format.h"
#include "plan/sectiontitle.h"
#include "reporttools.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>

#include <algorithm>

using namespace salesplan;
using namespace reporttest;

namespace {

QStringList sectionTitles(const QString &language)
{
    const ui::ScopedLanguage speaking(language);
    QStringList titles;
    for (int section = 0; section < sectionCount; ++section)
        titles.append(sectionTitle(Section(section)));
    return titles;
}

// What SalesPlan's own translation file for `language` says for `english`, read straight from
// the file, or nothing while no translation is there.
QString translationOnFile(const QString &language, const char *english)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral("salesplan_") + language, QStringLiteral(":/i18n")))
        return {};
    return translator.translate("SectionTitle", english);
}

// Requires the titles to be what the language's translation file says once it has them.
void requireTranslatedOnceAvailable(const QString &language, const QStringList &titles)
{
    const QString onFile = translationOnFile(language, "Targets");
    if (onFile.isEmpty())
        return; // not translated yet: the titles fall back to English
    CHECK(titles.at(int(Section::Targets)) == onFile);
    CHECK(titles != sectionTitles(QStringLiteral("en")));
}

} // namespace

TEST_CASE("A report in another language has that language's headings and dates", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    const QString before = ui::Translators::current();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ui::ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    writeReport(plan, pdf, options);
    CHECK(ui::Translators::current() == before);

    const QStringList titles = sectionTitles(QStringLiteral("zh_CN"));
    requireTranslatedOnceAvailable(QStringLiteral("zh_CN"), titles);
    const QStringList lines = pdfLines(pdf);
    for (const QString &title : titles) {
        INFO(title.toStdString());
        CHECK(lines.contains(title));
    }
    const QString date =
        formatDay(QDate::currentDate(), ui::localeForLanguage(QStringLiteral("zh_CN")));
    INFO(date.toStdString());
    CHECK(pdfText(pdf, 1).contains(date));
}

TEST_CASE("A report holds the chosen sections only", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    const QString some = dir.filePath(QStringLiteral("some.pdf"));
    writeReport(plan, all);
    ui::ReportOptions options;
    options.sections = {Section::Metrics, Section::Mission, Section::Targets};
    writeReport(plan, some, options);

    const QStringList lines = pdfLines(some);
    for (int section = 0; section < sectionCount; ++section) {
        const QString title = sectionTitle(Section(section));
        INFO(title.toStdString());
        CHECK(lines.contains(title) == options.sections.contains(Section(section)));
    }
    // In plan order, whatever the order asked for (the last mention is the heading, after the
    // contents).
    CHECK(lines.lastIndexOf(sectionTitle(Section::Mission)) <
          lines.lastIndexOf(sectionTitle(Section::Metrics)));
    CHECK(pageCount(some) < pageCount(all));
}

TEST_CASE("The progress callback hears of every page and can cancel the export", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));

    SECTION("an export reports each page once, in order, with the page count")
    {
        QList<int> done;
        int total = 0;
        ui::ReportOptions options;
        options.progress = [&](int pagesDone, int pageCount) {
            done.append(pagesDone);
            total = pageCount;
            return true;
        };
        writeReport(plan, pdf, options);
        const int pages = pageCount(pdf);
        CHECK(total == pages);
        QList<int> expected;
        for (int page = 1; page <= pages; ++page)
            expected.append(page);
        CHECK(done == expected);
    }

    SECTION("a cancelled export over an existing file leaves its bytes and nothing else")
    {
        const QByteArray old = "an older report the user keeps";
        {
            QFile file(pdf);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        int calls = 0;
        ui::ReportOptions options;
        options.progress = [&](int pagesDone, int) {
            ++calls;
            return pagesDone < 2;
        };
        const Status written = ui::writePdf(plan, pdf, options);
        REQUIRE_FALSE(static_cast<bool>(written));
        CHECK(written.error().message().contains(ui::reportCancelled().message()));
        CHECK(calls == 2);
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == old);
        CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) ==
              QStringList{QStringLiteral("plan.pdf")});
    }

    SECTION("a cancelled export to a new path leaves no file")
    {
        ui::ReportOptions options;
        options.progress = [](int, int) {
            return false;
        };
        CHECK_FALSE(static_cast<bool>(ui::writePdf(plan, pdf, options)));
        CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
}

TEST_CASE("salesplan export --lang zh_TW writes the report in Traditional Chinese", "[report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QProcess salesplan;
    salesplan.start(QStringLiteral(SALESPLAN_EXE),
                    {QStringLiteral("export"), QStringLiteral(SALESPLAN_SAMPLES "/sample-en.json"),
                     QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"),
                     QStringLiteral("zh_TW")});
    REQUIRE(salesplan.waitForFinished(120000));
    INFO(QString::fromUtf8(salesplan.readAllStandardError()).toStdString());
    REQUIRE(salesplan.exitCode() == 0);

    const QStringList titles = sectionTitles(QStringLiteral("zh_TW"));
    requireTranslatedOnceAvailable(QStringLiteral("zh_TW"), titles);
    const QStringList lines = pdfLines(pdf);
    for (const QString &title : titles) {
        INFO(title.toStdString());
        CHECK(lines.contains(title));
    }
    const QString date =
        formatDay(QDate::currentDate(), ui::localeForLanguage(QStringLiteral("zh_TW")));
    INFO(date.toStdString());
    CHECK(pdfText(pdf, 1).contains(date));
    CHECK(embeddedFonts(pdf).join(u' ').contains(QStringLiteral("CJKtc")));
}

namespace {

// The words of the footer's line on `page`: the lowest line, which ends in "page X of Y".
QList<PdfWord> footerWords(const QString &pdf, int page)
{
    QList<PdfWord> words = pdfWords(pdf, page);
    double bottom = 0;
    for (const PdfWord &word : words)
        bottom = qMax(bottom, word.box.top());
    words.removeIf([bottom](const PdfWord &word) { return word.box.top() < bottom - 2; });
    std::sort(words.begin(), words.end(),
              [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
    return words;
}

} // namespace

TEST_CASE("A confidentiality line is on the cover and in every page's footer", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString line = QStringLiteral("Confidential — for the leadership team only");
    const QString with = dir.filePath(QStringLiteral("with.pdf"));
    ui::ReportOptions options;
    options.confidentiality = line;
    writeReport(plan, with, options);

    CHECK(pdfText(with, 1).count(line) == 2); // under the status lines and in the footer
    const int pages = pageCount(with);
    for (int page = 2; page <= pages; ++page) {
        INFO("page " << page);
        const QList<PdfWord> footer = footerWords(with, page);
        REQUIRE(footer.size() > 4);
        CHECK(footer.first().text == QStringLiteral("Confidential"));
        CHECK(footer.at(footer.size() - 4).text == QStringLiteral("page"));
    }

    const QString without = dir.filePath(QStringLiteral("without.pdf"));
    writeReport(plan, without);
    CHECK_FALSE(pdfText(without).contains(QStringLiteral("Confidential")));
    CHECK(pageCount(without) == pages);
}

TEST_CASE("A long confidentiality line is cut short in the footer before the page number",
          "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ui::ReportOptions options;
    options.confidentiality = QStringLiteral("Confidential") +
                              QStringLiteral(" — for the leadership team only").repeated(16) +
                              QStringLiteral(" THE END");
    writeReport(plan, pdf, options);

    const int pages = pageCount(pdf);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QList<PdfWord> footer = footerWords(pdf, page);
        REQUIRE(footer.size() > 5);
        const QStringList pageNumber = {footer.at(footer.size() - 4).text,
                                        footer.at(footer.size() - 3).text,
                                        footer.at(footer.size() - 2).text, footer.last().text};
        CHECK(pageNumber == QStringList{QStringLiteral("page"), QString::number(page),
                                        QStringLiteral("of"), QString::number(pages)});
        const PdfWord &noteEnd = footer.at(footer.size() - 5);
        CHECK(noteEnd.text.endsWith(QStringLiteral("…")));
        CHECK(noteEnd.box.right() < footer.at(footer.size() - 4).box.left() - 5);
        CHECK(footer.first().text == QStringLiteral("Confidential"));
    }
    CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("THE END"))); // the cover cuts it short too
}
