// The review's attainment tables and the overview's status: what a sales manager reads about the
// plan in execution, in figures and in words beside the colours.
#include "overviewpage.h"
#include "plan/format.h"
#include "review/attainmentpanel.h"
#include "reviewtestplans.h"
#include "sections/cells/tableclipboard.h"
#include "summary/planreview.h"

#include <QLabel>
#include <QTableWidget>

using namespace salesplan;
using namespace salesplan::ui;
using reviewtest::OpenPlan;

namespace {

// ¥6亿 spread evenly over 2027: ¥1.5亿 to book by the end of March.
Plan seedPlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = Money::of(600'000'000'00, QStringLiteral("CNY"));
    plan.targets.funnel.averageDealSize = Money::of(1'000'000'00, QStringLiteral("CNY"));
    return plan;
}

// ¥6000万 booked in each of January to March: ¥1.8亿.
Plan seedPlanBooked()
{
    Plan plan = seedPlan();
    for (int m = 0; m < 3; ++m) {
        HistoryEntry entry = reviewtest::booked(plan, m, QString(), 60'000'000'00);
        entry.id = plan.ids.take();
        plan.history.append(entry);
    }
    return plan;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowNamed(const QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (cell(table, row, AttainmentPanel::NameColumn) == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("¥1.8亿 booked on a ¥1.5亿 target reads 120 % and Green, in words beside the dot",
          "[review][attainment]")
{
    OpenPlan open(seedPlanBooked());
    AttainmentPanel panel(open.document.get());
    CHECK(panel.month() == 2); // March: the last month with actuals
    const QTableWidget *company = panel.table(ReviewSubject::Company);
    REQUIRE(company->rowCount() == 1);
    CHECK(cell(company, 0, AttainmentPanel::YearToDateActualColumn) ==
          formatMoney(Money::of(180'000'000'00, QStringLiteral("CNY"))));
    CHECK(cell(company, 0, AttainmentPanel::YearToDateTargetColumn) ==
          formatMoney(Money::of(150'000'000'00, QStringLiteral("CNY"))));
    CHECK(cell(company, 0, AttainmentPanel::YearToDateRatioColumn) == QStringLiteral("120.0%"));
    const QTableWidgetItem *status = company->item(0, AttainmentPanel::StatusColumn);
    CHECK(status->text() == QStringLiteral("Green"));
    CHECK(!status->icon().isNull()); // the dot beside the word
    // Ahead of the year's pace: the forecast says so with its share of the target.
    CHECK(panel.forecastText().contains(QStringLiteral("120.0% of the target")));
}

TEST_CASE("A month without actuals shows a dash and No data, never 0 %", "[review][attainment]")
{
    OpenPlan open(seedPlanBooked());
    AttainmentPanel panel(open.document.get());
    panel.setMonth(5); // June: nothing booked yet
    const QTableWidget *company = panel.table(ReviewSubject::Company);
    CHECK(cell(company, 0, AttainmentPanel::MonthActualColumn) == QStringLiteral("—"));
    CHECK(cell(company, 0, AttainmentPanel::MonthRatioColumn) == QStringLiteral("—"));
    CHECK(cell(company, 0, AttainmentPanel::QuarterRatioColumn) == QStringLiteral("—"));
    CHECK(cell(company, 0, AttainmentPanel::YearToDateRatioColumn) != QStringLiteral("—"));

    OpenPlan empty(seedPlan());
    AttainmentPanel nothing(empty.document.get());
    const QTableWidget *none = nothing.table(ReviewSubject::Company);
    CHECK(cell(none, 0, AttainmentPanel::YearToDateRatioColumn) == QStringLiteral("—"));
    CHECK(cell(none, 0, AttainmentPanel::StatusColumn) == QStringLiteral("No data"));
    CHECK(nothing.forecastText().contains(QStringLiteral("No actuals are booked")));
}

TEST_CASE("Each region's row reads its own attainment and light, and follows new actuals",
          "[review][attainment]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    AttainmentPanel panel(open.document.get());
    CHECK(panel.month() == 4); // May
    const QTableWidget *regions = panel.table(ReviewSubject::Region);
    // A copy: the document's summary is worked out anew after each edit.
    const DimensionSplit split =
        *open.document->summary().decomposition->split(TargetSplit::Regions);
    REQUIRE(regions->rowCount() == split.itemNames.size());
    const int lagging = rowNamed(regions, split.itemNames.at(0));
    REQUIRE(lagging >= 0);
    CHECK(cell(regions, lagging, AttainmentPanel::MonthRatioColumn) == QStringLiteral("80.0%"));
    const int onPlan = rowNamed(regions, split.itemNames.at(1));
    CHECK(cell(regions, onPlan, AttainmentPanel::MonthRatioColumn) == QStringLiteral("100.0%"));
    CHECK(cell(regions, onPlan, AttainmentPanel::StatusColumn) == QStringLiteral("Green"));
    CHECK(panel.forecastText().contains(QStringLiteral("To close the gap:")));
    CHECK(panel.forecastText().contains(QStringLiteral("a day per rep")));

    // June booked for the lagging region: the panel at June shows it without being told.
    panel.setMonth(5);
    CHECK(cell(regions, rowNamed(regions, split.itemNames.at(0)),
               AttainmentPanel::MonthActualColumn) == QStringLiteral("—"));
    open.document->edit(QStringLiteral("Book June"), [&](Plan &plan) {
        HistoryEntry entry =
            reviewtest::booked(plan, 5, split.itemNames.at(0), split.byMonth.at(0)[5]);
        entry.id = plan.ids.take();
        plan.history.append(entry);
    });
    CHECK(cell(regions, rowNamed(regions, split.itemNames.at(0)),
               AttainmentPanel::MonthRatioColumn) == QStringLiteral("100.0%"));
}

TEST_CASE("A table sorts by its figures, no data first", "[review][attainment]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    AttainmentPanel panel(open.document.get());
    QTableWidget *regions = panel.table(ReviewSubject::Region);
    regions->sortItems(AttainmentPanel::MonthRatioColumn, Qt::AscendingOrder);
    CHECK(cell(regions, 0, AttainmentPanel::MonthRatioColumn) == QStringLiteral("80.0%"));
    regions->sortItems(AttainmentPanel::MonthRatioColumn, Qt::DescendingOrder);
    CHECK(cell(regions, regions->rowCount() - 1, AttainmentPanel::MonthRatioColumn) ==
          QStringLiteral("80.0%"));
}

TEST_CASE("A table copies to a spreadsheet as plain figures under one-line titles",
          "[review][attainment]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    AttainmentPanel panel(open.document.get());
    QTableWidget *products = panel.table(ReviewSubject::Product);
    products->selectAll();
    const TableClipboard *clipboard = TableClipboard::of(products);
    REQUIRE(clipboard);
    const CellBlock block = clipboard->selectedBlock();
    CHECK(block.header.value(AttainmentPanel::MonthActualColumn) == QStringLiteral("Month actual"));
    REQUIRE(!block.rows.isEmpty());
    // Booked by region only: the product lines have no actuals, copied as empty cells.
    CHECK(block.rows.first().value(AttainmentPanel::MonthActualColumn).isEmpty());
    const QString target = block.rows.first().value(AttainmentPanel::MonthTargetColumn);
    CHECK(!target.contains(u'¥'));
    CHECK(target.toDouble() > 0);

    QTableWidget *regions = panel.table(ReviewSubject::Region);
    regions->selectAll();
    const CellBlock regionBlock = TableClipboard::of(regions)->selectedBlock();
    CHECK(regionBlock.rows.first().value(AttainmentPanel::MonthRatioColumn) ==
          QStringLiteral("80.0%"));
}

TEST_CASE("The overview shows the plan's status only once actuals are booked", "[review][overview]")
{
    OverviewPage page;
    const Plan before = seedPlan();
    page.showPlan(before, summarizePlan(before));
    const auto *status = page.findChild<QLabel *>(QStringLiteral("overviewStatus"));
    REQUIRE(status);
    CHECK(status->isHidden());

    const Plan after = seedPlanBooked();
    page.showPlan(after, summarizePlan(after));
    CHECK(!status->isHidden());
    CHECK(status->text().contains(QStringLiteral("March 2027")));
    CHECK(status->text().contains(QStringLiteral("120.0%")));
    CHECK(status->text().contains(QStringLiteral("Green")));
}

TEST_CASE("The overview counts the deviations that need a note", "[review][overview]")
{
    OverviewPage page;
    Plan plan = reviewtest::sampleWithActuals();
    page.showPlan(plan, summarizePlan(plan));
    const auto *status = page.findChild<QLabel *>(QStringLiteral("overviewStatus"));
    REQUIRE(status);
    const Result<PlanReview> review = reviewPlan(plan, summarizePlan(plan), 4);
    REQUIRE(review);
    REQUIRE(review->unnotedCount() > 0);
    CHECK(status->text().contains(QString::number(review->unnotedCount()) +
                                  QStringLiteral(" deviation")));
    // The first region, 80 % in May, is a little behind for the year: yellow, in words.
    CHECK(status->text().contains(QStringLiteral("Yellow")));
}
