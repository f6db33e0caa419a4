// The bridge from last year to this year as a waterfall: last year's actual and this year's
// target as whole bars in the theme's colour, each region's or product line's change between them
// as a rise or a fall floating on an invisible base, the signed change under each bar.
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace salesplan::ui::chart {

namespace {

// One bar of the waterfall: its label, where it floats and how it moves.
struct WaterfallBar
{
    QString name;
    qint64 change = 0; // for the start and end bars, their whole amount
    bool total = false;
};

// The steps of the bridge, at most maxSplitItems: beyond that the smallest changes are summed
// into "Others (n)" after the rest.
QList<WaterfallBar> stepBars(const PlanBridge &bridge)
{
    QList<qsizetype> order(bridge.steps.size());
    std::iota(order.begin(), order.end(), 0);
    const qsizetype shown =
        order.size() > maxSplitItems ? maxSplitItems - 1 : qsizetype(order.size());
    if (shown < order.size()) {
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return qAbs(bridge.steps.at(a).change()) > qAbs(bridge.steps.at(b).change());
        });
        std::sort(order.begin(), order.begin() + shown);
    }
    QList<WaterfallBar> bars;
    for (qsizetype i = 0; i < shown; ++i)
        bars.append({bridge.steps.at(order.at(i)).name, bridge.steps.at(order.at(i)).change()});
    if (shown < order.size()) {
        qint64 rest = 0;
        for (qsizetype i = shown; i < order.size(); ++i)
            rest += bridge.steps.at(order.at(i)).change();
        bars.append({Charts::tr("Others (%n)", nullptr, int(order.size() - shown)), rest});
    }
    return bars;
}

QList<WaterfallBar> waterfallBars(const PlanBridge &bridge)
{
    QList<WaterfallBar> bars{{Charts::tr("Last year"), bridge.start, true}};
    bars.append(stepBars(bridge));
    bars.append({Charts::tr("This year"), bridge.end, true});
    return bars;
}

// The heights of the four stacked sets: the invisible base, the start and end bars, the rises
// and the falls; and the highest and lowest running totals.
struct WaterfallSets
{
    QList<qint64> base, total, rise, fall;
    qint64 highest = 0;
    qint64 lowest = std::numeric_limits<qint64>::max();
};

WaterfallSets waterfallSets(const QList<WaterfallBar> &bars)
{
    WaterfallSets sets;
    qint64 running = 0;
    for (const WaterfallBar &bar : bars) {
        const qint64 before = bar.total ? 0 : running;
        const qint64 after = bar.total ? bar.change : running + bar.change;
        sets.base.append(bar.total ? 0 : qMax<qint64>(0, qMin(before, after)));
        sets.total.append(bar.total ? bar.change : 0);
        sets.rise.append(!bar.total && bar.change > 0 ? bar.change : 0);
        sets.fall.append(!bar.total && bar.change < 0 ? -bar.change : 0);
        running = after;
        sets.highest = qMax(sets.highest, qMax(before, after));
        sets.lowest = qMin(sets.lowest, bar.total ? after : qMin(before, after));
    }
    return sets;
}

// The part of the value axis a waterfall shows when every running total stands high above zero
// and the changes are small beside them: from a round step below the lowest to one above the
// highest, so a ¥110万 rise on ¥6,900万 is a bar one can see rather than a sliver on a tall
// column. None: the axis starts at zero.
struct AxisWindow
{
    double min = 0, max = 0, step = 0;
};

bool isRaised(const WaterfallSets &heights)
{
    const qint64 spread = heights.highest - heights.lowest;
    return heights.lowest > 0 && spread > 0 && spread <= heights.highest / 2;
}

// The unit of the value axis: that of the highest bar, or of the changes on a raised axis, whose
// ticks are as far apart as the changes are large (¥9,500万 … ¥12,500万, not ¥0.95亿 … ¥1.25亿).
MoneyScale axisScale(const WaterfallSets &heights, const QString &currency)
{
    const qint64 basis = isRaised(heights) ? heights.highest - heights.lowest : heights.highest;
    return moneyScale(basis, currency, QLocale());
}

std::optional<AxisWindow> raisedWindow(const WaterfallSets &heights, const MoneyScale &scale)
{
    if (!isRaised(heights))
        return std::nullopt;
    const double highest = double(heights.highest) / scale.divisor;
    const double lowest = double(heights.lowest) / scale.divisor;
    const double spread = highest - lowest;
    // A step of 1, 2 or 5 × 10^k giving about four steps over the changes.
    const double rough = spread / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double step = rough <= power       ? power
                        : rough <= 2 * power ? 2 * power
                        : rough <= 5 * power ? 5 * power
                                             : 10 * power;
    AxisWindow window;
    window.step = step;
    window.min = qMax(0.0, std::floor((lowest - spread * 0.5) / step) * step);
    window.max = std::ceil((highest + spread * 0.15) / step) * step;
    return window;
}

const PlanBridge *bridgeOf(const PlanSummary &summary, int dimension)
{
    const TargetSplit kind = TargetSplit(dimension);
    const auto found = std::find_if(summary.bridges.begin(), summary.bridges.end(),
                                    [kind](const PlanBridge &b) { return b.dimension == kind; });
    return found == summary.bridges.end() ? nullptr : &*found;
}

void buildSeries(QChart *chart, const MoneyScale &scale, const QString &currency)
{
    clearChart(chart);
    auto *bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("bridge.bars"));
    bars->setBarWidth(0.6);
    const QList<std::pair<QString, QString>> sets{
        {QStringLiteral("bridge.base"), QString()},
        {QStringLiteral("bridge.total"), Charts::tr("Last year and this year")},
        {QStringLiteral("bridge.rise"), Charts::tr("Rise")},
        {QStringLiteral("bridge.fall"), Charts::tr("Fall")}};
    for (const auto &[name, label] : sets) {
        auto *set = new QBarSet(label);
        set->setObjectName(name);
        bars->append(set);
    }
    chart->addSeries(bars);
    addCategoryAndMoneyAxes(chart, QStringLiteral("steps"), scale, currency, {bars});
}

