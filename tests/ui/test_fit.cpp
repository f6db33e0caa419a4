// What a person reads is not cut short: chart labels and legends, the split tables' figures, the
// team's roles, and the wizard's Targets page, in the English and Chinese samples.
#include <catch2/catch.hpp>

#include "charts/chartbuilders.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "language/language.h"
#include "sections/plantablemodel.h"
#include "sections/tableeditor.h"
#include "sections/targetseditor.h"
#include "sections/teameditor.h"
#include "store/planfile.h"
#include "summary/plansummary.h"
#include "wizard/planwizard.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

Plan sample(const QString &language)
{
    QFile json(QStringLiteral(":/samples/sample-%1.json").arg(language));
    REQUIRE(json.open(QIODevice::ReadOnly));
    Result<Plan> plan = planFromJson(json.readAll());
    REQUIRE(plan);
    return *plan;
}

// A chart of `plan` on screen at `size`; with `slideFonts`, as large as a slide writes them.
struct ShownChart
{
    ShownChart(const ChartSpec &spec, const Plan &plan, QSize size, bool slideFonts = false)
        : chart(buildChart(spec, plan, summarizePlan(plan), ChartTheme::light()))
    {
        if (slideFonts)
            enlargeChartFonts(chart, 28, 17);
        view.setChart(chart); // the view owns the chart
        view.resize(size);
        view.show();
        QApplication::processEvents();
        QApplication::processEvents();
    }

    // The texts drawn in the chart as they read on screen (Qt's shortened ones end in "…").
    QStringList shownTexts() const
    {
        QStringList texts;
        const QList<QGraphicsItem *> items = view.scene()->items();
        for (const QGraphicsItem *item : items) {
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
                text && text->isVisible())
                texts.append(text->toPlainText());
        }
        return texts;
    }

    QChart *chart;
    QChartView view;
};

// A section editor over a plan file of its own, shown as the main window shows it.
template <typename Editor> struct ShownEditor
{
    explicit ShownEditor(const Plan &plan)
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(path, plan));
        auto file = PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<PlanDocument>(std::move(file.value()));
        editor = std::make_unique<Editor>(document.get());
        editor->resize(1060, 760); // the page beside the navigator in a 1280 × 800 window
        editor->show();
        QApplication::processEvents();
    }
    ~ShownEditor() { editor.reset(); } // before the document it edits

    QTableView *table(const QString &objectName) const
    {
        auto *table = editor->template findChild<QTableView *>(objectName);
        REQUIRE(table);
        return table;
    }

    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> document;
    std::unique_ptr<Editor> editor;
};

// True when every cell of `column` has room for its text and the header for its title.
bool columnShowsWhole(QTableView *view, int column)
{
    const QAbstractItemView *cells = view;
    return view->columnWidth(column) >= cells->sizeHintForColumn(column) &&
           view->columnWidth(column) >= view->horizontalHeader()->sectionSizeHint(column);
}

} // namespace

TEST_CASE("A donut leaves its labels room to be read whole", "[fit]")
{
    // The English names are long; the Charts page gives a chart about 500 × 380.
    for (const int dimension : {1, 2}) {
        const ShownChart shown({ChartKind::SplitShares, dimension}, sample(QStringLiteral("en")),
                               QSize(500, 380));
        const auto *pie = qobject_cast<QPieSeries *>(shown.chart->series().value(0));
        REQUIRE(pie);
        const QStringList texts = shown.shownTexts();
        const QList<QPieSlice *> slices = pie->slices();
        for (const QPieSlice *slice : slices) {
            INFO("the label " << slice->label().toStdString());
            if (slice->isLabelVisible())
                CHECK(texts.contains(slice->label()));
        }
        CHECK(pie->holeSize() < pie->pieSize()); // still a ring
    }
}

