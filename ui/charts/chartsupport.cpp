#include "charts/chartsupport.h"

#include "calc/seasonality.h"
#include "plan/format.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QTextLayout>
#include <QValueAxis>
#include <QVariant>
#include <QXYSeries>

#include <algorithm>
#include <numeric>

namespace salesplan::ui::chart {

QString quarterName(int quarter)
{
    return Charts::tr("Q%1").arg(quarter + 1);
}

QString dimensionNoun(int dimension)
{
    switch (dimension) {
    case 0:
        return Charts::tr("regions");
    case 1:
        return Charts::tr("product lines");
    default:
        return Charts::tr("team members");
    }
}

SplitItems topItems(const DimensionSplit &split)
{
    const int count = int(split.annual.size());
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    if (count > maxSplitItems) {
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return split.annual.at(a) > split.annual.at(b); });
    }
    const int shown = count > maxSplitItems ? maxSplitItems - 1 : count;
    SplitItems items;
    for (int i = 0; i < shown; ++i) {
        items.names.append(split.itemNames.at(order.at(i)));
        items.annual.append(split.annual.at(order.at(i)));
        items.byMonth.append(split.byMonth.at(order.at(i)));
    }
    if (shown < count) {
        MonthValues others{};
        qint64 annual = 0;
        for (int i = shown; i < count; ++i) {
            annual += split.annual.at(order.at(i));
            const MonthValues &months = split.byMonth.at(order.at(i));
            for (int m = 0; m < Period::monthCount; ++m)
                others[size_t(m)] += months[size_t(m)];
        }
        items.names.append(Charts::tr("Others (%n)", nullptr, count - shown));
        items.annual.append(annual);
        items.byMonth.append(others);
        items.hasOthers = true;
    }
    return items;
}

void setExact(QObject *object, const QList<qint64> &exact, const QStringList &tips)
{
    object->setProperty(exactProperty, QVariant::fromValue(exact));
    object->setProperty(tipsProperty, tips);
}

void setBarValues(QBarSet *set, const QList<qint64> &minor, double divisor)
{
    for (int i = 0; i < minor.size(); ++i) {
        const double value = double(minor.at(i)) / divisor;
        if (i >= set->count())
            set->append(value);
        else if (set->at(i) != value)
            set->replace(i, value);
    }
    if (set->count() > minor.size())
        set->remove(int(minor.size()), int(set->count() - minor.size()));
}

void setLinePoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points)
        series->replace(points);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

namespace {

// `text` in lines no wider than `width` in `font`, escaped for the title's HTML and joined by
// line breaks; on one line when `width` is 0 or less.
QString wrappedHtml(const QString &text, const QFont &font, qreal width)
{
    if (width <= 0)
        return text.toHtmlEscaped();
    QTextLayout layout(text, font);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed().toHtmlEscaped());
    }
    layout.endLayout();
    return lines.join(QStringLiteral("<br>"));
}

QString titleHtml(const QChart *chart, qreal width)
{
    const QString title = chart->property(titleProperty).toString();
    QFont font = chart->titleFont();
    if (!chart->property(explainedProperty).toBool())
        return wrappedHtml(title, font, width);
    const QString heading = wrappedHtml(title, font, width);
    font.setBold(false);
    return Charts::tr("<p align=\"center\">%1<br><span style=\"font-weight:normal\">%2</span></p>")
        .arg(heading, wrappedHtml(chart->property(explanationProperty).toString(), font, width));
}

} // namespace

void explain(QChart *chart, const QString &title, const QString &explanation,
             const ChartTheme &theme)
{
    Q_UNUSED(theme);
    if (!chart->property(explainedProperty).toBool() || !chart->series().isEmpty())
        clearChart(chart);
    chart->setProperty(explainedProperty, true);
    chart->setProperty(shapeProperty, QString());
    chart->setProperty(titleProperty, title);
    chart->setProperty(explanationProperty, explanation);
    chart->setTitle(titleHtml(chart, 0));
    chart->legend()->hide();
}

void fitTitle(QChart *chart, qreal width)
{
    if (chart->property(titleProperty).isNull())
        return; // not made here
    const QString html = titleHtml(chart, width);
    if (chart->title() != html)
        chart->setTitle(html);
}

bool explainMissingDecomposition(QChart *chart, const QString &title, const Plan &plan,
                                 const PlanSummary &summary, const ChartTheme &theme)
{
    if (plan.targets.annualTarget.minor <= 0) {
        explain(chart, title,
                Charts::tr("No revenue target yet: enter the annual target in Targets"), theme);
        return true;
    }
    if (!summary.decomposition) {
        explain(chart, title,
                Charts::tr("The target cannot be decomposed yet: %1")
                    .arg(summary.decomposition.error().message()),
                theme);
        return true;
    }
    return false;
}

bool hasShape(const QChart *chart, const QString &shape)
{
    return !chart->property(explainedProperty).toBool() &&
           chart->property(shapeProperty).toString() == shape && !chart->series().isEmpty();
}

void setShape(QChart *chart, const QString &shape, const QString &title)
{
    chart->setProperty(explainedProperty, false);
    chart->setProperty(shapeProperty, shape);
    chart->setProperty(titleProperty, title);
    chart->setTitle(titleHtml(chart, 0));
    chart->legend()->show();
}

QAbstractSeries *findSeries(const QChart *chart, const QString &name)
{
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        if (one->objectName() == name)
            return one;
    }
    return nullptr;
}

QAbstractAxis *findAxis(const QChart *chart, const QString &name)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (axis->objectName() == name)
            return axis;
    }
    return nullptr;
}

QValueAxis *setMoneyAxes(QChart *chart, const QString &categoriesName,
                         const QStringList &categories, const MoneyScale &scale, qint64 largest)
{
    auto *names = static_cast<QBarCategoryAxis *>(findAxis(chart, categoriesName));
    if (names->categories() != categories)
        names->setCategories(categories);
    auto *value = static_cast<QValueAxis *>(findAxis(chart, QStringLiteral("value")));
    value->setProperty("salesplanSuffix", scale.suffix);
    setAxisMaximum(value, double(largest) / scale.divisor);
    return value;
}

QList<qint64> cumulativeActuals(const Plan &plan)
{
    const Period &period = plan.info.period;
    int last = -1;
    for (const HistoryEntry &entry : plan.history)
        last = qMax(last, period.monthIndexOf(entry.month));
    if (last < 0)
        return {};
    const MonthValues months = monthlyTotals(plan.history, period);
    QList<qint64> cumulative;
    qint64 sum = 0;
    for (int m = 0; m <= last; ++m) {
        sum += months[size_t(m)];
        cumulative.append(sum);
    }
    return cumulative;
}

} // namespace salesplan::ui::chart
