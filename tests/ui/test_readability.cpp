// Slides read from the back of the room: texts sized from the slide's height, at most seven
// slices or bars with the smallest grouped, labels that never overprint each other, and
// takeaways that say something true of the plan's figures.
#include "uitestsupport.h"

#include "charts/chartbuilders.h"
#include "charts/chartsupport.h"
#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "exchange/planio.h"
#include "plan/format.h"
#include "team/linkedunits.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QtMath>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

Plan planWithTarget()
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("Readable plan");
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = Money::of(1'200'000'000, QStringLiteral("CNY"));
    return plan;
}

// A plan of twenty regions: `first` weighs that much, every other region 1.
Plan twentyRegions(double first = 1.0)
{
    Plan plan = planWithTarget();
    for (int i = 0; i < 20; ++i) {
        plan.targets.regions.append({plan.ids.take(), QStringLiteral("Region %1").arg(i + 1),
                                     i == 0 ? first : 1.0, Money()});
    }
    return plan;
}

QString takeaway(const ChartSpec &spec, const Plan &plan)
{
    return chartTakeaway(spec, plan, summarizePlan(plan));
}

std::unique_ptr<QChart> built(const ChartSpec &spec, const Plan &plan)
{
    return std::unique_ptr<QChart>(
        buildChart(spec, plan, summarizePlan(plan), ChartTheme::light()));
}

// The pixel sizes of every font of a chart.
QList<int> fontPixels(QChart *chart)
{
    QList<int> pixels;
    adjustChartFonts(chart, [&](const QFont &font) {
        pixels.append(font.pixelSize() > 0 ? font.pixelSize()
                                           : qRound(font.pointSizeF() * 96.0 / 72.0));
        return font;
    });
    return pixels;
}

// The visible texts of a chart on screen that overlap another one.
QStringList overprinted(const QChartView &view)
{
    QList<const QGraphicsTextItem *> texts;
    const QList<QGraphicsItem *> items = view.scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !text->toPlainText().isEmpty())
            texts.append(text);
    }
    QStringList clashes;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            // Qt's text items carry a margin of a few pixels around the glyphs.
            const QRectF a = texts[i]->sceneBoundingRect().adjusted(4, 4, -4, -4);
            const QRectF b = texts[j]->sceneBoundingRect().adjusted(4, 4, -4, -4);
            if (a.intersects(b))
                clashes.append(texts[i]->toPlainText() + u'|' + texts[j]->toPlainText());
        }
    }
    return clashes;
}

} // namespace

TEST_CASE("Every text of a slide is at least 2.5 % of the slide's height", "[readability]")
{
    for (const Plan &plan : {uitest::sample("sample-zh_CN.json"), twentyRegions()}) {
        PresentationWindow window(plan, false);
        window.resize(1280, 720);
        window.show();
        QApplication::processEvents();
        const int floor = qCeil(window.height() * slideTextFloor);
        for (int slide = 0; slide < window.slideCount(); ++slide) {
            window.showSlide(slide);
            INFO("slide " << slide << " " << window.currentTitle().toStdString());
            const QList<QLabel *> labels = window.findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                if (label->isVisibleTo(&window))
                    CHECK(label->font().pixelSize() >= floor);
            }
            if (QChart *chart = window.currentChart()) {
                for (int pixels : fontPixels(chart))
                    CHECK(pixels >= floor);
            }
        }
        // Larger on a larger screen.
        window.resize(1920, 1080);
        QApplication::processEvents();
        window.showSlide(openingSlideCount);
        for (int pixels : fontPixels(window.currentChart()))
            CHECK(pixels >= qCeil(1080 * slideTextFloor));
    }
}

TEST_CASE("Twenty regions: the smallest are grouped when they are few, bars when they are many",
          "[readability]")
{
    SECTION("twenty even regions: the shares are seven bars, the largest on top, Others last")
    {
        const Plan plan = twentyRegions();
        const auto chart = built({ChartKind::SplitShares, 0}, plan);
        REQUIRE(chart->series().size() == 1);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        REQUIRE(bars);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
        REQUIRE(axis);
        CHECK(axis->count() == chart::maxSplitItems);
        CHECK(axis->categories().first() == QStringLiteral("Others (14)"));
        const QList<qint64> exact = exactValues(bars->barSets().first());
        qint64 sum = 0;
        for (qint64 amount : exact)
            sum += amount;
        CHECK(sum == plan.targets.annualTarget.minor); // nothing lost in the grouping
    }
    SECTION("one region carrying most: a donut of seven slices, Others small")
    {
        const Plan plan = twentyRegions(40.0);
        const auto chart = built({ChartKind::SplitShares, 0}, plan);
        auto *pie = qobject_cast<QPieSeries *>(chart->series().value(0));
        REQUIRE(pie);
        CHECK(pie->count() == chart::maxSplitItems);
        CHECK(pie->slices().last()->label().startsWith(QStringLiteral("Others (14)")));
        CHECK(pie->slices().last()->percentage() <= 0.25);
    }
    SECTION("by month: at most seven stacked items")
    {
        const auto chart = built({ChartKind::SplitByMonth, 0}, twentyRegions());
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        REQUIRE(bars);
        CHECK(bars->barSets().size() == chart::maxSplitItems);
        CHECK(bars->barSets().last()->label() == QStringLiteral("Others (14)"));
    }
}

