// Collections (回款) in the window: the Collections tab of the Targets editor edits the terms as
// one undo step each and says in words whether the shares add up, its table and the chart show
// the summary's cash by month, and the deck offers the chart as a slide.
#include <catch2/catch.hpp>

#include "charts/chartbuilders.h"
#include "charts/deckdialog.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "openedtargets.h"
#include "plan/format.h"
#include "sampleplans.h"
#include "sections/targetseditor.h"
#include "store/planfile.h"
#include "summary/plansummary.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

Plan chineseSample()
{
    QFile sample(sampleResource(QStringLiteral("zh_CN")));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const Result<Plan> plan = planFromJson(sample.readAll());
    REQUIRE(plan);
    return *plan;
}

Plan notPlanned()
{
    Plan plan = chineseSample();
    plan.targets.collections = CollectionTerms{};
    return plan;
}

// A plan with a Targets editor on it, on the Collections tab.
struct OpenCollections : uitest::OpenedTargets
{
    explicit OpenCollections(const Plan &plan = chineseSample())
        : OpenedTargets(plan)
    {
        REQUIRE(editor->focusField(QStringLiteral("targets.collections")));
    }

    QString sumLine() const
    {
        return find<QLabel>(QStringLiteral("targets.collections.sum"))->text();
    }
};

const QBarSet *barSet(const QChart *chart, const QString &name)
{
    const auto *set = chart->findChild<QBarSet *>(name);
    if (!set) { // bar sets are children of their series
        for (const QAbstractSeries *series : chart->series())
            if ((set = series->findChild<QBarSet *>(name)))
                break;
    }
    REQUIRE(set);
    return set;
}

QList<qint64> toList(const MonthValues &values)
{
    return QList<qint64>(values.begin(), values.end());
}

} // namespace

TEST_CASE("A finding about the collections opens the Collections tab", "[collections]")
{
    OpenCollections open;
    QTabWidget *tabs = open.editor->tabs();
    CHECK(tabs->tabText(tabs->currentIndex()).remove(u'&') == QStringLiteral("Collections"));
    CHECK(QApplication::focusWidget() ==
          open.find<QLineEdit>(QStringLiteral("targets.collections.sameMonth")));
}

TEST_CASE("A share is one undo step and the sum says 95 % in words", "[collections]")
{
    OpenCollections open;
    CHECK(open.sumLine() == QStringLiteral("Adds up to %1").arg(formatPercent(1.0, 0)));

    uitest::enterInto(open.find<QLineEdit>(QStringLiteral("targets.collections.after2Months")),
                      QStringLiteral("15"));
    CHECK(open.document->plan().targets.collections.after2Months == Approx(0.15));
    CHECK(open.document->undoStack()->count() == 1);
    CHECK(open.sumLine() == QStringLiteral("Adds up to %1 — the shares must add up to %2")
                                .arg(formatPercent(0.95, 0), formatPercent(1.0, 0)));
    // Shares that do not add up plan no cash: the table goes, the chart explains.
    CHECK_FALSE(open.find<QTableWidget>(QStringLiteral("targets.collections.table"))->isVisible());

    open.document->undoStack()->undo();
    CHECK(open.document->plan().targets.collections.after2Months == Approx(0.20));
    CHECK(open.sumLine() == QStringLiteral("Adds up to %1").arg(formatPercent(1.0, 0)));
}

TEST_CASE("All in the same month is one click and one undo step", "[collections]")
{
    OpenCollections open(notPlanned());
    CHECK(open.find<QLabel>(QStringLiteral("targets.collections.notPlanned"))->isVisible());
    CHECK_FALSE(open.find<QLabel>(QStringLiteral("targets.collections.sum"))->isVisible());

    QTest::mouseClick(open.find<QPushButton>(QStringLiteral("targets.collections.allInSameMonth")),
                      Qt::LeftButton);
    const CollectionTerms &terms = open.document->plan().targets.collections;
    CHECK(terms.sameMonth == 1.0);
    CHECK(terms.after1Month == 0.0);
    CHECK(open.document->undoStack()->count() == 1);
    CHECK_FALSE(open.find<QLabel>(QStringLiteral("targets.collections.notPlanned"))->isVisible());
    CHECK(open.find<QTableWidget>(QStringLiteral("targets.collections.table"))->isVisible());
}

