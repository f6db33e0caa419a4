#include "summaryprinter.h"

#include "calc/revision.h"
#include "plan/format.h"
#include "summary/calibrationtext.h"
#include "summary/headcount.h"
#include "summary/planreview.h"
#include "summary/teamquotas.h"
#include "textlayout.h"

#include <QLocale>

namespace salesplan {

using textlayout::line;
using textlayout::padded;
using textlayout::sectionTitle;

SummaryPrinter::SummaryPrinter(const Plan &plan, const PlanSummary &summary)
    : m_plan(plan)
    , m_summary(summary)
{}

QString SummaryPrinter::money(qint64 minor) const
{
    return formatMoney(Money{minor, m_plan.info.currency});
}

QString SummaryPrinter::summaryText() const
{
    return headline() + targetsText() + dimensionsText() + bridgeText() + collectionsText() +
           funnelText() + costText() + budgetText() + calibrationText() +
           sectionTitle(tr("Findings")) + findingsText();
}

QString SummaryPrinter::headline() const
{
    const PlanInfo &info = m_plan.info;
    QString text =
        tr("%1 — %2, plan year from %3, %4\n")
            .arg(info.name.isEmpty() ? tr("Untitled plan") : info.name, info.company,
                 QLocale().toString(info.period.firstDay(), QLocale::ShortFormat), info.currency);
    if (!m_plan.mission.mission.isEmpty())
        text += fillLiveFigures(m_plan.mission.mission, m_summary.liveFigures) + u'\n';
    text += line(tr("Annual target"), formatMoney(m_plan.targets.annualTarget));
    if (!m_plan.targets.lastYearActual.isZero())
        text += line(tr("Last year's actual"), formatMoney(m_plan.targets.lastYearActual));
    if (m_summary.growth)
        text += line(tr("Growth"), formatPercent(*m_summary.growth));
    if (m_summary.tiers) {
        text += line(tr("Stretch tier"), formatMoney(m_summary.tiers->stretch));
        text += line(tr("Challenge tier"), formatMoney(m_summary.tiers->challenge));
    }
    return text;
}

QString SummaryPrinter::targetsText() const
{
    if (!m_summary.decomposition)
        return sectionTitle(tr("Targets")) +
               line(tr("Not decomposed"), m_summary.decomposition.error().message());
    const Decomposition &decomposition = *m_summary.decomposition;
    QString text = sectionTitle(tr("Quarter targets"));
    for (int q = 0; q < Period::quarterCount; ++q)
        text += line(tr("Q%1").arg(q + 1), money(decomposition.quarters[size_t(q)]));
    text += sectionTitle(tr("Month targets"));
    for (int m = 0; m < Period::monthCount; ++m) {
        const QDate month = m_plan.info.period.monthStart(m);
        text +=
            line(month.toString(QStringLiteral("yyyy-MM")), money(decomposition.months[size_t(m)]));
    }
    return text + revisionText(decomposition);
}

QString SummaryPrinter::revisionText(const Decomposition &decomposition) const
{
    const Period &period = m_plan.info.period;
    const TargetRevision *revision =
        revisionInForce(m_plan.targets.revisions, decomposition.months, period);
    if (!revision)
        return {};
    QString text = sectionTitle(tr("Adjusted month targets"));
    const qint64 change = revisionChange(*revision, decomposition.months, period);
    text += QStringLiteral("  ") +
            salesplan::revisionText(*revision, change, m_plan.info.currency) + u'\n';
    if (!revision->note.trimmed().isEmpty())
        text += QStringLiteral("  ") + revision->note.trimmed() + u'\n';
    for (int m = period.monthIndexOf(revision->from); m < Period::monthCount; ++m)
        text += line(period.monthStart(m).toString(QStringLiteral("yyyy-MM")),
                     money(revision->months[size_t(m)]));
    return text;
}

QString SummaryPrinter::dimensionsText() const
{
    if (!m_summary.decomposition)
        return {};
    QString text;
    for (const DimensionSplit &split : m_summary.decomposition->dimensions) {
        if (split.kind == TargetSplit::Members)
            continue;
        text += sectionTitle(tr("Targets by %1").arg(split.name));
        for (qsizetype i = 0; i < split.itemNames.size(); ++i)
            text += line(split.itemNames.at(i), money(split.annual.at(i)));
    }
    return text + quotasText();
}

// Each member's quota and first month with quota, under the company target and what the reps
// carry in all.
QString SummaryPrinter::quotasText() const
{
    const DimensionSplit *split = m_summary.decomposition->split(TargetSplit::Members);
    if (!m_summary.quotas) {
        return sectionTitle(tr("Quotas")) +
               line(tr("Not worked out"), m_summary.quotas.error().message());
    }
    if (!split)
        return {};
    QString text = sectionTitle(tr("Quotas"));
    text += assignedTargetText(m_plan, *m_summary.quotas) + u'\n';
    const QList<HolderQuota> &holders = m_summary.quotas->holders;
    for (qsizetype i = 0; i < split->itemNames.size(); ++i) {
        QString value = money(split->annual.at(i));
        if (i < holders.size() && holders.at(i).firstMonth > 0) {
            value +=
                tr(" (from %1)")
                    .arg(formatMonthOfYear(m_plan.info.period.monthStart(holders.at(i).firstMonth),
                                           MonthForm::Short));
        }
        text += line(split->itemNames.at(i), value);
    }
    return text;
}

// Cash collected by month under the collection terms, and what is left at the year's end.
QString SummaryPrinter::collectionsText() const
{
    if (!m_summary.collections)
        return {};
    QString text = sectionTitle(tr("Collections"));
    if (!*m_summary.collections)
        return text + line(tr("Not planned"), m_summary.collections->error().message());
    const CollectionPlan &collections = **m_summary.collections;
    text += line(tr("Opening receivable"), money(collections.opening));
    for (int m = 0; m < Period::monthCount; ++m) {
        const QDate month = m_plan.info.period.monthStart(m);
        text += line(month.toString(QStringLiteral("yyyy-MM")), money(collections.months[m]));
    }
    text += line(tr("Closing receivable"), money(collections.closingReceivable));
    return text;
}

QString SummaryPrinter::funnelText() const
{
    QString text = sectionTitle(tr("Funnel and capacity"));
    if (!m_summary.funnel)
        return text + line(tr("Not solved"), m_summary.funnel.error().message());
    const BackwardResult &funnel = *m_summary.funnel;
    const QLocale locale;
    text += line(tr("Working days"), locale.toString(funnel.workingDays));
    text += line(tr("Deals to win"), locale.toString(funnel.deals));
    text += line(tr("Demos / proposals"), locale.toString(funnel.proposals));
    text += line(tr("Qualified leads"), locale.toString(funnel.qualifiedLeads));
    text += line(tr("Leads"), locale.toString(funnel.leads));
    text += line(tr("Calls"), locale.toString(funnel.calls));
    text += line(tr("Calls a day"), formatCount(funnel.callsPerDay, 1));
    text += line(tr("Demos a day"), formatCount(funnel.demosPerDay, 1));
    text += line(tr("Qualified leads a day"), formatCount(funnel.qualifiedPerDay, 1));
    if (!funnel.marketingBudget.isZero())
        text += line(tr("Marketing budget"), formatMoney(funnel.marketingBudget));
    const HeadcountLine year = yearHeadcountLine(funnel);
    text += line(year.label, year.text);
    if (m_summary.capacity) {
        const HeadcountLine month = tightestMonthLine(*m_summary.capacity, m_plan.info.period);
        text += line(month.label, month.text);
    }
    return text;
}

// From last year's actual to this year's target, by region and by product line: each step's
// change and its rate.
QString SummaryPrinter::bridgeText() const
{
    QString text;
    for (const PlanBridge &bridge : m_summary.bridges) {
        text += sectionTitle(bridge.dimension == TargetSplit::Regions
                                 ? tr("From last year to this year by region")
                                 : tr("From last year to this year by product line"));
        text += line(tr("Last year's actual"), money(bridge.start));
        for (const BridgeStep &step : bridge.steps) {
            QString change = formatChange(step.change(), bridge.currency);
            if (const std::optional<double> rate = step.changeRate())
                change += QStringLiteral(" (%1)").arg(formatChangeRate(*rate));
            text += line(step.name, change);
        }
        text += line(tr("This year's target"), money(bridge.end));
    }
    return text;
}

// What the plan costs to sell: commission, tools and marketing, in all and per won deal.
QString SummaryPrinter::costText() const
{
    QString text = sectionTitle(tr("Cost of the plan"));
    if (!m_summary.cost)
        return text + line(tr("Not worked out"), m_summary.cost.error().message());
    const PlanCost &cost = *m_summary.cost;
    text += line(tr("Commission at plan"), money(cost.commissionAtPlan));
    if (const std::optional<qint64> atStretch = cost.commissionAtStretch())
        text +=
            line(tr("Commission at stretch tier"),
                 tr("%1 (%2 more than at plan)").arg(money(*atStretch), money(*cost.accelerator)));
    text += line(tr("Tools"), money(cost.tools));
    for (const Money &other : cost.toolsInOtherCurrencies)
        text += line(tr("Tools, not in the total"), formatMoney(other));
    if (cost.marketing)
        text += line(tr("Marketing"), money(*cost.marketing));
    text += line(
        tr("Total at plan"),
        tr("%1 (%2 of the target)").arg(money(cost.total()), formatPercent(cost.shareOfTarget())));
    if (const std::optional<qint64> perDeal = cost.perDeal())
        text += line(tr("Per won deal"), money(*perDeal));
    return text;
}

// The target against the market, the team and the resources: each ceiling (or why it is not
// set), the target as a share of it, the inputs and what would have to change.
QString SummaryPrinter::calibrationText() const
{
    QString text = sectionTitle(tr("Is the target achievable?"));
    for (const CalibrationRow &row : calibrationRows(m_plan, m_summary.calibration)) {
        if (!row.ceiling) {
            text += line(row.name, row.ceilingText());
            continue;
        }
        text += line(row.name, row.targetShare
                                   ? tr("%1 (the target is %2 of it)")
                                         .arg(row.ceilingText(), formatPercent(*row.targetShare, 0))
                                   : row.ceilingText());
        text += line(QString(), row.inputs);
        if (!row.change.isEmpty())
            text += line(QString(), row.change);
    }
    return text;
}

// The sales budget: each category's year, the quarters, the total against the target and the
// limit.
QString SummaryPrinter::budgetText() const
{
    QString text = sectionTitle(tr("Sales budget"));
    if (!m_summary.budget)
        return text + line(tr("Not worked out"), m_summary.budget.error().message());
    const SalesBudget &budget = *m_summary.budget;
    for (int part = 0; part < budgetPartCount; ++part)
        text += line(budgetPartName(BudgetPart(part)), money(budget.year[std::size_t(part)]));
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter)
        text += line(tr("Q%1").arg(quarter + 1),
                     money(rowTotal(budget.quarters[std::size_t(quarter)])));
    text += line(tr("Budget for the year"),
                 tr("%1 (%2 of the target)")
                     .arg(money(budget.total()), formatPercent(budget.shareOfTarget())));
    if (const std::optional<qint64> perDeal = budget.perDeal())
        text += line(tr("Budget per won deal"), money(*perDeal));
    if (budget.limit > 0)
        text += line(tr("Budget limit"),
                     budget.isAboveLimit()
                         ? tr("%1 — above it by %2")
                               .arg(money(budget.limit), money(budget.total() - budget.limit))
                         : money(budget.limit));
    return text;
}

QString SummaryPrinter::findingsText() const
{
    const QList<Finding> &findings = m_summary.findings;
    QString text = tr("%1 error(s), %2 warning(s), %3 hint(s)\n")
                       .arg(countFindings(findings, Severity::Error))
                       .arg(countFindings(findings, Severity::Warning))
                       .arg(countFindings(findings, Severity::Hint));
    for (const Finding &finding : findings)
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(padded(choiceName(finding.severity), 8), finding.field, finding.message);
    return text;
}

} // namespace salesplan
