// The Review page: the month reviewed, the headline, and the Actuals tab where the plan year's
// bookings and KPI values are typed, pasted and undone.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "language/language.h"
#include "mainwindow.h"
#include "plan/format.h"
#include "review/actualsgridmodel.h"
#include "review/actualskpimodel.h"
#include "review/actualspanel.h"
#include "review/attainmentpanel.h"
#include "review/reviewpage.h"
#include "sections/cells/tableclipboard.h"
#include "store/planfile.h"
#include "summary/planreview.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

std::unique_ptr<PlanDocument> openDocument(const QTemporaryDir &dir, const Plan &plan,
                                           PlanFile::Access access = PlanFile::Access::ReadWrite)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path, access);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

Plan englishSample()
{
    return uitest::sample("sample-en.json"); // plan year 2027, regions East and West
}

// The grid's cell of the row named `name` and the plan's month `month` (0–11).
QModelIndex cellOf(const ActualsGridModel *model, const QString &name, int month)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ActualsGridModel::NameColumn).data().toString() == name)
            return model->index(row, ActualsGridModel::FirstMonthColumn + month);
    }
    FAIL("no row " << name.toStdString());
    return {};
}

QModelIndex kpiCell(const ActualsKpiModel *model, const QString &name, int month)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ActualsKpiModel::NameColumn).data().toString() == name)
            return model->index(row, ActualsKpiModel::FirstMonthColumn + month);
    }
    FAIL("no KPI " << name.toStdString());
    return {};
}

void showBy(ActualsPanel *panel, ActualsBy by)
{
    QComboBox *combo = panel->bySelector();
    combo->setCurrentIndex(combo->findData(int(by)));
    REQUIRE(panel->gridModel()->by() == by);
}

const ReviewLine &lineOf(const PlanReview &review, ReviewSubject subject, const QString &name)
{
    for (const ReviewLine &line : review.lines) {
        if (line.subject == subject && line.name == name)
            return line;
    }
    FAIL("no review line " << name.toStdString());
    return review.lines.first();
}

qsizetype planYearEntries(const Plan &plan)
{
    return std::count_if(plan.history.cbegin(), plan.history.cend(), [&](const HistoryEntry &e) {
        return plan.info.period.monthIndexOf(e.month) >= 0;
    });
}

} // namespace

TEST_CASE("A booked amount typed into the grid is a history entry the review's company and "
          "region lines count, undo and redo take it back and again",
          "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ReviewPage page(document.get());
    ActualsGridModel *model = page.actualsPanel()->gridModel();
    REQUIRE(model->by() == ActualsBy::Region);

    const QModelIndex eastMarch = cellOf(model, QStringLiteral("East"), 2);
    CHECK(eastMarch.data().toString().isEmpty()); // no data, not 0
    CHECK(eastMarch.flags().testFlag(Qt::ItemIsEditable));
    REQUIRE(model->setData(eastMarch, QStringLiteral("120,000"), Qt::EditRole));

    const Plan &plan = document->plan();
    REQUIRE(planYearEntries(plan) == 1);
    const HistoryEntry &entry = plan.history.last();
    CHECK(entry.month == QDate(2027, 3, 1));
    CHECK(entry.region == QStringLiteral("East"));
    CHECK(entry.product.isEmpty());
    CHECK(entry.amount == Money{12'000'000, QStringLiteral("USD")});
    CHECK(eastMarch.data().toString() == QStringLiteral("$120,000"));
    CHECK(eastMarch.siblingAtColumn(ActualsGridModel::YearColumn).data().toString() ==
          QStringLiteral("$120,000"));

    const Result<PlanReview> review = reviewPlan(plan, document->summary(), 2);
    REQUIRE(review);
    CHECK(review->lines.first().attainment.month.actual == 12'000'000);
    CHECK(lineOf(*review, ReviewSubject::Region, QStringLiteral("East")).attainment.month.actual ==
          12'000'000);
    CHECK(lineOf(*review, ReviewSubject::Region, QStringLiteral("West")).attainment.month.actual ==
          0); // a month others booked in: 0 %, not "no data"
    page.setMonth(2);
    CHECK(page.headline().contains(QStringLiteral("$120,000")));

    // Typing over it changes the entry; clearing it removes the entry.
    REQUIRE(model->setData(eastMarch, QStringLiteral("90000"), Qt::EditRole));
    CHECK(planYearEntries(document->plan()) == 1);
    CHECK(document->plan().history.last().amount.minor == 9'000'000);
    REQUIRE(model->setData(eastMarch, QString(), Qt::EditRole));
    CHECK(planYearEntries(document->plan()) == 0);
    CHECK(eastMarch.data().toString().isEmpty());

    QUndoStack *undo = document->undoStack();
    undo->undo();
    CHECK(eastMarch.data().toString() == QStringLiteral("$90,000"));
    undo->undo();
    undo->undo();
    CHECK(planYearEntries(document->plan()) == 0);
    undo->redo();
    CHECK(document->plan().history.last().amount.minor == 12'000'000);
    CHECK(eastMarch.data().toString() == QStringLiteral("$120,000"));
}

