// Presenting a plan: the slides follow the deck and the keys a presenter presses, the deck
// chooser writes the plan and its file as one undo step, and charts leave as PNG, SVG and
// clipboard images without half-written files.
#include <catch2/catch.hpp>

#include "charts/chartbuilders.h"
#include "charts/chartexport.h"
#include "charts/deckdialog.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "sampleplans.h"
#include "store/planfile.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return '[' + list.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace {

Plan chineseSample()
{
    QFile sample(sampleResource(QStringLiteral("zh_CN")));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const Result<Plan> plan = planFromJson(sample.readAll());
    REQUIRE(plan);
    return *plan;
}

ChartSpec spec(const QString &key)
{
    const std::optional<ChartSpec> spec = ChartSpec::fromKey(key);
    REQUIRE(spec);
    return *spec;
}

// The plan as a fresh reader of the file sees it.
Plan planOnDisk(const QString &path)
{
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    return (*file)->plan();
}

std::unique_ptr<PlanDocument> newDocument(const QString &path, const Plan &plan)
{
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// Tells a slide's title label and the window's own account of it apart from nothing.
QString visibleTitle(const PresentationWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("slideTitle"));
    REQUIRE(label);
    CHECK(label->isVisible());
    return label->text();
}

QString counterText(const PresentationWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("slideCounter"));
    REQUIRE(label);
    return label->text();
}

// The colours of an image, up to `enough` of them: a blank picture has one or two.
int colourCount(const QImage &image, int enough = 50)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
            if (colours.size() >= enough)
                return enough;
        }
    }
    return int(colours.size());
}

// A chart of the sample plan, shown in a view of `size` as it is in the Charts page.
struct ShownChart
{
    explicit ShownChart(const Plan &plan, const QString &key, QSize size = QSize(800, 500))
        : view(buildChart(spec(key), plan, summarizePlan(plan), ChartTheme::light()))
    {
        view.resize(size);
        view.show();
        QApplication::processEvents();
    }
    QChart *chart() const { return view.chart(); }
    QChartView view;
};

} // namespace

TEST_CASE("Every chart of the builders is a deck key the file and JSON accept", "[presentation]")
{
    const QList<ChartSpec> all = allCharts();
    REQUIRE_FALSE(all.isEmpty());
    QStringList keys;
    for (const ChartSpec &chart : all) {
        INFO(chart.key().toStdString());
        CHECK(isPresentationChartKey(chart.key()));
        CHECK(ChartSpec::fromKey(chart.key()) == chart);
        keys.append(chart.key());
    }
    for (const QString &key : presentationChartKeys()) {
        INFO(key.toStdString());
        CHECK(ChartSpec::fromKey(key).has_value());
    }
    CHECK_FALSE(ChartSpec::fromKey(QStringLiteral("pie")).has_value());
}

TEST_CASE("The slides are the deck in its order, or every chart with data when it is empty",
          "[presentation]")
{
    Plan plan = chineseSample();
    plan.presentationDeck = {QStringLiteral("capacity"), QStringLiteral("no-such-chart"),
                             QStringLiteral("targets")};
    CHECK(PresentationWindow::deckSlides(plan) ==
          QList<ChartSpec>{spec(QStringLiteral("capacity")), spec(QStringLiteral("targets"))});
    plan.presentationDeck.clear();
    const QList<ChartSpec> withData = chartsWithData(plan, summarizePlan(plan));
    CHECK(PresentationWindow::deckSlides(plan) == withData);
    // Without actuals yet: no plan against actual, cumulative, attainment or KPI board; the plan
    // of one team: none of the units' two charts.
    CHECK(withData.size() == allCharts().size() - 8);
    CHECK_FALSE(withData.contains(spec(QStringLiteral("units"))));
    CHECK_FALSE(withData.contains(spec(QStringLiteral("consolidated"))));
    CHECK_FALSE(withData.contains(spec(QStringLiteral("actual"))));
    CHECK_FALSE(withData.contains(spec(QStringLiteral("cumulative"))));
    CHECK_FALSE(withData.contains(spec(QStringLiteral("attainment:0"))));
    CHECK_FALSE(withData.contains(spec(QStringLiteral("kpiboard"))));
    // The sample's action plan is a slide of its own.
    CHECK(withData.contains(spec(QStringLiteral("timeline"))));
    plan.presentationDeck = {QStringLiteral("no-such-chart")};
    CHECK(PresentationWindow::deckSlides(plan) == withData);
}

