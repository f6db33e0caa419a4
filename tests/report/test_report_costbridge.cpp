// The report's bridge from last year to this year (its waterfall and table) and the cost of the
// plan, whose total the executive summary gives too.
#include <catch2/catch.hpp>

#include "plan/format.h"
#include "reporttools.h"
#include "summary/plansummary.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString money(qint64 minor, const Plan &plan)
{
    return formatPlanAmount(minor, plan.info.currency);
}

} // namespace

TEST_CASE("The report bridges last year's actual to the target by region and by product line, "
          "each with a total row",
          "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.bridges.size() == 2);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);

    const QList<int> pages = pagesMatching(
        pdf, QRegularExpression(QStringLiteral("^\\s*From last year to this year\\s*$"),
                                QRegularExpression::MultilineOption));
    REQUIRE(pages.size() == 1);
    const QString text =
        squeezed(pdfLayoutText(pdf, pages.first()) + pdfLayoutText(pdf, pages.first() + 1));
    CHECK(text.contains(squeezed(QStringLiteral("From last year to this year by region"))));
    // The total row: last year's actual, the target and the change between them, as the body
    // writes plan amounts.
    const PlanAmountsForPeople forPeople;
    const QString total = squeezed(
        QStringLiteral("Total %1 %2 %3")
            .arg(money(plan.targets.lastYearActual.minor, plan),
                 money(plan.targets.annualTarget.minor, plan),
                 formatChange(plan.targets.annualTarget.minor - plan.targets.lastYearActual.minor,
                              plan.info.currency)));
    CHECK(text.count(total) == 2); // one for the regions, one for the product lines
    for (const PlanBridge &bridge : summary.bridges)
        for (const BridgeStep &step : bridge.steps)
            CHECK(text.contains(
                squeezed(step.name + formatPlanAmount(step.lastYear, bridge.currency))));
}

TEST_CASE("A plan without last year's history has no bridge in its report", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    plan.history.clear();
    plan.targets.seasonality = SeasonalityMode::Even; // the sample's needs the history
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Targets by quarter and month")));
    CHECK_FALSE(text.contains(QStringLiteral("From last year to this year")));
}

TEST_CASE("The cost of the plan in the Team section is broken down and part of the cost of sales",
          "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.cost);
    const PlanCost &cost = *summary.cost;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);

    const QList<int> pages =
        pagesMatching(pdf, QRegularExpression(QStringLiteral("^\\s*Cost of the plan\\s*$"),
                                              QRegularExpression::MultilineOption));
    REQUIRE(pages.size() == 1);
    const QString text =
        squeezed(pdfLayoutText(pdf, pages.first()) + pdfLayoutText(pdf, pages.first() + 1));
    // 8 % of $8,000,000. The 10 % stretch tier is the quotas' total (10 % over-assigned), so no
    // rep is above quota: its $800,000 more earn the 8 % alone.
    CHECK(cost.commissionAtPlan == 640'000'00);
    CHECK(cost.accelerator == 64'000'00);
    CHECK(text.contains(squeezed(QStringLiteral("Commission at plan (8.0% of the target) %1")
                                     .arg(money(cost.commissionAtPlan, plan)))));
    CHECK(
        text.contains(squeezed(QStringLiteral("Total at plan %1").arg(money(cost.total(), plan)))));
    CHECK(text.contains(squeezed(money(*cost.commissionAtStretch(), plan))));
    CHECK(text.contains(QStringLiteral("headcountcosts")));
}

TEST_CASE("The cost of sales is the sales budget: the executive summary, the cost of the plan and "
          "the budget each say how the two figures relate",
          "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.cost);
    REQUIRE(summary.budget);
    const PlanCost &cost = *summary.cost;
    const SalesBudget &budget = *summary.budget;
    // The budget adds the team's salaries to the commission, tools and marketing.
    REQUIRE(budget.total() > cost.total());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);
    const PlanAmountsForPeople forPeople;
    const QString budgetTotal = money(budget.total(), plan);
    const QString costTotal = money(cost.total(), plan);
    const QString budgetShare = formatPercent(budget.shareOfTarget());
    const QString costShare = formatPercent(cost.shareOfTarget());

    // Page 2, for leadership: the cost of sales is the budget, the cost of the plan its part.
    const QString summaryPage = squeezed(pdfText(pdf, 2));
    CHECK(summaryPage.contains(
        squeezed(QStringLiteral("Cost of sales %1 (%2 of the target), the sales budget")
                     .arg(budgetTotal, budgetShare))));
    CHECK(summaryPage.contains(
        squeezed(QStringLiteral("of which the cost of the plan %1 (%2)").arg(costTotal, costShare))));
    CHECK(summaryPage.contains(squeezed(QStringLiteral("see Sales budget"))));

    // The cost of the plan sends the reader to the budget's page for the cost of sales.
    const QList<int> budgetPages =
        pagesMatching(pdf, QRegularExpression(QStringLiteral("^\\s*Sales budget\\s*$"),
                                              QRegularExpression::MultilineOption));
    REQUIRE(budgetPages.size() == 1);
    const QList<int> costPages =
        pagesMatching(pdf, QRegularExpression(QStringLiteral("^\\s*Cost of the plan\\s*$"),
                                              QRegularExpression::MultilineOption));
    REQUIRE(costPages.size() == 1);
    const QString costText =
        squeezed(pdfLayoutText(pdf, costPages.first()) + pdfLayoutText(pdf, costPages.first() + 1));
    CHECK(costText.contains(
        squeezed(QStringLiteral("The cost of sales is the sales budget (p. %1): with the team's "
                                "salaries and other headcount costs it comes to %2, %3 of the "
                                "target.")
                     .arg(budgetPages.first())
                     .arg(budgetTotal, budgetShare))));

    // The budget names the cost of the plan as its part.
    const QString budgetText = squeezed(pdfLayoutText(pdf, budgetPages.first()) +
                                        pdfLayoutText(pdf, budgetPages.first() + 1));
    CHECK(budgetText.contains(
        squeezed(QStringLiteral("Cost of sales: %1 of the target").arg(budgetShare))));
    CHECK(budgetText.contains(
        squeezed(QStringLiteral("The cost of the plan above, its commission, tools and marketing, "
                                "is %1 (%2 of the target)")
                     .arg(costTotal, costShare))));
}
