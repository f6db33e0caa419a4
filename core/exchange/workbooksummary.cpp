#include "exchange/planworkbook.h"
#include "exchange/workbooksheets.h"

#include "plan/format.h"

namespace salesplan::workbook {

namespace {

// The summary sheet's rows of label and figure, one after the other.
class FigureRows
{
public:
    FigureRows(XlsxSheet &sheet, int firstRow)
        : m_sheet(sheet)
        , m_row(firstRow)
    {}

    int row() const { return m_row; }
    void heading(const QString &text)
    {
        if (m_row > m_firstRow)
            ++m_row; // a blank row before each block but the first
        m_sheet.header(m_row, 0, text);
        m_sheet.header(m_row, 1, QString());
        ++m_row;
    }
    void money(const QString &label, qint64 minor)
    {
        m_sheet.text(m_row, 0, label);
        m_sheet.money(m_row++, 1, minor);
    }
    void count(const QString &label, double value)
    {
        m_sheet.text(m_row, 0, label);
        m_sheet.count(m_row++, 1, value);
    }
    void percent(const QString &label, double fraction)
    {
        m_sheet.text(m_row, 0, label);
        m_sheet.percent(m_row++, 1, fraction);
    }
    void text(const QString &label, const QString &text)
    {
        m_sheet.text(m_row, 0, label);
        m_sheet.text(m_row++, 1, text);
    }
    // The sum of the money rows from `first` to the row before this one.
    void moneySum(const QString &label, int first, qint64 minor)
    {
        m_sheet.totalLabel(m_row, 0, label);
        m_sheet.moneySum(m_row, 1, xlsxRange(first, 1, m_row - 1, 1), minor);
        ++m_row;
    }

private:
    XlsxSheet &m_sheet;
    int m_row;
    int m_firstRow = m_row;
};

void writeTargets(FigureRows &rows, const Plan &plan, const PlanSummary &summary)
{
    rows.heading(PlanWorkbook::tr("Target"));
    rows.money(PlanWorkbook::tr("Annual target"), plan.targets.annualTarget.minor);
    if (!plan.targets.lastYearActual.isZero())
        rows.money(PlanWorkbook::tr("Last year's actual"), plan.targets.lastYearActual.minor);
    if (summary.growth)
        rows.percent(PlanWorkbook::tr("Growth"), *summary.growth);
    if (summary.tiers) {
        rows.money(PlanWorkbook::tr("Stretch tier"), summary.tiers->stretch.minor);
        rows.money(PlanWorkbook::tr("Challenge tier"), summary.tiers->challenge.minor);
    }
    if (summary.quotas)
        rows.money(PlanWorkbook::tr("Assigned to reps"), summary.quotas->assigned);
}

void writeFunnelHeadline(FigureRows &rows, const PlanSummary &summary)
{
    rows.heading(PlanWorkbook::tr("Funnel"));
    if (!summary.funnel) {
        rows.text(PlanWorkbook::tr("Not worked out"), summary.funnel.error().message());
        return;
    }
    const BackwardResult &funnel = *summary.funnel;
    rows.count(PlanWorkbook::tr("Won deals needed"), double(funnel.deals));
    rows.count(PlanWorkbook::tr("Leads needed"), double(funnel.leads));
    rows.count(PlanWorkbook::tr("Reps to employ"), funnel.headcountRequired);
    rows.count(PlanWorkbook::tr("Reps on the team"), funnel.headcount);
    rows.count(PlanWorkbook::tr("Reps short"), funnel.repsShort);
}

void writeCost(FigureRows &rows, const PlanSummary &summary)
{
    if (!summary.cost)
        return;
    const PlanCost &cost = *summary.cost;
    rows.heading(PlanWorkbook::tr("Cost of the plan"));
    const int first = rows.row();
    rows.money(PlanWorkbook::tr("Commission at plan"), cost.commissionAtPlan);
    rows.money(PlanWorkbook::tr("Tools"), cost.tools);
    rows.money(PlanWorkbook::tr("Marketing"), cost.marketing.value_or(0));
    rows.moneySum(PlanWorkbook::tr("Cost of the plan"), first, cost.total());
    rows.percent(PlanWorkbook::tr("Share of the target"), cost.shareOfTarget());
    if (const std::optional<qint64> perDeal = cost.perDeal())
        rows.money(PlanWorkbook::tr("Per won deal"), *perDeal);
    if (cost.accelerator)
        rows.money(PlanWorkbook::tr("More commission at the stretch tier"), *cost.accelerator);
}

// "Plan year Jan 2027 – Dec 2027 · exported 2026-12-06"
QString periodLine(const Plan &plan)
{
    const Period &period = plan.info.period;
    return PlanWorkbook::tr("Plan year %1 – %2 · exported %3")
        .arg(formatMonthOfYear(period.firstDay()), formatMonthOfYear(period.lastDay()),
             formatDay(QDate::currentDate()));
}

} // namespace

QString workbookTitle(const Plan &plan)
{
    const QString name = plan.info.name.trimmed();
    return name.isEmpty() ? PlanWorkbook::tr("Sales plan %1").arg(plan.info.period.year) : name;
}

void writeSummarySheet(XlsxBook &book, const Plan &plan, const PlanSummary &summary)
{
    XlsxSheet sheet = book.addSheet(PlanWorkbook::tr("Summary"));
    sheet.text(0, 0, workbookTitle(plan), book.formats().title);
    const QString company = plan.info.company.trimmed();
    sheet.text(1, 0,
               company.isEmpty() ? periodLine(plan)
                                 : company + QStringLiteral(" · ") + periodLine(plan),
               book.formats().note);
    FigureRows rows(sheet, 3);
    writeTargets(rows, plan, summary);
    writeFunnelHeadline(rows, summary);
    writeCost(rows, summary);
    sheet.freeze(3, 0);
    sheet.finish();
}

} // namespace salesplan::workbook
