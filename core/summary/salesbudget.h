#pragma once

#include "check/findings.h"
#include "plan/money.h"
#include "plan/period.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QStringList>

#include <array>
#include <optional>

// The sales budget: what selling the plan costs by month and category, in minor units of the
// plan's currency. Headcount is each member's and planned hire's role cost a month from their
// start month; commission is the cost of sales' commission at plan (core/summary/plancost.h)
// spread like the month targets — at plan nobody is above 100 % of quota, so no accelerator;
// marketing is the funnel's leads × cost per lead spread like the month targets, or, when the
// user typed any marketing campaign, those campaigns instead (both would count the leads twice);
// events, travel and other are the budget lines the user typed; tools are the Tools section's
// annual costs ÷ 12, exact by largest remainder; initiatives are the initiatives' budgets by
// month. Every figure is exact: the months add up to the quarters and the year to the minor unit.
namespace salesplan {

// The columns of the budget, in the order tables, charts and the JSON show them.
enum class BudgetPart {
    Headcount,
    Commission,
    Marketing,
    Events,
    Travel,
    Tools,
    Initiatives,
    Other
};
inline constexpr int budgetPartCount = 8;
using BudgetRow = std::array<qint64, budgetPartCount>;

// "headcount", "commission", … — the JSON keys, never translated.
QString budgetPartKey(BudgetPart part);
// The translated column title: "Headcount", "Commission", …
QString budgetPartName(BudgetPart part);
inline qint64 &at(BudgetRow &row, BudgetPart part)
{
    return row[std::size_t(part)];
}
inline qint64 at(const BudgetRow &row, BudgetPart part)
{
    return row[std::size_t(part)];
}
// The row's parts added up (the budget checks that this cannot overflow).
qint64 rowTotal(const BudgetRow &row);

struct SalesBudget
{
    QString currency;
    std::array<BudgetRow, Period::monthCount> months{};
    std::array<BudgetRow, Period::quarterCount> quarters{};
    BudgetRow year{};
    qint64 target = 0;
    std::optional<qint64> deals;         // the won deals the funnel needs, while it solves
    qint64 limit = 0;                    // zero: no limit
    bool marketingFromCampaigns = false; // the typed campaigns stand for the funnel's lead cost
    // The roles members or hires have that have no cost a month (or a role the plan does not
    // list): they count at zero, and a finding asks for their cost.
    QStringList rolesWithoutCost;

    qint64 total() const { return rowTotal(year); }
    double shareOfTarget() const { return target > 0 ? double(total()) / double(target) : 0.0; }
    // total / deals rounded to a minor unit, while the funnel needs at least one deal.
    std::optional<qint64> perDeal() const;
    bool isAboveLimit() const { return limit > 0 && total() > limit; }
};

struct BudgetInputs
{
    Period period;
    QString currency;
    QList<Role> roles;
    QList<Member> members;
    QList<Hire> hires;
    QList<BudgetLine> lines;
    qint64 target = 0;
    MonthValues monthTargets{};  // the company's target by month: commission and leads follow it
    qint64 commissionAtPlan = 0; // PlanCost::commissionAtPlan
    qint64 tools = 0;            // PlanCost::tools: the tools' annual costs in the plan currency
    std::optional<qint64> funnelMarketing; // the funnel's leads × cost per lead, while it solves
    std::optional<qint64> deals;
    // The initiatives' budgets by month in the plan currency. Empty (all zero) until the plan has
    // initiatives: the coordinator fills it from plan.initiatives.
    MonthValues initiatives{};
    Money limit;
};

// Refused in words: a negative cost or amount, a budget line outside the plan's months, or a
// figure too large to add up.
Result<SalesBudget> salesBudget(const BudgetInputs &inputs);

// The budget's findings: a role people have without a cost a month, a budget above its limit.
QList<Finding> budgetFindings(const SalesBudget &budget);

} // namespace salesplan
