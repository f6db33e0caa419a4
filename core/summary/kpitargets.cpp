#include "summary/kpitargets.h"

#include "plan/format.h"
#include "plan/money.h"

#include <cmath>

namespace salesplan {

int periodsPerYear(ReviewFrequency frequency)
{
    switch (frequency) {
    case ReviewFrequency::Weekly:
        return 52;
    case ReviewFrequency::Monthly:
        return 12;
    case ReviewFrequency::Quarterly:
        return 4;
    case ReviewFrequency::Yearly:
        return 1;
    }
    return 12;
}

namespace {

std::optional<double> qualifiedLeadsPerPeriod(const Kpi &kpi, const PlanSummary &summary)
{
    if (!summary.funnel)
        return std::nullopt;
    const double perPeriod =
        double(summary.funnel->qualifiedLeads) / double(periodsPerYear(kpi.frequency));
    return std::ceil(perPeriod);
}

} // namespace

std::optional<double> planFigureForKpi(const Kpi &kpi, const Plan &plan, const PlanSummary &summary)
{
    const FunnelAssumptions &funnel = plan.targets.funnel;
    switch (kpi.measures) {
    case KpiMeasure::Custom:
        return std::nullopt;
    case KpiMeasure::QualifiedLeads:
        return qualifiedLeadsPerPeriod(kpi, summary);
    case KpiMeasure::WinRate:
        return funnel.proposalToWon * 100.0;
    case KpiMeasure::AverageDealSize:
        return funnel.averageDealSize.toMajor();
    case KpiMeasure::Revenue:
        return plan.targets.annualTarget.toMajor() / double(periodsPerYear(kpi.frequency));
    }
    return std::nullopt;
}

bool kpiFollowsPlan(const Kpi &kpi, const Plan &plan, const PlanSummary &summary)
{
    return kpi.targetFrom == KpiTargetFrom::Plan &&
           planFigureForKpi(kpi, plan, summary).has_value();
}

double kpiTarget(const Kpi &kpi, const Plan &plan, const PlanSummary &summary)
{
    if (kpi.targetFrom != KpiTargetFrom::Plan)
        return kpi.target;
    return planFigureForKpi(kpi, plan, summary).value_or(kpi.target);
}

QString formatKpiTarget(const Kpi &kpi, double target, const QString &currency)
{
    if (!(target > 0))
        return QStringLiteral("—");
    return formatKpiValue(kpi, target, currency);
}

QString formatKpiValue(const Kpi &kpi, double value, const QString &currency)
{
    switch (kpi.measures) {
    case KpiMeasure::QualifiedLeads:
        return formatCount(value);
    case KpiMeasure::WinRate:
        return formatPercent(value / 100.0);
    case KpiMeasure::AverageDealSize:
    case KpiMeasure::Revenue:
        return formatMoney(qint64(std::llround(value * double(minorPerMajor(currency)))), currency);
    case KpiMeasure::Custom:
        break;
    }
    return formatNumber(value);
}

} // namespace salesplan
