#include "consolidationsection.h"

#include "charts/chartbuilders.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "reportcharts.h"

#include <QChart>

namespace salesplan::ui {

namespace {

QString amount(const Consolidation &c, qint64 minor)
{
    return formatPlanAmount(minor, c.currency);
}

QList<QStringList> unitRows(const Consolidation &c)
{
    QList<QStringList> rows;
    for (const UnitRow &row : c.units) {
        rows.append(
            {row.name, amount(c, row.topDown),
             row.bottomUp ? amount(c, *row.bottomUp) : QStringLiteral("—"), unitGapText(row, c),
             row.headcountKnown() ? QString::number(row.headcount()) : QStringLiteral("—"),
             row.budget ? amount(c, *row.budget) : QStringLiteral("—"), unitStatusWords(row)});
    }
    rows.append({ConsolidationSection::tr("Team"), amount(c, c.allocatedTotal()),
                 amount(c, c.figures.annual), QString(), QString(),
                 c.figures.budgetUnits > 0 ? amount(c, c.figures.budgetTotal) : QStringLiteral("—"),
                 unitsSummedText(c)});
    return rows;
}

void writeItems(ReportWriter &writer, const Consolidation &c, const QString &heading,
                const QList<ConsolidatedItem> &items)
{
    if (items.isEmpty())
        return;
    writer.heading(heading, 2);
    QList<QStringList> rows;
    for (const ConsolidatedItem &item : items) {
        QStringList row{item.name};
        for (int q = 0; q < Period::quarterCount; ++q) {
            qint64 quarter = 0;
            for (int m = q * 3; m < q * 3 + 3; ++m)
                quarter += item.months[std::size_t(m)];
            row.append(amount(c, quarter));
        }
        row.append(amount(c, item.annual));
        rows.append(row);
    }
    QList<TableColumn> columns{{heading, 1.6}};
    for (int q = 1; q <= Period::quarterCount; ++q)
        columns.append({ConsolidationSection::tr("Q%1").arg(q), 1, true});
    columns.append({ConsolidationSection::tr("Year"), 1.1, true});
    writer.table(columns, rows);
}

// The "units" chart of the Charts page and the deck, drawn from the consolidation the report
// was given.
void drawUnitsChart(ReportWriter &writer, const Consolidation &c, const Plan &plan,
                    const PlanSummary &summary)
{
    PlanSummary withUnits = summary;
    withUnits.team = std::make_shared<const Consolidation>(c);
    const ChartSpec spec{ChartKind::Units, 0};
    const std::unique_ptr<QChart> chart = reportChart(spec, plan, withUnits);
    writer.chart(chart.get(), 0.42, chartTakeaway(spec, plan, withUnits));
}

} // namespace

void ConsolidationSection::write(ReportWriter &writer, const Consolidation &c, const Plan &plan,
                                 const PlanSummary &summary)
{
    writer.heading(title());
    writer.paragraph(
        tr("The team's target of %1 is allocated to %n unit(s) by %2; each unit's own plan sets "
           "its target bottom-up. A gap beyond %3 of the allocation is a finding.",
           nullptr, int(c.units.size()))
            .arg(amount(c, c.teamTarget),
                 c.allocation == UnitAllocation::Weights ? tr("weights") : tr("amounts"),
                 formatPercent(c.gapThreshold)));
    writer.heading(tr("Top-down against bottom-up"), 2);
    writer.fittedTable({{tr("Unit")},
                        {tr("Top-down"), 1, true},
                        {tr("Bottom-up"), 1, true},
                        {tr("Gap"), 1, true},
                        {tr("Headcount"), 1, true},
                        {tr("Budget"), 1, true},
                        {tr("Status")}},
                       unitRows(c), LastRow::Total);
    drawUnitsChart(writer, c, plan, summary);

    if (c.figures.unitsSummed > 0) {
        writer.heading(tr("Consolidated target (%1)").arg(unitsSummedText(c)), 2);
        QStringList row{tr("Target")};
        QList<TableColumn> columns{{QString(), 1.6}};
        for (int q = 0; q < Period::quarterCount; ++q) {
            row.append(amount(c, c.figures.quarters[std::size_t(q)]));
            columns.append({tr("Q%1").arg(q + 1), 1, true});
        }
        row.append(amount(c, c.figures.annual));
        columns.append({tr("Year"), 1.1, true});
        writer.table(columns, {row});
        writeItems(writer, c, tr("Regions"), c.figures.regions);
        writeItems(writer, c, tr("Product lines"), c.figures.products);
        const ConsolidatedFunnel &funnel = c.figures.funnel;
        writer.labelled(
            tr("Funnel"),
            tr("%1 deals, %2 proposals, %3 qualified leads, %4 leads; %5 reps to "
               "employ, %6 on the teams (%7 of %8 units)")
                .arg(formatCount(double(funnel.deals)), formatCount(double(funnel.proposals)),
                     formatCount(double(funnel.qualifiedLeads)), formatCount(double(funnel.leads)),
                     formatCount(double(funnel.headcountRequired)),
                     formatCount(double(funnel.headcount)))
                .arg(funnel.units)
                .arg(c.units.size()));
    }
    for (const Finding &finding : c.findings)
        writer.labelled(choiceName(finding.severity), finding.message);
}

} // namespace salesplan::ui
