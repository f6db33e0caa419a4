#include "consolidationprinter.h"

#include "plan/choices.h"
#include "plan/format.h"
#include "textlayout.h"

namespace salesplan {

using textlayout::line;
using textlayout::padded;
using textlayout::sectionTitle;

ConsolidationPrinter::ConsolidationPrinter(const Plan &team, const Consolidation &consolidation)
    : m_team(team)
    , m_c(consolidation)
{}

QString ConsolidationPrinter::money(qint64 minor) const
{
    return formatPlanAmount(minor, m_c.currency);
}

QString ConsolidationPrinter::text() const
{
    QString text = headline() + sectionTitle(tr("Units")) + unitsText();
    if (m_c.figures.unitsSummed > 0) {
        text +=
            sectionTitle(tr("Consolidated figures (%1)").arg(unitsSummedText(m_c))) + monthsText();
        if (!m_c.figures.regions.isEmpty())
            text += sectionTitle(tr("Regions")) + itemsText(m_c.figures.regions);
        if (!m_c.figures.products.isEmpty())
            text += sectionTitle(tr("Product lines")) + itemsText(m_c.figures.products);
        text += sectionTitle(tr("Funnel and team")) + funnelText();
    }
    return text + sectionTitle(tr("Findings")) + findingsText();
}

QString ConsolidationPrinter::figuresText() const
{
    QString text = headline() + sectionTitle(tr("Units")) + unitsText();
    if (m_c.figures.unitsSummed > 0)
        text += sectionTitle(tr("Consolidated figures (%1)").arg(unitsSummedText(m_c))) +
                monthsText() + budgetText();
    return text + sectionTitle(tr("Findings")) + findingsText();
}

QString ConsolidationPrinter::headline() const
{
    const QString name = m_team.info.name.isEmpty() ? tr("Untitled plan") : m_team.info.name;
    QString text = tr("Team consolidation — %1, %2\n").arg(name, m_c.currency);
    text += line(tr("Team target"), money(m_c.teamTarget));
    text += line(m_c.allocation == UnitAllocation::Weights ? tr("Allocated by weights")
                                                           : tr("Allocated by amounts"),
                 money(m_c.allocatedTotal()));
    text += line(tr("Consolidated target"),
                 tr("%1 (%2)").arg(money(m_c.figures.annual), unitsSummedText(m_c)));
    text += line(tr("Gap threshold"), formatPercent(m_c.gapThreshold));
    return text;
}

QString ConsolidationPrinter::unitsText() const
{
    QString text = QStringLiteral("  %1  %2%3%4%5%6%7\n")
                       .arg(padded(tr("Unit"), 16), padded(tr("Top-down"), 14),
                            padded(tr("Bottom-up"), 14), padded(tr("Gap"), 36),
                            padded(tr("Headcount"), 11), padded(tr("Budget"), 14), tr("Status"));
    for (const UnitRow &row : m_c.units) {
        const QString status = unitStatusWords(row);
        text += QStringLiteral("  %1  %2%3%4%5%6%7\n")
                    .arg(padded(row.name, 16), padded(money(row.topDown), 14),
                         padded(row.bottomUp ? money(*row.bottomUp) : QStringLiteral("—"), 14),
                         padded(unitGapText(row, m_c), 36),
                         padded(row.headcountKnown() ? QString::number(row.headcount())
                                                     : QStringLiteral("—"),
                                11),
                         padded(row.budget ? money(*row.budget) : QStringLiteral("—"), 14), status);
    }
    return text;
}

QString ConsolidationPrinter::monthsText() const
{
    const ConsolidatedFigures &f = m_c.figures;
    QString text = line(tr("Year"), money(f.annual));
    for (int q = 0; q < Period::quarterCount; ++q)
        text += line(tr("Q%1").arg(q + 1), money(f.quarters[std::size_t(q)]));
    const QStringList names = formatMonthNames(m_c.period);
    for (int m = 0; m < Period::monthCount; ++m)
        text += line(names.at(m), money(f.months[std::size_t(m)]));
    return text;
}

QString ConsolidationPrinter::itemsText(const QList<ConsolidatedItem> &items) const
{
    QString text;
    for (const ConsolidatedItem &item : items)
        text += line(item.name, money(item.annual));
    return text;
}

QString ConsolidationPrinter::funnelText() const
{
    const ConsolidatedFigures &f = m_c.figures;
    const ConsolidatedFunnel &funnel = f.funnel;
    const auto count = [](qint64 value) {
        return formatCount(double(value));
    };
    QString text = line(tr("Funnel of"),
                        tr("%1 of %n units", nullptr, int(m_c.units.size())).arg(funnel.units));
    text += line(tr("Deals to win"), count(funnel.deals));
    text += line(tr("Proposals / demos"), count(funnel.proposals));
    text += line(tr("Qualified leads"), count(funnel.qualifiedLeads));
    text += line(tr("Leads"), count(funnel.leads));
    text += line(tr("Calls"), count(funnel.calls));
    text += line(tr("Reps to employ"), count(funnel.headcountRequired));
    text += line(tr("Reps on the teams"), count(funnel.headcount));
    text += line(tr("Members listed"), count(f.members.size()));
    if (f.collections.units > 0) {
        qint64 collected = 0;
        for (qint64 month : f.collections.months)
            collected += month;
        text += line(tr("Collected in the year"), money(collected));
    }
    return text + budgetText();
}

QString ConsolidationPrinter::budgetText() const
{
    const ConsolidatedFigures &f = m_c.figures;
    return line(tr("Sales budget"), tr("%1 (%2 of %n units)", nullptr, int(m_c.units.size()))
                                        .arg(money(f.budgetTotal))
                                        .arg(f.budgetUnits));
}

QString ConsolidationPrinter::findingsText() const
{
    const QList<Finding> &findings = m_c.findings;
    QString text = tr("%1 error(s), %2 warning(s)\n")
                       .arg(countFindings(findings, Severity::Error))
                       .arg(countFindings(findings, Severity::Warning));
    for (const Finding &finding : findings)
        text += QStringLiteral("  %1  %2\n")
                    .arg(padded(choiceName(finding.severity), 8), finding.message);
    return text;
}

} // namespace salesplan
