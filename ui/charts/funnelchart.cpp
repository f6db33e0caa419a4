// The funnel: leads → qualified → proposals → won as horizontal bars, the count on each bar and
// the conversion from the stage before in its label.
#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace salesplan::ui::chart {

void drawFunnel(QChart *chart, const Plan &plan, const PlanSummary &summary,
                const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Funnel, 0}, plan);
    if (plan.targets.annualTarget.minor <= 0)
        return explain(chart, title,
                       Charts::tr("No revenue target yet: enter the annual target in Targets"),
                       theme);
    if (!summary.funnel)
        return explain(
            chart, title,
            Charts::tr("The funnel cannot be solved yet: %1").arg(summary.funnel.error().message()),
            theme);
    const BackwardResult &funnel = *summary.funnel;
    const FunnelAssumptions &rates = plan.targets.funnel;
    // Bottom to top: the won deals at the bottom, the leads on top.
    const QList<qint64> counts{funnel.deals, funnel.proposals, funnel.qualifiedLeads, funnel.leads};
    const QStringList categories{
        Charts::tr("Won deals<br>%1 of proposals").arg(formatPercent(rates.proposalToWon, 0)),
        Charts::tr("Proposals<br>%1 of qualified").arg(formatPercent(rates.qualifiedToProposal, 0)),
        Charts::tr("Qualified<br>%1 of leads").arg(formatPercent(rates.leadToQualified, 0)),
        Charts::tr("Leads")};
    const QStringList names{Charts::tr("Won deals"), Charts::tr("Proposals"),
                            Charts::tr("Qualified leads"), Charts::tr("Leads")};
    QStringList tips;
    for (int i = 0; i < counts.size(); ++i)
        tips.append(Charts::tr("%1: %2").arg(names.at(i), formatCount(double(counts.at(i)))));

    const QString shape = QStringLiteral("funnel");
    if (!hasShape(chart, shape)) {
        clearChart(chart);
        auto *bars = new QHorizontalBarSeries;
        bars->setObjectName(QStringLiteral("funnel.bars"));
        bars->setBarWidth(0.7);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        bars->setLabelsFormat(QStringLiteral("@value"));
        bars->setLabelsPrecision(15);
        bars->setProperty(labelsProperty, true);
        auto *set = new QBarSet(Charts::tr("Needed in the year"));
        QFont font = set->labelFont();
        font.setBold(true);
        set->setLabelFont(font);
        bars->append(set);
        chart->addSeries(bars);
        auto *stages = new QBarCategoryAxis;
        stages->setObjectName(QStringLiteral("stages"));
        chart->addAxis(stages, Qt::AlignLeft);
        auto *value = new QValueAxis;
        value->setObjectName(QStringLiteral("value"));
        value->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(value, Qt::AlignBottom);
        bars->attachAxis(stages);
        bars->attachAxis(value);
        setShape(chart, shape, title);
        chart->legend()->hide();
    }
    auto *bars =
        static_cast<QHorizontalBarSeries *>(findSeries(chart, QStringLiteral("funnel.bars")));
    QBarSet *set = bars->barSets().at(0);
    set->setColor(theme.palette.at(0));
    setBarValues(set, counts, 1.0);
    setExact(set, counts, tips);
    auto *stages = static_cast<QBarCategoryAxis *>(findAxis(chart, QStringLiteral("stages")));
    if (stages->categories() != categories)
        stages->setCategories(categories);
    auto *value = static_cast<QValueAxis *>(findAxis(chart, QStringLiteral("value")));
    // Room on the right for the count written after the longest bar.
    const double top = double(qMax<qint64>(1, funnel.leads)) * 1.18;
    if (!qFuzzyCompare(value->max(), top)) {
        value->setRange(0, top);
        value->applyNiceNumbers();
        value->setMin(0);
    }
}

} // namespace salesplan::ui::chart
