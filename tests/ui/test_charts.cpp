// The charts: each shows exactly the figures the plan decomposes to, explains what is missing
// instead of drawing zeros, and follows an edit in place.
#include <catch2/catch.hpp>

#include "calc/seasonality.h"
#include "charts/chartbuilders.h"
#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "plan/format.h"
#include "review/kpiboard.h"
#include "store/planfile.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"
#include "uitestsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

using uitest::sample;

Plan chinese()
{
    return sample("sample-zh_CN.json");
}

// The chart of `spec` with its QChart owned by the caller.
std::unique_ptr<QChart> build(const ChartSpec &spec, const Plan &plan,
                              const ChartTheme &theme = ChartTheme::light())
{
    return std::unique_ptr<QChart>(buildChart(spec, plan, summarizePlan(plan), theme));
}

template <typename Series> Series *seriesNamed(QChart *chart, const char *name)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *one : all) {
        if (one->objectName() == QString::fromLatin1(name))
            return qobject_cast<Series *>(one);
    }
    return nullptr;
}

QList<qint64> toList(const MonthValues &values)
{
    return QList<qint64>(values.begin(), values.end());
}

// Sums the exact values of every set of a bar series, per category.
QList<qint64> sumOfSets(QAbstractBarSeries *bars)
{
    QList<qint64> sums;
    const QList<QBarSet *> sets = bars->barSets();
    for (QBarSet *set : sets) {
        const QList<qint64> values = exactValues(set);
        sums.resize(qMax(sums.size(), values.size()));
        for (qsizetype i = 0; i < values.size(); ++i)
            sums[i] += values.at(i);
    }
    return sums;
}

// A plan file with a document on it.
struct OpenPlan
{
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> document;

    explicit OpenPlan(const Plan &plan)
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(path, plan));
        auto file = PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<PlanDocument>(std::move(file.value()));
    }
};

} // namespace

TEST_CASE("Chart keys name every chart and come back", "[charts]")
{
    const QList<ChartSpec> charts = allCharts();
    CHECK(charts.size() == 23);
    // A team plan's charts first: right after the title and headline slides in a default deck.
    CHECK(charts.at(0).key() == QStringLiteral("units"));
    CHECK(charts.at(1).key() == QStringLiteral("consolidated"));
    for (const ChartSpec &spec : charts) {
        INFO(spec.key().toStdString());
        const auto back = ChartSpec::fromKey(spec.key());
        REQUIRE(back);
        CHECK(*back == spec);
    }
    CHECK_FALSE(ChartSpec::fromKey(QStringLiteral("split:3")));
    CHECK_FALSE(ChartSpec::fromKey(QStringLiteral("pie")));
}

