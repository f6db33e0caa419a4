#include "quotatables.h"

#include "plan/format.h"
#include "summary/teamquotas.h"

#include <QCoreApplication>

namespace salesplan::ui {

namespace {

// The translation context of the quota tables.
struct QuotaTables
{
    Q_DECLARE_TR_FUNCTIONS(QuotaTables)
};

QString moneyOf(const Plan &plan, qint64 minor)
{
    return formatMoney(Money{minor, plan.info.currency});
}

qint64 sumOf(const MonthValues &months, int first = 0, int count = Period::monthCount)
{
    qint64 sum = 0;
    for (int month = first; month < first + count; ++month)
        sum += months[month];
    return sum;
}

// The holder's share of what its group (region or company) carries in all.
QString shareOfGroup(const QuotaSplit &quotas, const HolderQuota &holder)
{
    if (holder.group < 0)
        return QStringLiteral("\u2014");
    const qint64 group = sumOf(quotas.groups.at(holder.group).assigned);
    return group > 0 ? formatPercent(double(holder.annual) / double(group)) : QString();
}

QString firstMonthText(const Plan &plan, int firstMonth)
{
    if (firstMonth < 0)
        return QStringLiteral("\u2014");
    return formatMonthOfYear(plan.info.period.monthStart(firstMonth));
}

const DimensionSplit *membersOf(const PlanSummary &summary)
{
    if (!summary.decomposition || !summary.quotas)
        return nullptr;
    return summary.decomposition->split(TargetSplit::Members);
}

} // namespace

QuotaTable quotasByPerson(const Plan &plan, const PlanSummary &summary)
{
    QuotaTable table{{{QuotaTables::tr("Name"), 1.6},
                      {QuotaTables::tr("Region"), 1},
                      {QuotaTables::tr("Basis"), 0.8},
                      {QuotaTables::tr("Annual quota"), 1.2, true},
                      {QuotaTables::tr("Share of region"), 0.9, true},
                      {QuotaTables::tr("Quota from"), 1, true}},
                     {}};
    const DimensionSplit *split = membersOf(summary);
    if (!split)
        return table;
    const QList<QuotaHolder> holders = quotaHolders(plan);
    for (qsizetype i = 0; i < holders.size(); ++i) {
        const HolderQuota &quota = summary.quotas->holders.at(i);
        const bool fixed = holders.at(i).fixedAnnual > 0;
        table.rows.append({holders.at(i).name, holders.at(i).group,
                           fixed ? QuotaTables::tr("Fixed") : QuotaTables::tr("Share"),
                           moneyOf(plan, quota.annual), shareOfGroup(*summary.quotas, quota),
                           firstMonthText(plan, quota.firstMonth)});
    }
    if (summary.quotas->unassigned > 0) {
        table.rows.append({unassignedQuotaName(), QString(), QString(),
                           moneyOf(plan, summary.quotas->unassigned), QString(), QString()});
    }
    return table;
}

QuotaTable quotasByQuarter(const Plan &plan, const PlanSummary &summary)
{
    QuotaTable table{{{QuotaTables::tr("Name"), 1.6}}, {}};
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter)
        table.columns.append({QuotaTables::tr("Q%1").arg(quarter + 1), 1, true});
    table.columns.append({QuotaTables::tr("Year"), 1.1, true});
    const DimensionSplit *split = membersOf(summary);
    if (!split)
        return table;
    MonthValues total{};
    for (qsizetype row = 0; row < split->itemNames.size(); ++row) {
        const MonthValues &months = split->byMonth.at(row);
        QStringList cells{split->itemNames.at(row)};
        for (int quarter = 0; quarter < Period::quarterCount; ++quarter) {
            const qint64 amount = sumOf(months, quarter * 3, 3);
            cells.append(amount == 0 ? QStringLiteral("\u2014") : moneyOf(plan, amount));
        }
        cells.append(moneyOf(plan, split->annual.at(row)));
        table.rows.append(cells);
        for (int month = 0; month < Period::monthCount; ++month)
            total[month] += months[month];
    }
    QStringList totals{QuotaTables::tr("Total")};
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter)
        totals.append(moneyOf(plan, sumOf(total, quarter * 3, 3)));
    totals.append(moneyOf(plan, sumOf(total)));
    table.rows.append(totals);
    return table;
}

QString quotaBasisSentence(const Plan &plan)
{
    const QString start =
        plan.targets.quotasFollowStart
            ? QuotaTables::tr("Quotas start in each person's first month and grow through "
                              "their ramp-up; each month's target goes to those active in it.")
            : QuotaTables::tr("Quotas are shared by weight over the whole year.");
    if (plan.targets.overAssignment <= 0)
        return start;
    return start + u' ' +
           QuotaTables::tr("The reps' quotas add up to the target plus %1, so the target is "
                           "met even when some miss.")
               .arg(formatPercent(plan.targets.overAssignment, 0));
}

} // namespace salesplan::ui
