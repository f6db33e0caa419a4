#include "summary/calibrationtext.h"

#include "plan/format.h"
#include "summary/planbridge.h"

#include <QCoreApplication>

#include <cmath>

namespace salesplan {

namespace {

// The translation context of the calibration's words (the ceilings' reasons share it).
struct CalibrationWords
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)
};

QString amount(const Money &money)
{
    return formatPlanAmount(money);
}

QString amount(double minor, const QString &currency)
{
    return formatPlanAmount(qint64(std::llround(minor)), currency);
}

// A market share: up to two decimals below 10 %, where a tenth of a point is a large change,
// with no trailing zero (2 %, 2.2 %, 0.32 %).
QString shareText(double share)
{
    const double points = share * 100.0;
    const double precise = std::round(points * 100.0) / 100.0;
    int decimals = share < 0.10 ? 2 : 1;
    while (decimals > 0 && std::abs(std::round(points * std::pow(10.0, decimals - 1)) /
                                        std::pow(10.0, decimals - 1) -
                                    precise) < 1e-9)
        --decimals;
    return formatPercent(share, decimals);
}

// "Fits: the target is 90 % of it" or the words of what would have to change.
QString fitsText(double share)
{
    return CalibrationWords::tr("Fits: the target is %1 of it").arg(formatPercent(share, 0));
}

// --- Market -----------------------------------------------------------------------------------

CalibrationRow marketRow(const Plan &plan, const Calibration &calibration)
{
    CalibrationRow row;
    row.kind = CeilingKind::Market;
    row.name = ceilingName(row.kind);
    row.field = QStringLiteral("targets.marketShare");
    if (!calibration.market) {
        row.notSetReason = calibration.market.error().reason;
        if (plan.mission.marketSize.minor <= 0) {
            row.field = QStringLiteral("mission.marketSize");
            row.section = Section::Mission;
        }
        return row;
    }
    const MarketCeiling &market = *calibration.market;
    row.ceiling = market.ceiling;
    row.targetShare = targetShareOf(calibration.target, market.ceiling);
    const QString share = shareText(market.share);
    row.inputs =
        (market.shareTyped ? CalibrationWords::tr("%1 × (1 + %2 growth) × %3 share")
                           : CalibrationWords::tr("%1 × (1 + %2 growth) × %3 (last year's share)"))
            .arg(amount(market.marketSize), formatPercent(market.growth), share);
    QString needed = CalibrationWords::tr("a share of %1").arg(shareText(market.targetShare));
    if (market.lastYearShare && *market.lastYearShare > 0.0)
        needed =
            CalibrationWords::tr("%1 (%2 on last year's %3)")
                .arg(needed, formatChangeRate(market.targetShare / *market.lastYearShare - 1.0),
                     shareText(*market.lastYearShare));
    if (row.targetShare && *row.targetShare > 1.0)
        row.change = CalibrationWords::tr("Needs %1").arg(needed);
    else if (row.targetShare)
        row.change = CalibrationWords::tr("%1; needs %2").arg(fitsText(*row.targetShare), needed);
    return row;
}

// --- Team -------------------------------------------------------------------------------------

QString upliftsText(const TeamCeiling &team)
{
    if (team.allRepsUplift <= 0.0 && team.newHireUplift <= 0.0)
        return {};
    if (team.newHireUplift <= 0.0)
        return CalibrationWords::tr(" × (1 + %1 uplift)").arg(formatPercent(team.allRepsUplift));
    return CalibrationWords::tr(" × (1 + %1 uplift, %2 more for new hires)")
        .arg(formatPercent(team.allRepsUplift), formatPercent(team.newHireUplift));
}

CalibrationRow teamRow(const Plan &plan, const Calibration &calibration)
{
    CalibrationRow row;
    row.kind = CeilingKind::Team;
    row.name = ceilingName(row.kind);
    row.field = QStringLiteral("targets.uplifts");
    if (!calibration.team) {
        row.notSetReason = calibration.team.error().reason;
        row.field = QStringLiteral("history");
        return row;
    }
    const TeamCeiling &team = *calibration.team;
    const QString &currency = plan.info.currency;
    row.ceiling = team.ceiling;
    row.targetShare = targetShareOf(calibration.target, team.ceiling);
    row.inputs = (team.regions.isEmpty()
                      ? CalibrationWords::tr("%1 a rep-month (%2 months of history) × %3 "
                                             "rep-months%4")
                      : CalibrationWords::tr("%1 a rep-month on average, each region at its own "
                                             "(%2 months of history) × %3 rep-months%4"))
                     .arg(amount(team.productivity, currency))
                     .arg(team.historyMonths)
                     .arg(formatNumber(team.planRepMonths, 1), upliftsText(team));
    if (!row.targetShare)
        return row;
    if (*row.targetShare <= 1.0) {
        row.change = fitsText(*row.targetShare);
        return row;
    }
    const CalibrationChange &change = calibration.change;
    const QString more = CalibrationWords::tr("Needs %1 more productivity per rep")
                             .arg(formatPercent(change.productivityIncrease));
    if (change.moreReps <= 0) {
        row.change = more;
        return row;
    }
    const int month = plan.info.period.monthStart(change.hireFrom).month();
    row.change = CalibrationWords::tr("%1, or %2 more reps from %3")
                     .arg(more)
                     .arg(change.moreReps)
                     .arg(formatMonthName(month));
    return row;
}

