#include "executivesummary.h"

#include "budgetsection.h"
#include "costsection.h"
#include "plan/format.h"
#include "reportheadings.h"
#include "riskmap.h"
#include "summary/headcount.h"
#include "summary/kpitargets.h"
#include "summary/teamquotas.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace salesplan::ui {

namespace {

using Figures = QList<SummaryFigure>;

// The KPI table has a unit column; a line of the summary has none, so the target says its unit
// unless it already does (a currency sign, a percent).
QString withUnit(const Kpi &kpi, const QString &target, const QString &currency)
{
    const QString unit = ExecutiveSummary::kpiUnit(kpi, currency);
    if (unit.isEmpty() || unit == currency || target == QStringLiteral("—") ||
        target.endsWith(unit))
        return target;
    return target + u' ' + unit;
}

void addTarget(Figures &figures, const Plan &plan, const PlanSummary &summary)
{
    const QString target = formatPlanAmount(plan.targets.annualTarget);
    figures.append({ExecutiveSummary::tr("Target"),
                    summary.growth ? ExecutiveSummary::tr("%1, %2 on last year's %3")
                                         .arg(target, formatPercent(*summary.growth),
                                              formatPlanAmount(plan.targets.lastYearActual))
                                   : target,
                    Section::Targets});
    if (summary.tiers)
        figures.append({ExecutiveSummary::tr("Stretch and challenge"),
                        ExecutiveSummary::tr("Stretch %1 · challenge %2")
                            .arg(formatPlanAmount(summary.tiers->stretch),
                                 formatPlanAmount(summary.tiers->challenge)),
                        Section::Targets});
}

void addTeam(Figures &figures, const Plan &plan, const PlanSummary &summary)
{
    if (summary.funnel) {
        const HeadcountLine year = yearHeadcountLine(*summary.funnel);
        figures.append({year.label, year.text, Section::Targets, ReportHeadings::funnel()});
    }
    // The year's headcount can be enough while a peak month is not, hires and ramps counted:
    // leadership hears of that gap here, not first in the capacity chart.
    if (summary.capacity && summary.capacity->largestShortfall > 0) {
        const HeadcountLine tightest = tightestMonthLine(*summary.capacity, plan.info.period);
        figures.append({tightest.label, tightest.text, Section::Targets, ReportHeadings::funnel()});
    }
    if (summary.quotas)
        figures.append({ExecutiveSummary::tr("Assigned to reps"),
                        ExecutiveSummary::tr("%1 with %2 over-assignment")
                            .arg(assignedAmountText(plan, *summary.quotas),
                                 formatPercent(plan.targets.overAssignment)),
                        Section::Team, ReportHeadings::teamByRegion()});
}

// The cost of sales is the sales budget: "¥1,690万 (14.1 % of the target), the sales budget
// with headcount" and on a second line the cost of the plan as its part.
QString costOfSalesText(const SalesBudget &budget, const PlanCost *cost)
{
    QString text = ExecutiveSummary::tr("%1 (%2 of the target), the sales budget with headcount")
                       .arg(formatPlanAmount(budget.total(), budget.currency),
                            formatPercent(budget.shareOfTarget()));
    if (cost)
        text += u'\n' + ExecutiveSummary::tr("of which the cost of the plan %1 (%2): commission, "
                                             "tools and marketing")
                            .arg(formatPlanAmount(cost->total(), cost->currency),
                                 formatPercent(cost->shareOfTarget()));
    return text;
}

void addCosts(Figures &figures, const PlanSummary &summary)
{
    if (summary.funnel && !summary.funnel->marketingBudget.isZero())
        figures.append({ExecutiveSummary::tr("Marketing budget"),
                        formatPlanAmount(summary.funnel->marketingBudget), Section::Targets,
                        ReportHeadings::funnel()});
    // Without a budget, the cost of the plan is all there is, and says so.
    const PlanCost *cost = summary.cost ? &*summary.cost : nullptr;
    if (summary.budget && summary.budget->total() > 0)
        figures.append({ExecutiveSummary::tr("Cost of sales"),
                        costOfSalesText(*summary.budget, cost), Section::Team,
                        BudgetSection::title()});
    else if (cost)
        figures.append({CostSection::title(), CostSection::totalLine(*cost), Section::Team,
                        CostSection::title()});
}

void addWatchList(Figures &figures, const Plan &plan, const PlanSummary &summary)
{
    QStringList risks;
    for (const qsizetype i : ExecutiveSummary::largestRisks(plan.metrics.risks)) {
        const Risk &risk = plan.metrics.risks.at(i);
        risks.append(ExecutiveSummary::tr("%1 %2 (score %3)")
                         .arg(RiskMap::label(i), risk.description.section(u'\n', 0, 0))
                         .arg(risk.score()));
    }
    if (!risks.isEmpty())
        figures.append({ExecutiveSummary::tr("Largest risks"), risks.join(u'\n'), Section::Metrics,
                        ReportHeadings::risks()});
    QStringList kpis;
    for (const Kpi &kpi : plan.metrics.kpis)
        kpis.append(ExecutiveSummary::tr("%1: %2").arg(
            kpi.name, withUnit(kpi,
                               ExecutiveSummary::kpiTargetText(kpi, kpiTarget(kpi, plan, summary),
                                                               plan.info.currency),
                               plan.info.currency)));
    if (!kpis.isEmpty())
        figures.append({ExecutiveSummary::tr("KPIs to watch"), kpis.join(u'\n'), Section::Metrics,
                        ReportHeadings::kpis()});
    if (summary.collections && *summary.collections)
        figures.append({ExecutiveSummary::tr("Collections"),
                        collectionsText(plan, **summary.collections), Section::Targets,
                        ReportHeadings::collections()});
}

} // namespace

