// The deck a meeting is carried by: the title and headline slides open it, the default deck
// leaves out charts that have nothing to show (and Choose Slides says "no data"), and the deck
// leaves as a 16:9 PDF, a page a slide, with its fonts and its Chinese embedded.
#include "uitestsupport.h"

#include "../report/reporttools.h"
#include "charts/chartbuilders.h"
#include "charts/chartsupport.h"
#include "charts/deckdialog.h"
#include "charts/deckpdf.h"
#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"
#include "language/language.h"
#include "plan/format.h"
#include "store/planfile.h"

#include <QChart>
#include <QFileInfo>
#include <QListWidget>
#include <QTemporaryDir>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// A new plan as File ▸ New makes it, with only a target.
Plan barePlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("Bare plan");
    plan.targets.annualTarget = Money::of(1'200'000'000, QStringLiteral("CNY"));
    return plan;
}

// What the chart of `spec` explains instead of drawing, or nothing when it has data.
QString explanationOf(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary)
{
    const std::unique_ptr<QChart> chart(buildChart(spec, plan, summary, ChartTheme::light()));
    return chart->property(chart::explanationProperty).toString();
}

const ChartSpec productLines{ChartKind::SplitByMonth, 1};
const ChartSpec productShares{ChartKind::SplitShares, 1};

QString writeDeck(const Plan &plan, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Status written = writeDeckPdf(plan, path);
    INFO((written ? QString() : written.error().message()).toStdString());
    REQUIRE(written);
    return path;
}

} // namespace

TEST_CASE("Every slide of the default deck has data", "[deck]")
{
    for (const Plan &plan : {uitest::sample("sample-en.json"), uitest::sample("sample-zh_CN.json"),
                             uitest::sample("sample-zh_TW.json"), barePlan()}) {
        INFO(plan.info.name.toStdString());
        REQUIRE(plan.presentationDeck.isEmpty()); // the default deck
        const PlanSummary summary = summarizePlan(plan);
        const QList<ChartSpec> slides = PresentationWindow::deckSlides(plan, summary);
        CHECK_FALSE(slides.isEmpty());
        for (const ChartSpec &spec : slides) {
            INFO(spec.key().toStdString());
            CHECK(explanationOf(spec, plan, summary).isEmpty());
        }
    }
    // The bare plan has a target and nothing else to chart yet.
    const Plan bare = barePlan();
    const QList<ChartSpec> slides = PresentationWindow::deckSlides(bare);
    CHECK(slides.contains(ChartSpec{ChartKind::TargetsByMonth, 0}));
    CHECK_FALSE(slides.contains(productLines));
    CHECK_FALSE(slides.contains(ChartSpec{ChartKind::PlanVsActual, 0}));
    // Its deck is still a file: the opening slides and those charts.
    QTemporaryDir dir;
    const QString pdf = writeDeck(bare, dir, QStringLiteral("bare.pdf"));
    CHECK(reporttest::pageCount(pdf) == openingSlideCount + int(slides.size()));
    CHECK(reporttest::pdfText(pdf, 2).contains(formatPlanAmount(bare.targets.annualTarget)));
}

TEST_CASE("Without product lines the deck leaves them out and Choose Slides says no data", "[deck]")
{
    Plan plan = uitest::sample("sample-en.json");
    plan.targets.products.clear();
    REQUIRE_FALSE(explanationOf(productLines, plan, summarizePlan(plan)).isEmpty());
    const QList<ChartSpec> slides = PresentationWindow::deckSlides(plan);
    CHECK_FALSE(slides.contains(productLines));
    CHECK_FALSE(slides.contains(productShares));
    CHECK(slides.contains(ChartSpec{ChartKind::SplitByMonth, 0})); // the regions stay

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    PlanDocument document(std::move(file.value()));
    DeckDialog dialog(&document);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("deckList"));
    REQUIRE(list);
    QStringList marked;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        const bool noData = !slides.contains(*ChartSpec::fromKey(key));
        INFO(item->text().toStdString());
        CHECK(item->text().endsWith(QStringLiteral(" (no data)")) == noData);
        CHECK((item->checkState() == Qt::Checked) == !noData);
        if (noData)
            marked.append(key);
    }
    CHECK(marked.contains(productLines.key()));
    CHECK(marked.contains(productShares.key()));
    CHECK(dialog.chosenDeck().isEmpty()); // untouched, it is still the default deck
}