TEST_CASE("A member's typed actual carries the member's region, a region's total typed beside a "
          "member of it is warned of as counted twice",
          "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ActualsPanel panel(document.get());
    ActualsGridModel *model = panel.gridModel();
    showBy(&panel, ActualsBy::Member);
    REQUIRE(model->setData(cellOf(model, QStringLiteral("Marcus Reed"), 0), QStringLiteral("5万"),
                           Qt::EditRole));
    const HistoryEntry &entry = document->plan().history.last();
    CHECK(entry.member == QStringLiteral("Marcus Reed"));
    CHECK(entry.region == QStringLiteral("West"));
    CHECK(entry.amount.minor == 5'000'000);
    CHECK_FALSE(panel.warnings().contains(QStringLiteral("counts twice")));
    // The product lines do not see it, and say so.
    CHECK(panel.warnings().contains(QStringLiteral("$50,000 booked without a product line")));

    showBy(&panel, ActualsBy::Region);
    const QModelIndex westJanuary = cellOf(model, QStringLiteral("West"), 0);
    CHECK(westJanuary.data().toString() == QStringLiteral("$50,000")); // the region sees it
    // The region's cell is the member's entry: typing it would change a member's booking.
    CHECK_FALSE(westJanuary.flags().testFlag(Qt::ItemIsEditable));
    REQUIRE(model->setData(cellOf(model, QStringLiteral("East"), 0), QStringLiteral("80000"),
                           Qt::EditRole));
    // East's total and Marcus's booking in the West are different bookings.
    CHECK_FALSE(panel.warnings().contains(QStringLiteral("counts twice")));
    // Alex's booking in the East may be part of East's total.
    showBy(&panel, ActualsBy::Member);
    REQUIRE(model->setData(cellOf(model, QStringLiteral("Alex Moreno"), 0), QStringLiteral("20000"),
                           Qt::EditRole));
    const QString warnings = panel.warnings();
    CHECK(warnings.contains(QStringLiteral("January 2027")));
    CHECK(warnings.contains(QStringLiteral("by region")));
    CHECK(warnings.contains(QStringLiteral("by member")));
    CHECK(warnings.contains(QStringLiteral("counts twice")));
}

