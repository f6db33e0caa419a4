// The KPI board as a deck slide: its chart only says whether there is a board to paint (the
// slide paints the tiles with paintKpiBoard), and the sentence a presenter says about it.
#include "charts/chartsupport.h"
#include "plan/format.h"
#include "review/kpiboard.h"

#include <QChart>
#include <QLegend>

#include <algorithm>

namespace salesplan::ui::chart {

void drawKpiBoardPlaceholder(QChart *chart, const Plan &plan, const PlanSummary &summary,
                             const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::KpiBoard, 0}, plan);
    if (explainMissingDecomposition(chart, title, plan, summary, theme))
        return;
    if (!summary.review)
        return explain(chart, title,
                       Charts::tr("No actuals yet: import monthly results to compare"), theme);
    clearChart(chart);
    setShape(chart, QStringLiteral("kpiboard"), title);
    chart->legend()->hide();
}

QString kpiBoardTakeaway(const Plan &plan, const PlanSummary &summary)
{
    const std::optional<PlanReview> &review = summary.review;
    if (!review)
        return Charts::tr("No actuals yet: import monthly results to compare");
    const QList<KpiTile> tiles = kpiBoardTiles(*review, plan);
    const auto green = std::count_if(
        tiles.begin(), tiles.end(), [](const KpiTile &tile) { return tile.light == Light::Green; });
    const auto red = std::find_if(tiles.begin(), tiles.end(),
                                  [](const KpiTile &tile) { return tile.light == Light::Red; });
    const QString month =
        formatMonthName(plan.info.period.monthStart(review->monthIndex).month(), MonthForm::Short);
    //: %1 how many tiles are green, %2 how many there are, %3 the month.
    const QString counted =
        Charts::tr("%1 of %2 green in %3").arg(green).arg(tiles.size()).arg(month);
    if (red == tiles.end())
        return counted;
    //: After how many KPIs are green: the first that is red, %2 its light's word.
    return Charts::tr("%1; %2 is %3").arg(counted, red->name, lightName(red->light).toLower());
}

} // namespace salesplan::ui::chart
