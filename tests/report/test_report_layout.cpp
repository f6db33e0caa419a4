// Long content laid out the way a reader expects: a 500-member table (in the appendix) breaks
// across pages with its header row on each, and a row taller than a page continues on the next one,
// never running into the footer.
#include <catch2/catch.hpp>

#include "plan/format.h"
#include "reporttools.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

// Requires that nothing but "page X of Y" is drawn in the footer band of any page.
void requireFootersClear(const QString &pdf)
{
    constexpr double pointsPerMm = 72 / 25.4;
    const double footerTop = (18 + 6) * pointsPerMm; // the margin and the footer band
    for (int page = 1; page <= pageCount(pdf); ++page) {
        QSizeF size;
        for (const PdfWord &word : pdfWords(pdf, page, &size)) {
            if (word.box.bottom() <= size.height() - footerTop)
                continue;
            INFO("page " << page << ": " << word.text.toStdString());
            CHECK((word.text == QStringLiteral("page") || word.text == QStringLiteral("of") ||
                   word.text.toInt() > 0));
        }
    }
}

} // namespace

TEST_CASE("A 500-member table breaks across pages with its header row on each", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    const Member model = plan.team.members.first();
    plan.team.members.clear();
    for (int i = 1; i <= 500; ++i) {
        Member member = model;
        member.id = plan.ids.take();
        member.name = QStringLiteral("Member %1").arg(i, 3, 10, QLatin1Char('0'));
        plan.team.members.append(member);
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);

    static const QRegularExpression member(QStringLiteral("Member \\d{3}"));
    // The members' fields, less the start date none of them has (their quotas follow).
    static const QRegularExpression header(
        QStringLiteral("Name\\s+Role\\s+Region\\s+Ramp \\(months\\)"));
    // The members' table is in the appendix, and ends where the quotas, which name every member
    // again, begin.
    static const QRegularExpression appendix(QStringLiteral("^\\s*Appendix: details\\s*$"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression quotas(QStringLiteral("^Quotas$"),
                                           QRegularExpression::MultilineOption);
    const QList<int> appendixPages = pagesMatching(pdf, appendix);
    REQUIRE(appendixPages.size() == 1);
    const QList<int> quotaPages = pagesMatching(pdf, quotas);
    REQUIRE(!quotaPages.isEmpty());
    QList<int> memberPages = pagesMatching(pdf, member);
    memberPages.removeIf([&](int page) { return page >= quotaPages.first(); });
    REQUIRE(!memberPages.isEmpty());
    CHECK(memberPages.first() >= appendixPages.first());
    REQUIRE(memberPages.size() >= 5);
    for (int page = memberPages.first(); page <= memberPages.last(); ++page) {
        INFO("page " << page);
        CHECK(memberPages.contains(page));
        CHECK(header.match(pdfLayoutText(pdf, page)).hasMatch());
        // Each page after the table's first says the table goes on there.
        CHECK(pdfLines(pdf, page).contains(QStringLiteral("(continued)")) ==
              (page > memberPages.first()));
    }
    // Every member once, in order: none lost or repeated at a page break.
    const QString text = pdfText(pdf);
    const QString membersTable = text.left(quotas.match(text).capturedStart());
    QStringList names;
    for (auto it = member.globalMatch(membersTable); it.hasNext();)
        names.append(it.next().captured());
    REQUIRE(names.size() == 500);
    for (int i = 0; i < names.size(); ++i)
        CHECK(names.at(i) == QStringLiteral("Member %1").arg(i + 1, 3, 10, QLatin1Char('0')));
    requireFootersClear(pdf);
}

TEST_CASE("A table row taller than a page continues on the next pages under the header", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    REQUIRE(!plan.segments.isEmpty());
    QStringList strategy;
    for (int line = 1; line <= 150; ++line)
        strategy.append(
            QStringLiteral("Step %1 of the strategy").arg(line, 3, 10, QLatin1Char('0')));
    plan.segments.first().strategy = strategy.join(u'\n');
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);

    static const QRegularExpression step(QStringLiteral("Step (\\d{3}) of the strategy"));
    static const QRegularExpression header(
        QStringLiteral("Segment\\s+Customers\\s+Characteristics\\s+Challenges\\s+Goals\\s+Tier\\s+"
                       "Strategy"));
    const QList<int> stepPages = pagesMatching(pdf, step);
    REQUIRE(stepPages.size() >= 2);
    for (const int page : stepPages) {
        INFO("page " << page);
        CHECK(header.match(pdfLayoutText(pdf, page)).hasMatch());
    }
    QList<int> steps;
    for (auto it = step.globalMatch(pdfText(pdf)); it.hasNext();)
        steps.append(it.next().captured(1).toInt());
    REQUIRE(steps.size() == 150);
    for (int i = 0; i < steps.size(); ++i)
        CHECK(steps.at(i) == i + 1);
    requireFootersClear(pdf);
}

TEST_CASE("A table shorter than half a page is never split across two pages", "[report]")
{
    // The targets by quarter and month start below the targets' figures; in the samples they do
    // not fit there whole and move to the next page, under their heading.
    for (const char *sample : {"sample-en.json", "sample-zh_CN.json"}) {
        INFO(sample);
        const Plan plan = samplePlan(sample);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        ui::ReportOptions options;
        options.language = QStringLiteral("en");
        writeReport(plan, pdf, options);
        const QList<int> pages =
            pagesMatching(pdf, QRegularExpression(QStringLiteral("^Targets by quarter and month$"),
                                                  QRegularExpression::MultilineOption));
        REQUIRE(pages.size() == 1);
        const QString page = pdfLayoutText(pdf, pages.first());
        for (const int month : {1, 6, 7, 12}) {
            const QString name = formatMonthOfYear(plan.info.period.monthStart(month - 1));
            INFO(name.toStdString());
            CHECK(page.contains(name));
        }
        CHECK(
            QRegularExpression(QStringLiteral("^\\s*Total\\s"), QRegularExpression::MultilineOption)
                .match(page)
                .hasMatch());
        CHECK_FALSE(page.contains(QStringLiteral("(continued)")));
    }
}
