// A report leadership approves: the executive summary on page 2 with the figures the sections
// give, the long tables in an appendix so a big team's body stays short, the open findings only
// when asked for, the risks on a heat map, a DRAFT watermark on a draft, and a sign-off block.
#include <catch2/catch.hpp>

#include "plan/format.h"
#include "plan/sectiontitle.h"
#include "report/executivesummary.h"
#include "report/planreport.h"
#include "reporttools.h"
#include "summary/headcount.h"
#include "summary/plansummary.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

constexpr int summaryPage = 2; // right after the cover, before the contents

// `text` without any white space, so a figure a table cell wraps still reads as one.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The page of the appendix's heading (its own line, not the contents' dotted one).
int appendixPage(const QString &pdf)
{
    static const QRegularExpression heading(QStringLiteral("^\\s*Appendix: details\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QList<int> pages = pagesMatching(pdf, heading);
    REQUIRE(pages.size() == 1);
    return pages.first();
}

Plan bigTeam(int members)
{
    Plan plan = samplePlan("sample-en.json");
    const Member model = plan.team.members.first();
    plan.team.members.clear();
    for (int i = 1; i <= members; ++i) {
        Member member = model;
        member.id = plan.ids.take();
        member.name = QStringLiteral("Member %1").arg(i, 3, 10, QLatin1Char('0'));
        plan.team.members.append(member);
    }
    return plan;
}

// The text of the body's pages after the cover: from the executive summary up to the appendix.
QString bodyText(const QString &pdf)
{
    static const QRegularExpression appendix(
        QStringLiteral("^\\s*(Appendix: details|附录：明细)\\s*$"),
        QRegularExpression::MultilineOption);
    const QList<int> pages = pagesMatching(pdf, appendix);
    const int end = pages.isEmpty() ? pageCount(pdf) + 1 : pages.first();
    QString text;
    for (int page = summaryPage; page < end; ++page)
        text += pdfText(pdf, page);
    return text;
}

} // namespace

TEST_CASE("Page 2 summarises the plan in the sections' own figures", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.growth);
    REQUIRE(summary.funnel);
    REQUIRE_FALSE(summary.funnel->marketingBudget.isZero());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);

    const QString page = squeezed(pdfText(pdf, summaryPage));
    CHECK(pdfLines(pdf, summaryPage).contains(QStringLiteral("Executive summary")));
    CHECK(page.contains(squeezed(formatPlanAmount(plan.targets.annualTarget))));
    CHECK(page.contains(squeezed(formatPercent(*summary.growth))));
    CHECK(page.contains(squeezed(yearHeadcountLine(*summary.funnel).text)));
    CHECK(page.contains(squeezed(formatPlanAmount(summary.funnel->marketingBudget))));
    CHECK(page.contains(squeezed(
        QStringLiteral("Approve the %1 target").arg(formatPlanAmount(plan.targets.annualTarget)))));
    // Nothing of the summary spills onto the next page: the contents start there.
    CHECK(pdfLines(pdf, summaryPage + 1).contains(QStringLiteral("Contents")));

    // "see Targets, p. N" points at the page where the Targets section starts.
    static const QRegularExpression see(QStringLiteral("see Targets, p\\. (\\d+)"));
    const auto match = see.match(pdfText(pdf, summaryPage).simplified());
    REQUIRE(match.hasMatch());
    CHECK(pdfLines(pdf, match.captured(1).toInt()).contains(sectionTitle(Section::Targets)));
}

TEST_CASE("The summary page's figures are the executive summary's, line by line", "[report]")
{
    for (const char *sample : {"sample-en.json", "sample-zh_CN.json"}) {
        INFO(sample);
        const Plan plan = samplePlan(sample);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        writeReport(plan, pdf);
        // Without the detail column's "see Targets, p. 4", which pdftotext may read into the
        // middle of a wrapped figure beside it.
        static const QRegularExpression see(QStringLiteral("see [^,\\n]+, p\\. \\d+"));
        const QString page = squeezed(pdfText(pdf, summaryPage).remove(see));
        const QList<ui::SummaryFigure> figures =
            ui::ExecutiveSummary::figures(plan, summarizePlan(plan));
        REQUIRE(figures.size() >= 6);
        for (const ui::SummaryFigure &figure : figures) {
            // A value of several lines is read line by line: a line is one cell line.
            for (const QString &line : figure.value.split(u'\n')) {
                INFO(figure.label.toStdString() << ": " << line.toStdString());
                CHECK(page.contains(squeezed(line)));
            }
        }
    }
}

