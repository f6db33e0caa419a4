// Attainment by region, product line or member: a horizontal bar for each of the year to date's
// share of its target, coloured by its light, with the share and the light's word beside the
// name (never colour alone) and a line at 100 %.
#include "charts/chartsupport.h"
#include "plan/format.h"
#include "report/statuscolours.h"
#include "summary/planreview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace salesplan::ui::chart {

namespace {

// A name longer than this many characters is cut short in its middle with "…" beside its bar,
// keeping its end, which tells "Li Wei 2" from "Li Wei 3".
constexpr int maxBarNameLength = 18;

ReviewSubject subjectOf(int dimension)
{
    return dimension == 0   ? ReviewSubject::Region
           : dimension == 1 ? ReviewSubject::Product
                            : ReviewSubject::Member;
}

// One bar: a line's year to date and its light.
struct AttainmentBar
{
    QString name;
    double ratio = 0.0;
    Light light = Light::NoData;
    qint64 actual = 0;
    qint64 target = 0;
};

QList<AttainmentBar> attainmentBars(const PlanReview &review, int dimension)
{
    QList<AttainmentBar> bars;
    for (const ReviewLine &line : review.lines) {
        if (line.subject != subjectOf(dimension))
            continue;
        const Attainment &ytd = line.attainment.yearToDate;
        // Nothing asked of it yet (a rep who starts later) or nothing booked for it (actuals
        // typed by region only): no bar, rather than one at 0 % that reads as furthest behind.
        const std::optional<double> ratio = ytd.ratio();
        if (!ratio)
            continue;
        bars.append({line.name, *ratio, review.lightOf(ytd), *ytd.actual, ytd.target});
    }
    return bars;
}

// The bars a chart has room for: all of them, or the furthest behind when there are more than
// maxAttainmentBars (the rest counted in the last row).
QList<AttainmentBar> shownBars(QList<AttainmentBar> bars, int *hidden)
{
    *hidden = 0;
    if (bars.size() <= maxAttainmentBars)
        return bars;
    std::stable_sort(bars.begin(), bars.end(), [](const AttainmentBar &a, const AttainmentBar &b) {
        return a.ratio < b.ratio;
    });
    *hidden = int(bars.size()) - (maxAttainmentBars - 1);
    bars.resize(maxAttainmentBars - 1);
    return bars;
}

QString shortName(const QString &name)
{
    if (name.size() <= maxBarNameLength)
        return name;
    const qsizetype tail = maxBarNameLength / 3;
    return name.left(maxBarNameLength - 1 - tail) + QChar(0x2026) + name.right(tail);
}

// "East  80 % · Red": what a bar says beside it.
QString barLabel(const AttainmentBar &bar)
{
    if (bar.light == Light::NoData)
        return Charts::tr("%1  %2").arg(shortName(bar.name), lightName(bar.light));
    //: Beside an attainment bar: %1 the name, %2 the share of the target, %3 the light's word.
    return Charts::tr("%1  %2 · %3")
        .arg(shortName(bar.name), formatPercent(bar.ratio, 0), lightName(bar.light));
}

QList<Light> lightsInOrder()
{
    return {Light::Green, Light::Yellow, Light::Red, Light::NoData};
}

} // namespace

void drawAttainment(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                    const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Attainment, dimension}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme))
        return;
    const std::optional<PlanReview> &review = summary.review;
    if (!review)
        return explain(chart, title,
                       Charts::tr("No actuals yet: import monthly results to compare"), theme);
    int hidden = 0;
    const QList<AttainmentBar> bars = shownBars(attainmentBars(*review, dimension), &hidden);
    if (bars.isEmpty())
        return explain(chart, title,
                       summary.decomposition->split(TargetSplit(dimension))
                           ? Charts::tr("Nothing is booked for these lines yet")
                           : Charts::tr("The plan does not split its target this way"),
                       theme);
    clearChart(chart);
    setShape(chart, QStringLiteral("attainment"), title);
    // The first bar at the top: a horizontal chart draws its first category at the bottom.
    QStringList categories;
    if (hidden > 0)
        categories.append(Charts::tr("… and %n more", nullptr, hidden));
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
        // A category axis keeps one of equal labels: names cut alike are told apart unseen.
        QString label = barLabel(*bar);
        while (categories.contains(label))
            label += QChar(0x200B);
        categories.append(label);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setObjectName(QStringLiteral("attainment.bars"));
    series->setBarWidth(0.6);
    double largest = 1.0;
    for (const Light light : lightsInOrder()) {
        QList<qreal> values;
        QList<qint64> exact;
        QStringList tips;
        if (hidden > 0) {
            values.append(0.0);
            exact.append(0);
            tips.append(QString());
        }
        bool used = false;
        for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
            const bool mine = bar->light == light;
            used = used || mine;
            values.append(mine ? bar->ratio * 100.0 : 0.0);
            exact.append(mine ? bar->actual : 0);
            tips.append(Charts::tr("%1: %2 of %3 year to date")
                            .arg(bar->name, formatMoneyExact(bar->actual, plan.info.currency),
                                 formatMoneyExact(bar->target, plan.info.currency)));
            largest = qMax(largest, bar->ratio);
        }
        if (!used)
            continue;
        auto *set = new QBarSet(lightName(light));
        set->setObjectName(QStringLiteral("attainment.%1").arg(int(light)));
        set->append(values);
        set->setColor(StatusColour::forLight(light, theme.grid));
        set->setLabelColor(Qt::transparent); // the shares stand beside the names
        setExact(set, exact, tips);
        series->append(set);
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->setObjectName(QStringLiteral("names"));
    names->setCategories(categories);
    chart->addAxis(names, Qt::AlignLeft);
    auto *share = new QValueAxis;
    share->setObjectName(QStringLiteral("value"));
    share->setRange(0.0, std::ceil(largest * 11.0) * 10.0);
    share->setTickType(QValueAxis::TicksDynamic);
    share->setTickAnchor(0.0);
    share->setTickInterval(share->max() > 200.0 ? 50.0 : 25.0);
    share->setLabelFormat(QStringLiteral("%.0f%"));
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(share);
    auto *reference = new QLineSeries;
    reference->setObjectName(QStringLiteral("attainment.target"));
    reference->setName(Charts::tr("Target (100 %)"));
    reference->append({{100.0, -0.5}, {100.0, double(categories.size()) - 0.5}});
    QPen pen(referenceColour(theme));
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    reference->setPen(pen);
    chart->addSeries(reference);
    reference->attachAxis(share);
    reference->attachAxis(names);
}

QString attainmentTakeaway(int dimension, const PlanSummary &summary)
{
    const std::optional<PlanReview> &review = summary.review;
    if (!review)
        return Charts::tr("No actuals yet: import monthly results to compare");
    const QList<AttainmentBar> bars = attainmentBars(*review, dimension);
    if (bars.isEmpty())
        return {};
    const auto lowest = std::min_element(
        bars.begin(), bars.end(),
        [](const AttainmentBar &a, const AttainmentBar &b) { return a.ratio < b.ratio; });
    const auto onTrack = std::count_if(bars.begin(), bars.end(), [](const AttainmentBar &bar) {
        return bar.light == Light::Green;
    });
    //: %1 how many are green, %2 how many there are, %3 the name furthest behind, %4 its share
    //: of its target, %5 its light in words.
    return Charts::tr("%1 of %2 on track; %3 is furthest behind at %4 (%5)")
        .arg(onTrack)
        .arg(bars.size())
        .arg(lowest->name, formatPercent(lowest->ratio, 0), lightName(lowest->light));
}

} // namespace salesplan::ui::chart