TEST_CASE("A legend too long for one row stands beside the chart on a slide", "[fit]")
{
    const ShownChart english({ChartKind::SplitByMonth, 2}, sample(QStringLiteral("en")),
                             QSize(1024, 640), /*slideFonts=*/true);
    CHECK(english.chart->legend()->alignment() == Qt::AlignRight);
    const QStringList texts = english.shownTexts();
    const QList<QLegendMarker *> markers = english.chart->legend()->markers();
    for (const QLegendMarker *marker : markers) {
        INFO(texts.join(u'|').toStdString());
        CHECK(texts.contains(marker->label()));
    }

    // On a chart tile the Chinese names, a hire's among them, are read whole too.
    const ShownChart chinese({ChartKind::SplitByMonth, 2}, sample(QStringLiteral("zh_CN")),
                             QSize(500, 380));
    const QStringList chineseTexts = chinese.shownTexts();
    const QList<QLegendMarker *> chineseMarkers = chinese.chart->legend()->markers();
    for (const QLegendMarker *marker : chineseMarkers) {
        INFO(chineseTexts.join(u'|').toStdString());
        CHECK(chineseTexts.contains(marker->label()));
    }
}

TEST_CASE("A chart tile names every budget line and team member whole, the months upright", "[fit]")
{
    // The Charts page gives a chart about 500 × 380: eight budget lines or seven members' names
    // fit neither in a row under it nor beside months written across.
    const QList<std::pair<ChartSpec, QString>> tiles{
        {{ChartKind::Budget, 0}, QStringLiteral("en")},
        {{ChartKind::SplitByMonth, 2}, QStringLiteral("en")}};
    for (const auto &[spec, language] : tiles) {
        INFO(language.toStdString() << " chart " << int(spec.kind));
        const ShownChart shown(spec, sample(language), QSize(500, 380));
        CHECK(shown.chart->legend()->alignment() == Qt::AlignRight);
        const QStringList texts = shown.shownTexts();
        const QList<QLegendMarker *> markers = shown.chart->legend()->markers();
        CHECK(markers.size() >= 7);
        for (const QLegendMarker *marker : markers) {
            INFO(texts.join(u'|').toStdString());
            if (marker->isVisible())
                CHECK(texts.contains(marker->label()));
        }
        const auto *months =
            qobject_cast<QBarCategoryAxis *>(shown.chart->axes(Qt::Horizontal).value(0));
        REQUIRE(months);
        CHECK(months->labelsAngle() == -90);
    }

    // Where the months fit beside the legend, they stay across.
    const ShownChart wide({ChartKind::Budget, 0}, sample(QStringLiteral("en")), QSize(1000, 380));
    const auto *months =
        qobject_cast<QBarCategoryAxis *>(wide.chart->axes(Qt::Horizontal).value(0));
    REQUIRE(months);
    CHECK(months->labelsAngle() == 0);
}

TEST_CASE("The capacity legend names short months only when there are some", "[fit]")
{
    const auto shortMarkerVisible = [](const QString &language) {
        const ShownChart shown({ChartKind::Capacity, 0}, sample(language), QSize(500, 380));
        const QList<QLegendMarker *> markers = shown.chart->legend()->markers();
        for (const QLegendMarker *marker : markers) {
            if (marker->label() == QStringLiteral("Reps required, month short of reps"))
                return marker->isVisible();
        }
        FAIL("no marker for the short months");
        return false;
    };
    CHECK_FALSE(shortMarkerVisible(QStringLiteral("en"))); // enough reps every month
    CHECK(shortMarkerVisible(QStringLiteral("zh_CN")));    // short from May
}

TEST_CASE("Bar labels show only where they fit inside the bars", "[fit]")
{
    const ChartSpec targets{ChartKind::TargetsByMonth, 0};
    const Plan plan = sample(QStringLiteral("en")); // labels such as "0.48" ($0.48M)
    const auto labelsShown = [](const ShownChart &shown) {
        const auto *bars = qobject_cast<QAbstractBarSeries *>(shown.chart->series().value(0));
        REQUIRE(bars);
        return bars->isLabelsVisible();
    };
    // On the Charts page a bar is about 20 px wide: "0.48" would spill over its edges.
    CHECK_FALSE(labelsShown(ShownChart(targets, plan, QSize(500, 380))));
    CHECK(labelsShown(ShownChart(targets, plan, QSize(1600, 600))));
}