TEST_CASE("No plan amount in the body has cents, in English or in 万 and 亿", "[report]")
{
    struct Case
    {
        const char *sample;
        bool wanYi;
        QString language;
    };
    for (const Case &c : {Case{"sample-en.json", false, QStringLiteral("en")},
                          Case{"sample-zh_CN.json", true, QStringLiteral("zh_CN")},
                          Case{"sample-zh_CN.json", false, QStringLiteral("zh_CN")}}) {
        INFO(c.sample << " in " << c.language.toStdString() << (c.wanYi ? " with 万/亿" : ""));
        setLargeAmountsInWanYi(c.wanYi);
        const Plan plan = samplePlan(c.sample);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        ui::ReportOptions options;
        options.language = c.language;
        writeReport(plan, pdf, options);
        setLargeAmountsInWanYi(false);
        const QString body = bodyText(pdf);
        REQUIRE(body.contains(currencySign(plan.info.currency)));
        // Cents: two decimals not followed by a unit, as ¥1.25亿 or $1.76M are (a line may break
        // between the figure and its unit).
        static const QRegularExpression cents(
            QStringLiteral("[¥$][\\d,]*\\.\\d\\d(?!\\s*[\\d%万亿kMB])"));
        const auto match = cents.match(body);
        INFO((match.hasMatch() ? match.captured().toStdString() : std::string()));
        CHECK_FALSE(match.hasMatch());
        CHECK_FALSE(body.contains(QStringLiteral(".00")));
    }
}

// The report of `plan` in Chinese with the 万/亿 preference on, as a Chinese manager exports it.
void writeChineseWithWanYi(const Plan &plan, const QString &pdf)
{
    setLargeAmountsInWanYi(true);
    ui::ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    writeReport(plan, pdf, options);
    setLargeAmountsInWanYi(false);
}

