// The table of contents: one line per section, the sign-off and the appendix, and each line's
// page number is the page where that heading is.
#include <catch2/catch.hpp>

#include "language/language.h"
#include "plan/sectiontitle.h"
#include "report/planreport.h"
#include "reporttools.h"
#include "summary/plansummary.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

struct ContentsLine
{
    QString title;
    int page = 0;
};

constexpr int contentsPage = 3; // after the cover and the executive summary

// The lines of the contents page: a title, dot leaders and a page number.
QList<ContentsLine> contentsLines(const QString &pdf)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\S.*?)\\s*(?:\\.\\s*){3,}(\\d+)\\s*$"));
    QList<ContentsLine> lines;
    for (const QString &text : pdfLayoutText(pdf, contentsPage).split(u'\n')) {
        const auto match = line.match(text);
        if (match.hasMatch())
            lines.append({match.captured(1), match.captured(2).toInt()});
    }
    return lines;
}

void checkContents(const QString &pdf, const QStringList &expectedTitles)
{
    const QList<ContentsLine> lines = contentsLines(pdf);
    QStringList titles;
    for (const ContentsLine &line : lines)
        titles.append(line.title);
    CHECK(titles == expectedTitles);
    const int pages = pageCount(pdf);
    int previous = contentsPage + 1;
    for (const ContentsLine &line : lines) {
        INFO(line.title.toStdString() << " on page " << line.page);
        CHECK(line.page >= previous);
        CHECK(line.page <= pages);
        CHECK(pdfLines(pdf, line.page).contains(line.title));
        previous = line.page;
    }
}

QStringList sectionTitles(const QList<Section> &sections)
{
    QStringList titles;
    for (const Section section : sections)
        titles.append(sectionTitle(section));
    return titles;
}

// The contents a reader expects: the sections' titles, the sign-off, then the appendix when a
// chosen section has details for it (members, stages, tools).
QStringList expectedContents(const Plan &plan, const QList<Section> &sections)
{
    QStringList titles = sectionTitles(sections) << ui::PlanReport::tr("Sign-off");
    if ((sections.contains(Section::Team) && !plan.team.members.isEmpty()) ||
        (sections.contains(Section::Stages) && !plan.stages.isEmpty()) ||
        (sections.contains(Section::Tools) && !plan.tools.isEmpty()))
        titles << ui::PlanReport::tr("Appendix: details");
    return titles;
}

const QList<Section> allSections = {Section::Mission,  Section::Targets, Section::Team,
                                    Section::Segments, Section::Stages,  Section::Tools,
                                    Section::Metrics};

} // namespace

TEST_CASE("The contents give the page of every section, the sign-off and the appendix", "[report]")
{
    const Plan english = samplePlan("sample-en.json");
    const Plan chinese = samplePlan("sample-zh_CN.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));

    SECTION("the English sample")
    {
        writeReport(english, pdf);
        checkContents(pdf, expectedContents(english, allSections));
    }
    SECTION("the Chinese sample on Letter paper")
    {
        ui::ReportOptions letter;
        letter.page = QPageSize::Letter;
        writeReport(chinese, pdf, letter);
        checkContents(pdf, expectedContents(chinese, allSections));
    }
    SECTION("some sections of the English sample")
    {
        ui::ReportOptions some;
        some.sections = {Section::Team, Section::Tools};
        writeReport(english, pdf, some);
        checkContents(pdf, expectedContents(english, some.sections));
    }
}

TEST_CASE("The contents of a report in Chinese point at the Chinese headings", "[report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ui::ReportOptions chinese;
    chinese.language = QStringLiteral("zh_CN");
    const Plan plan = samplePlan("sample-zh_CN.json");
    writeReport(plan, pdf, chinese);
    const ui::ScopedLanguage speaking(chinese.language);
    const QStringList expected = expectedContents(plan, allSections);
    CHECK(expected.first() != QStringLiteral("Mission & positioning"));
    checkContents(pdf, expected);
}
