#include "costsection.h"

#include "plan/format.h"

#include <QLocale>

namespace salesplan::ui {

namespace {

QList<QStringList> costRows(const Plan &plan, const PlanCost &cost)
{
    const auto money = [&cost](qint64 minor) {
        return formatMoney(minor, cost.currency);
    };
    QList<QStringList> rows{{CostSection::tr("Commission at plan (%1 of the target)")
                                 .arg(formatPercent(plan.team.commissionRate)),
                             money(cost.commissionAtPlan)},
                            {CostSection::tr("Sales tools"), money(cost.tools)}};
    const Money &perLead = plan.targets.funnel.costPerLead;
    if (cost.marketing && cost.leads && !perLead.isZero())
        rows.append({CostSection::tr("Marketing (%1 leads × %2)")
                         .arg(QLocale().toString(*cost.leads), formatMoney(perLead)),
                     money(*cost.marketing)});
    rows.append({CostSection::tr("Total at plan"), money(cost.total())});
    rows.append({CostSection::tr("Share of the target"), formatPercent(cost.shareOfTarget())});
    if (const std::optional<qint64> perDeal = cost.perDeal())
        rows.append(
            {CostSection::tr("Per won deal (%1 deals)").arg(QLocale().toString(*cost.deals)),
             money(*perDeal)});
    return rows;
}

// What the total leaves out: the accelerator above quota, tools in other currencies, salaries
// (the sales budget on page `budgetPage` has them, and is the cost of sales).
QStringList notes(const Plan &plan, const PlanSummary &summary, const PlanCost &cost,
                  int budgetPage)
{
    QStringList notes;
    if (cost.accelerator && summary.tiers) {
        notes.append(CostSection::tr("With accelerators: if the team reaches the stretch tier of "
                                     "%1, the commission is %2, %3 more than at plan: %4 on the "
                                     "revenue up to the reps' quotas (%5 in all) and %6 above "
                                     "them.")
                         .arg(formatMoney(summary.tiers->stretch),
                              formatMoney(*cost.commissionAtStretch(), cost.currency),
                              formatMoney(*cost.accelerator, cost.currency),
                              formatPercent(plan.team.commissionRate),
                              formatMoney(cost.quotaTotal, cost.currency),
                              formatPercent(plan.team.acceleratorRate)));
    }
    QStringList others;
    for (const Money &other : cost.toolsInOtherCurrencies)
        others.append(formatMoney(other));
    if (!others.isEmpty())
        notes.append(CostSection::tr("Tools paid in other currencies are not added: %1.")
                         .arg(QLocale().createSeparatedList(others)));
    if (summary.budget && summary.budget->total() > 0)
        notes.append(CostSection::tr("The cost of sales is the sales budget (p. %1): with the "
                                     "team's salaries and other headcount costs it comes to %2, "
                                     "%3 of the target.")
                         .arg(budgetPage)
                         .arg(formatPlanAmount(summary.budget->total(), summary.budget->currency),
                              formatPercent(summary.budget->shareOfTarget())));
    else
        notes.append(CostSection::tr("The team's salaries and other headcount costs are in the "
                                     "sales budget below."));
    return notes;
}

} // namespace

void CostSection::write(ReportWriter &writer, const Plan &plan, const PlanSummary &summary,
                        int budgetPage)
{
    writer.heading(title(), 2);
    if (!summary.cost) {
        writer.labelled(tr("Not worked out"), summary.cost.error().message());
        return;
    }
    const PlanCost &cost = *summary.cost;
    writer.table({{tr("Figure"), 1.4}, {tr("Value"), 1, true}}, costRows(plan, cost), 0.62);
    writer.paragraph(notes(plan, summary, cost, budgetPage).join(u' '));
}

QString CostSection::totalLine(const PlanCost &cost)
{
    const auto money = [&cost](qint64 minor) {
        return formatMoney(minor, cost.currency);
    };
    QString line = tr("%1 (%2 of the target):\ncommission at plan %3 + tools %4")
                       .arg(money(cost.total()), formatPercent(cost.shareOfTarget()),
                            money(cost.commissionAtPlan), money(cost.tools));
    if (cost.marketing)
        line += tr(" + marketing %1").arg(money(*cost.marketing));
    return line;
}

} // namespace salesplan::ui
