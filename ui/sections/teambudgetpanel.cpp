#include "teambudgetpanel.h"

#include "cells/tableclipboard.h"
#include "cells/tableparts.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "summary/plansummary.h"
#include "targetsform.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

constexpr int totalColumn = budgetPartCount + 1;
// The months, then the quarters, then the year.
constexpr int rowCount = Period::monthCount + Period::quarterCount + 1;

QTableWidgetItem *cell(const QString &text, bool bold, Qt::Alignment alignment)
{
    auto *item = new QTableWidgetItem(text);
    QFont font = item->font();
    font.setBold(bold);
    item->setFont(font);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

// The name of each row: the months of the plan year, Q1–Q4, the year.
QStringList rowNames(const Period &period)
{
    QStringList names;
    for (int month = 0; month < Period::monthCount; ++month)
        names.append(formatMonthOfYear(period.monthStart(month)));
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter)
        names.append(TeamBudgetPanel::tr("Q%1").arg(quarter + 1));
    names.append(TeamBudgetPanel::tr("Year"));
    return names;
}

QList<const BudgetRow *> rowsOf(const SalesBudget &budget)
{
    QList<const BudgetRow *> rows;
    for (const BudgetRow &month : budget.months)
        rows.append(&month);
    for (const BudgetRow &quarter : budget.quarters)
        rows.append(&quarter);
    rows.append(&budget.year);
    return rows;
}

// "Cost of sales ¥1,520万: 12.7 % of the target, ¥3.2万 per won deal; limit ¥1,800万".
QString costOfSalesText(const SalesBudget &budget)
{
    QString text = TeamBudgetPanel::tr("Cost of sales %1: %2 of the target")
                       .arg(formatPlanAmount(budget.total(), budget.currency),
                            formatPercent(budget.shareOfTarget()));
    if (const std::optional<qint64> perDeal = budget.perDeal())
        text += TeamBudgetPanel::tr(", %1 per won deal")
                    .arg(formatPlanAmount(*perDeal, budget.currency));
    if (budget.isAboveLimit())
        text += TeamBudgetPanel::tr("; above the limit of %1 by %2")
                    .arg(formatPlanAmount(budget.limit, budget.currency),
                         formatPlanAmount(budget.total() - budget.limit, budget.currency));
    else if (budget.limit > 0)
        text += TeamBudgetPanel::tr("; within the limit of %1")
                    .arg(formatPlanAmount(budget.limit, budget.currency));
    if (budget.marketingFromCampaigns)
        text += TeamBudgetPanel::tr(". Marketing is the typed campaigns, not the leads' cost");
    return text + QLatin1Char('.');
}

} // namespace

TeamBudgetPanel::TeamBudgetPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_problem = problemLabel(QStringLiteral("team.budget.problem"), this);
    m_costOfSales =
        figureLabel(QStringLiteral("team.budget.costOfSales"), tr("Cost of sales"), this);
    m_costOfSales->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("team.budget.table"));
    m_table->setAccessibleName(tr("Sales budget by month and category"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    new TableClipboard(m_table); // copied to a spreadsheet as numbers; never pasted into
    QStringList headers{tr("Month")};
    for (int part = 0; part < budgetPartCount; ++part)
        headers.append(budgetPartName(BudgetPart(part)));
    headers.append(tr("Total"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_costOfSales);
    layout->addWidget(m_table, 1);
    refresh();
    fitTableToRows(m_table, rowCount, 0, rowCount);
}

void TeamBudgetPanel::refresh()
{
    const Result<SalesBudget> &budget = m_document->summary().budget;
    showProblem(
        m_problem,
        budget ? QString()
               : tr("The sales budget cannot be worked out yet: %1").arg(budget.error().message()));
    m_costOfSales->setVisible(bool(budget));
    m_table->setVisible(bool(budget));
    if (!budget)
        return;
    m_costOfSales->setText(costOfSalesText(*budget));
    const QStringList names = rowNames(m_document->plan().info.period);
    const QList<const BudgetRow *> rows = rowsOf(*budget);
    m_table->setRowCount(rowCount);
    for (int column = 1; column <= totalColumn; ++column) {
        QList<qint64> amounts;
        for (const BudgetRow *row : rows)
            amounts.append(column == totalColumn ? rowTotal(*row)
                                                 : (*row)[std::size_t(column - 1)]);
        const QStringList texts = formatPlanAmountColumn(amounts, budget->currency);
        for (int row = 0; row < rowCount; ++row) {
            const bool bold = row >= Period::monthCount || column == totalColumn;
            m_table->setItem(row, column, cell(texts.at(row), bold, Qt::AlignRight));
        }
    }
    for (int row = 0; row < rowCount; ++row)
        m_table->setItem(row, 0, cell(names.at(row), row >= Period::monthCount, Qt::AlignLeft));
}

} // namespace salesplan::ui
