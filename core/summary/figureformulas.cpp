#include "summary/figureformulas.h"

#include "calc/planinputs.h"
#include "calc/seasonality.h"
#include "plan/format.h"
#include "summary/figurewords.h"
#include "summary/headcount.h"
#include "summary/plansummary.h"
#include "summary/scenariofigures.h"

#include <numeric>

namespace salesplan {

namespace {

QString money(qint64 minor, const Plan &plan)
{
    return formatMoney(minor, plan.info.currency);
}

QString count(double value, int decimals = 0)
{
    return formatCount(value, decimals);
}

QString percent(double fraction)
{
    return formatPercent(fraction);
}

// "= a ÷ b = c" and the like: the worked line starts with "=".
QString worked(const QString &steps, const QString &result)
{
    return QStringLiteral("= %1 = %2").arg(steps, result);
}

QString workedTiers(const Plan &plan, const PlanSummary &summary, Figure figure)
{
    if (!summary.tiers)
        return summary.tiers.error().message();
    const bool stretch = figure == Figure::StretchTier;
    const double reserve = stretch ? plan.targets.stretchReserve : plan.targets.challengeReserve;
    const Money &tier = stretch ? summary.tiers->stretch : summary.tiers->challenge;
    return worked(QStringLiteral("%1 × (1 + %2)")
                      .arg(formatMoney(plan.targets.annualTarget), percent(reserve)),
                  formatMoney(tier));
}

QString workedGrowth(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.growth)
        return FigureFormulas::tr("Enter last year's actual to see the growth.");
    const QString target = formatMoney(plan.targets.annualTarget);
    const QString last = formatMoney(plan.targets.lastYearActual);
    return worked(QStringLiteral("(%1 − %2) ÷ %2").arg(target, last), percent(*summary.growth));
}

int plannedHires(const Plan &plan)
{
    return repsAvailable(plan) - int(plan.team.members.size());
}

// The people who carry quota: the members, and the planned hires when quotas follow start dates
// (each hire line carries quota for its count of people).
int quotaHolderPeople(const Plan &plan)
{
    const int members = int(plan.team.members.size());
    return plan.targets.quotasFollowStart ? members + plannedHires(plan) : members;
}

QString workedAssigned(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.quotas)
        return summary.quotas.error().message();
    const QuotaSplit &quotas = *summary.quotas;
    const double ratio = quotas.target > 0 ? double(quotas.assigned) / double(quotas.target) : 1.0;
    return FigureFormulas::tr("= %1 × (1 + %2) = %3, %4 of the target; %n member(s) and hire(s) "
                              "carry it",
                              nullptr, quotaHolderPeople(plan))
        .arg(money(quotas.target, plan), percent(plan.targets.overAssignment),
             money(quotas.assigned, plan), formatPercent(ratio, 0));
}

QString workedCollections(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.collections)
        return FigureFormulas::tr("The plan does not plan collections.");
    if (!*summary.collections)
        return summary.collections->error().message();
    const CollectionPlan &collections = **summary.collections;
    const qint64 collected =
        std::accumulate(collections.months.begin(), collections.months.end(), qint64(0));
    const qint64 fromOpening =
        std::accumulate(collections.fromOpening.begin(), collections.fromOpening.end(), qint64(0));
    return FigureFormulas::tr("= %1 from last year's bookings + %2 from this year's = %3; %4 "
                              "still receivable at year end")
        .arg(money(fromOpening, plan), money(collected - fromOpening, plan), money(collected, plan),
             money(collections.closingReceivable, plan));
}