TEST_CASE("The collections table shows the summary's cash by month", "[collections]")
{
    OpenCollections open;
    const PlanSummary &summary = open.document->summary();
    REQUIRE(summary.collections);
    REQUIRE(*summary.collections);
    const CollectionPlan &collections = **summary.collections;
    const QString &currency = summary.decomposition->currency;
    auto *table = open.find<QTableWidget>(QStringLiteral("targets.collections.table"));
    REQUIRE(table->rowCount() == Period::monthCount + 1); // and the total
    qint64 total = 0;
    for (int m = 0; m < Period::monthCount; ++m) {
        INFO("month " << m);
        CHECK(table->item(m, 1)->text() ==
              formatMoney(summary.decomposition->months[size_t(m)], currency));
        CHECK(table->item(m, 2)->text() == formatMoney(collections.months[size_t(m)], currency));
        CHECK(table->item(m, 3)->text() ==
              formatMoney(collections.fromOpening[size_t(m)], currency));
        total += collections.months[size_t(m)];
    }
    CHECK(table->item(Period::monthCount, 2)->text() == formatMoney(total, currency));
    CHECK(open.find<QLabel>(QStringLiteral("targets.collections.closing"))
              ->text()
              .contains(formatMoney(collections.closingReceivable, currency)));
}

TEST_CASE("The collections chart draws the sample and explains a plan without terms",
          "[collections][charts]")
{
    const ChartSpec spec{ChartKind::Collections, 0};
    const Plan sample = chineseSample();
    const PlanSummary summary = summarizePlan(sample);
    REQUIRE(summary.collections);
    REQUIRE(*summary.collections);
    std::unique_ptr<QChart> drawn(buildChart(spec, sample, summary, ChartTheme::light()));
    CHECK_FALSE(chartIsExplanation(drawn.get()));
    CHECK(exactValues(barSet(drawn.get(), QStringLiteral("collections.collected"))) ==
          toList((*summary.collections)->months));
    CHECK(exactValues(barSet(drawn.get(), QStringLiteral("collections.bookings"))) ==
          toList(summary.decomposition->months));
    const QString takeaway = chartTakeaway(spec, sample, summary);
    CHECK(takeaway.contains(QStringLiteral("still to collect at year end")));

    const Plan none = notPlanned();
    std::unique_ptr<QChart> explained(
        buildChart(spec, none, summarizePlan(none), ChartTheme::light()));
    CHECK(chartIsExplanation(explained.get()));
    CHECK(explained->property("salesplanExplanation")
              .toString()
              .contains(QStringLiteral("Targets ▸ Collections")));
    CHECK(chartTakeaway(spec, none, summarizePlan(none)).isEmpty());

    Plan wrong = chineseSample();
    wrong.targets.collections.after2Months = 0.15;
    std::unique_ptr<QChart> refused(
        buildChart(spec, wrong, summarizePlan(wrong), ChartTheme::light()));
    CHECK(chartIsExplanation(refused.get()));
}

TEST_CASE("The deck offers the collections chart as a slide", "[collections][presentation]")
{
    REQUIRE(ChartSpec::fromKey(QStringLiteral("collections")));
    const ChartSpec spec = *ChartSpec::fromKey(QStringLiteral("collections"));
    CHECK(spec.kind == ChartKind::Collections);
    CHECK(isPresentationChartKey(QStringLiteral("collections")));
    Plan plan = chineseSample();
    plan.presentationDeck.clear();
    CHECK(PresentationWindow::deckSlides(plan).contains(spec));
    plan.presentationDeck = {QStringLiteral("collections")};
    CHECK(PresentationWindow::deckSlides(plan) == QList<ChartSpec>{spec});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    PlanDocument document(std::move(file.value()));
    DeckDialog dialog(&document);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("deckList"));
    REQUIRE(list);
    QStringList keys;
    for (int row = 0; row < list->count(); ++row)
        keys.append(list->item(row)->data(Qt::UserRole).toString());
    CHECK(keys.first() == QStringLiteral("collections"));
    CHECK(list->item(0)->text() == chartTitle(spec, plan));
    CHECK(list->item(0)->checkState() == Qt::Checked);
}
