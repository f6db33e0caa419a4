// The Targets section of the report plans the cash the bookings bring in (回款) when the plan
// plans collections: the terms in one sentence, the receivable at the start and the end of the
// year, the months and the chart; nothing about collections when it does not.
#include <catch2/catch.hpp>

#include "plan/format.h"
#include "reporttools.h"
#include "summary/plansummary.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

ui::ReportOptions targetsOnly()
{
    ui::ReportOptions options;
    options.language = QStringLiteral("en");
    options.sections = {Section::Targets};
    return options;
}

} // namespace

TEST_CASE("The report's collections give the terms, the months and the closing receivable",
          "[report][collections]")
{
    const Plan plan = samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.collections);
    REQUIRE(*summary.collections);
    const CollectionPlan &collections = **summary.collections;
    const QString &currency = plan.info.currency;

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("collections.pdf"));
    writeReport(plan, pdf, targetsOnly());
    const QStringList lines = pdfLines(pdf);
    CHECK(lines.contains(QStringLiteral("Collections")));
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("30% in the month of booking, 50% the month after, 20% "
                                       "two months later")));
    const QString layout = pdfLayoutText(pdf);
    const QRegularExpression closing(
        QStringLiteral("Still to collect at year end\\s+") +
        QRegularExpression::escape(formatPlanAmount(collections.closingReceivable, currency)));
    CHECK(closing.match(layout).hasMatch());
    for (int m = 0; m < Period::monthCount; ++m) {
        const QString collected = formatPlanAmount(collections.months[size_t(m)], currency);
        INFO(collected.toStdString());
        CHECK(layout.contains(collected));
    }
}

TEST_CASE("A plan without collection terms reports no collections", "[report][collections]")
{
    Plan plan = samplePlan("sample-en.json");
    plan.targets.collections = CollectionTerms{};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
    writeReport(plan, pdf, targetsOnly());
    CHECK_FALSE(pdfLines(pdf).contains(QStringLiteral("Collections")));
    CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("Still to collect at year end")));
}