TEST_CASE("The deck PDF is a 16:9 page a slide, opening with the title and the headline", "[deck]")
{
    const Plan plan = uitest::sample("sample-en.json");
    QTemporaryDir dir;
    const QString pdf = writeDeck(plan, dir, QStringLiteral("deck.pdf"));
    const int slides = openingSlideCount + int(PresentationWindow::deckSlides(plan).size());
    CHECK(reporttest::pageCount(pdf) == slides);
    const QString info = reporttest::runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("960 x 540 pts"))); // 16:9

    const QString title = reporttest::pdfText(pdf, 1).simplified();
    CHECK(title.contains(plan.info.name));
    CHECK(title.contains(plan.info.company));
    CHECK(title.contains(plan.info.author));
    const QString headline = reporttest::pdfText(pdf, 2).simplified();
    CHECK(headline.contains(formatPlanAmount(plan.targets.annualTarget)));
    const QString third = reporttest::pdfText(pdf, 3).simplified();
    CHECK(third.contains(chartTitle(PresentationWindow::deckSlides(plan).first(), plan)));

    // Every font is embedded, and it is Noto Sans (or, where Noto Sans itself is not installed,
    // Noto Sans CJK, whose Latin letters Qt falls back to).
    const QStringList fonts = reporttest::embeddedFonts(pdf);
    const QStringList listed = reporttest::runTool(QStringLiteral("pdffonts"), {pdf})
                                   .split(u'\n', Qt::SkipEmptyParts)
                                   .mid(2);
    CHECK(fonts.size() == listed.size());
    CHECK_FALSE(fonts.filter(QStringLiteral("NotoSans")).isEmpty());
}

TEST_CASE("The Chinese deck speaks Chinese in Noto Sans CJK", "[deck]")
{
    const Plan plan = uitest::sample("sample-zh_CN.json");
    QTemporaryDir dir;
    Translators::use(QStringLiteral("zh_CN"));
    const QString pdf = writeDeck(plan, dir, QStringLiteral("deck-zh.pdf"));
    const QString targetsTitle = chartTitle(ChartSpec{ChartKind::TargetsByMonth, 0}, plan);
    const QString target = formatPlanAmount(plan.targets.annualTarget);
    Translators::use(QStringLiteral("en"));

    const QString text = reporttest::pdfText(pdf);
    CHECK(text.contains(plan.info.name));
    CHECK(text.contains(target));
    CHECK(text.contains(targetsTitle)); // the chart titles in Chinese
    CHECK(targetsTitle != chartTitle(ChartSpec{ChartKind::TargetsByMonth, 0}, plan));
    CHECK(reporttest::embeddedFonts(pdf).filter(QStringLiteral("NotoSansCJK")).size() >= 1);
}

TEST_CASE("The deck PDF refuses a missing folder and writes nothing", "[deck]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/deck.pdf"));
    const Status written = writeDeckPdf(uitest::sample("sample-en.json"), path);
    CHECK_FALSE(written);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("The presentation opens with the title and headline slides", "[deck]")
{
    const Plan plan = uitest::sample("sample-en.json");
    PresentationWindow window(plan, false);
    window.resize(1280, 720);
    window.show();
    CHECK(window.currentSlide() == 0);
    CHECK(window.currentTitle() == plan.info.name);
    CHECK(titleSlide(plan).lines.join(u' ').contains(plan.info.author));
    window.nextSlide();
    const OpeningSlide headline = headlineSlide(plan, summarizePlan(plan));
    CHECK(window.currentTitle() == headline.heading);
    CHECK(headline.lead == formatPlanAmount(plan.targets.annualTarget));
    CHECK(headline.figures.size() == 3);
    window.nextSlide();
    REQUIRE(window.currentChart());
}