TEST_CASE("Twenty regions on a slide: no label overprints another", "[readability]")
{
    for (const double first : {1.0, 40.0}) {
        const Plan plan = twentyRegions(first);
        PresentationWindow window(plan, false);
        window.resize(1280, 720);
        window.show();
        for (const ChartSpec &spec :
             {ChartSpec{ChartKind::SplitShares, 0}, ChartSpec{ChartKind::SplitByMonth, 0},
              ChartSpec{ChartKind::TargetsByMonth, 0}}) {
            const int index = int(window.slides().indexOf(spec));
            REQUIRE(index >= 0);
            window.showSlide(openingSlideCount + index);
            QApplication::processEvents();
            QApplication::processEvents();
            const auto *view = window.findChild<QChartView *>(QStringLiteral("slideChart"));
            REQUIRE(view);
            INFO(spec.key().toStdString() << " first region weighs " << first);
            CHECK(overprinted(*view).isEmpty());
            const QString out = qEnvironmentVariable("SALESPLAN_SHOTS");
            if (!out.isEmpty())
                window.grab().save(
                    QStringLiteral("%1/twenty-%2-%3.png").arg(out).arg(first).arg(index));
        }
    }
}

TEST_CASE("A team plan's two slides: texts large enough, no label overprints another",
          "[readability][team]")
{
    // The Chinese team sample: three units, each label in 万.
    const QString team = QStringLiteral(SALESPLAN_TEST_DATA "/../../resources/samples/team/zh_CN/"
                                                            "team.json");
    const Result<Plan> read = readPlan(team);
    REQUIRE(read);
    PlanSummary summary = summarizePlan(*read);
    std::optional<Consolidation> units = consolidateLinkedUnits(*read, team);
    REQUIRE(units);
    summary.team = std::make_shared<const Consolidation>(std::move(*units));
    PresentationWindow window(*read, summary, false);
    window.resize(1280, 720);
    window.show();
    const int floor = qCeil(window.height() * slideTextFloor);
    for (const ChartSpec &spec :
         {ChartSpec{ChartKind::Units, 0}, ChartSpec{ChartKind::Consolidated, 0}}) {
        const int index = int(window.slides().indexOf(spec));
        REQUIRE(index >= 0);
        window.showSlide(openingSlideCount + index);
        QApplication::processEvents();
        QApplication::processEvents();
        INFO(spec.key().toStdString());
        REQUIRE_FALSE(chartIsExplanation(window.currentChart()));
        for (int pixels : fontPixels(window.currentChart()))
            CHECK(pixels >= floor);
        const auto *view = window.findChild<QChartView *>(QStringLiteral("slideChart"));
        REQUIRE(view);
        CHECK(overprinted(*view).isEmpty());
    }
}

TEST_CASE("Takeaways say what the figures show", "[readability]")
{
    const ChartSpec months{ChartKind::TargetsByMonth, 0};
    const ChartSpec regions{ChartKind::SplitShares, 0};
    const ChartSpec members{ChartKind::SplitShares, 2};

    SECTION("even months")
    {
        CHECK(takeaway(months, planWithTarget()) ==
              QStringLiteral("Every month carries about 8% of the year"));
    }
    SECTION("a heavy fourth quarter with a December peak")
    {
        Plan plan = planWithTarget();
        plan.targets.seasonality = SeasonalityMode::Custom;
        plan.targets.customWeights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 1.5, 2};
        CHECK(takeaway(months, plan) ==
              QStringLiteral("Q4 carries 36% of the year; December is the peak"));
    }
    SECTION("regions that share the year evenly")
    {
        Plan plan = planWithTarget();
        for (const char *name : {"East", "North", "South", "West"})
            plan.targets.regions.append({plan.ids.take(), QString::fromLatin1(name), 1.0, Money()});
        CHECK(takeaway(regions, plan) == QStringLiteral("4 regions share the year evenly"));
        CHECK(takeaway(ChartSpec{ChartKind::SplitByMonth, 0}, plan) == takeaway(regions, plan));
    }
    SECTION("two regions that carry most of the year")
    {
        Plan plan = planWithTarget();
        plan.targets.regions = {{plan.ids.take(), QStringLiteral("East"), 4.0, Money()},
                                {plan.ids.take(), QStringLiteral("South"), 1.0, Money()},
                                {plan.ids.take(), QStringLiteral("North"), 2.0, Money()},
                                {plan.ids.take(), QStringLiteral("West"), 3.0, Money()}};
        CHECK(takeaway(regions, plan) == QStringLiteral("East and West carry 70% of the year"));
        plan.targets.regions[0].weight = 9.0;
        CHECK(takeaway(regions, plan) == QStringLiteral("East carries 60% of the year"));
    }
    SECTION("many regions of which no few carry half the year")
    {
        Plan plan = planWithTarget();
        for (int i = 0; i < 10; ++i)
            plan.targets.regions.append(
                {plan.ids.take(), QStringLiteral("Region %1").arg(i + 1), 1.0 + i * 0.1, Money()});
        // 1.0 to 1.9 of 14.5: 7% to 13%; the three largest carry 37%.
        CHECK(takeaway(regions, plan) ==
              QStringLiteral("10 regions carry 7% to 13% of the year each"));
    }
    SECTION("reps who share the year evenly, two of them starting after March")
    {
        Plan plan = planWithTarget();
        plan.targets.quotasFollowStart = true;
        for (int i = 0; i < 8; ++i) {
            Member member;
            member.id = plan.ids.take();
            member.name = QStringLiteral("Rep %1").arg(i + 1);
            member.role = QStringLiteral("Sales");
            if (i >= 6)
                member.startDate = QDate(2027, 5 + i - 6, 1);
            plan.team.members.append(member);
        }
        CHECK(takeaway(members, plan) ==
              QStringLiteral("8 reps share the year evenly; 2 start after March"));
    }
}
