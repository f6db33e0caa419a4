#include "exchange/planworkbook.h"
#include "exchange/workbooksheets.h"

#include "plan/choices.h"
#include "plan/format.h"
#include "summary/kpitargets.h"
#include "summary/memberactivity.h"

#include <cmath>

namespace salesplan::workbook {

namespace {

// The funnel's stages from calls to won deals: the year's count and the count a working day.
int writeFunnelStages(XlsxSheet &sheet, const BackwardResult &funnel)
{
    sheet.header(0, 0, PlanWorkbook::tr("Stage"));
    sheet.numberHeader(0, 1, PlanWorkbook::tr("In the year"));
    sheet.numberHeader(0, 2, PlanWorkbook::tr("Per working day"));
    const struct
    {
        QString name;
        qint64 year;
        double perDay;
    } stages[] = {
        {PlanWorkbook::tr("Calls"), funnel.calls, funnel.callsPerDay},
        {PlanWorkbook::tr("Leads"), funnel.leads, funnel.leadsPerDay},
        {PlanWorkbook::tr("Qualified leads"), funnel.qualifiedLeads, funnel.qualifiedPerDay},
        {PlanWorkbook::tr("Demos and proposals"), funnel.proposals, funnel.demosPerDay},
        {PlanWorkbook::tr("Won deals"), funnel.deals, -1.0},
    };
    int row = 1;
    for (const auto &stage : stages) {
        sheet.text(row, 0, stage.name);
        sheet.count(row, 1, double(stage.year));
        if (stage.perDay >= 0)
            sheet.decimal(row, 2, stage.perDay);
        ++row;
    }
    ++row;
    const struct
    {
        QString name;
        int value;
    } people[] = {
        {PlanWorkbook::tr("Working days"), funnel.workingDays},
        {PlanWorkbook::tr("Productive reps needed"), funnel.repsRequired},
        {PlanWorkbook::tr("Reps to employ (with attrition)"), funnel.headcountRequired},
        {PlanWorkbook::tr("Reps on the team"), funnel.headcount},
        {PlanWorkbook::tr("Reps short"), funnel.repsShort},
    };
    for (const auto &line : people) {
        sheet.text(row, 0, line.name);
        sheet.count(row++, 1, line.value);
    }
    sheet.text(row, 0, PlanWorkbook::tr("Marketing budget"));
    sheet.money(row++, 1, funnel.marketingBudget.minor);
    return row + 1;
}

void writeCapacity(XlsxSheet &sheet, const Plan &plan, const PlanSummary &summary, int top)
{
    if (!summary.capacity) {
        sheet.text(top, 0, summary.capacity.error().message());
        return;
    }
    sheet.header(top, 0, PlanWorkbook::tr("Month"));
    sheet.numberHeader(top, 1, PlanWorkbook::tr("Working days"));
    sheet.numberHeader(top, 2, PlanWorkbook::tr("Reps available"));
    sheet.numberHeader(top, 3, PlanWorkbook::tr("Reps needed"));
    sheet.numberHeader(top, 4, PlanWorkbook::tr("Reps short"));
    const QList<MonthCapacity> &months = summary.capacity->months;
    qint64 days = 0;
    for (int month = 0; month < int(months.size()); ++month) {
        const int row = top + 1 + month;
        sheet.text(row, 0, formatMonthOfYear(plan.info.period.monthStart(month)));
        sheet.count(row, 1, double(summary.workingDays[month]));
        sheet.decimal(row, 2, months.at(month).repsAvailable);
        sheet.count(row, 3, months.at(month).repsRequired);
        sheet.count(row, 4, months.at(month).repsShort);
        days += summary.workingDays[month];
    }
    const int totalRow = top + 1 + int(months.size());
    sheet.totalLabel(totalRow, 0, PlanWorkbook::tr("Year"));
    sheet.countSum(totalRow, 1, xlsxRange(top + 1, 1, totalRow - 1, 1), double(days));
}

// The KPI's target as a figure of what it measures: money, a percent, a count or a number.
void writeKpiTarget(XlsxSheet &sheet, int row, int column, const Kpi &kpi, double target,
                    const QString &currency)
{
    if (!(target > 0)) {
        sheet.text(row, column, QStringLiteral("\u2014"));
        return;
    }
    switch (kpi.measures) {
    case KpiMeasure::QualifiedLeads:
        sheet.count(row, column, target);
        return;
    case KpiMeasure::WinRate:
        sheet.percent(row, column, target / 100.0);
        return;
    case KpiMeasure::AverageDealSize:
    case KpiMeasure::Revenue:
        sheet.money(row, column, qint64(std::llround(target * double(minorPerMajor(currency)))));
        return;
    case KpiMeasure::Custom:
        break;
    }
    sheet.number(row, column, target);
}

QStringList activityHeaders()
{
    return {PlanWorkbook::tr("Quota"),        PlanWorkbook::tr("Deals"),
            PlanWorkbook::tr("Demos"),        PlanWorkbook::tr("Qualified leads"),
            PlanWorkbook::tr("Leads"),        PlanWorkbook::tr("Calls"),
            PlanWorkbook::tr("Working days"), PlanWorkbook::tr("Calls a day"),
            PlanWorkbook::tr("Demos a day")};
}

// The figures of `counts` from column `first` on, in the order of activityHeaders().
void writeActivityCounts(XlsxSheet &sheet, int row, int first, const ActivityCounts &counts)
{
    sheet.money(row, first, counts.quota);
    const qint64 stages[] = {counts.deals, counts.proposals, counts.qualified, counts.leads,
                             counts.calls};
    for (int k = 0; k < 5; ++k)
        sheet.count(row, first + 1 + k, double(stages[k]));
    sheet.count(row, first + 6, counts.workingDays);
    sheet.decimal(row, first + 7, counts.callsPerDay);
    sheet.decimal(row, first + 8, counts.demosPerDay);
}

// Each person's year, and the team's as SUM formulas; returns the row after the table.
int writeActivityYear(XlsxSheet &sheet, const TeamActivity &activity)
{
    sheet.header(0, 0, PlanWorkbook::tr("Person"));
    const QStringList headers = activityHeaders();
    for (int k = 0; k < headers.size(); ++k)
        sheet.numberHeader(0, 1 + k, headers[k]);
    int row = 1;
    for (const HolderActivity &holder : activity.holders) {
        sheet.text(row, 0, holder.name);
        writeActivityCounts(sheet, row++, 1, holder.year);
    }
    const ActivityCounts &team = activity.team.year;
    sheet.totalLabel(row, 0, PlanWorkbook::tr("Team"));
    sheet.moneySum(row, 1, xlsxRange(1, 1, row - 1, 1), team.quota);
    const qint64 stages[] = {team.deals, team.proposals, team.qualified, team.leads, team.calls};
    for (int k = 0; k < 5; ++k)
        sheet.countSum(row, 2 + k, xlsxRange(1, 2 + k, row - 1, 2 + k), double(stages[k]));
    return row + 2;
}

// Each person's quarters, a row each.
void writeActivityQuarters(XlsxSheet &sheet, const TeamActivity &activity, int top)
{
    sheet.header(top, 0, PlanWorkbook::tr("Person"));
    sheet.header(top, 1, PlanWorkbook::tr("Quarter"));
    const QStringList headers = activityHeaders();
    for (int k = 0; k < headers.size(); ++k)
        sheet.numberHeader(top, 2 + k, headers[k]);
    int row = top + 1;
    for (const HolderActivity &holder : activity.holders) {
        for (int q = 0; q < Period::quarterCount; ++q) {
            sheet.text(row, 0, holder.name);
            sheet.text(row, 1, PlanWorkbook::tr("Q%1").arg(q + 1));
            writeActivityCounts(sheet, row++, 2, holder.quarters[q]);
        }
    }
}

} // namespace

void writeActivitySheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary)
{
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Activity targets"));
    const Result<TeamActivity> activity = planActivity(plan, summary);
    if (!activity) {
        sheet.text(0, 0, activity.error().message());
    } else {
        const int quartersTop = writeActivityYear(sheet, *activity);
        writeActivityQuarters(sheet, *activity, quartersTop);
    }
    sheet.freeze(1, 1);
    sheet.finish();
}

void writeFunnelSheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary)
{
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Funnel and capacity"));
    if (!summary.funnel) {
        sheet.text(0, 0, summary.funnel.error().message());
        sheet.finish();
        return;
    }
    const int capacityTop = writeFunnelStages(sheet, *summary.funnel);
    writeCapacity(sheet, plan, summary, capacityTop);
    sheet.freeze(1, 1);
    sheet.finish();
}

void writeCollectionsSheet(XlsxBook &book, const Plan &plan, const Decomposition &decomposition,
                           const CollectionPlan &collections)
{
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Collections"));
    sheet.header(0, 0, PlanWorkbook::tr("Month"));
    sheet.numberHeader(0, 1, PlanWorkbook::tr("Bookings (target)"));
    sheet.numberHeader(0, 2, PlanWorkbook::tr("Collected"));
    sheet.numberHeader(0, 3, PlanWorkbook::tr("Of which from last year"));
    qint64 booked = 0;
    qint64 collected = 0;
    qint64 fromOpening = 0;
    for (int month = 0; month < Period::monthCount; ++month) {
        const int row = month + 1;
        sheet.text(row, 0, formatMonthOfYear(plan.info.period.monthStart(month)));
        sheet.money(row, 1, decomposition.months[month]);
        sheet.money(row, 2, collections.months[month]);
        sheet.money(row, 3, collections.fromOpening[month]);
        booked += decomposition.months[month];
        collected += collections.months[month];
        fromOpening += collections.fromOpening[month];
    }
    const int totalRow = Period::monthCount + 1;
    sheet.totalLabel(totalRow, 0, PlanWorkbook::tr("Year"));
    const qint64 totals[] = {booked, collected, fromOpening};
    for (int column = 1; column <= 3; ++column)
        sheet.moneySum(totalRow, column, xlsxRange(1, column, Period::monthCount, column),
                       totals[column - 1]);
    sheet.text(totalRow + 2, 0, PlanWorkbook::tr("Receivable when the year starts"));
    sheet.money(totalRow + 2, 2, collections.opening);
    sheet.text(totalRow + 3, 0, PlanWorkbook::tr("Receivable when the year ends"));
    sheet.money(totalRow + 3, 2, collections.closingReceivable);
    sheet.freeze(1, 1);
    sheet.finish();
}

void writeKpiSheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary)
{
    if (plan.metrics.kpis.isEmpty())
        return;
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("KPIs"));
    // The texts first, then the figures, so no right-aligned header abuts a left-aligned one.
    const QStringList headers = {PlanWorkbook::tr("KPI"),      PlanWorkbook::tr("Measures"),
                                 PlanWorkbook::tr("Reviewed"), PlanWorkbook::tr("Target from"),
                                 PlanWorkbook::tr("Unit"),     PlanWorkbook::tr("Target"),
                                 PlanWorkbook::tr("Green at"), PlanWorkbook::tr("Amber at")};
    constexpr int firstFigure = 5;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        if (column >= firstFigure)
            sheet.numberHeader(0, int(column), headers.at(column));
        else
            sheet.header(0, int(column), headers.at(column));
    }
    int row = 1;
    for (const Kpi &kpi : plan.metrics.kpis) {
        sheet.text(row, 0, kpi.name);
        sheet.text(row, 1, choiceName(kpi.measures));
        sheet.text(row, 2, choiceName(kpi.frequency));
        sheet.text(row, 3,
                   kpiFollowsPlan(kpi, plan, summary) ? choiceName(KpiTargetFrom::Plan)
                                                      : choiceName(KpiTargetFrom::Typed));
        sheet.text(row, 4, kpi.unit);
        writeKpiTarget(sheet, row, 5, kpi, kpiTarget(kpi, plan, summary), plan.info.currency);
        sheet.percent(row, 6, kpi.greenAt);
        sheet.percent(row, 7, kpi.yellowAt);
        ++row;
    }
    sheet.freeze(1, 1);
    sheet.finish();
}

} // namespace salesplan::workbook
