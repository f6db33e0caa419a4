// The year in execution, cumulative: the plan month by month, what is booked up to the reviewed
// month, the two forecasts from there to the year's end (dashed) and the annual target.
#include "charts/chartsupport.h"
#include "plan/format.h"
#include "summary/planreview.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>

#include <algorithm>

#include <cmath>

namespace salesplan::ui::chart {

namespace {

// The cumulative figures the chart draws, in minor units.
struct CumulativeFigures
{
    QList<qint64> plan;     // twelve months
    QList<qint64> actual;   // January up to the reviewed month
    QList<qint64> runRate;  // the reviewed month up to December
    QList<qint64> planRest; // the reviewed month up to December
    qint64 target = 0;
};

// The forecast `yearEnd` spread over the months after `month` as the plan spreads its targets,
// so a forecast line keeps the plan's seasonal shape.
QList<qint64> forecastPath(const QList<qint64> &plan, int month, qint64 booked, qint64 yearEnd)
{
    const qint64 planLeft = plan.last() - plan.at(month);
    QList<qint64> path;
    if (month >= Period::monthCount - 1) // December reviewed: the year is what is booked
        return {booked};
    for (int m = month; m < Period::monthCount; ++m) {
        const double share = planLeft > 0 ? double(plan.at(m) - plan.at(month)) / double(planLeft)
                                          : double(m - month) / double(11 - month);
        path.append(booked + qint64(std::llround(double(yearEnd - booked) * share)));
    }
    return path;
}

CumulativeFigures cumulativeFigures(const PlanReview &review, const PlanSummary &summary,
                                    const Plan &plan)
{
    CumulativeFigures figures;
    qint64 sum = 0;
    for (const qint64 month : summary.decomposition->months) {
        sum += month;
        figures.plan.append(sum);
    }
    const MonthActuals actuals = planYearActuals(plan);
    qint64 booked = 0;
    for (int m = 0; m <= review.monthIndex; ++m) {
        booked += actuals[std::size_t(m)].value_or(0);
        figures.actual.append(booked);
    }
    const YearForecast &forecast = review.lines.first().forecast;
    figures.runRate = forecastPath(figures.plan, review.monthIndex, booked, forecast.runRate);
    figures.planRest = forecastPath(figures.plan, review.monthIndex, booked, forecast.planRest);
    figures.target = summary.decomposition->annual;
    return figures;
}

QLineSeries *addLine(QChart *chart, const char *name, const QString &title)
{
    auto *line = new QLineSeries;
    line->setObjectName(QString::fromLatin1(name));
    line->setName(title);
    chart->addSeries(line);
    return line;
}

// The legend's names are short, the title says they are cumulative: five long ones do not fit
// under a chart of the Charts page's grid.
void buildSeries(QChart *chart, const MoneyScale &scale, const QString &currency)
{
    clearChart(chart);
    QList<QAbstractSeries *> lines{
        addLine(chart, "cumulative.plan", Charts::tr("Plan")),
        addLine(chart, "cumulative.actual", Charts::tr("Actual")),
        //: A dashed forecast line: the year to date scaled by the plan's seasonality.
        addLine(chart, "cumulative.runRate", Charts::tr("Run rate")),
        //: A dashed forecast line: booked so far plus the plan's remaining months.
        addLine(chart, "cumulative.planRest", Charts::tr("Booked + plan")),
        addLine(chart, "cumulative.target", Charts::tr("Target"))};
    static_cast<QLineSeries *>(lines.at(1))->setPointsVisible(true);
    addCategoryAndMoneyAxes(chart, QStringLiteral("months"), scale, currency, lines);
}

void setPen(QLineSeries *line, const QColor &colour, qreal width, Qt::PenStyle style)
{
    QPen pen(colour);
    pen.setWidthF(width);
    pen.setStyle(style);
    line->setPen(pen);
}

// Puts `values` on the line from month `first`, with a tooltip for each point.
void setValues(QLineSeries *line, const QList<qint64> &values, int first, const MoneyScale &scale,
               const QStringList &names, const QString &currency)
{
    QList<QPointF> points;
    QStringList tips;
    for (int i = 0; i < values.size(); ++i) {
        points.append({double(first + i), double(values.at(i)) / scale.divisor});
        tips.append(
            Charts::tr("%1, %2: %3")
                .arg(line->name(), names.at(first + i), formatMoneyExact(values.at(i), currency)));
    }
    setLinePoints(line, points);
    setExact(line, values, tips);
}

} // namespace

void drawCumulative(QChart *chart, const Plan &plan, const PlanSummary &summary,
                    const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Cumulative, 0}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme))
        return;
    const std::optional<PlanReview> &review = summary.review;
    if (!review)
        return explain(chart, title,
                       Charts::tr("No actuals yet: import monthly results to compare"), theme);
    const CumulativeFigures figures = cumulativeFigures(*review, summary, plan);
    const QString currency = summary.decomposition->currency;
    const qint64 largest = qMax(qMax(figures.plan.last(), figures.runRate.last()),
                                qMax(figures.planRest.last(), figures.actual.last()));
    const MoneyScale scale = moneyScale(largest, currency, QLocale());
    const QString shape = QStringLiteral("cumulative");
    if (!hasShape(chart, shape)) {
        buildSeries(chart, scale, currency);
        setShape(chart, shape, title);
    }
    const auto line = [chart](const char *name) {
        return static_cast<QLineSeries *>(findSeries(chart, QString::fromLatin1(name)));
    };
    setPen(line("cumulative.plan"), theme.palette.at(0), 2.5, Qt::SolidLine);
    setPen(line("cumulative.actual"), theme.palette.at(1), 4.0, Qt::SolidLine);
    line("cumulative.actual")->setBrush(theme.palette.at(1));
    setPen(line("cumulative.runRate"), theme.palette.at(5), 2.5, Qt::DashLine);
    setPen(line("cumulative.planRest"), theme.palette.at(2), 2.5, Qt::DotLine);
    setPen(line("cumulative.target"), referenceColour(theme), 1.5, Qt::DashDotLine);
    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    setValues(line("cumulative.plan"), figures.plan, 0, scale, names, currency);
    setValues(line("cumulative.actual"), figures.actual, 0, scale, names, currency);
    setValues(line("cumulative.runRate"), figures.runRate, review->monthIndex, scale, names,
              currency);
    setValues(line("cumulative.planRest"), figures.planRest, review->monthIndex, scale, names,
              currency);
    setValues(line("cumulative.target"), QList<qint64>(Period::monthCount, figures.target), 0,
              scale, names, currency);
    setMoneyAxes(chart, QStringLiteral("months"), names, scale, largest);
}

QString cumulativeTakeaway(const Plan &plan, const PlanSummary &summary)
{
    const std::optional<PlanReview> &review = summary.review;
    if (!review)
        return Charts::tr("No actuals yet: import monthly results to compare");
    const YearForecast &forecast = review->lines.first().forecast;
    const qint64 target = summary.decomposition->annual;
    const QString currency = summary.decomposition->currency;
    //: %1 the forecast at the run rate, %2 its share of the annual target, %3 the month.
    return Charts::tr("At the run rate the year ends at %1, %2 of the target (as of %3)")
        .arg(formatMoney(forecast.runRate, currency),
             formatPercent(target > 0 ? double(forecast.runRate) / double(target) : 0.0, 0),
             formatMonthName(plan.info.period.monthStart(review->monthIndex).month(),
                             MonthForm::Short));
}

} // namespace salesplan::ui::chart