// The figures of the funnel, solved backward, with the plan's numbers.
QString workedFunnel(const Plan &plan, const BackwardResult &funnel, Figure figure)
{
    const FunnelAssumptions &rates = plan.targets.funnel;
    const QString days = count(funnel.workingDays);
    switch (figure) {
    case Figure::Deals:
        return worked(QStringLiteral("%1 ÷ %2").arg(formatMoney(plan.targets.annualTarget),
                                                    formatMoney(rates.averageDealSize)),
                      count(double(funnel.deals)));
    case Figure::Proposals:
        return worked(QStringLiteral("%1 ÷ %2").arg(count(double(funnel.deals)),
                                                    percent(rates.proposalToWon)),
                      count(double(funnel.proposals)));
    case Figure::QualifiedLeads:
        return worked(QStringLiteral("%1 ÷ %2").arg(count(double(funnel.proposals)),
                                                    percent(rates.qualifiedToProposal)),
                      count(double(funnel.qualifiedLeads)));
    case Figure::Leads:
        return worked(QStringLiteral("%1 ÷ %2").arg(count(double(funnel.qualifiedLeads)),
                                                    percent(rates.leadToQualified)),
                      count(double(funnel.leads)));
    case Figure::Calls:
        return worked(QStringLiteral("%1 × %2").arg(count(double(funnel.leads)),
                                                    formatNumber(rates.callsPerLead)),
                      count(double(funnel.calls)));
    case Figure::WorkingDays:
        return QStringLiteral("= %1").arg(days);
    case Figure::CallsPerDay:
        return worked(QStringLiteral("%1 ÷ %2").arg(count(double(funnel.calls)), days),
                      count(funnel.callsPerDay, 1));
    case Figure::DemosPerDay:
        return worked(QStringLiteral("%1 ÷ %2").arg(count(double(funnel.proposals)), days),
                      count(funnel.demosPerDay, 1));
    case Figure::QualifiedPerDay:
        return worked(QStringLiteral("%1 ÷ %2").arg(count(double(funnel.qualifiedLeads)), days),
                      count(funnel.qualifiedPerDay, 1));
    case Figure::RepsRequired:
        return FigureFormulas::tr("= the larger of %1 ÷ %2 = %3 and %4 ÷ %5 = %6 → %7")
            .arg(count(funnel.callsPerDay, 1), formatNumber(rates.callsPerRepDay),
                 count(funnel.callsPerDay / rates.callsPerRepDay, 1), count(funnel.demosPerDay, 1),
                 formatNumber(rates.demosPerRepDay),
                 count(funnel.demosPerDay / rates.demosPerRepDay, 1), count(funnel.repsRequired));
    case Figure::HeadcountRequired:
    case Figure::YearHeadcount:
        return FigureFormulas::tr("= %1 ÷ (1 − %2) = %3; the team has %4 → %5 to hire")
            .arg(count(funnel.repsRequired), percent(rates.annualAttrition),
                 count(funnel.headcountRequired), count(funnel.headcount), count(funnel.repsShort));
    case Figure::MarketingBudget:
        if (funnel.marketingBudget.isZero())
            return FigureFormulas::tr("No marketing cost per lead is entered.");
        return worked(QStringLiteral("%1 × %2").arg(count(double(funnel.leads)),
                                                    formatMoney(rates.costPerLead)),
                      formatMoney(funnel.marketingBudget));
    default:
        return {};
    }
}

QString workedQuarter(const Plan &plan, const PlanSummary &summary, int quarter)
{
    if (!summary.decomposition)
        return summary.decomposition.error().message();
    const Decomposition &decomposition = *summary.decomposition;
    QStringList months;
    for (int m = quarter * 3; m < quarter * 3 + 3; ++m)
        months.append(money(decomposition.months[std::size_t(m)], plan));
    return worked(months.join(QStringLiteral(" + ")),
                  money(decomposition.quarters[std::size_t(quarter)], plan));
}

QString workedMonth(const Plan &plan, const PlanSummary &summary, int month)
{
    if (!summary.decomposition)
        return summary.decomposition.error().message();
    const Result<MonthWeights> weights = seasonalityWeights(plan);
    if (!weights)
        return weights.error().message();
    // The month's share of the weights, not the weights: with last year's seasonality they are
    // last year's month totals in minor units, which read 100 times too large.
    const double sum = std::accumulate(weights->begin(), weights->end(), 0.0);
    const double share = sum > 0 ? (*weights)[std::size_t(month)] / sum : 0.0;
    return worked(QStringLiteral("%1 × %2").arg(formatMoney(plan.targets.annualTarget),
                                                formatPercent(share, 2)),
                  money(summary.decomposition->months[std::size_t(month)], plan));
}

QString workedMonthRequired(const Plan &plan, const PlanSummary &summary, int month)
{
    if (!summary.capacity)
        return summary.capacity.error().message();
    const Decomposition &decomposition = *summary.decomposition; // capacity needs it
    const BackwardResult &funnel = *summary.funnel;
    const double share =
        decomposition.annual > 0
            ? double(decomposition.months[std::size_t(month)]) / double(decomposition.annual)
            : 0.0;
    const double days = double(summary.workingDays[std::size_t(month)]);
    if (days <= 0)
        return QStringLiteral("= %1").arg(count(summary.capacity->months.at(month).repsRequired));
    const double calls = double(funnel.calls) * share / days;
    const double demos = double(funnel.proposals) * share / days;
    const FunnelAssumptions &rates = plan.targets.funnel;
    return FigureFormulas::tr("= the larger of %1 calls ÷ %2 = %3 and %4 demos ÷ %5 = %6 → %7 "
                              "(%8 of the target, %9 working days)")
        .arg(count(calls, 1), formatNumber(rates.callsPerRepDay),
             count(calls / rates.callsPerRepDay, 1), count(demos, 1),
             formatNumber(rates.demosPerRepDay), count(demos / rates.demosPerRepDay, 1),
             count(summary.capacity->months.at(month).repsRequired), percent(share), count(days));
}