TEST_CASE("Presentation keys move between slides and Esc leaves", "[presentation]")
{
    Plan plan = chineseSample();
    plan.presentationDeck = {QStringLiteral("funnel"), QStringLiteral("targets"),
                             QStringLiteral("capacity"), QStringLiteral("shares:0")};
    PresentationWindow window(plan, false);
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const int first = openingSlideCount; // the title and headline slides come first
    REQUIRE(window.slideCount() == first + 4);

    // Chart `slide` of the deck is shown.
    const auto at = [&](int slide) {
        CHECK(window.currentSlide() == first + slide);
        CHECK(visibleTitle(window) == window.currentTitle());
        CHECK(window.currentTitle() == chartTitle(window.slides().at(slide), plan));
        CHECK(counterText(window) == QStringLiteral("%1 / 6").arg(first + slide + 1));
        CHECK(window.currentChart());
    };
    CHECK(window.currentSlide() == 0); // the title slide
    CHECK(window.currentTitle() == plan.info.name);
    CHECK_FALSE(window.currentChart());
    CHECK(counterText(window) == QStringLiteral("1 / 6"));
    QTest::keyClick(&window, Qt::Key_Up); // before the first: stays there
    CHECK(window.currentSlide() == 0);
    QTest::keyClick(&window, Qt::Key_Right);
    CHECK(window.currentSlide() == 1); // the headline slide
    CHECK_FALSE(window.currentChart());
    QTest::keyClick(&window, Qt::Key_Right);
    at(0);
    CHECK(window.currentTitle() == chartTitle(spec(QStringLiteral("funnel")), plan));

    QTest::keyClick(&window, Qt::Key_Right);
    at(1);
    CHECK(window.currentTitle() == chartTitle(spec(QStringLiteral("targets")), plan));
    QTest::keyClick(&window, Qt::Key_PageDown);
    at(2);
    QTest::keyClick(&window, Qt::Key_Space);
    at(3);
    QTest::keyClick(&window, Qt::Key_Right); // past the last slide: stays there
    QTest::keyClick(&window, Qt::Key_Down);
    at(3);
    QTest::keyClick(&window, Qt::Key_Left);
    at(2);
    QTest::keyClick(&window, Qt::Key_PageUp);
    at(1);
    QTest::keyClick(&window, Qt::Key_Backspace);
    at(0);
    QTest::keyClick(&window, Qt::Key_Up); // back to the headline slide
    CHECK(window.currentSlide() == 1);
    QTest::keyClick(&window, Qt::Key_End);
    at(3);
    QTest::keyClick(&window, Qt::Key_Home);
    CHECK(window.currentSlide() == 0);
    window.showSlide(first);
    QTest::keyClick(&window, Qt::Key_Down);
    at(1);
    QTest::mouseClick(&window, Qt::LeftButton);
    at(2);

    // The takeaway under the chart is the one for this slide.
    const auto *takeaway = window.findChild<QLabel *>(QStringLiteral("slideTakeaway"));
    REQUIRE(takeaway);
    CHECK(takeaway->text() == chartTakeaway(window.slides().at(2), plan, summarizePlan(plan)));
    const auto *name = window.findChild<QLabel *>(QStringLiteral("planName"));
    REQUIRE(name);
    CHECK(name->text() == plan.info.name);

    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("A slide's texts are large enough for a projector", "[presentation]")
{
    const Plan plan = chineseSample();
    PresentationWindow window(plan, true);
    CHECK(window.isDark());
    window.resize(1920, 1080);
    window.show();
    const auto *title = window.findChild<QLabel *>(QStringLiteral("slideTitle"));
    REQUIRE(title);
    // Sized from the screen's height: 5 % of it for the title, 2.5 % for the smallest label.
    CHECK(title->font().pixelSize() >= 54);
    for (int slide = openingSlideCount; slide < window.slideCount(); ++slide) {
        window.showSlide(slide);
        const QChart *chart = window.currentChart();
        REQUIRE(chart);
        const QList<QAbstractAxis *> axes = chart->axes();
        for (const QAbstractAxis *axis : axes)
            CHECK(axis->labelsFont().pixelSize() >= 27);
        CHECK(chart->legend()->font().pixelSize() >= 27);
    }
}

TEST_CASE("A chart that lacks its data explains why instead of an empty plot", "[presentation]")
{
    Plan plan = chineseSample(); // last year's history, no actuals of the plan year
    plan.presentationDeck = {QStringLiteral("funnel"), QStringLiteral("actual")};
    PresentationWindow window(plan, false);
    window.resize(1280, 720);
    window.show();
    const auto *explanation = window.findChild<QLabel *>(QStringLiteral("slideExplanation"));
    const auto *view = window.findChild<QChartView *>(QStringLiteral("slideChart"));
    REQUIRE(explanation);
    REQUIRE(view);
    window.showSlide(openingSlideCount);
    CHECK_FALSE(explanation->isVisible());
    CHECK(view->isVisible());
    window.nextSlide();
    CHECK(window.currentTitle() == chartTitle(spec(QStringLiteral("actual")), plan));
    CHECK(explanation->isVisible());
    CHECK_FALSE(explanation->text().isEmpty());
    CHECK_FALSE(explanation->text().contains(u'<')); // plain words, no markup
    CHECK_FALSE(view->isVisible());
    window.previousSlide();
    CHECK(view->isVisible());
    CHECK_FALSE(explanation->isVisible());
}

TEST_CASE("The deck chooser writes the plan and the file as one undo step", "[presentation]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.salesplan"));
    auto document = newDocument(path, chineseSample());
    // The plan of one team: the chooser leaves the units' two charts out.
    const QList<ChartSpec> all = chartsFor(document->plan());
    CHECK(all.size() == allCharts().size() - 2);
    const QList<ChartSpec> withData = chartsWithData(document->plan(), document->summary());
    REQUIRE(all.size() >= 4);
    REQUIRE(withData.mid(0, 4) == all.mid(0, 4));

    QStringList expected;
    {
        DeckDialog dialog(document.get());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("deckList"));
        REQUIRE(list);
        REQUIRE(list->count() == all.size());
        for (int row = 0; row < list->count(); ++row) {
            // The default deck: every chart with data.
            const bool hasData = withData.contains(all.at(row));
            CHECK((list->item(row)->checkState() == Qt::Checked) == hasData);
            const QString title = chartTitle(all.at(row), document->plan());
            CHECK(list->item(row)->text() ==
                  (hasData ? title : title + QStringLiteral(" (no data)")));
        }
        CHECK(dialog.chosenDeck().isEmpty());

        list->item(1)->setCheckState(Qt::Unchecked);
        list->setCurrentRow(3);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("moveUpButton")),
                          Qt::LeftButton);
        CHECK(list->currentRow() == 2);
        list->setCurrentRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("moveDownButton")),
                          Qt::LeftButton);
        // The rows are now all[1] (unchecked), all[0], all[3], all[2], all[4], ...
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                expected.append(list->item(row)->data(Qt::UserRole).toString());
        }
        REQUIRE(expected.size() == withData.size() - 1);
        CHECK(expected.at(0) == all.at(0).key());
        CHECK(expected.at(1) == all.at(3).key());
        CHECK(expected.at(2) == all.at(2).key());
        CHECK_FALSE(expected.contains(all.at(1).key()));
        CHECK(dialog.chosenDeck() == expected);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(document->plan().presentationDeck == expected);
    CHECK(document->undoStack()->count() == 1);
    CHECK(planOnDisk(path).presentationDeck == expected);

    // Opened again, the dialog lists the deck first, checked, and the rest unchecked.
    {
        DeckDialog dialog(document.get());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("deckList"));
        for (int row = 0; row < list->count(); ++row) {
            const bool inDeck = row < expected.size();
            CHECK((list->item(row)->checkState() == Qt::Checked) == inDeck);
            if (inDeck)
                CHECK(list->item(row)->data(Qt::UserRole).toString() == expected.at(row));
        }
        // Nothing changed: OK adds no undo step.
        dialog.accept();
        CHECK(document->undoStack()->count() == 1);
    }

    // The presentation shows that deck.
    PresentationWindow window(document->plan(), false);
    REQUIRE(window.slideCount() == openingSlideCount + expected.size());
    CHECK(window.slides().first().key() == expected.first());

    document->undoStack()->undo();
    CHECK(document->plan().presentationDeck.isEmpty());
    CHECK(planOnDisk(path).presentationDeck.isEmpty());
    document->undoStack()->redo();
    CHECK(planOnDisk(path).presentationDeck == expected);
}

