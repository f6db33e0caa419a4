// The PDF report, read back with poppler's tools as a reader would: every section, the target and
// its quarters, the team, embedded fonts (Chinese ones for a Chinese plan) and a sane page count.
#include <catch2/catch.hpp>

#include "plan/format.h"
#include "plan/sectiontitle.h"
#include "reporttools.h"
#include "summary/headcount.h"
#include "summary/plansummary.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

void checkReport(const Plan &plan, const QString &pdf)
{
    const QString text = pdfText(pdf);
    const QStringList lines = pdfLines(pdf);
    for (int section = 0; section < sectionCount; ++section) {
        const QString title = sectionTitle(Section(section));
        INFO(title.toStdString());
        CHECK(lines.contains(title));
    }
    CHECK(text.contains(formatPlanAmount(plan.targets.annualTarget)));
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(static_cast<bool>(summary.decomposition));
    for (const qint64 quarter : summary.decomposition->quarters) {
        const QString figure = formatPlanAmount(Money{quarter, plan.info.currency});
        INFO(figure.toStdString());
        CHECK(text.contains(figure));
    }
    REQUIRE(!plan.team.members.isEmpty());
    CHECK(text.contains(plan.team.members.first().name));
    const int pages = pageCount(pdf);
    CHECK(pages >= 4);
    CHECK(pages <= 40);
    // Every page's footer, digits included, as a reader copying it would get it.
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(pdfText(pdf, page).contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)));
    }
}

} // namespace

TEST_CASE("The Chinese sample exports to a PDF with every section and embedded CJK fonts",
          "[report]")
{
    const Plan plan = samplePlan("sample-zh_CN.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);
    checkReport(plan, pdf);
    CHECK(formatMoney(plan.targets.annualTarget) == QStringLiteral("¥120,000,000.00"));
    CHECK(pdfText(pdf).contains(QStringLiteral("刘洋")));
    const QStringList fonts = embeddedFonts(pdf);
    INFO(fonts.join(u' ').toStdString());
    CHECK(!fonts.isEmpty());
    CHECK(fonts.join(u' ').contains(QStringLiteral("CJK")));
}

TEST_CASE("Chinese text copies out of the PDF as the ideographs drawn, not as radicals", "[report]")
{
    const Plan plan = samplePlan("sample-zh_CN.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);
    const QString text = pdfText(pdf);
    // The mission holds 一, 长, 用 and 户, which Noto Sans CJK also maps from radicals
    // (⼀ U+2F00, ⻓ U+2ED3, ⽤ U+2F64, ⼾ U+2F3E).
    REQUIRE(plan.mission.mission.contains(QStringLiteral("客户")));
    CHECK(text.contains(plan.mission.mission));
    static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
    const auto found = radicals.match(text);
    INFO((found.hasMatch() ? found.captured().toStdString() : std::string()));
    CHECK_FALSE(found.hasMatch());
}

TEST_CASE("The English sample exports on Letter paper with embedded fonts", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ui::ReportOptions letter;
    letter.page = QPageSize::Letter;
    writeReport(plan, pdf, letter);
    checkReport(plan, pdf);
    CHECK(!embeddedFonts(pdf).isEmpty());
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("letter")));
}

TEST_CASE("The report tells the headcount for the year and for the tightest month", "[report]")
{
    const char *name = GENERATE("sample-en.json", "sample-zh_CN.json");
    INFO(name);
    const Plan plan = samplePlan(name);
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.funnel);
    REQUIRE(summary.capacity);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ui::ReportOptions english;
    english.language = QStringLiteral("en");
    writeReport(plan, pdf, english);
    // pdftotext breaks a paragraph's lines where the page does.
    const QString text = pdfText(pdf).simplified();
    const QString year = yearHeadcountLine(*summary.funnel).sentence();
    const QString month = tightestMonthLine(*summary.capacity, plan.info.period).sentence();
    CHECK(year.startsWith(QStringLiteral("Headcount for the year: ")));
    CHECK(month.startsWith(QStringLiteral("Tightest month: ")));
    CHECK(text.contains(year));
    CHECK(text.contains(month));
}

TEST_CASE("An unwritable path gives an error in words and leaves no file", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(QStringLiteral("missing/plan.pdf"));
    const Status written = ui::writePdf(plan, missingFolder);
    REQUIRE_FALSE(static_cast<bool>(written));
    CHECK(written.error().message().contains(QStringLiteral("cannot be written")));
    CHECK(!QFileInfo::exists(missingFolder));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}