// --- Resources --------------------------------------------------------------------------------

CalibrationRow resourcesRow(const Plan &plan, const Calibration &calibration)
{
    CalibrationRow row;
    row.kind = CeilingKind::Resources;
    row.name = ceilingName(row.kind);
    row.field = QStringLiteral("targets.marketingBudget");
    if (!calibration.resources) {
        row.notSetReason = calibration.resources.error().reason;
        if (plan.targets.marketingBudget.minor > 0 && plan.targets.funnel.costPerLead.minor <= 0)
            row.field = QStringLiteral("targets.funnel.costPerLead");
        return row;
    }
    const ResourcesCeiling &resources = *calibration.resources;
    row.ceiling = resources.ceiling;
    row.targetShare = targetShareOf(calibration.target, resources.ceiling);
    row.inputs =
        CalibrationWords::tr("%1 ÷ %2 a lead = %3 leads → %4 deals × %5")
            .arg(amount(resources.budget), amount(resources.costPerLead),
                 formatCount(double(resources.counts.leads)),
                 formatCount(double(resources.counts.deals)), amount(resources.averageDealSize));
    if (resources.existingCustomers.minor > 0)
        row.inputs = CalibrationWords::tr("%1 + %2 from existing customers")
                         .arg(row.inputs, amount(resources.existingCustomers));
    if (!row.targetShare)
        return row;
    if (*row.targetShare <= 1.0)
        row.change = fitsText(*row.targetShare);
    else
        row.change = CalibrationWords::tr("Needs %1 more marketing budget")
                         .arg(amount(calibration.change.moreBudget));
    return row;
}

// "market ¥1.32亿 (114 %)"
QString overText(const CalibrationRow &row)
{
    return CalibrationWords::tr("%1 %2 (%3)")
        .arg(row.name, amount(*row.ceiling), formatPercent(*row.targetShare, 0));
}

std::optional<Finding> aboveEveryCeiling(const Plan &plan, const QList<CalibrationRow> &rows)
{
    QStringList over;
    for (const CalibrationRow &row : rows) {
        if (!row.ceiling || !row.targetShare)
            continue;
        if (*row.targetShare <= 1.0)
            return std::nullopt;
        over.append(overText(row));
    }
    if (over.isEmpty())
        return std::nullopt;
    return Finding{
        Severity::Warning, Section::Targets, QStringLiteral("targets.annualTarget"),
        CalibrationWords::tr("The target %1 is above every ceiling of the calibration: %2.")
            .arg(amount(plan.targets.annualTarget), over.join(CalibrationWords::tr(", ")))};
}

std::optional<Finding> aboveTeamCeiling(const Plan &plan, const Calibration &calibration,
                                        const CalibrationRow &row)
{
    if (!calibration.team || calibration.team->baseline.minor <= 0)
        return std::nullopt;
    const TeamCeiling &team = *calibration.team;
    const double target = double(plan.targets.annualTarget.minor);
    const double overBaseline = target / double(team.baseline.minor) - 1.0;
    // The uplifts explain the target when the ceiling with them reaches it.
    if (overBaseline <= teamCeilingTolerance + 1e-9 || target <= double(team.ceiling.minor))
        return std::nullopt;
    return Finding{
        Severity::Error, Section::Targets, QStringLiteral("targets.uplifts"),
        CalibrationWords::tr("The target %1 is %2 above what the team delivered at its history's "
                             "pace (%3: %4), and the uplifts do not explain it. %5.")
            .arg(amount(plan.targets.annualTarget), formatPercent(overBaseline, 0),
                 amount(team.baseline), row.inputs, row.change)};
}

} // namespace

QString CalibrationRow::ceilingText() const
{
    if (ceiling)
        return formatPlanAmount(*ceiling);
    return CalibrationWords::tr("Not set — %1").arg(notSetReason);
}

QString ceilingKey(CeilingKind kind)
{
    switch (kind) {
    case CeilingKind::Market:
        return QStringLiteral("market");
    case CeilingKind::Team:
        return QStringLiteral("team");
    case CeilingKind::Resources:
        return QStringLiteral("resources");
    }
    return {};
}

QString ceilingName(CeilingKind kind)
{
    switch (kind) {
    case CeilingKind::Market:
        return CalibrationWords::tr("Market ceiling");
    case CeilingKind::Team:
        return CalibrationWords::tr("Team ceiling");
    case CeilingKind::Resources:
        return CalibrationWords::tr("Resources ceiling");
    }
    return {};
}

QList<CalibrationRow> calibrationRows(const Plan &plan, const Calibration &calibration)
{
    return {marketRow(plan, calibration), teamRow(plan, calibration),
            resourcesRow(plan, calibration)};
}

QList<Finding> calibrationFindings(const Plan &plan, const Calibration &calibration)
{
    QList<Finding> findings;
    if (plan.targets.annualTarget.minor <= 0)
        return findings;
    const QList<CalibrationRow> rows = calibrationRows(plan, calibration);
    if (const std::optional<Finding> every = aboveEveryCeiling(plan, rows))
        findings.append(*every);
    if (const std::optional<Finding> team = aboveTeamCeiling(plan, calibration, rows.at(1)))
        findings.append(*team);
    return findings;
}

} // namespace salesplan
