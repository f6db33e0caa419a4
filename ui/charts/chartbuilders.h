#pragma once

#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace salesplan::ui {

// The charts SalesPlan draws from a plan.
enum class ChartKind {
    TargetsByMonth, // annual → quarter → month target bars, last year's months as a line,
                    // the stretch tier as a ghost bar
    SplitByMonth,   // a dimension's items stacked by month
    SplitShares,    // a donut of a dimension's shares of the year
    Funnel,         // leads → qualified → demo/proposal → won, counts and rates
    Capacity,       // reps available per month against reps required
    PlanVsActual,   // cumulative plan and actual; explained and empty while no actuals exist
    Collections,    // bookings (month targets) against the cash collected by month; explained
                    // and empty while collections are not planned
    Budget,         // the sales budget by month, its categories stacked; explained and empty
                    // while it spends nothing
    Bridge,         // a waterfall from last year's actual through each region's or product
                    // line's change to this year's target; empty without last year's history
    Cumulative,     // the year in execution: cumulative plan, actual to the last month with
                    // actuals, the forecasts from there (dashed) and the annual target
    Attainment,     // each region's, product line's or member's year to date against its target
                    // as bars lit red/yellow/green; both empty while the plan year has no actuals
    Calibration,    // the three ceilings of the target (market, team, resources) as bars and
                    // the target as a line; a ceiling not set is a gap that says why
    KpiBoard,       // the KPIs' tiles with their lights (review/kpiboard.h) at the last month with
                    // actuals: a slide painted by paintKpiBoard, its chart only says whether it
                    // has data; not on the Charts page (the Review page shows the board)
    Timeline,       // the action plan's initiatives as a Gantt chart (charts/initiativetimeline.h):
                    // a slide painted by paintTimeline, its chart only says whether it has data;
                    // not on the Charts page (Metrics & review shows the timeline)
    Units,          // a team plan's units: each one's allocation (top-down) beside its own target
                    // (bottom-up), the gap beyond the threshold marked, a unit not summed named
                    // in words; explained and empty for the plan of one team
    Consolidated,   // a team plan's consolidated target by month: the summed units' months
                    // stacked by unit, the team's own month targets as a line
};

// One chart: its kind and, for the split charts and the bridge, the dimension (0 regions, 1
// product lines, 2 members; the bridge has no members). Its key ("targets", "split:0",
// "shares:1", "bridge:0", "funnel", "capacity", "calibration", "collections", "budget",
// "actual", "cumulative", "attainment:0", "kpiboard", "timeline", "units", "consolidated") is what
// a presentation deck stores.
struct ChartSpec
{
    ChartKind kind = ChartKind::TargetsByMonth;
    int dimension = 0;

    QString key() const;
    static std::optional<ChartSpec> fromKey(const QString &key);
    bool operator==(const ChartSpec &) const = default;
};

// Every chart the plan can show, in the default deck order: a team plan's units first, right
// after the title and headline slides (only a team plan has data for them).
QList<ChartSpec> allCharts();
// True for a team plan's charts of its units (Units, Consolidated).
bool isTeamChart(const ChartSpec &spec);
// The charts `plan` can show: allCharts(), less the team charts for the plan of one team.
QList<ChartSpec> chartsFor(const Plan &plan);

// Colours of a chart: a colour-blind-safe palette (Okabe–Ito) on a light or dark background.
struct ChartTheme
{
    bool dark = false;
    QList<QColor> palette;
    QColor background;
    QColor text;
    QColor grid;

    static ChartTheme light();
    static ChartTheme darkTheme();
};

// How money is written on an axis: divided by `divisor` and followed by `suffix` — k / M for
// most locales, 万 / 亿 when the locale is Chinese and largeAmountsInWanYi() is on. The divisor
// applies to minor units (it includes the currency's minor digits), so a bar shows minor / divisor.
struct MoneyScale
{
    double divisor = 1.0;
    QString suffix;
};
MoneyScale moneyScale(qint64 largestMinor, const QString &currency, const QLocale &locale);

// The chart's title, e.g. "Targets by month".
QString chartTitle(const ChartSpec &spec, const Plan &plan);
// One sentence a presenter says about the chart, e.g. "Q4 carries 34 % of the year".
QString chartTakeaway(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary);

// Builds the chart from the plan. A plan that lacks what the chart needs gives a chart whose
// title explains what is missing, never a crash or a chart of zeros.
QChart *buildChart(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary,
                   const ChartTheme &theme);
// True when the chart has something to draw for the plan: not a chart that only explains what
// is missing ("No product lines yet", no actuals, collections not planned).
bool chartHasData(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary);
// The charts of the default deck: every chart that has data, in the default order.
QList<ChartSpec> chartsWithData(const Plan &plan, const PlanSummary &summary);
// Brings a chart built by buildChart up to date in place (no new chart, no flicker) where its
// series keep their shape; rebuilds its series otherwise.
void updateChart(QChart *chart, const ChartSpec &spec, const Plan &plan, const PlanSummary &summary,
                 const ChartTheme &theme);

// --- Added by the chart views -------------------------------------------------------------

// `minor` written with a scale for an axis or a label, e.g. "1,025万" or "660k" (no symbol).
QString formatScaled(qint64 minor, const MoneyScale &scale, const QLocale &locale = QLocale(),
                     int decimals = 0);
// The decimals every money bar label of a chart is written to, from its largest bar in units of
// the axis: none from 100 (¥1,075万, 719k), one from 10 ($15.7M), two below ($0.48M, ¥1.25亿);
// a trailing zero is dropped as formatPlanAmount() drops it ($0.5M).
int moneyLabelDecimals(double largestScaled);
// The exact figures behind a QBarSet, a QXYSeries or a QPieSlice of a built chart: minor units
// for money, whole units for counts (reps × 100 for the capacity's available reps). The bars
// show these divided by the chart's MoneyScale; tests and exports read these instead.
QList<qint64> exactValues(const QObject *setSeriesOrSlice);
// What the tooltip says about point `index` of a bar set or an XY series (or a slice, index 0).
QString pointToolTip(const QObject *setSeriesOrSlice, int index);
// True when the chart has nothing to draw and its title explains why.
bool chartIsExplanation(const QChart *chart);
// Shows value labels on bars only where they fit the current plot area (called by the chart
// itself when its plot area changes).
void fitBarLabels(QChart *chart);
// Makes a donut smaller where its largest size would leave a slice's label no room beside it
// (Qt would cut the label short), down to a size below which the label is cut instead.
void fitPieLabels(QChart *chart);
// Puts the legend beside the chart where a row under it has no room for every name, and under
// it again where the row has room.
void fitLegend(QChart *chart);

} // namespace salesplan::ui
