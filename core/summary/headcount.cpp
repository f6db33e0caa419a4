#include "summary/headcount.h"

#include "plan/format.h"
#include "summary/plansummary.h"

#include <QCoreApplication>

#include <cmath>

namespace salesplan {

namespace {

// Reps available as the capacity counts them: rounded down to a tenth (a team produces what it
// produces, never more), so that the figures shown add up to the reps short.
QString availableText(double reps)
{
    return formatNumber(std::floor(reps * 10.0 + 1e-9) / 10.0, 1);
}

// The capacity check needs a sound target, funnel and team; when they are not, other findings
// say why.
bool canWorkOutCapacity(const Plan &plan)
{
    const auto isRate = [](double rate) {
        return rate > 0.0 && rate <= 1.0;
    };
    const TargetsSection &targets = plan.targets;
    const FunnelAssumptions &funnel = targets.funnel;
    return plan.info.period.isValid() && !plan.team.members.isEmpty() &&
           targets.annualTarget.minor > 0 && funnel.averageDealSize.minor > 0 &&
           isRate(funnel.leadToQualified) && isRate(funnel.qualifiedToProposal) &&
           isRate(funnel.proposalToWon);
}

Finding teamWarning(const QString &message)
{
    return Finding{Severity::Warning, Section::Team, QStringLiteral("team.members"), message};
}

} // namespace

QString HeadcountLine::sentence() const
{
    return QCoreApplication::translate("Summary", "%1: %2").arg(label, text);
}

HeadcountLine yearHeadcountLine(const BackwardResult &funnel)
{
    HeadcountLine line{QCoreApplication::translate("Summary", "Headcount for the year"), QString()};
    const QString employ = formatCount(funnel.headcountRequired);
    const QString fullSpeed = formatCount(funnel.repsRequired);
    const QString attrition = formatCount(funnel.headcountRequired - funnel.repsRequired);
    const QString team = formatCount(funnel.headcount);
    if (funnel.repsShort > 0) {
        line.text =
            QCoreApplication::translate("Summary", "%1 to employ (%2 at full speed + %3 for "
                                                   "attrition); the team has %4 → %5 to hire.")
                .arg(employ, fullSpeed, attrition, team, formatCount(funnel.repsShort));
    } else {
        line.text =
            QCoreApplication::translate("Summary", "%1 to employ (%2 at full speed + %3 for "
                                                   "attrition); the team has %4 → enough.")
                .arg(employ, fullSpeed, attrition, team);
    }
    return line;
}

int tightestMonth(const CapacityPlan &capacity)
{
    int tightest = -1;
    double leastSpare = 0.0;
    for (int m = 0; m < capacity.months.size(); ++m) {
        const MonthCapacity &month = capacity.months.at(m);
        const double spare = month.repsAvailable - month.repsRequired;
        if (tightest < 0 || spare < leastSpare) {
            tightest = m;
            leastSpare = spare;
        }
    }
    return tightest;
}

HeadcountLine tightestMonthLine(const CapacityPlan &capacity, const Period &period)
{
    HeadcountLine line{QCoreApplication::translate("Summary", "Tightest month"), QString()};
    const int m = tightestMonth(capacity);
    if (m < 0)
        return line;
    const MonthCapacity &month = capacity.months.at(m);
    const QString name = formatMonthName(period.monthStart(m).month());
    const QString needed = formatCount(month.repsRequired);
    const QString available = availableText(month.repsAvailable);
    const int first = capacity.firstShortMonth;
    if (month.repsShort <= 0) {
        line.text = QCoreApplication::translate(
                        "Summary", "%1, %2 needed at full speed, %3 available → enough.")
                        .arg(name, needed, available);
    } else if (first < 0 || first == m) {
        line.text = QCoreApplication::translate(
                        "Summary", "%1, %2 needed at full speed, %3 available → %4 short.")
                        .arg(name, needed, available, formatCount(month.repsShort));
    } else {
        line.text =
            QCoreApplication::translate("Summary", "%1, %2 needed at full speed, %3 available → %4 "
                                                   "short; the first month short is %5.")
                .arg(name, needed, available, formatCount(month.repsShort),
                     formatMonthName(period.monthStart(first).month()));
    }
    return line;
}

QList<Finding> headcountFindings(const Plan &plan, const PlanSummary &summary)
{
    if (!canWorkOutCapacity(plan))
        return {};
    if (!summary.funnel) {
        return {Finding{Severity::Warning, Section::Targets, QStringLiteral("targets.funnel"),
                        QCoreApplication::translate("Check", "The activity and the reps the "
                                                             "target needs cannot be worked "
                                                             "out: %1.")
                            .arg(summary.funnel.error().message())}};
    }
    QList<Finding> findings;
    if (summary.funnel->repsShort > 0)
        findings.append(teamWarning(yearHeadcountLine(*summary.funnel).sentence()));
    if (summary.capacity && summary.capacity->largestShortfall > 0)
        findings.append(
            teamWarning(tightestMonthLine(*summary.capacity, plan.info.period).sentence()));
    return findings;
}

} // namespace salesplan