TEST_CASE("With 万 and 亿 on, a table's column of amounts is in one unit, its total too",
          "[report]")
{
    const Plan plan = samplePlan("sample-zh_CN.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeChineseWithWanYi(plan, pdf);

    // The ¥1.2亿 target's months and quarters in 万, their total ¥12,000万 (not ¥1.2亿).
    static const QRegularExpression heading(QStringLiteral("^\\s*季度与月度目标\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QList<int> pages = pagesMatching(pdf, heading);
    REQUIRE(pages.size() == 1);
    const QString page = pdfLayoutText(pdf, pages.first());
    static const QRegularExpression total(QStringLiteral("^合计\\s+(\\S+)\\s+(\\S+)\\s*$"),
                                          QRegularExpression::MultilineOption);
    QString totals;
    for (auto it = total.globalMatch(page); it.hasNext();) {
        const auto match = it.next();
        totals += match.captured(1) + u' ' + match.captured(2) + u'\n';
    }
    INFO(page.toStdString());
    CHECK(totals.contains(QStringLiteral("¥12,000万 ¥12,000万")));
    CHECK_FALSE(page.contains(QStringLiteral("¥1.2亿")));
}

TEST_CASE("With 万 and 亿 on, the appendix's detail tables are exact to the fen", "[report]")
{
    const Plan plan = samplePlan("sample-zh_CN.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeChineseWithWanYi(plan, pdf);

    static const QRegularExpression heading(QStringLiteral("^\\s*附录：明细\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QList<int> pages = pagesMatching(pdf, heading);
    REQUIRE(pages.size() == 1);
    QString appendix;
    for (int page = pages.first(); page <= pageCount(pdf); ++page)
        appendix += pdfText(pdf, page);
    // Each quota to the fen: ¥10,815,388.07, never ¥1,081.54万.
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.quotas);
    for (const HolderQuota &holder : summary.quotas->holders) {
        const QString exact = formatMoneyExact(holder.annual, plan.info.currency);
        INFO(exact.toStdString());
        CHECK(appendix.contains(exact));
    }
    // No amount in 万 or 亿 anywhere in it: ¥36,000.00 a year for a tool, not ¥3.6万.
    static const QRegularExpression wanYi(QStringLiteral("¥[\\d,.]+[万亿]"));
    const auto match = wanYi.match(appendix);
    INFO((match.hasMatch() ? match.captured().toStdString() : std::string()));
    CHECK_FALSE(match.hasMatch());
    // The body before it writes the same plan in 万 and 亿 without cents.
    const QString body = bodyText(pdf);
    CHECK(body.contains(QStringLiteral("万")));
    CHECK_FALSE(body.contains(QStringLiteral(".00")));
}

TEST_CASE("A 300-member team keeps the body under 12 pages, its members in the appendix",
          "[report]")
{
    const Plan plan = bigTeam(300);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);

    const int appendix = appendixPage(pdf);
    INFO("appendix on page " << appendix << " of " << pageCount(pdf));
    // The bridge from last year, the cost of the plan and the sales budget add about two pages.
    CHECK(appendix - 1 < 14);
    static const QRegularExpression member(QStringLiteral("Member \\d{3}"));
    const QList<int> memberPages = pagesMatching(pdf, member);
    REQUIRE(!memberPages.isEmpty());
    CHECK(memberPages.first() >= appendix);
    // The body gives the team by region instead.
    CHECK(pdfLayoutText(pdf).contains(QStringLiteral("Team by region")));
}

TEST_CASE("Open findings are printed only when asked for", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    // An open point a reviewer would raise: a live figure the plan does not have.
    plan.mission.marketTrends += QStringLiteral(" Share: {marketShare}.");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(!summary.findings.isEmpty());
    const QString message = squeezed(summary.findings.first().message);
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString open = dir.filePath(QStringLiteral("open.pdf"));
    writeReport(plan, plain);
    ui::ReportOptions withOpenPoints;
    withOpenPoints.includeOpenPoints = true;
    writeReport(plan, open, withOpenPoints);

    CHECK_FALSE(pdfLines(plain).contains(QStringLiteral("Open points")));
    CHECK_FALSE(squeezed(pdfText(plain)).contains(message));
    static const QRegularExpression heading(QStringLiteral("^\\s*Open points\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QList<int> pages = pagesMatching(open, heading);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first() >= appendixPage(open));
    CHECK(squeezed(pdfText(open)).contains(message));
}

TEST_CASE("A draft carries a DRAFT watermark on every page and an approved plan on none",
          "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    plan.info.status = PlanStatus::Draft;
    writeReport(plan, pdf);
    const int pages = pageCount(pdf);
    for (int page = 1; page <= pages; ++page) {
        INFO("draft, page " << page);
        // pdftotext gives diagonal text in pieces ("D", "RA", "FT"), one after another.
        CHECK(squeezed(pdfTextWithDiagonals(pdf, page)).contains(QStringLiteral("DRAFT")));
    }
    plan.info.status = PlanStatus::InReview; // not approved yet: still a draft to its readers
    writeReport(plan, pdf);
    CHECK(squeezed(pdfTextWithDiagonals(pdf, 1)).contains(QStringLiteral("DRAFT")));
    plan.info.status = PlanStatus::Approved;
    writeReport(plan, pdf);
    CHECK_FALSE(squeezed(pdfTextWithDiagonals(pdf)).contains(QStringLiteral("DRAFT")));
    CHECK(pageCount(pdf) == pages);
}

TEST_CASE("An approved plan's cover and sign-off name the approver, the date and the comment",
          "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    plan.info.status = PlanStatus::Approved;
    plan.info.statusLog = {StatusChange{plan.ids.take(), PlanStatus::Approved,
                                        QStringLiteral("Chen Jing"), QDate(2027, 1, 15),
                                        QStringLiteral("Review the Q2 pipeline in April"), false}};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);
    const QString cover = pdfText(pdf, 1);
    CHECK(cover.contains(QStringLiteral("Status: Approved")));
    CHECK(cover.contains(QStringLiteral("Approved by Chen Jing on 2027-01-15")));
    const QString signOff = pdfLayoutText(pdf, appendixPage(pdf) - 1);
    static const QRegularExpression approvedRow(
        QStringLiteral("Approved by\\s+Chen Jing\\s+2027-01-15"));
    CHECK(signOff.contains(approvedRow));
    CHECK(squeezed(signOff).contains(squeezed(QStringLiteral("Review the Q2 pipeline in April"))));
}

TEST_CASE("The risks page shows every risk's number on the heat map above its legend", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    REQUIRE(plan.metrics.risks.size() >= 2);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);

    // The map's likelihood axis is the first "Likelihood" (the legend's column follows it).
    static const QRegularExpression axis(QStringLiteral("Likelihood"));
    const QList<int> pages = pagesMatching(pdf, axis);
    REQUIRE(!pages.isEmpty());
    const QList<PdfWord> words = pdfWords(pdf, pages.first());
    double axisTop = -1;
    for (const PdfWord &word : words)
        if (word.text == QStringLiteral("Likelihood") && (axisTop < 0 || word.box.top() < axisTop))
            axisTop = word.box.top();
    REQUIRE(axisTop > 0);
    constexpr double mapHeight = 80 * 72 / 25.4;
    for (qsizetype i = 0; i < plan.metrics.risks.size(); ++i) {
        const QString label = QStringLiteral("R%1").arg(i + 1);
        int onMap = 0;
        for (const PdfWord &word : words)
            onMap += word.text == label && word.box.bottom() < axisTop &&
                     word.box.top() > axisTop - mapHeight;
        INFO(label.toStdString());
        CHECK(onMap == 1);
    }
}

TEST_CASE("The body ends with a sign-off block for the author, the reviewer and the approver",
          "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    REQUIRE(!plan.info.author.isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);
    const int appendix = appendixPage(pdf);
    const QString signOff = pdfText(pdf, appendix - 1);
    for (const QString &expected :
         {QStringLiteral("Sign-off"), QStringLiteral("Prepared by"), plan.info.author,
          QStringLiteral("Reviewed by"), QStringLiteral("Approved by"), QStringLiteral("Signature"),
          QStringLiteral("Date")}) {
        INFO(expected.toStdString());
        CHECK(signOff.contains(expected));
    }
}