TEST_CASE("Money bar labels say their unit where it fits, else the axis's ticks say it", "[fit]")
{
    const ChartSpec targets{ChartKind::TargetsByMonth, 0};
    const auto labels = [&](const Plan &plan, QSize size) {
        const ShownChart shown(targets, plan, size);
        const auto *bars = qobject_cast<QAbstractBarSeries *>(shown.chart->series().value(0));
        REQUIRE(bars);
        REQUIRE(bars->isLabelsVisible());
        QStringList texts;
        for (const QString &text : shown.shownTexts()) {
            if (text.contains(u'M') || text.front().isDigit())
                texts.append(text);
        }
        return std::make_pair(bars->labelsFormat(), texts);
    };
    const Plan plan = sample(QStringLiteral("en")); // months from $0.48M to $0.96M
    // Wide, each bar reads "$0.48M": the unit and one precision, two decimals of a million.
    const auto [wideFormat, wideTexts] = labels(plan, QSize(1600, 600));
    CHECK(wideFormat == QStringLiteral("$@valueM"));
    CHECK(wideTexts.contains(QStringLiteral("$0.48M")));
    CHECK(wideTexts.contains(QStringLiteral("$0.96M")));
    // Narrower, the bare "0.48" fits where "$0.48M" would not; the ticks read "$0.5M".
    const auto [narrowFormat, narrowTexts] = labels(plan, QSize(700, 450));
    CHECK(narrowFormat == QStringLiteral("@value"));
    CHECK(narrowTexts.contains(QStringLiteral("0.48")));
    CHECK(narrowTexts.contains(QStringLiteral("$0.5M")));
}

TEST_CASE("The split tables show every figure and heading whole", "[fit]")
{
    Translators::use(QStringLiteral("en"));
    const ShownEditor<TargetsEditor> shown(sample(QStringLiteral("en")));
    auto *tabs = shown.editor->findChild<QTabWidget *>(QStringLiteral("targets.tabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(
        shown.editor->findChild<QWidget *>(QStringLiteral("targets.page.splits")));
    QApplication::processEvents();
    for (const char *name : {"targets.regions", "targets.products"}) {
        QTableView *view = shown.table(QString::fromLatin1(name));
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            INFO(name << " column " << column);
            CHECK(columnShowsWhole(view, column));
        }
    }
}

TEST_CASE("The team's tables show every role whole", "[fit]")
{
    Translators::use(QStringLiteral("en"));
    const ShownEditor<TeamEditor> shown(sample(QStringLiteral("en"))); // "Sales Development Rep"
    for (const char *name : {"team.membersEditor", "team.hiringEditor"}) {
        INFO(name);
        auto *table = shown.editor->template findChild<TableEditor *>(QString::fromLatin1(name));
        REQUIRE(table);
        CHECK(columnShowsWhole(table->view(), table->model()->columnOf(u"role")));
    }
}

TEST_CASE("The wizard's Targets page fits its width in English", "[fit]")
{
    QStandardPaths::setTestModeEnabled(true);
    Translators::use(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.salesplan"));
    REQUIRE(PlanFile::create(path, sample(QStringLiteral("en"))));
    PlanWizard wizard(path, 2); // the Targets page, at the wizard's own size
    wizard.show();
    QApplication::processEvents();
    const QList<QScrollArea *> areas = wizard.currentPage()->findChildren<QScrollArea *>();
    REQUIRE_FALSE(areas.isEmpty());
    CHECK_FALSE(areas.first()->horizontalScrollBar()->isVisible());
    QSettings().clear();
}
