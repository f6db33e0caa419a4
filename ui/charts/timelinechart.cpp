// The action plan's timeline as a deck slide: its chart only says whether there are initiatives
// to paint (the slide paints them with paintTimeline), and the sentence a presenter says.
#include "charts/chartsupport.h"
#include "check/initiativechecks.h"
#include "plan/format.h"

#include <QChart>
#include <QLegend>

namespace salesplan::ui::chart {

void drawTimelinePlaceholder(QChart *chart, const Plan &plan, const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Timeline, 0}, plan);
    if (plan.initiatives.isEmpty())
        return explain(chart, title, Charts::tr("No initiatives yet: add them in Metrics & review"),
                       theme);
    clearChart(chart);
    setShape(chart, QStringLiteral("timeline"), title);
    chart->legend()->hide();
}

QString timelineTakeaway(const Plan &plan, const QDate &today)
{
    if (plan.initiatives.isEmpty())
        return Charts::tr("No initiatives yet: add them in Metrics & review");
    qint64 budget = 0;
    int overdue = 0;
    for (const Initiative &initiative : plan.initiatives) {
        if (initiative.budget.currency == plan.info.currency)
            budget += initiative.budget.minor;
        overdue += isOverdue(initiative, today) ? 1 : 0;
    }
    //: %n initiatives, %1 their budgets in all.
    const QString counted =
        Charts::tr("%n initiative(s) with %1 of budget", nullptr, int(plan.initiatives.size()))
            .arg(formatPlanAmount(budget, plan.info.currency));
    if (overdue == 0)
        return counted;
    //: After the count of initiatives: how many of them are overdue.
    return Charts::tr("%1; %n overdue", nullptr, overdue).arg(counted);
}

} // namespace salesplan::ui::chart
