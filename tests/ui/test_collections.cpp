// Collections (回款) in the window: the chart shows the summary's cash by month or explains why
// there is none, and the deck offers it as a slide.
#include <catch2/catch.hpp>

#include "charts/chartbuilders.h"
#include "charts/deckdialog.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "plan/format.h"
#include "sampleplans.h"
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