TEST_CASE("The deck chooser needs at least one slide", "[presentation]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir.filePath(QStringLiteral("none.salesplan")), chineseSample());
    DeckDialog dialog(document.get());
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("deckList"));
    REQUIRE(list);
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Unchecked);
    const auto buttons = dialog.findChildren<QPushButton *>();
    bool okEnabled = true;
    for (const QPushButton *button : buttons) {
        if (button->text().contains(QStringLiteral("OK")))
            okEnabled = button->isEnabled();
    }
    CHECK_FALSE(okEnabled);
    list->item(2)->setCheckState(Qt::Checked);
    CHECK(dialog.chosenDeck() == QStringList{list->item(2)->data(Qt::UserRole).toString()});
}

TEST_CASE("Deck keys survive a JSON round trip and a file reopen", "[presentation]")
{
    Plan plan = chineseSample();
    plan.presentationDeck = {QStringLiteral("shares:2"), QStringLiteral("actual"),
                             QStringLiteral("split:0"), QStringLiteral("funnel")};
    const Result<Plan> back = planFromJson(planToJson(plan));
    REQUIRE(back);
    CHECK(back->presentationDeck == plan.presentationDeck);
    CHECK(*back == plan);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.salesplan"));
    REQUIRE(PlanFile::create(path, *back));
    CHECK(planOnDisk(path).presentationDeck == plan.presentationDeck);
    CHECK(planOnDisk(path) == plan);
}

