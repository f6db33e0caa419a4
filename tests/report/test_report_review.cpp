// The report's execution review: the section of a chosen month with its attainment, KPI board
// and notes, in the report only when asked, from the dialog's choice or --review-month.
#include <catch2/catch.hpp>

#include "../ui/uitestsupport.h"
#include "plan/format.h"
#include "reporttools.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

// The English sample with January to May booked, the first region under in May, and a note on
// it in the review log.
Plan reviewedPlan()
{
    Plan plan = uitest::withActualsToMay(samplePlan("sample-en.json"));
    ReviewEntry note;
    note.id = plan.ids.take();
    note.month = plan.info.period.monthStart(4);
    note.subject = ReviewSubject::Region;
    note.name = plan.targets.regions.first().name;
    note.cause = QStringLiteral("Two renewals slipped into June");
    note.action = QStringLiteral("Weekly call with both buyers");
    note.owner = QStringLiteral("Dana");
    plan.metrics.reviewLog.append(note);
    return plan;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSalesplan(const QStringList &arguments)
{
    QProcess salesplan;
    salesplan.start(QStringLiteral(SALESPLAN_EXE), arguments);
    REQUIRE(salesplan.waitForFinished(120000));
    return {salesplan.exitCode(), QString::fromUtf8(salesplan.readAllStandardOutput()),
            QString::fromUtf8(salesplan.readAllStandardError())};
}

} // namespace

TEST_CASE("The execution review of a month: its attainment, its notes, in the contents",
          "[report][review]")
{
    const Plan plan = reviewedPlan();
    const PlanSummary summary = summarizePlan(plan);
    const auto review = reviewPlan(plan, summary, 4);
    REQUIRE(review);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    ui::ReportOptions options;
    options.reviewMonth = 4;
    writeReport(plan, pdf, options);
    const QString text = pdfLayoutText(pdf);
    const QString title = QStringLiteral("Execution review: May 2027");
    CHECK(text.count(title) >= 2); // the contents' line and the heading
    CHECK(text.contains(QStringLiteral("KPI board")));
    CHECK(text.contains(QStringLiteral("Two renewals slipped into June")));
    CHECK(text.contains(QStringLiteral("Weekly call"))); // the action, wrapped in its cell
    const QString region = plan.targets.regions.first().name;
    const ReviewLine *line = nullptr;
    for (const ReviewLine &one : review->lines)
        line = one.subject == ReviewSubject::Region && one.name == region ? &one : line;
    REQUIRE(line);
    const QString ytd = formatPercent(*line->attainment.yearToDate.ratio(), 0);
    const QString light = lightName(review->lightOf(line->attainment.yearToDate));
    INFO(ytd.toStdString() + " " + light.toStdString());
    const QRegularExpression row(
        QStringLiteral("%1 .*%2 .*%3")
            .arg(QRegularExpression::escape(region), QRegularExpression::escape(ytd), light));
    CHECK(text.contains(row));

    const QString without = dir.filePath(QStringLiteral("plain.pdf"));
    writeReport(plan, without);
    CHECK_FALSE(pdfLayoutText(without).contains(QStringLiteral("Execution review")));
}

TEST_CASE("salesplan export --review-month adds the month's review, and refuses a month outside "
          "the plan year in words",
          "[report][review]")
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    QFile file(json);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(planToJson(reviewedPlan()));
    file.close();
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const QStringList exportPdf{QStringLiteral("export"), json,
                                QStringLiteral("--pdf"),  pdf,
                                QStringLiteral("--lang"), QStringLiteral("en")};
    const Run asked = runSalesplan(
        exportPdf + QStringList{QStringLiteral("--review-month"), QStringLiteral("2027-05")});
    INFO(asked.err.toStdString());
    REQUIRE(asked.exitCode == 0);
    const QString text = pdfLayoutText(pdf);
    CHECK(text.contains(QStringLiteral("Execution review: May 2027")));
    CHECK(text.contains(QStringLiteral("Two renewals slipped into June")));

    REQUIRE(runSalesplan(exportPdf).exitCode == 0);
    CHECK_FALSE(pdfLayoutText(pdf).contains(QStringLiteral("Execution review")));

    for (const QString &bad : {QStringLiteral("2031-13"), QStringLiteral("2031-05")}) {
        QFile::remove(pdf);
        const Run refused =
            runSalesplan(exportPdf + QStringList{QStringLiteral("--review-month"), bad});
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("--review-month %1: give a month of the plan "
                                                  "year as YYYY-MM, from 2027-01 to 2027-12")
                                       .arg(bad)));
        CHECK_FALSE(QFile::exists(pdf));
    }
    const Run help = runSalesplan({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("[--review-month YYYY-MM]")));
}
