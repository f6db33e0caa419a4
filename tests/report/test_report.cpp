// The PDF report, read back with poppler's tools as a reader would: every section, the target and
// its quarters, the team, embedded fonts (Chinese ones for a Chinese plan) and a sane page count.
#include <catch2/catch.hpp>

#include "calc/plansummary.h"
#include "exchange/planjson.h"
#include "plan/format.h"
#include "report/planreport.h"
#include "sections/sectioneditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;

namespace {

Plan samplePlan(const char *name)
{
    QFile file(QStringLiteral(SALESPLAN_SAMPLES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<Plan> plan = planFromJson(file.readAll());
    REQUIRE(static_cast<bool>(plan));
    return *plan;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = pages.match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The fonts pdffonts lists as embedded ("yes" in the emb column).
QStringList embeddedFonts(const QString &pdf)
{
    QStringList fonts;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).split(u'\n');
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() >= 5 && columns.contains(QStringLiteral("yes")))
            fonts.append(columns.first());
    }
    return fonts;
}

// pdftotext breaks lines where the layout does; a figure or a name stays on one line.
QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

void checkReport(const Plan &plan, const QString &pdf)
{
    const QString text = pdfText(pdf);
    for (int section = 0; section < sectionCount; ++section) {
        const QString title = ui::SectionEditor::sectionTitle(Section(section));
        INFO(title.toStdString());
        CHECK(text.contains(title));
    }
    CHECK(text.contains(formatMoney(plan.targets.annualTarget)));
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(static_cast<bool>(summary.decomposition));
    for (const qint64 quarter : summary.decomposition->quarters) {
        const QString figure = formatMoney(Money{quarter, plan.info.currency});
        INFO(figure.toStdString());
        CHECK(text.contains(figure));
    }
    REQUIRE(!plan.team.members.isEmpty());
    CHECK(text.contains(plan.team.members.first().name));
    const int pages = pageCount(pdf);
    CHECK(pages >= 4);
    CHECK(pages <= 40);
    // The footer's "page X of Y" is checked by eye: pdftotext drops its digits (see the report).
    CHECK(text.contains(QStringLiteral("page")));
}

} // namespace

TEST_CASE("The Chinese sample exports to a PDF with every section and embedded CJK fonts",
          "[report]")
{
    const Plan plan = samplePlan("sample-zh_CN.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const Status written = ui::writePdf(plan, pdf);
    INFO((written ? std::string() : written.error().message().toStdString()));
    REQUIRE(static_cast<bool>(written));
    checkReport(plan, pdf);
    CHECK(formatMoney(plan.targets.annualTarget) == QStringLiteral("¥120,000,000.00"));
    CHECK(pdfText(pdf).contains(QStringLiteral("刘洋")));
    const QStringList fonts = embeddedFonts(pdf);
    INFO(fonts.join(u' ').toStdString());
    CHECK(!fonts.isEmpty());
    CHECK(fonts.join(u' ').contains(QStringLiteral("CJK")));
}

TEST_CASE("The English sample exports on Letter paper with embedded fonts", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ui::ReportOptions letter;
    letter.page = QPageSize::Letter;
    REQUIRE(static_cast<bool>(ui::writePdf(plan, pdf, letter)));
    checkReport(plan, pdf);
    CHECK(!embeddedFonts(pdf).isEmpty());
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("letter")));
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