TEST_CASE("A cell made of several entries or of an imported row is read-only and says where to "
          "change it",
          "[review]")
{
    Plan plan = englishSample();
    const auto book = [&plan](const QString &region, const QString &product, qint64 minor) {
        plan.history.append(HistoryEntry{plan.ids.take(), QDate(2027, 4, 1), region, product,
                                         QString(), Money{minor, QStringLiteral("USD")}});
    };
    book(QStringLiteral("East"), QStringLiteral("Forecasting"), 300'000); // imported with details
    book(QStringLiteral("West"), QString(), 100'000);
    book(QStringLiteral("West"), QString(), 200'000); // two typed ones add up
    QTemporaryDir dir;
    auto document = openDocument(dir, plan);
    ActualsPanel panel(document.get());
    ActualsGridModel *model = panel.gridModel();
    const int steps = document->undoStack()->count();

    for (const QString &region : {QStringLiteral("East"), QStringLiteral("West")}) {
        const QModelIndex april = cellOf(model, region, 3);
        CHECK_FALSE(april.flags().testFlag(Qt::ItemIsEditable));
        CHECK(april.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Targets ▸ History")));
        CHECK_FALSE(model->setData(april, QStringLiteral("1"), Qt::EditRole));
    }
    CHECK(cellOf(model, QStringLiteral("West"), 3).data().toString() == QStringLiteral("$3,000"));
    CHECK(cellOf(model, QStringLiteral("West"), 3)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("2 booked entries")));
    CHECK(document->undoStack()->count() == steps);
    CHECK(document->plan() == plan);
}

TEST_CASE("A 3 × 5 block pasted from a spreadsheet fills the cells as one undo step", "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ActualsPanel panel(document.get());
    showBy(&panel, ActualsBy::Product); // Forecasting, Replenishment, Services
    QTableView *view = panel.grid();
    view->setCurrentIndex(panel.gridModel()->index(0, ActualsGridModel::FirstMonthColumn));
    TableClipboard *clipboard = TableClipboard::of(view);
    REQUIRE(clipboard);
    const int steps = document->undoStack()->count();

    const QList<PasteProblem> problems = clipboard->pasteText(QStringLiteral(
        "100\t200\t300\t400\t500\n1,000\t2,000\t3,000\t4,000\t5,000\n1万\t2万\t3万\t4万\t5万\n"));
    CHECK(problems.isEmpty());
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(planYearEntries(document->plan()) == 15);
    CHECK(cellOf(panel.gridModel(), QStringLiteral("Services"), 4).data().toString() ==
          QStringLiteral("$50,000"));
    CHECK(panel.gridModel()
              ->index(panel.gridModel()->totalRow(), ActualsGridModel::YearColumn)
              .data()
              .toString() == QStringLiteral("$166,500"));

    // Delete clears the selected cells as one more step.
    const QModelIndex first = panel.gridModel()->index(0, ActualsGridModel::FirstMonthColumn);
    view->selectionModel()->select(
        QItemSelection(first, panel.gridModel()->index(1, ActualsGridModel::FirstMonthColumn + 1)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(planYearEntries(document->plan()) == 11);
    CHECK(first.data().toString().isEmpty());
    CHECK(document->undoStack()->count() == steps + 2);

    document->undoStack()->undo();
    CHECK(planYearEntries(document->plan()) == 15);
    document->undoStack()->undo();
    CHECK(planYearEntries(document->plan()) == 0);
}

TEST_CASE("A row pasted past December says which cells fell off the table", "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ActualsPanel panel(document.get());
    showBy(&panel, ActualsBy::Product);
    QTableView *view = panel.grid();
    // Twelve months and a year's total, pasted from February: the total lands on the Year column
    // (worked out, left alone) and December's value beyond it.
    view->setCurrentIndex(panel.gridModel()->index(0, ActualsGridModel::FirstMonthColumn + 1));
    QStringList row;
    for (int m = 1; m <= 13; ++m)
        row.append(QString::number(m * 100));
    const QList<PasteProblem> problems =
        TableClipboard::of(view)->pasteText(row.join(u'\t') + u'\n');
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().text == QStringLiteral("1300"));
    CHECK(problems.first().reason == QStringLiteral("falls to the right of December"));
    CHECK(planYearEntries(document->plan()) == 11); // February to December
}

TEST_CASE("A KPI's value is typed, cleared, and refused in words when the KPI cannot take it",
          "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ActualsPanel panel(document.get());
    ActualsKpiModel *model = panel.kpiModel();
    // Revenue comes from the bookings: it has no row.
    CHECK(model->rowCount() == 3);
    const QModelIndex winRate = kpiCell(model, QStringLiteral("Win rate"), 1);
    REQUIRE(model->setData(winRate, QStringLiteral("27.5"), Qt::EditRole));
    REQUIRE(document->plan().kpiActuals.size() == 1);
    CHECK(document->plan().kpiActuals.first().value == 27.5);
    CHECK(document->plan().kpiActuals.first().month == QDate(2027, 2, 1));
    CHECK(winRate.data().toString() == QStringLiteral("27.5%"));
    const Result<PlanReview> review = reviewPlan(document->plan(), document->summary(), 1);
    REQUIRE(review);
    CHECK(review->kpis.at(1).actual == 27.5);

    const int steps = document->undoStack()->count();
    const Plan before = document->plan();
    CHECK_FALSE(model->setData(winRate, QStringLiteral("250"), Qt::EditRole));
    const QString reason = winRate.data(Qt::ToolTipRole).toString();
    CHECK(reason.contains(QStringLiteral("250%")));
    CHECK(reason.contains(QStringLiteral("100%")));
    const QModelIndex leads = kpiCell(model, QStringLiteral("Qualified leads"), 1);
    CHECK_FALSE(model->setData(leads, QStringLiteral("-3"), Qt::EditRole));
    CHECK_FALSE(model->inputProblem(leads, QStringLiteral("-3")).isEmpty());
    CHECK(document->plan() == before);
    CHECK(document->undoStack()->count() == steps);

    REQUIRE(model->setData(leads, QStringLiteral("0"), Qt::EditRole));
    CHECK(leads.data().toString() == QStringLiteral("0")); // measured nothing, not "no data"
    REQUIRE(model->setData(winRate, QString(), Qt::EditRole));
    CHECK(winRate.data().toString().isEmpty());
    CHECK(document->plan().kpiActuals.size() == 1);
    document->undoStack()->undo();
    CHECK(winRate.data().toString() == QStringLiteral("27.5%"));
}

TEST_CASE("The month reviewed starts at the latest month with actuals", "[review]")
{
    Plan plan = englishSample();
    QTemporaryDir emptyDir;
    auto empty = openDocument(emptyDir, plan);
    ReviewPage emptyPage(empty.get());
    CHECK(emptyPage.month() == 0);
    CHECK(emptyPage.headline().startsWith(QStringLiteral("No actuals for the plan year yet")));

    for (int month = 1; month <= 5; ++month)
        plan.history.append(HistoryEntry{plan.ids.take(), QDate(2027, month, 1),
                                         QStringLiteral("East"), QString(), QString(),
                                         Money{100'000'00, QStringLiteral("USD")}});
    QTemporaryDir dir;
    auto document = openDocument(dir, plan);
    ReviewPage page(document.get());
    CHECK(page.month() == 4);
    CHECK(page.headline().contains(QStringLiteral("May 2027")));
    CHECK(page.headline().contains(QStringLiteral("$500,000")));
    int announced = -1;
    QObject::connect(&page, &ReviewPage::monthChanged, [&announced](int m) { announced = m; });
    page.setMonth(1);
    CHECK(announced == 1);
    CHECK(page.headline().contains(QStringLiteral("February 2027")));
}

TEST_CASE("A plan open read-only shows its actuals and takes no typing", "[review]")
{
    Plan plan = englishSample();
    plan.history.append(HistoryEntry{plan.ids.take(), QDate(2027, 1, 1), QStringLiteral("East"),
                                     QString(), QString(), Money{100, QStringLiteral("USD")}});
    QTemporaryDir dir;
    auto document = openDocument(dir, plan, PlanFile::Access::ReadOnly);
    ActualsPanel panel(document.get());
    const QModelIndex cell = cellOf(panel.gridModel(), QStringLiteral("East"), 0);
    CHECK(cell.data().toString() == QStringLiteral("$1"));
    CHECK_FALSE(cell.flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(panel.gridModel()->setData(cell, QStringLiteral("5"), Qt::EditRole));
    CHECK_FALSE(panel.kpiModel()
                    ->index(0, ActualsKpiModel::FirstMonthColumn)
                    .flags()
                    .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(TableClipboard::of(panel.grid())->canPaste());
    CHECK(document->plan() == plan);
}

TEST_CASE("The navigator lists Review after Charts in every language, and the month reviewed "
          "stays when the language changes",
          "[review]")
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    Plan plan = englishSample();
    plan.history.append(HistoryEntry{plan.ids.take(), QDate(2027, 3, 1), QStringLiteral("East"),
                                     QString(), QString(), Money{100, QStringLiteral("USD")}});
    REQUIRE(PlanFile::create(path, plan));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    auto *navigator = window.findChild<QListWidget *>(QStringLiteral("navigator"));
    REQUIRE(navigator);
    REQUIRE(window.reviewPage());
    window.reviewPage()->setMonth(6);
    for (const char *language : {"zh_CN", "zh_TW", "en"}) {
        Translators::use(QString::fromLatin1(language));
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        CHECK(window.pageCount() == 11); // What-if follows Review
        CHECK(navigator->item(8)->text() != navigator->item(9)->text());
        CHECK(window.showPage(10)->objectName() == QStringLiteral("whatIfPage"));
        QWidget *page = window.showPage(9);
        CHECK(page == window.reviewPage());
        CHECK(page->objectName() == QStringLiteral("reviewPage"));
        CHECK(window.reviewPage()->month() == 6);
    }
    CHECK(navigator->item(9)->text() == QStringLiteral("Review"));
    CHECK(navigator->item(10)->text() == QStringLiteral("What-if"));
    QSettings().clear();
}

TEST_CASE("KPI actuals imported from a CSV file are one undo step, a file with a refused row "
          "imports nothing and says why",
          "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ActualsPanel panel(document.get());
    const auto write = [&dir](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const int steps = document->undoStack()->count();
    const QString refused = panel.importKpiActuals(
        write("bad.csv", "month,KPI,value\n2027-01,Win rate,30\n2027-01,NPS,40\n"));
    CHECK(refused == QStringLiteral("line 3: no KPI of the plan is named \"NPS\""));
    CHECK(document->plan().kpiActuals.isEmpty());
    CHECK(document->undoStack()->count() == steps);

    CHECK(panel
              .importKpiActuals(write("good.csv", "月份,指标,实际值\n2027-01,Win rate,30\n"
                                                  "2027-02,Qualified leads,120\n"))
              .isEmpty());
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(kpiCell(panel.kpiModel(), QStringLiteral("Win rate"), 0).data().toString() ==
          QStringLiteral("30.0%"));
    CHECK(kpiCell(panel.kpiModel(), QStringLiteral("Qualified leads"), 1).data().toString() ==
          QStringLiteral("120"));
    document->undoStack()->undo();
    CHECK(document->plan().kpiActuals.isEmpty());
}

TEST_CASE("The By choice follows the plan's dimensions, a plan split by none types the company's "
          "actuals in one row",
          "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ActualsPanel panel(document.get());
    CHECK(panel.bySelector()->count() == 3);
    REQUIRE(document->edit(QStringLiteral("drop regions"),
                           [](Plan &plan) { plan.targets.regions.clear(); }));
    CHECK(panel.bySelector()->count() == 2);
    CHECK(panel.gridModel()->by() == ActualsBy::Product);
    REQUIRE(document->edit(QStringLiteral("drop the rest"), [](Plan &plan) {
        plan.targets.products.clear();
        plan.team.members.clear();
    }));
    CHECK(panel.gridModel()->by() == ActualsBy::Company);
    ActualsGridModel *model = panel.gridModel();
    REQUIRE(model->rowCount() == 1); // no total row under the company's own
    const QModelIndex january = model->index(0, ActualsGridModel::FirstMonthColumn);
    REQUIRE(model->setData(january, QStringLiteral("1000"), Qt::EditRole));
    const HistoryEntry &entry = document->plan().history.last();
    CHECK((entry.region + entry.product + entry.member).isEmpty());
    CHECK(entry.month == QDate(2027, 1, 1));
}

TEST_CASE("A tab hidden while an actual is typed shows it once chosen", "[review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, englishSample());
    ReviewPage page(document.get());
    page.resize(1070, 760);
    page.show();
    auto *attainment = page.findChild<AttainmentPanel *>();
    REQUIRE(attainment);
    REQUIRE_FALSE(attainment->isVisible()); // the Actuals tab is shown
    ActualsGridModel *model = page.actualsPanel()->gridModel();
    REQUIRE(model->setData(model->index(0, ActualsGridModel::FirstMonthColumn),
                           QStringLiteral("1000"), Qt::EditRole));
    page.tabs()->setCurrentWidget(attainment);
    const QTableWidget *company = attainment->table(ReviewSubject::Company);
    REQUIRE(company);
    CHECK(company->item(0, AttainmentPanel::MonthActualColumn)->text() ==
          formatMoney(Money{1000'00, document->plan().info.currency}));
}