QString workedMonthAvailable(const Plan &plan, const PlanSummary &summary, int month)
{
    if (!summary.capacity)
        return summary.capacity.error().message();
    double productive = 0.0;
    for (const RepOnTeam &rep : repsOnTeam(plan))
        productive += repProductivity(rep, plan.info.period, month);
    return worked(QStringLiteral("%1 × (1 − %2 × %3 ÷ 12)")
                      .arg(count(productive, 1), percent(plan.targets.funnel.annualAttrition),
                           formatNumber(month + 0.5, 1)),
                  count(summary.capacity->months.at(month).repsAvailable, 1));
}

QString workedTightestMonth(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.capacity)
        return summary.capacity.error().message();
    const HeadcountLine line = tightestMonthLine(*summary.capacity, plan.info.period);
    return QStringLiteral("= %1").arg(line.text);
}

QString workedCost(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.cost)
        return summary.cost.error().message();
    const PlanCost &cost = *summary.cost;
    return worked(QStringLiteral("%1 × %2 + %3 + %4")
                      .arg(percent(plan.team.commissionRate), money(cost.target, plan),
                           money(cost.tools, plan), money(cost.marketing.value_or(0), plan)),
                  money(cost.total(), plan));
}

QString workedTeam(const Plan &plan, const PlanSummary &summary, Figure figure)
{
    const int members = int(plan.team.members.size());
    const int reps = members + plannedHires(plan);
    if (figure == Figure::TeamSize)
        return worked(QStringLiteral("%1 + %2").arg(count(members), count(plannedHires(plan))),
                      count(reps));
    if (!summary.funnel)
        return summary.funnel.error().message();
    if (figure == Figure::HeadcountGap) {
        const int gap = summary.funnel->headcountRequired - reps;
        return worked(
            QStringLiteral("%1 − %2").arg(count(summary.funnel->headcountRequired), count(reps)),
            gap > 0   ? FigureFormulas::tr("%1 to hire").arg(count(gap))
            : gap < 0 ? FigureFormulas::tr("%1 to spare").arg(count(-gap))
                      : FigureFormulas::tr("none"));
    }
    if (reps == 0)
        return FigureFormulas::tr("The team has no members or planned hires.");
    const double callsPerDay = summary.funnel->callsPerDay;
    return worked(QStringLiteral("%1 ÷ %2").arg(count(callsPerDay, 1), count(reps)),
                  count(callsPerDay / reps, 1));
}

QString workedFigure(const Plan &plan, const PlanSummary &summary, Figure figure, int index)
{
    switch (figure) {
    case Figure::AnnualTarget:
        return QStringLiteral("= %1").arg(formatMoney(plan.targets.annualTarget));
    case Figure::Growth:
        return workedGrowth(plan, summary);
    case Figure::StretchTier:
    case Figure::ChallengeTier:
        return workedTiers(plan, summary, figure);
    case Figure::AssignedToReps:
        return workedAssigned(plan, summary);
    case Figure::Collections:
        return workedCollections(plan, summary);
    case Figure::TightestMonth:
        return workedTightestMonth(plan, summary);
    case Figure::QuarterTarget:
        return workedQuarter(plan, summary, qBound(0, index, Period::quarterCount - 1));
    case Figure::MonthTarget:
        return workedMonth(plan, summary, qBound(0, index, Period::monthCount - 1));
    case Figure::MonthRepsRequired:
        return workedMonthRequired(plan, summary, qBound(0, index, Period::monthCount - 1));
    case Figure::MonthRepsAvailable:
        return workedMonthAvailable(plan, summary, qBound(0, index, Period::monthCount - 1));
    case Figure::CostOfSales:
        return workedCost(plan, summary);
    case Figure::TeamSize:
    case Figure::HeadcountGap:
    case Figure::CallsPerRepDay:
        return workedTeam(plan, summary, figure);
    default:
        if (!summary.funnel)
            return summary.funnel.error().message();
        return workedFunnel(plan, *summary.funnel, figure);
    }
}

} // namespace

QString figureFormula(Figure figure)
{
    //: A formula in words: "Deals to win = annual target ÷ average deal size, rounded up".
    return FigureFormulas::tr("%1 = %2").arg(figureTitle(figure), figureFormulaWords(figure));
}

FigureExplanation explainFigure(const Plan &plan, const PlanSummary &summary, Figure figure,
                                int index)
{
    QString title = figureTitle(figure);
    if (figure == Figure::QuarterTarget)
        //: The title of a quarter's target explained: "Q2 target".
        title = FigureFormulas::tr("Q%1 target").arg(index + 1);
    else if (figure == Figure::MonthTarget || figure == Figure::MonthRepsRequired ||
             figure == Figure::MonthRepsAvailable)
        //: A month's figure explained: "Month target, March 2027".
        title = FigureFormulas::tr("%1, %2").arg(
            title, formatMonthOfYear(plan.info.period.monthStart(index), MonthForm::Long));
    return {title, figureFormula(figure), workedFigure(plan, summary, figure, index),
            figureGuidePage(figure)};
}

} // namespace salesplan