// The amount under a bar in its own scale, to about three digits without trailing zeros:
// "887万", "1.2亿", "576k", "8M".
QString shortAmount(qint64 minor, const QString &currency)
{
    const MoneyScale scale = moneyScale(minor, currency, QLocale());
    const double value = double(minor) / scale.divisor;
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text + scale.suffix;
}

// The name as the label's rich text; a long name on two lines, broken at the space nearest its
// middle: a category label is not wrapped by Qt and would run into its neighbours.
QString wrapped(const QString &name)
{
    constexpr int longName = 14;
    if (name.size() <= longName)
        return name.toHtmlEscaped();
    const qsizetype middle = name.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1))
        if (best < 0 || qAbs(i - middle) < qAbs(best - middle))
            best = i;
    if (best < 0)
        return name.toHtmlEscaped();
    return name.left(best).toHtmlEscaped() + QStringLiteral("<br>") +
           name.mid(best + 1).toHtmlEscaped();
}

QString signedAmount(qint64 minor, const QString &currency)
{
    return withChangeSign(double(minor), shortAmount(qAbs(minor), currency));
}

} // namespace

void drawBridge(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Bridge, dimension}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme))
        return;
    const PlanBridge *bridge = bridgeOf(summary, dimension);
    if (!bridge) {
        explain(chart, title,
                dimension == 0 ? Charts::tr("No history of last year by region: import last year's "
                                            "bookings with their regions")
                               : Charts::tr("No history of last year by product line: import last "
                                            "year's bookings with their product lines"),
                theme);
        return;
    }
    const QList<WaterfallBar> bars = waterfallBars(*bridge);
    const WaterfallSets heights = waterfallSets(bars);
    const QString &currency = bridge->currency;
    const MoneyScale scale = axisScale(heights, currency);
    QStringList categories, tips;
    for (const WaterfallBar &bar : bars) {
        const QString amount =
            bar.total ? shortAmount(bar.change, currency) : signedAmount(bar.change, currency);
        categories.append(QStringLiteral("%1<br>%2").arg(wrapped(bar.name), amount));
        tips.append(Charts::tr("%1: %2").arg(bar.name, bar.total
                                                           ? formatMoneyExact(bar.change, currency)
                                                           : formatChange(bar.change, currency)));
    }

    const QString shape = QStringLiteral("bridge");
    if (!hasShape(chart, shape)) {
        buildSeries(chart, scale, currency);
        setShape(chart, shape, title);
    }
    auto *series =
        static_cast<QStackedBarSeries *>(findSeries(chart, QStringLiteral("bridge.bars")));
    const QList<QBarSet *> sets = series->barSets();
    const QList<QColor> colors{Qt::transparent, theme.palette.at(0), theme.palette.at(2),
                               theme.palette.at(5)};
    const QList<QList<qint64>> values{heights.base, heights.total, heights.rise, heights.fall};
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(colors.at(i));
        sets.at(i)->setLabelColor(Qt::transparent); // the amounts are under the bars
        setBarValues(sets.at(i), values.at(i), scale.divisor);
        setExact(sets.at(i), values.at(i), tips);
    }
    // The base is never named; a rise or a fall only when there is one.
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
            const qsizetype set = sets.indexOf(barMarker->barset());
            barMarker->setVisible(set > 0 &&
                                  std::any_of(values.at(set).begin(), values.at(set).end(),
                                              [](qint64 v) { return v != 0; }));
        }
    }
    // A raised window may have moved the range: the axis starts from 0 again.
    findAxis(chart, QStringLiteral("value"))->setProperty("salesplanTop", QVariant());
    QValueAxis *value =
        setMoneyAxes(chart, QStringLiteral("steps"), categories, scale, heights.highest);
    value->setTickType(QValueAxis::TicksFixed);
    if (const std::optional<AxisWindow> window = raisedWindow(heights, scale)) {
        value->setRange(window->min, window->max);
        value->setTickType(QValueAxis::TicksDynamic);
        value->setTickAnchor(0.0);
        value->setTickInterval(window->step);
        // As many decimals as the step needs: 0.05亿 steps read ¥0.95亿, ¥1.00亿, ¥1.05亿.
        const int decimals =
            window->step >= 1 ? 0 : int(std::ceil(-std::log10(window->step) - 1e-9));
        value->setLabelFormat(value->property("salesplanSign").toString() +
                              QStringLiteral("%.%1f").arg(decimals) + scale.suffix);
    }
}

QString bridgeTakeaway(int dimension, const PlanSummary &summary)
{
    const PlanBridge *bridge = bridgeOf(summary, dimension);
    if (!bridge)
        return {};
    const BridgeStep *largest = nullptr;
    for (const BridgeStep &step : bridge->steps)
        if (step.kind == BridgeStep::Kind::Item &&
            (!largest || qAbs(step.change()) > qAbs(largest->change())))
            largest = &step;
    if (!largest || largest->change() == 0)
        return {};
    QString change = formatChange(largest->change(), bridge->currency);
    if (const std::optional<double> rate = largest->changeRate())
        change += QStringLiteral(" (%1)").arg(formatChangeRate(*rate));
    return largest->change() > 0
               ? Charts::tr("%1 brings the largest rise: %2").arg(largest->name, change)
               : Charts::tr("%1 brings the largest fall: %2").arg(largest->name, change);
}

} // namespace salesplan::ui::chart