QList<SummaryFigure> ExecutiveSummary::figures(const Plan &plan, const PlanSummary &summary)
{
    // For leadership: the figures the plan's summaries put in sentences are plan amounts too.
    const PlanAmountsForPeople forPeople;
    Figures figures;
    addTarget(figures, plan, summary);
    addTeam(figures, plan, summary);
    addCosts(figures, summary);
    addWatchList(figures, plan, summary);
    return figures;
}

QString ExecutiveSummary::decision(const Plan &plan, const PlanSummary &summary)
{
    const PlanAmountsForPeople forPeople;
    const QString target = formatPlanAmount(plan.targets.annualTarget);
    // The hires the plan asks for; while it plans none, the reps the year's activity lacks.
    int hires = 0;
    for (const Hire &hire : plan.team.hiring)
        hires += hire.count;
    if (hires == 0 && summary.funnel)
        hires = summary.funnel->repsShort;
    // Two forms rather than %n: the English source prints as it is until a translation is.
    const QString hiring = hires == 0   ? tr("no new hires")
                           : hires == 1 ? tr("1 hire")
                                        : tr("%1 hires").arg(hires);
    if (summary.funnel && !summary.funnel->marketingBudget.isZero())
        return tr("Approve the %1 target, %2 and a %3 marketing budget.")
            .arg(target, hiring, formatPlanAmount(summary.funnel->marketingBudget));
    return tr("Approve the %1 target and %2.").arg(target, hiring);
}

QList<qsizetype> ExecutiveSummary::largestRisks(const QList<Risk> &risks)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < risks.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return risks.at(a).score() > risks.at(b).score();
    });
    return order.mid(0, 3);
}

QString ExecutiveSummary::kpiUnit(const Kpi &kpi, const QString &currency)
{
    const QString unit = kpi.unit.trimmed();
    const bool money = kpi.measures == KpiMeasure::AverageDealSize ||
                       kpi.measures == KpiMeasure::Revenue ||
                       unit.compare(QStringLiteral("amount"), Qt::CaseInsensitive) == 0 ||
                       unit == tr("amount", "a KPI's unit that means money");
    return money ? currency : unit;
}

QString ExecutiveSummary::kpiTargetText(const Kpi &kpi, double target, const QString &currency)
{
    if (kpiUnit(kpi, currency) != currency || !(target > 0))
        return formatKpiTarget(kpi, target, currency);
    return formatPlanAmount(qint64(std::llround(target * double(minorPerMajor(currency)))),
                            currency);
}

} // namespace salesplan::ui
