// A team plan's consolidated target by month: the months of the units that are summed stacked
// unit by unit (so each month's stack is ConsolidatedFigures::months), the team's own month
// targets (its target decomposed top-down) as a line across them. A unit that is not summed is
// not a band of zeros: the title says "2 of 3 units".
#include "charts/chartsupport.h"
#include "plan/format.h"
#include "team/consolidation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace salesplan::ui::chart {

namespace {

// The summed units as a split by month, for topItems(): more than a slide's names are "Others".
DimensionSplit summedUnits(const Consolidation &c)
{
    DimensionSplit split;
    for (const UnitRow &row : c.units) {
        if (row.status != UnitStatus::Ok || !row.months)
            continue;
        split.itemNames.append(row.name);
        split.annual.append(row.bottomUp.value_or(0));
        split.byMonth.append(*row.months);
    }
    return split;
}

QString titleOf(const Plan &plan, const Consolidation &c)
{
    const QString title = chartTitle({ChartKind::Consolidated, 0}, plan);
    if (c.missingCount() == 0)
        return title;
    //: A chart's title and how many units it adds up: "Consolidated target by month (2 of 3
    //: units)".
    return Charts::tr("%1 (%2)").arg(title, unitsSummedText(c));
}

void buildSeries(QChart *chart, const SplitItems &items, bool withTeamLine, const MoneyScale &scale,
                 const QString &currency)
{
    clearChart(chart);
    auto *bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("consolidated.bars"));
    bars->setBarWidth(0.62);
    for (const QString &name : items.names)
        bars->append(new QBarSet(name));
    chart->addSeries(bars);
    QList<QAbstractSeries *> series{bars};
    if (withTeamLine) {
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("consolidated.team"));
        line->setName(Charts::tr("Team's own target (top-down)"));
        line->setPointsVisible(true);
        chart->addSeries(line);
        series.append(line);
    }
    addCategoryAndMoneyAxes(chart, QStringLiteral("months"), scale, currency, series);
}

} // namespace

void drawConsolidated(QChart *chart, const Plan &plan, const PlanSummary &summary,
                      const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Consolidated, 0}, plan);
    if (explainNoUnits(chart, title, plan, summary, theme))
        return;
    const Consolidation &c = *summary.team;
    const SplitItems items = topItems(summedUnits(c));
    if (items.names.isEmpty())
        return explain(chart, title,
                       Charts::tr("No unit plan could be read: link the units' plan files in "
                                  "Targets, Units"),
                       theme);
    const bool withTeamLine = bool(summary.decomposition);
    qint64 largest = *std::max_element(c.figures.months.begin(), c.figures.months.end());
    if (withTeamLine)
        largest = std::max(largest, *std::max_element(summary.decomposition->months.begin(),
                                                      summary.decomposition->months.end()));
    const MoneyScale scale = moneyScale(largest, c.currency, QLocale());
    const QString shape =
        QStringLiteral("consolidated|%1|%2").arg(items.names.join(u'|')).arg(withTeamLine);
    if (!hasShape(chart, shape)) {
        buildSeries(chart, items, withTeamLine, scale, c.currency);
        setShape(chart, shape, title);
    }
    chart->setProperty(titleProperty, titleOf(plan, c));
    fitTitle(chart, 0);

    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    auto *bars =
        static_cast<QStackedBarSeries *>(findSeries(chart, QStringLiteral("consolidated.bars")));
    const QList<QBarSet *> sets = bars->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const MonthValues &months = items.byMonth.at(i);
        QList<qint64> values;
        QStringList tips;
        for (int m = 0; m < Period::monthCount; ++m) {
            const qint64 month = months[std::size_t(m)];
            values.append(month);
            tips.append(Charts::tr("%1, %2: %3 of %4")
                            .arg(items.names.at(i), names.at(m),
                                 formatMoneyExact(month, c.currency),
                                 formatMoneyExact(c.figures.months[std::size_t(m)], c.currency)));
        }
        QBarSet *set = sets.at(i);
        const bool others = items.hasOthers && i == sets.size() - 1;
        set->setColor(others ? theme.grid : theme.palette.at(int(i) % int(theme.palette.size())));
        setBarValues(set, values, scale.divisor);
        setExact(set, values, tips);
    }
    if (withTeamLine) {
        auto *line =
            static_cast<QLineSeries *>(findSeries(chart, QStringLiteral("consolidated.team")));
        QPen pen(theme.text);
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setColor(theme.text);
        QList<QPointF> points;
        QList<qint64> exact;
        QStringList tips;
        for (int m = 0; m < Period::monthCount; ++m) {
            const qint64 month = summary.decomposition->months[std::size_t(m)];
            points.append({double(m), double(month) / scale.divisor});
            exact.append(month);
            tips.append(Charts::tr("%1: the team's own target %2, the units' %3")
                            .arg(names.at(m), formatMoneyExact(month, c.currency),
                                 formatMoneyExact(c.figures.months[std::size_t(m)], c.currency)));
        }
        setLinePoints(line, points);
        setExact(line, exact, tips);
    }
    setMoneyAxes(chart, QStringLiteral("months"), names, scale, largest);
}

QString consolidatedTakeaway(const PlanSummary &summary)
{
    if (!summary.team || summary.team->figures.unitsSummed == 0)
        return {};
    const Consolidation &c = *summary.team;
    const QString units = formatPlanAmount(c.figures.annual, c.currency);
    const qint64 gap = c.figures.annual - c.teamTarget;
    QString sentence;
    if (gap == 0)
        sentence = Charts::tr("The units' own targets add up to the team's %1").arg(units);
    else
        sentence =
            Charts::tr("The units' own targets add up to %1, %2 the team's %3")
                .arg(units,
                     gap > 0 ? Charts::tr("%1 above").arg(formatPlanAmount(gap, c.currency))
                             : Charts::tr("%1 below").arg(formatPlanAmount(-gap, c.currency)),
                     formatPlanAmount(c.teamTarget, c.currency));
    if (c.missingCount() == 0)
        return sentence;
    //: A sentence about the units' sums and how many units they add up: "…, 2 of 3 units".
    return Charts::tr("%1 (%2)").arg(sentence, unitsSummedText(c));
}

} // namespace salesplan::ui::chart
