#pragma once

// Internal to the chart builders: the helpers every chart uses to build its series and to bring
// them up to date in place.

#include "charts/chartbuilders.h"
#include "summary/planreview.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QBarSet;
class QChart;
class QObject;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace salesplan::ui {

// The translation context of the chart texts.
struct Charts
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

namespace chart {

// Dynamic properties a built chart carries.
inline constexpr char exactProperty[] = "salesplanExact"; // QList<qint64> on a set, series, slice
inline constexpr char tipsProperty[] = "salesplanTips";   // QStringList, one per point
inline constexpr char shapeProperty[] = "salesplanShape"; // QString on the chart
inline constexpr char explainedProperty[] = "salesplanExplained"; // bool on the chart
inline constexpr char titleProperty[] = "salesplanTitle";         // QString: the title, plain text
inline constexpr char explanationProperty[] = "salesplanExplanation"; // QString, plain text
inline constexpr char labelsProperty[] = "salesplanLabels";   // bool on a bar series: wants labels
inline constexpr char fullPieProperty[] = "salesplanFullPie"; // qreal on a pie: its largest size
inline constexpr char labelSignProperty[] = "salesplanLabelSign";     // QString on a bar series
inline constexpr char labelSuffixProperty[] = "salesplanLabelSuffix"; // QString on a bar series

// The most items (slices or bars) a split chart shows: beyond it the smallest are summed into
// one "Others (14)", so that no more than this many names stand on a slide (the limit is
// eight; seven leave the long English names of a legend or a donut room to be read whole).
inline constexpr int maxSplitItems = 7;
// The largest share of the year "Others" may hold in a donut: a larger one would be the largest
// slice and say nothing, so the shares are drawn as bars instead (the largest first, "Others"
// last) — see drawShares().
inline constexpr double maxOthersShare = 0.25;

// The most rows an attainment chart shows: beyond it the furthest behind are shown and the rest
// counted in the last row ("… and 33 more"), so that no more than eight names stand on a slide
// (with more, Qt leaves every other name out where the rows are too low for the slide's text).
inline constexpr int maxAttainmentBars = 8;

QString quarterName(int quarter);
// "regions", "product lines", "team members" (for titles), and the same as a column header.
QString dimensionNoun(int dimension);

// A dimension reduced to at most maxSplitItems items (the largest), the rest as "Others".
struct SplitItems
{
    QStringList names;
    QList<qint64> annual;
    QList<MonthValues> byMonth;
    bool hasOthers = false; // the last item is "Others"
};
SplitItems topItems(const DimensionSplit &split);

// Stores the exact values and the tooltips of a set, series or slice.
void setExact(QObject *object, const QList<qint64> &exact, const QStringList &tips);
// Sets the values of a bar set in place (only those that changed).
void setBarValues(QBarSet *set, const QList<qint64> &minor, double divisor);
// Replaces the points of a line in place.
void setLinePoints(QXYSeries *series, const QList<QPointF> &points);

// Removes every series and axis, keeping the chart object.
void clearChart(QChart *chart);
// Empties the chart and puts the explanation in its title.
void explain(QChart *chart, const QString &title, const QString &explanation,
             const ChartTheme &theme);
// Explains instead of drawing when the plan has no target or the target cannot be decomposed;
// returns true when it did.
bool explainMissingDecomposition(QChart *chart, const QString &title, const Plan &plan,
                                 const PlanSummary &summary, const ChartTheme &theme);
// True when the chart holds the series of `shape` (and not an explanation).
bool hasShape(const QChart *chart, const QString &shape);
// Marks the chart as holding the series of `shape`.
void setShape(QChart *chart, const QString &shape, const QString &title);
// Breaks the title (and the explanation) of a chart made by setShape() or explain() into lines
// that fit `width`, at spaces or between Chinese characters: Qt Charts cuts a line that is too
// long short with "...". A width of 0 or less puts each on one line.
void fitTitle(QChart *chart, qreal width);

// The series or axis of the chart with that object name, or null.
QAbstractSeries *findSeries(const QChart *chart, const QString &name);
QAbstractAxis *findAxis(const QChart *chart, const QString &name);

// A value axis from 0 to a nice number above `largest`, labelled with the scale.
QValueAxis *moneyAxis(const MoneyScale &scale, const QString &currency);
// The axes of a chart of amounts by category: a category axis named `categoriesName` at the
// bottom and a money axis named "value" on the left, `series` attached to both.
void addCategoryAndMoneyAxes(QChart *chart, const QString &categoriesName, const MoneyScale &scale,
                             const QString &currency, const QList<QAbstractSeries *> &series);
void setAxisMaximum(QValueAxis *axis, double largest);
// `minor` rounded to what a label with `decimals` of the scale writes, so the bars drawn from them
// read "719" and "1,075" (Qt writes a bar's value with significant digits, never to a fixed
// decimal): the bars stand at their labels' values, the exact ones stay in exactValues().
QList<qint64> roundedToLabels(const QList<qint64> &minor, const MoneyScale &scale, int decimals);
// Labels money bars in the scale's unit: "¥719万" or "$7.2M" where each bar has the room for it,
// the bare "719" beside the axis's "¥800万" where only the number fits (see fitBarLabels).
void setMoneyBarLabels(QAbstractBarSeries *bars, const MoneyScale &scale, const QString &currency);
// Colours, fonts and the background of the chart, its axes and its legend.
void applyTheme(QChart *chart, const ChartTheme &theme);
QColor ghost(const QColor &color, const ChartTheme &theme);
// The colour of a reference line (the annual target, 100 %): between the text and the background.
QColor referenceColour(const ChartTheme &theme);

// Each chart draws itself into `chart`, in place when the shape is the same.
void drawTargets(QChart *chart, const Plan &plan, const PlanSummary &summary,
                 const ChartTheme &theme);
void drawSplitByMonth(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                      const ChartTheme &theme);
void drawShares(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme);
void drawFunnel(QChart *chart, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme);
void drawCapacity(QChart *chart, const Plan &plan, const PlanSummary &summary,
                  const ChartTheme &theme);
void drawPlanVsActual(QChart *chart, const Plan &plan, const PlanSummary &summary,
                      const ChartTheme &theme);
void drawCollections(QChart *chart, const Plan &plan, const PlanSummary &summary,
                     const ChartTheme &theme);
void drawBridge(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme);
void drawBudget(QChart *chart, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme);
// "A sales budget of ¥1,520万, 12.7 % of the target"; empty without a budget.
QString budgetTakeaway(const PlanSummary &summary);
// The execution charts show the summary's review (PlanSummary::review): at the last month with
// actuals; none while the plan year has no actuals or the target cannot be decomposed.
void drawCumulative(QChart *chart, const Plan &plan, const PlanSummary &summary,
                    const ChartTheme &theme);
void drawAttainment(QChart *chart, int dimension, const Plan &plan, const PlanSummary &summary,
                    const ChartTheme &theme);
// "At the run rate the year ends at ¥1.1亿, 96 % of the target (as of May)".
QString cumulativeTakeaway(const Plan &plan, const PlanSummary &summary);
// An empty chart that says whether the KPI board has data: the board is painted, not charted.
void drawKpiBoardPlaceholder(QChart *chart, const Plan &plan, const PlanSummary &summary,
                             const ChartTheme &theme);
void drawCalibration(QChart *chart, const Plan &plan, const PlanSummary &summary,
                     const ChartTheme &theme);
// "The target is 111 % of the team ceiling: needs 11 % more productivity per rep, …".
QString calibrationTakeaway(const Plan &plan, const PlanSummary &summary);
// "2 of 5 green at May; Qualified leads is red".
QString kpiBoardTakeaway(const Plan &plan, const PlanSummary &summary);
// The action plan's timeline as a deck slide: its chart only says whether there are initiatives
// (the slide paints them with paintTimeline); the sentence counts them, the overdue ones as of
// `today`, and what they cost.
void drawTimelinePlaceholder(QChart *chart, const Plan &plan, const ChartTheme &theme);
QString timelineTakeaway(const Plan &plan, const QDate &today);
// "3 of 4 on track; East is furthest behind at 80 % (Red)".
QString attainmentTakeaway(int dimension, const PlanSummary &summary);
// "East brings the largest rise: +¥520万 (+13.0 %)"; empty without a bridge.
QString bridgeTakeaway(int dimension, const PlanSummary &summary);

// A team plan's charts show the summary's consolidation (PlanSummary::team). Explains instead of
// drawing when the plan has no units or the summary no consolidation; returns true when it did.
bool explainNoUnits(QChart *chart, const QString &title, const Plan &plan,
                    const PlanSummary &summary, const ChartTheme &theme);
void drawUnits(QChart *chart, const Plan &plan, const PlanSummary &summary,
               const ChartTheme &theme);
void drawConsolidated(QChart *chart, const Plan &plan, const PlanSummary &summary,
                      const ChartTheme &theme);
// "2 of 3 units plan below their allocation; East is missing"; empty for the plan of one team.
QString unitsTakeaway(const PlanSummary &summary);
// "The units' own targets add up to ¥1.17亿, ¥300万 below the team's ¥1.2亿 (2 of 3 units)".
QString consolidatedTakeaway(const PlanSummary &summary);

// The cumulative actuals of the plan year by month (minor units), up to the last month that
// has an entry; empty when no history entry falls inside the plan year.
QList<qint64> cumulativeActuals(const Plan &plan);

} // namespace chart
} // namespace salesplan::ui