TEST_CASE("An exported PNG opens and is twice the chart's size", "[presentation]")
{
    const Plan plan = chineseSample();
    QTemporaryDir dir;
    SECTION("a chart shown in a view")
    {
        ShownChart shown(plan, QStringLiteral("targets"));
        const QSizeF size = shown.chart()->size();
        REQUIRE(size.width() > 100);
        const QString path = dir.filePath(QStringLiteral("targets.png"));
        const Status saved = ChartExport::savePng(shown.chart(), path);
        INFO((saved ? QString() : saved.error().message()).toStdString());
        REQUIRE(saved);
        const QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == (size * 2).toSize());
        CHECK(colourCount(image) >= 20);
    }
    SECTION("a chart on its own")
    {
        std::unique_ptr<QChart> chart(buildChart(spec(QStringLiteral("funnel")), plan,
                                                 summarizePlan(plan), ChartTheme::darkTheme()));
        chart->resize(640, 360);
        const QString path = dir.filePath(QStringLiteral("funnel.png"));
        REQUIRE(ChartExport::savePng(chart.get(), path));
        const QImage image(path);
        CHECK(image.size() == QSize(1280, 720));
        CHECK(colourCount(image) >= 20);
        CHECK(chart->scene() == nullptr); // lent to a scene for the drawing only
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("An exported SVG is an SVG that holds the chart's title as text", "[presentation]")
{
    const Plan plan = chineseSample();
    ShownChart shown(plan, QStringLiteral("split:0"));
    QChart *chart = shown.chart();
    if (chart->title().isEmpty())
        chart->setTitle(chartTitle(spec(QStringLiteral("split:0")), plan));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("split.svg"));
    REQUIRE(ChartExport::saveSvg(chart, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    CHECK((svg.startsWith(QStringLiteral("<?xml")) || svg.startsWith(QStringLiteral("<svg"))));
    // In the drawing itself, not only in the document's <title>.
    const qsizetype drawing = svg.indexOf(QStringLiteral("</desc>"));
    REQUIRE(drawing > 0);
    CHECK(svg.indexOf(chart->title().toHtmlEscaped(), drawing) > drawing);
    // A region name of the Chinese sample, drawn as text in the legend or on an axis.
    CHECK(svg.indexOf(plan.targets.regions.first().name, drawing) > drawing);
}

TEST_CASE("A chart copied to the clipboard is an image twice its size", "[presentation]")
{
    const Plan plan = chineseSample();
    ShownChart shown(plan, QStringLiteral("capacity"), QSize(600, 400));
    ChartExport::copyToClipboard(shown.chart());
    const QImage copied = QGuiApplication::clipboard()->image();
    REQUIRE_FALSE(copied.isNull());
    CHECK(copied.size() == (shown.chart()->size() * 2).toSize());
}

TEST_CASE("An export to a place that cannot be written says why and leaves no file",
          "[presentation]")
{
    const Plan plan = chineseSample();
    ShownChart shown(plan, QStringLiteral("targets"));
    QTemporaryDir dir;
    // A "folder" that is a file: no one, not even an administrator, can write beneath it.
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : {QStringLiteral("chart.png"), QStringLiteral("chart.svg")}) {
        const QString path = dir.filePath(QStringLiteral("not-a-folder/") + name);
        const Status saved = name.endsWith(u".png") ? ChartExport::savePng(shown.chart(), path)
                                                    : ChartExport::saveSvg(shown.chart(), path);
        REQUIRE_FALSE(saved);
        const QString message = saved.error().message();
        CHECK(message.startsWith(QStringLiteral("The chart could not be saved as")));
        CHECK(message.contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    const Status saved = ChartExport::savePng(shown.chart(), missing);
    REQUIRE_FALSE(saved);
    CHECK_FALSE(saved.error().message().isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          before);
}

TEST_CASE("Render the presentation of the Chinese sample plan", "[.screenshots]")
{
    // Through a .salesplan file, as a user presents it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.salesplan"));
    REQUIRE(PlanFile::create(path, chineseSample()));
    const Plan plan = planOnDisk(path);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString folder = QStringLiteral("/tmp/shots-present");
    REQUIRE(QDir().mkpath(folder));
    for (const bool dark : {false, true}) {
        PresentationWindow window(plan, dark);
        window.resize(1920, 1080);
        window.show();
        for (int slide = 0; slide < window.slideCount(); ++slide) {
            window.showSlide(slide);
            QApplication::processEvents();
            const QString key =
                slide < openingSlideCount
                    ? QStringLiteral("opening%1").arg(slide)
                    : window.slides().at(slide - openingSlideCount).key().replace(u':', u'-');
            const QString file =
                QStringLiteral("%1/%2-%3-%4.png")
                    .arg(folder, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                    .arg(slide + 1, 2, 10, QChar(u'0'))
                    .arg(key);
            CHECK(window.grab().save(file));
        }
    }
    QLocale::setDefault(before);
}