TEST_CASE("Money on an axis is in k and M, or in 万 and 亿 for Chinese", "[charts]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    setLargeAmountsInWanYi(false);
    CHECK(moneyScale(12'000'000'000, QStringLiteral("CNY"), chinese).divisor == 100'000'000.0);
    setLargeAmountsInWanYi(true);
    CHECK(moneyScale(66'000'000, QStringLiteral("USD"), english).suffix == QStringLiteral("k"));
    CHECK(moneyScale(66'000'000, QStringLiteral("USD"), english).divisor == 100'000.0);
    CHECK(moneyScale(1'200'000'000, QStringLiteral("USD"), english).suffix == QStringLiteral("M"));
    CHECK(moneyScale(1'000'000'000, QStringLiteral("CNY"), chinese).suffix == QStringLiteral("万"));
    CHECK(moneyScale(12'000'000'000, QStringLiteral("CNY"), chinese).suffix ==
          QStringLiteral("亿"));
    CHECK(moneyScale(5'000, QStringLiteral("JPY"), chinese).suffix.isEmpty());
    const MoneyScale wan = moneyScale(1'000'000'000, QStringLiteral("CNY"), chinese);
    CHECK(formatScaled(1'025'000'000, wan, english) == QStringLiteral("1,025万"));
    const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    CHECK(moneyScale(12'000'000'000, QStringLiteral("CNY"), taiwan).suffix == QStringLiteral("億"));
    setLargeAmountsInWanYi(false);
}

TEST_CASE("The month bars are the decomposition to the cent, with quarters and last year",
          "[charts]")
{
    const Plan plan = chinese();
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.decomposition);
    auto chart = build({ChartKind::TargetsByMonth, 0}, plan);
    REQUIRE_FALSE(chartIsExplanation(chart.get()));
    auto *bars = seriesNamed<QAbstractBarSeries>(chart.get(), "targets.bars");
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    QBarSet *months = bars->barSets().at(0);
    QBarSet *stretch = bars->barSets().at(1);
    REQUIRE(months->count() == 12);
    CHECK(exactValues(months) == toList(summary.decomposition->months));

    // The bars stand at the month targets to the one precision their labels write them: all
    // twelve in whole 万 or to the same decimal of the axis's unit, within half of that step.
    const QList<qint64> stretchMonths = exactValues(stretch);
    const MoneyScale scale =
        moneyScale(*std::max_element(stretchMonths.begin(), stretchMonths.end()),
                   plan.info.currency, QLocale());
    const auto &exactMonths = summary.decomposition->months;
    const int decimals = moneyLabelDecimals(
        double(*std::max_element(exactMonths.begin(), exactMonths.end())) / scale.divisor);
    const double step = std::pow(10.0, -decimals);
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m << " shows " << months->at(m));
        const double steps = months->at(m) / step;
        CHECK(std::abs(steps - std::round(steps)) < 1e-6);
        CHECK(std::abs(months->at(m) * scale.divisor - double(exactMonths[size_t(m)])) <=
              step * scale.divisor / 2 + 1);
    }

    // The ghost bar reaches the stretch tier, which adds up to the stretch target.
    REQUIRE(summary.tiers);
    qint64 stretchSum = 0;
    for (int m = 0; m < 12; ++m) {
        stretchSum += exactValues(stretch).at(m);
        CHECK(std::llround((months->at(m) + stretch->at(m)) * scale.divisor) ==
              exactValues(stretch).at(m));
    }
    CHECK(stretchSum == summary.tiers->stretch.minor);
    CHECK(stretch->color().alpha() < 255);

    // Quarter totals are written on the axis.
    QCategoryAxis *quarters = nullptr;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *category = qobject_cast<QCategoryAxis *>(axis))
            quarters = category;
    }
    REQUIRE(quarters);
    REQUIRE(quarters->categoriesLabels().size() == 4);
    // With the currency, all four to one precision: one decimal under 100 units of the axis.
    const auto &all = summary.decomposition->quarters;
    const double top = double(*std::max_element(all.begin(), all.end())) / scale.divisor;
    for (int q = 0; q < 4; ++q) {
        const QString label = quarters->categoriesLabels().at(q);
        CHECK(label.startsWith(QStringLiteral("Q%1").arg(q + 1)));
        CHECK(label.contains(currencySign(plan.info.currency) +
                             formatScaled(all[size_t(q)], scale, QLocale(), top < 100 ? 1 : 0)));
    }

    // Last year's months as a line.
    auto *lastYear = seriesNamed<QXYSeries>(chart.get(), "targets.lastYear");
    REQUIRE(lastYear);
    CHECK(exactValues(lastYear) ==
          toList(monthlyTotals(plan.history, plan.info.period.earlier(1))));
    CHECK(lastYear->count() == 12);
    CHECK_FALSE(pointToolTip(months, 0).isEmpty());
}

namespace {

// Each month of a split's rows, added up: the company's months for regions and product lines,
// the months × (1 + over-assignment) for the members' quotas.
QList<qint64> monthsOf(const DimensionSplit &split)
{
    QList<qint64> months(Period::monthCount, 0);
    for (const MonthValues &row : split.byMonth) {
        for (int month = 0; month < Period::monthCount; ++month)
            months[month] += row[month];
    }
    return months;
}

} // namespace

TEST_CASE("The stacked items of each month add up to the month target", "[charts]")
{
    Plan plan = chinese();
    // More members than the chart shows one by one: the rest are summed into one item.
    for (int i = 0; i < 10; ++i)
        plan.team.members.append(
            {plan.ids.take(), QStringLiteral("代表 %1").arg(i), {}, {}, 1.0, {}, 0, {}});
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.decomposition);
    for (int dimension = 0; dimension < 3; ++dimension) {
        INFO("dimension " << dimension);
        auto chart = build({ChartKind::SplitByMonth, dimension}, plan);
        auto *bars = seriesNamed<QAbstractBarSeries>(chart.get(), "split.bars");
        REQUIRE(bars);
        CHECK(bars->barSets().size() <= 7);
        const DimensionSplit *split = summary.decomposition->split(TargetSplit(dimension));
        REQUIRE(split);
        CHECK(sumOfSets(bars) == monthsOf(*split));
        if (dimension < 2)
            CHECK(sumOfSets(bars) == toList(summary.decomposition->months));
    }
}

TEST_CASE("The shares donut has a hole, every item and percent labels", "[charts]")
{
    const Plan plan = chinese();
    const PlanSummary summary = summarizePlan(plan);
    auto chart = build({ChartKind::SplitShares, 0}, plan);
    auto *pie = seriesNamed<QPieSeries>(chart.get(), "shares.pie");
    REQUIRE(pie);
    CHECK(pie->holeSize() > 0.0);
    REQUIRE(pie->count() == 3);
    qint64 sum = 0;
    for (QPieSlice *slice : pie->slices()) {
        sum += exactValues(slice).value(0);
        CHECK(slice->label().contains(QLocale().percent()));
    }
    CHECK(sum == summary.decomposition->annual);
    CHECK(pie->slices().at(0)->label().contains(QStringLiteral("华东")));
}

TEST_CASE("The members' shares add up to 100 % though their quotas are over-assigned", "[charts]")
{
    // The English sample's reps carry 110 % of the target: each slice is a share of their quotas.
    const Plan plan = sample("sample-en.json");
    REQUIRE(plan.targets.overAssignment > 0);
    auto chart = build({ChartKind::SplitShares, 2}, plan);
    auto *pie = seriesNamed<QPieSeries>(chart.get(), "shares.pie");
    REQUIRE(pie);
    static const QRegularExpression percent(QStringLiteral("(\\d+)%"));
    int sum = 0;
    for (QPieSlice *slice : pie->slices()) {
        const QRegularExpressionMatch match = percent.match(slice->label());
        REQUIRE(match.hasMatch());
        sum += match.captured(1).toInt();
    }
    // Whole percents rounded one by one: within one point a slice of 100.
    CHECK(std::abs(sum - 100) <= pie->count());
}

TEST_CASE("The funnel bars are the counts the funnel solver gives", "[charts]")
{
    const Plan plan = chinese();
    const PlanSummary summary = summarizePlan(plan);
    qint64 days = 0;
    for (const qint64 d : summary.workingDays)
        days += d;
    const Result<BackwardResult> solved = solveBackward(backwardInputs(plan, int(days)));
    REQUIRE(solved);
    auto chart = build({ChartKind::Funnel, 0}, plan);
    auto *bars = seriesNamed<QAbstractBarSeries>(chart.get(), "funnel.bars");
    REQUIRE(bars);
    QBarSet *set = bars->barSets().at(0);
    const QList<qint64> expected{solved->deals, solved->proposals, solved->qualifiedLeads,
                                 solved->leads};
    CHECK(exactValues(set) == expected);
    for (int i = 0; i < 4; ++i)
        CHECK(set->at(i) == double(expected.at(i)));
}

TEST_CASE("The capacity chart shows the reps of capacityByMonth and marks the months short",
          "[charts]")
{
    const Plan plan = chinese();
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.capacity);
    const CapacityPlan &capacity = *summary.capacity;
    REQUIRE(capacity.firstShortMonth >= 0);
    auto chart = build({ChartKind::Capacity, 0}, plan);
    auto *bars = seriesNamed<QAbstractBarSeries>(chart.get(), "capacity.bars");
    auto *available = seriesNamed<QXYSeries>(chart.get(), "capacity.available");
    REQUIRE(bars);
    REQUIRE(available);
    QBarSet *enough = bars->barSets().at(0);
    QBarSet *shortOf = bars->barSets().at(1);
    for (int m = 0; m < 12; ++m) {
        const MonthCapacity &month = capacity.months.at(m);
        CHECK(enough->at(m) + shortOf->at(m) == double(month.repsRequired));
        CHECK(exactValues(enough).at(m) == month.repsRequired);
        CHECK((shortOf->at(m) > 0) == (month.repsShort > 0 && month.repsRequired > 0));
        CHECK(available->at(m).y() == Approx(month.repsAvailable));
    }
}

TEST_CASE("The bridge's waterfall floats each change from last year's actual to this year's "
          "target",
          "[charts]")
{
    const Plan plan = chinese();
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.bridges.size() == 2);
    for (const PlanBridge &bridge : summary.bridges) {
        const int dimension = bridge.dimension == TargetSplit::Regions ? 0 : 1;
        INFO("dimension " << dimension);
        auto chart = build({ChartKind::Bridge, dimension}, plan);
        REQUIRE_FALSE(chartIsExplanation(chart.get()));
        auto *bars = seriesNamed<QAbstractBarSeries>(chart.get(), "bridge.bars");
        REQUIRE(bars);
        REQUIRE(bars->barSets().size() == 4);
        const QList<qint64> base = exactValues(bars->barSets().at(0));
        const QList<qint64> total = exactValues(bars->barSets().at(1));
        const QList<qint64> rise = exactValues(bars->barSets().at(2));
        const QList<qint64> fall = exactValues(bars->barSets().at(3));
        const qsizetype count = bridge.steps.size() + 2;
        REQUIRE(total.size() == count);
        CHECK(bars->barSets().at(0)->color().alpha() == 0); // the base is not seen
        CHECK(total.first() == 100'000'000'00);
        CHECK(total.last() == 120'000'000'00);
        // Each floating bar starts where the one before it ended.
        qint64 running = total.first();
        for (qsizetype i = 1; i + 1 < count; ++i) {
            const qint64 change = bridge.steps.at(i - 1).change();
            CHECK(rise.at(i) - fall.at(i) == change);
            CHECK(base.at(i) == (change >= 0 ? running : running + change));
            running += change;
        }
        CHECK(running == total.last());
        auto *steps = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
        REQUIRE(steps);
        CHECK(steps->categories().size() == count);
        CHECK(steps->categories().at(1).startsWith(bridge.steps.first().name));
        CHECK(steps->categories().at(1).contains(u'+'));
    }
    CHECK(chartTakeaway({ChartKind::Bridge, 0}, plan, summary).toStdString() ==
          "华东 brings the largest rise: +¥8,870,200 (+19.7%)");
}

TEST_CASE("A bridge of small changes starts its axis near last year, each tick read apart",
          "[charts]")
{
    // ¥1亿 last year to ¥1.2亿: from zero the rises would be slivers on tall columns. In M, and
    // in 亿 where the steps are hundredths.
    const QLocale previous;
    for (const bool wanYi : {false, true}) {
        INFO((wanYi ? "in 万/亿" : "in k/M"));
        if (wanYi)
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        setLargeAmountsInWanYi(wanYi);
        auto chart = build({ChartKind::Bridge, 0}, chinese());
        QValueAxis *value = nullptr;
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
            value = value ? value : qobject_cast<QValueAxis *>(axis);
        REQUIRE(value);
        CHECK(value->min() > 0);
        REQUIRE(value->tickType() == QValueAxis::TicksDynamic);
        QStringList labels;
        for (double tick = value->min(); tick <= value->max() + 1e-9; tick += value->tickInterval())
            labels.append(QString::asprintf(value->labelFormat().toUtf8().constData(), tick));
        INFO(labels.join(u' ').toStdString());
        CHECK(labels.size() >= 3);
        CHECK(labels.removeDuplicates() == 0);
    }
    setLargeAmountsInWanYi(false);
    QLocale::setDefault(previous);
}

TEST_CASE("The bridge explains itself without last year's history", "[charts]")
{
    Plan plan = chinese();
    plan.history.clear();
    plan.targets.seasonality = SeasonalityMode::Even; // the sample's needs the history
    for (int dimension : {0, 1}) {
        auto chart = build({ChartKind::Bridge, dimension}, plan);
        CHECK(chartIsExplanation(chart.get()));
        CHECK(chart->title().contains(QStringLiteral("No history of last year")));
    }
}

namespace {
QString expectedExplanation(ChartKind kind)
{
    if (kind == ChartKind::Timeline)
        return QStringLiteral("No initiatives yet");
    if (kind == ChartKind::Units || kind == ChartKind::Consolidated)
        return QStringLiteral("Not a team plan: no units");
    return QStringLiteral("No revenue target yet");
}
} // namespace

TEST_CASE("An empty plan gives charts that explain, not zeros", "[charts]")
{
    const Plan plan = makeDefaultPlan();
    for (const ChartSpec &spec : allCharts()) {
        INFO(spec.key().toStdString());
        auto chart = build(spec, plan);
        CHECK(chartIsExplanation(chart.get()));
        INFO(chart->title().toStdString());
        CHECK(chart->series().isEmpty());
        // The action plan needs no target, only initiatives.
        CHECK(chart->title().contains(expectedExplanation(spec.kind)));
    }
}

TEST_CASE("Plan against actual explains until actuals exist, then adds them up", "[charts]")
{
    Plan plan = chinese();
    auto chart = build({ChartKind::PlanVsActual, 0}, plan);
    CHECK(chart->series().isEmpty());
    CHECK(chart->title().contains(
        QStringLiteral("No actuals yet: import monthly results to compare")));

    for (int m = 1; m <= 3; ++m) {
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = QDate(plan.info.period.year, m, 1);
        entry.amount = Money::of(m * 100'000'000, plan.info.currency);
        plan.history.append(entry);
    }
    const PlanSummary summary = summarizePlan(plan);
    updateChart(chart.get(), {ChartKind::PlanVsActual, 0}, plan, summary, ChartTheme::light());
    CHECK_FALSE(chartIsExplanation(chart.get()));
    auto *actual = seriesNamed<QXYSeries>(chart.get(), "actual.actual");
    auto *planned = seriesNamed<QXYSeries>(chart.get(), "actual.plan");
    REQUIRE(actual);
    REQUIRE(planned);
    CHECK(exactValues(actual) == QList<qint64>{100'000'000, 300'000'000, 600'000'000});
    CHECK(exactValues(planned).size() == 12);
    CHECK(exactValues(planned).last() == summary.decomposition->annual);
}

TEST_CASE("updateChart changes the values in place and rebuilds only a new shape", "[charts]")
{
    Plan plan = chinese();
    auto chart = build({ChartKind::TargetsByMonth, 0}, plan);
    auto *bars = seriesNamed<QAbstractBarSeries>(chart.get(), "targets.bars");
    QBarSet *months = bars->barSets().at(0);
    const double january = months->at(0);

    plan.targets.annualTarget = Money::of(plan.targets.annualTarget.minor * 2, plan.info.currency);
    const PlanSummary summary = summarizePlan(plan);
    updateChart(chart.get(), {ChartKind::TargetsByMonth, 0}, plan, summary, ChartTheme::light());
    CHECK(seriesNamed<QAbstractBarSeries>(chart.get(), "targets.bars") == bars);
    CHECK(bars->barSets().at(0) == months);
    CHECK(months->at(0) != january);
    CHECK(exactValues(months) == toList(summary.decomposition->months));

    auto split = build({ChartKind::SplitShares, 1}, plan);
    auto *pie = seriesNamed<QPieSeries>(split.get(), "shares.pie");
    QPieSlice *first = pie->slices().at(0);
    plan.targets.products[0].weight = 80;
    updateChart(split.get(), {ChartKind::SplitShares, 1}, plan, summarizePlan(plan),
                ChartTheme::light());
    CHECK(seriesNamed<QPieSeries>(split.get(), "shares.pie") == pie);
    CHECK(pie->slices().at(0) == first);
    plan.targets.products.append({plan.ids.take(), QStringLiteral("新产品"), 10, {}});
    updateChart(split.get(), {ChartKind::SplitShares, 1}, plan, summarizePlan(plan),
                ChartTheme::light());
    REQUIRE(seriesNamed<QPieSeries>(split.get(), "shares.pie"));
    CHECK(seriesNamed<QPieSeries>(split.get(), "shares.pie")->count() == 4);
}

TEST_CASE("A chart view follows an edit of the target and ignores other sections", "[charts]")
{
    OpenPlan open(chinese());
    ChartView view(open.document.get(), {ChartKind::TargetsByMonth, 0});
    view.resize(1280, 720);
    view.show();
    QApplication::processEvents();
    QChart *chart = view.chart();
    auto *bars = seriesNamed<QAbstractBarSeries>(chart, "targets.bars");
    QBarSet *months = bars->barSets().at(0);
    const QList<qint64> before = exactValues(months);
    const int refreshes = view.refreshCount();

    open.document->edit(QStringLiteral("Edit mission"),
                        [](Plan &plan) { plan.mission.mission = QStringLiteral("新使命"); });
    CHECK(view.refreshCount() == refreshes);

    open.document->edit(QStringLiteral("Edit target"),
                        [](Plan &plan) { plan.targets.annualTarget.minor += 1'200'000'000; });
    CHECK(view.refreshCount() == refreshes + 1);
    CHECK(view.chart() == chart);
    CHECK(seriesNamed<QAbstractBarSeries>(chart, "targets.bars") == bars);
    CHECK(bars->barSets().at(0) == months);
    CHECK(exactValues(months) != before);
    CHECK(exactValues(months) ==
          toList(summarizePlan(open.document->plan()).decomposition->months));
}

TEST_CASE("The charts page shows every chart and switches to dark", "[charts]")
{
    OpenPlan open(chinese());
    ChartsPage page(open.document.get());
    CHECK(page.objectName() == QStringLiteral("chartsPage"));
    // Every chart but the KPI board, which is tiles on the Review page, and the action plan's
    // timeline, which Metrics & review shows.
    CHECK(page.views().size() == allCharts().size() - 2);
    // The units' charts are there for a team plan only: this is the plan of one team.
    for (ChartView *view : page.views()) {
        const bool team =
            view->spec().kind == ChartKind::Units || view->spec().kind == ChartKind::Consolidated;
        CHECK(view->isHidden() == team);
    }
    page.setDark(true);
    for (ChartView *view : page.views())
        CHECK(view->chart()->backgroundBrush().color() == ChartTheme::darkTheme().background);
}

TEST_CASE("The takeaway names the largest quarter's share", "[charts]")
{
    const Plan plan = chinese();
    const PlanSummary summary = summarizePlan(plan);
    const auto &quarters = summary.decomposition->quarters;
    const auto largest = std::max_element(quarters.begin(), quarters.end());
    const QString takeaway = chartTakeaway({ChartKind::TargetsByMonth, 0}, plan, summary);
    CHECK(takeaway.contains(QStringLiteral("Q%1").arg(largest - quarters.begin() + 1)));
    CHECK(takeaway.contains(
        formatPercent(double(*largest) / double(summary.decomposition->annual), 0)));
    CHECK(chartTakeaway({ChartKind::Capacity, 0}, plan, summary) ==
          capacityGapText(*summary.capacity, plan.info.period));
}

namespace {

void renderAll(const Plan &plan, const QString &prefix, const QLocale &locale)
{
    const QLocale previous;
    QLocale::setDefault(locale);
    const QString folder = QStringLiteral("/tmp/shots-charts");
    REQUIRE(QDir().mkpath(folder));
    const PlanSummary summary = summarizePlan(plan);
    for (const bool dark : {false, true}) {
        const ChartTheme theme = dark ? ChartTheme::darkTheme() : ChartTheme::light();
        for (const ChartSpec &spec : allCharts()) {
            QChartView view(buildChart(spec, plan, summary, theme));
            view.setBackgroundBrush(theme.background);
            view.setRenderHint(QPainter::Antialiasing);
            view.resize(1280, 720);
            view.show();
            QApplication::processEvents();
            QString key = spec.key();
            key.replace(u':', u'-');
            CHECK(view.grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                       .arg(folder, prefix,
                                            dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                            key)));
        }
    }
    QLocale::setDefault(previous);
}

// The KPI board as a slide, light and dark, and as the Review page's widget.
void renderBoard(const Plan &plan, const QString &prefix, const QLocale &locale)
{
    const QLocale previous;
    QLocale::setDefault(locale);
    const PlanSummary summary = summarizePlan(plan);
    const QList<ChartSpec> deck{{ChartKind::KpiBoard, 0}};
    for (const bool dark : {false, true}) {
        QImage image(1280, 720, QImage::Format_ARGB32);
        QPainter painter(&image);
        paintDeckSlide(&painter, QRectF(0, 0, 1280, 720), openingSlideCount, deck, plan, summary,
                       dark ? ChartTheme::darkTheme() : ChartTheme::light(), QApplication::font());
        painter.end();
        CHECK(
            image.save(QStringLiteral("/tmp/shots-charts/%1-%2-slide-kpiboard.png")
                           .arg(prefix, dark ? QStringLiteral("dark") : QStringLiteral("light"))));
    }
    Plan boardOnly = plan;
    boardOnly.presentationDeck = {QStringLiteral("kpiboard")};
    PresentationWindow window(boardOnly, true);
    window.resize(1280, 720);
    window.show();
    window.showSlide(openingSlideCount);
    QApplication::processEvents();
    CHECK(window.grab().save(
        QStringLiteral("/tmp/shots-charts/%1-presentation-kpiboard.png").arg(prefix)));
    OpenPlan open(plan);
    KpiBoard board(open.document.get());
    board.resize(900, board.heightForWidth(900));
    board.show();
    QApplication::processEvents();
    CHECK(board.grab().save(QStringLiteral("/tmp/shots-charts/%1-kpiboard.png").arg(prefix)));
    QLocale::setDefault(previous);
}

} // namespace

TEST_CASE("Render every chart of both samples, light and dark", "[.screenshots]")
{
    renderAll(chinese(), QStringLiteral("zh"), QLocale(QLocale::Chinese, QLocale::China));
    renderAll(sample("sample-en.json"), QStringLiteral("en"),
              QLocale(QLocale::English, QLocale::UnitedStates));
    Plan withActuals = chinese();
    for (int m = 1; m <= 5; ++m) {
        HistoryEntry entry;
        entry.id = withActuals.ids.take();
        entry.month = QDate(withActuals.info.period.year, m, 1);
        entry.amount = Money::of(m == 2 ? 500'000'000 : 1'000'000'000, withActuals.info.currency);
        withActuals.history.append(entry);
    }
    renderAll(withActuals, QStringLiteral("actuals"), QLocale(QLocale::Chinese, QLocale::China));
    renderAll(uitest::withActualsToMay(chinese()), QStringLiteral("review-zh"),
              QLocale(QLocale::Chinese, QLocale::China));
    renderAll(uitest::withActualsToMay(chinese()), QStringLiteral("review-en"),
              QLocale(QLocale::English, QLocale::UnitedStates));
    renderBoard(uitest::withActualsToMay(chinese()), QStringLiteral("review-zh"),
                QLocale(QLocale::Chinese, QLocale::China));
    Plan lowerIsBetter = uitest::withActualsToMay(chinese());
    lowerIsBetter.metrics.kpis.last().direction = KpiDirection::LowerIsBetter;
    renderBoard(lowerIsBetter, QStringLiteral("review-en"),
                QLocale(QLocale::English, QLocale::UnitedStates));
    Plan empty = makeDefaultPlan();
    renderAll(empty, QStringLiteral("empty"), QLocale(QLocale::English, QLocale::UnitedStates));
    OpenPlan open(chinese());
    ChartsPage page(open.document.get());
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    CHECK(page.grab().save(QStringLiteral("/tmp/shots-charts/page.png")));
}

TEST_CASE("The execution charts appear once the plan year has actuals", "[charts][review]")
{
    const Plan plan = chinese();
    const QList<ChartSpec> before = chartsWithData(plan, summarizePlan(plan));
    const ChartSpec cumulative{ChartKind::Cumulative, 0};
    CHECK_FALSE(before.contains(cumulative));
    for (int dimension = 0; dimension < 3; ++dimension)
        CHECK_FALSE(before.contains(ChartSpec{ChartKind::Attainment, dimension}));

    const Plan executed = uitest::withActualsToMay(plan);
    const QList<ChartSpec> after = chartsWithData(executed, summarizePlan(executed));
    CHECK(after.contains(cumulative));
    for (int dimension = 0; dimension < 3; ++dimension)
        CHECK(after.contains(ChartSpec{ChartKind::Attainment, dimension}));
}

TEST_CASE("The cumulative chart adds up the actuals and ends at the review's forecasts",
          "[charts][review]")
{
    const Plan plan = uitest::withActualsToMay(chinese());
    const PlanSummary summary = summarizePlan(plan);
    const auto review = reviewPlan(plan, summary, 4);
    REQUIRE(review);
    auto chart = build({ChartKind::Cumulative, 0}, plan);
    auto *actual = seriesNamed<QXYSeries>(chart.get(), "cumulative.actual");
    auto *runRate = seriesNamed<QXYSeries>(chart.get(), "cumulative.runRate");
    auto *planRest = seriesNamed<QXYSeries>(chart.get(), "cumulative.planRest");
    REQUIRE(actual);
    REQUIRE(runRate);
    REQUIRE(planRest);
    const MonthActuals booked = planYearActuals(plan);
    qint64 janToMay = 0;
    for (int m = 0; m < 5; ++m)
        janToMay += booked[std::size_t(m)].value_or(0);
    CHECK(exactValues(actual).size() == 5);
    CHECK(exactValues(actual).last() == janToMay);
    CHECK(review->lines.first().attainment.yearToDate.actual == janToMay);
    CHECK(exactValues(runRate).first() == janToMay);
    CHECK(exactValues(runRate).last() == review->lines.first().forecast.runRate);
    CHECK(exactValues(planRest).last() == review->lines.first().forecast.planRest);
    CHECK(runRate->points().first().x() == 4.0);
    CHECK(chartTakeaway({ChartKind::Cumulative, 0}, plan, summary)
              .contains(formatPercent(double(review->lines.first().forecast.runRate) /
                                          double(summary.decomposition->annual),
                                      0)));
}

TEST_CASE("The attainment bars are the review's year-to-date ratios, named with their light",
          "[charts][review]")
{
    const Plan plan = uitest::withActualsToMay(chinese());
    const PlanSummary summary = summarizePlan(plan);
    const auto review = reviewPlan(plan, summary, 4);
    REQUIRE(review);
    auto chart = build({ChartKind::Attainment, 0}, plan);
    auto *bars = seriesNamed<QAbstractBarSeries>(chart.get(), "attainment.bars");
    REQUIRE(bars);
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(names);
    int regions = 0;
    for (const ReviewLine &line : review->lines) {
        if (line.subject != ReviewSubject::Region)
            continue;
        ++regions;
        const double ratio = *line.attainment.yearToDate.ratio();
        const QString light = lightName(review->lightOf(line.attainment.yearToDate));
        const QString label =
            QStringLiteral("%1  %2 · %3").arg(line.name, formatPercent(ratio, 0), light);
        INFO(label.toStdString());
        const int index = int(names->categories().indexOf(label));
        REQUIRE(index >= 0);
        double drawn = 0.0;
        const QList<QBarSet *> sets = bars->barSets();
        for (QBarSet *set : sets)
            drawn += set->at(index);
        CHECK(drawn == Approx(ratio * 100.0));
    }
    CHECK(names->categories().size() == regions);
    CHECK(seriesNamed<QXYSeries>(chart.get(), "attainment.target")->points().first().x() == 100.0);
}

TEST_CASE("Forty members' attainment shows the furthest behind and counts the rest",
          "[charts][review]")
{
    Plan plan = chinese();
    Member first = plan.team.members.last();
    first.quotaAmount = Money::of(0, plan.info.currency);
    first.quotaShare = 0.05;
    for (int i = 0; i < 28; ++i) {
        Member member = first;
        member.id = plan.ids.take();
        member.name = QStringLiteral("Member with a long name %1").arg(i);
        plan.team.members.append(member);
    }
    plan = uitest::withActualsToMay(plan);
    const auto review = reviewPlan(plan, summarizePlan(plan), 4);
    REQUIRE(review);
    const auto members =
        std::count_if(review->lines.begin(), review->lines.end(), [](const ReviewLine &line) {
            return line.subject == ReviewSubject::Member && line.attainment.yearToDate.target > 0;
        });
    REQUIRE(members >= 40); // with the plan's hires who start before June
    auto chart = build({ChartKind::Attainment, 2}, plan);
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(names);
    CHECK(names->categories().size() == 8);
    CHECK(names->categories().first() == QStringLiteral("… and %1 more").arg(members - 7));
    for (const QString &name : names->categories())
        CHECK(name.size() < 40);
}

TEST_CASE("The KPI board has a tile for the revenue and each KPI, its light in words",
          "[charts][review]")
{
    const Plan plan = uitest::withActualsToMay(chinese());
    const PlanSummary summary = summarizePlan(plan);
    const auto review = reviewPlan(plan, summary, 4);
    REQUIRE(review);
    const QList<KpiTile> tiles = kpiBoardTiles(*review, plan);
    REQUIRE(tiles.size() == plan.metrics.kpis.size() + 1);
    const Attainment &ytd = review->lines.first().attainment.yearToDate;
    CHECK(tiles.first().name == QStringLiteral("Revenue, year to date"));
    CHECK(tiles.first().light == review->lightOf(ytd));
    CHECK(tiles.first().actual == formatPlanAmount(*ytd.actual, plan.info.currency));
    for (qsizetype i = 1; i < tiles.size(); ++i) {
        CHECK(tiles.at(i).name == plan.metrics.kpis.at(i - 1).name);
        CHECK(tiles.at(i).light == review->kpis.at(i - 1).light);
    }

    OpenPlan open(plan);
    KpiBoard board(open.document.get());
    CHECK(board.month() == 4); // the last month with actuals
    CHECK(board.tiles() == tiles);
    const QString words = board.accessibleDescription();
    CHECK(words.contains(lightName(tiles.first().light)));
    CHECK(words.contains(plan.metrics.kpis.first().name));
    board.setMonth(0);
    CHECK(board.tiles() == kpiBoardTiles(*reviewPlan(plan, summary, 0), plan));
    CHECK(chartHasData({ChartKind::KpiBoard, 0}, plan, summary));
    CHECK_FALSE(chartHasData({ChartKind::KpiBoard, 0}, chinese(), summarizePlan(chinese())));
    CHECK(chartTakeaway({ChartKind::KpiBoard, 0}, plan, summary).contains(QStringLiteral("green")));

    // A KPI better when lower says so on its tile.
    Plan lower = plan;
    lower.metrics.kpis.last().direction = KpiDirection::LowerIsBetter;
    const QList<KpiTile> lowerTiles = kpiBoardTiles(lower, summarizePlan(lower)); // at May
    CHECK(lowerTiles.last().lowerIsBetter);
    CHECK_FALSE(lowerTiles.first().lowerIsBetter);
}
