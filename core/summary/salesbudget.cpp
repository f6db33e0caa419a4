#include "summary/salesbudget.h"

#include "calc/decompose.h"
#include "plan/format.h"

#include <QCoreApplication>

#include <cmath>

namespace salesplan {

namespace {

// The translation context of the budget's messages.
struct Budget
{
    Q_DECLARE_TR_FUNCTIONS(Budget)
};

Error tooLarge()
{
    return {Budget::tr("sales budget"), Budget::tr("is too large to calculate with")};
}

Error negative(const QString &field)
{
    return {field, Budget::tr("must be zero or more")};
}

Status addTo(qint64 &sum, qint64 amount)
{
    if (qAddOverflow(sum, amount, &sum))
        return tooLarge();
    return Success{};
}

// `amount` spread over the months in proportion to `weights` (all zero: evenly), exact.
Result<MonthValues> spread(qint64 amount, const MonthValues &weights)
{
    MonthValues months{};
    if (amount == 0)
        return months;
    QList<double> parts;
    bool any = false;
    for (qint64 weight : weights) {
        parts.append(double(qMax<qint64>(0, weight)));
        any = any || weight > 0;
    }
    if (!any)
        parts.fill(1.0);
    const Result<QList<qint64>> split = splitExactly(amount, parts, Budget::tr("sales budget"));
    if (!split)
        return split.error();
    for (int month = 0; month < Period::monthCount; ++month)
        months[std::size_t(month)] = split->at(month);
    return months;
}

Status addMonths(SalesBudget &budget, BudgetPart part, const MonthValues &months)
{
    for (int month = 0; month < Period::monthCount; ++month) {
        if (const Status ok =
                addTo(at(budget.months[std::size_t(month)], part), months[std::size_t(month)]);
            !ok)
            return ok;
    }
    return Success{};
}

// The first month of the plan year a person costs from: 0 when they started before the plan
// year or have no date, -1 when they start after it.
int firstCostMonth(const Period &period, const QDate &start)
{
    if (!start.isValid() || start <= period.firstDay())
        return 0;
    return period.monthIndexOf(start);
}

// The role's cost a month in the plan currency, or none when the plan has no such role or it
// has no cost.
std::optional<qint64> roleCost(const BudgetInputs &inputs, const QString &roleName)
{
    for (const Role &role : inputs.roles) {
        if (role.name.trimmed().compare(roleName.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (role.monthlyCost.minor > 0 && role.monthlyCost.currency == inputs.currency)
            return role.monthlyCost.minor;
        return std::nullopt;
    }
    return std::nullopt;
}

// `count` people of `roleName` from `start` on, added to the headcount.
Status addPeople(SalesBudget &budget, const BudgetInputs &inputs, const QString &roleName,
                 int count, const QDate &start)
{
    const std::optional<qint64> cost = roleCost(inputs, roleName);
    if (!cost) {
        const QString name = roleName.trimmed();
        if (!budget.rolesWithoutCost.contains(name))
            budget.rolesWithoutCost.append(name);
        return Success{};
    }
    qint64 perMonth = 0;
    if (qMulOverflow(*cost, qint64(count), &perMonth))
        return tooLarge();
    const int first = firstCostMonth(inputs.period, start);
    if (first < 0)
        return Success{};
    for (int month = first; month < Period::monthCount; ++month) {
        if (const Status ok =
                addTo(at(budget.months[std::size_t(month)], BudgetPart::Headcount), perMonth);
            !ok)
            return ok;
    }
    return Success{};
}

Status addHeadcount(SalesBudget &budget, const BudgetInputs &inputs)
{
    for (const Role &role : inputs.roles) {
        if (role.monthlyCost.isNegative())
            return negative(Budget::tr("cost a month of the role %1").arg(role.name));
    }
    for (const Member &member : inputs.members) {
        if (const Status ok = addPeople(budget, inputs, member.role, 1, member.startDate); !ok)
            return ok;
    }
    // A hire without a start date yet counts from the first month: the budget does not leave
    // out a person the plan means to employ.
    for (const Hire &hire : inputs.hires) {
        if (const Status ok = addPeople(budget, inputs, hire.role, hire.count, hire.startDate); !ok)
            return ok;
    }
    return Success{};
}

BudgetPart partOf(BudgetCategory category)
{
    switch (category) {
    case BudgetCategory::Events:
        return BudgetPart::Events;
    case BudgetCategory::Travel:
        return BudgetPart::Travel;
    case BudgetCategory::Campaigns:
        return BudgetPart::Marketing;
    case BudgetCategory::Other:
        break;
    }
    return BudgetPart::Other;
}

Status addLines(SalesBudget &budget, const BudgetInputs &inputs)
{
    for (const BudgetLine &line : inputs.lines) {
        if (line.monthlyAmount.isNegative())
            return negative(Budget::tr("amount a month of the budget line %1").arg(line.name));
        if (line.fromMonth < 1 || line.toMonth > Period::monthCount ||
            line.toMonth < line.fromMonth)
            return Error{Budget::tr("months of the budget line %1").arg(line.name),
                         Budget::tr("must run from a month 1 to 12 to the same or a later one")};
        if (line.monthlyAmount.currency != inputs.currency || line.monthlyAmount.isZero())
            continue;
        if (line.category == BudgetCategory::Campaigns)
            budget.marketingFromCampaigns = true;
        for (int month = line.fromMonth - 1; month < line.toMonth; ++month) {
            if (const Status ok =
                    addTo(at(budget.months[std::size_t(month)], partOf(line.category)),
                          line.monthlyAmount.minor);
                !ok)
                return ok;
        }
    }
    return Success{};
}

Status addSpread(SalesBudget &budget, const BudgetInputs &inputs)
{
    const MonthValues even{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    const Result<MonthValues> commission = spread(inputs.commissionAtPlan, inputs.monthTargets);
    const Result<MonthValues> tools = spread(inputs.tools, even);
    const qint64 leadCost = budget.marketingFromCampaigns ? 0 : inputs.funnelMarketing.value_or(0);
    const Result<MonthValues> marketing = spread(leadCost, inputs.monthTargets);
    if (!commission || !tools || !marketing)
        return tooLarge();
    for (const auto &[part, months] :
         {std::pair{BudgetPart::Commission, *commission}, std::pair{BudgetPart::Tools, *tools},
          std::pair{BudgetPart::Marketing, *marketing},
          std::pair{BudgetPart::Initiatives, inputs.initiatives}}) {
        if (const Status ok = addMonths(budget, part, months); !ok)
            return ok;
    }
    return Success{};
}

// The quarters and the year from the months; each row's total must fit too.
Status addUp(SalesBudget &budget)
{
    for (int month = 0; month < Period::monthCount; ++month) {
        const BudgetRow &row = budget.months[std::size_t(month)];
        BudgetRow &quarter = budget.quarters[std::size_t(Period::quarterOfMonth(month))];
        for (int part = 0; part < budgetPartCount; ++part) {
            if (!addTo(quarter[std::size_t(part)], row[std::size_t(part)]) ||
                !addTo(budget.year[std::size_t(part)], row[std::size_t(part)]))
                return tooLarge();
        }
    }
    qint64 sum = 0;
    for (qint64 part : budget.year) {
        if (!addTo(sum, part))
            return tooLarge();
    }
    return Success{};
}

} // namespace

QString budgetPartKey(BudgetPart part)
{
    static const std::array<QString, budgetPartCount> keys{
        QStringLiteral("headcount"),   QStringLiteral("commission"), QStringLiteral("marketing"),
        QStringLiteral("events"),      QStringLiteral("travel"),     QStringLiteral("tools"),
        QStringLiteral("initiatives"), QStringLiteral("other")};
    return keys[std::size_t(part)];
}

QString budgetPartName(BudgetPart part)
{
    static const std::array<const char *, budgetPartCount> names{
        QT_TRANSLATE_NOOP("Budget", "Headcount"),   QT_TRANSLATE_NOOP("Budget", "Commission"),
        QT_TRANSLATE_NOOP("Budget", "Marketing"),   QT_TRANSLATE_NOOP("Budget", "Events"),
        QT_TRANSLATE_NOOP("Budget", "Travel"),      QT_TRANSLATE_NOOP("Budget", "Sales tools"),
        QT_TRANSLATE_NOOP("Budget", "Initiatives"), QT_TRANSLATE_NOOP("Budget", "Other")};
    return Budget::tr(names[std::size_t(part)]);
}

qint64 rowTotal(const BudgetRow &row)
{
    qint64 sum = 0;
    for (qint64 part : row)
        sum += part;
    return sum;
}

std::optional<qint64> SalesBudget::perDeal() const
{
    if (!deals || *deals <= 0)
        return std::nullopt;
    return std::llround(double(total()) / double(*deals));
}

Result<SalesBudget> salesBudget(const BudgetInputs &inputs)
{
    if (inputs.limit.isNegative())
        return negative(Budget::tr("budget limit"));
    SalesBudget budget;
    budget.currency = inputs.currency;
    budget.target = inputs.target;
    budget.deals = inputs.deals;
    budget.limit = inputs.limit.currency == inputs.currency ? inputs.limit.minor : 0;
    if (inputs.commissionAtPlan < 0 || inputs.tools < 0 || inputs.funnelMarketing.value_or(0) < 0)
        return tooLarge();
    for (qint64 month : inputs.initiatives) {
        if (month < 0)
            return negative(Budget::tr("initiatives' budgets"));
    }
    if (const Status ok = addHeadcount(budget, inputs); !ok)
        return ok.error();
    if (const Status ok = addLines(budget, inputs); !ok)
        return ok.error();
    if (const Status ok = addSpread(budget, inputs); !ok)
        return ok.error();
    if (const Status ok = addUp(budget); !ok)
        return ok.error();
    return budget;
}

namespace {

// A budget above its limit, with the numbers.
QList<Finding> limitFindings(const SalesBudget &budget)
{
    QList<Finding> findings;
    if (budget.isAboveLimit()) {
        const QString message =
            Budget::tr("The sales budget of %1 is above its limit of %2 by %3.")
                .arg(formatPlanAmount(budget.total(), budget.currency),
                     formatPlanAmount(budget.limit, budget.currency),
                     formatPlanAmount(budget.total() - budget.limit, budget.currency));
        findings.append(
            Finding{Severity::Warning, Section::Team, QStringLiteral("team.budgetLimit"), message});
    }
    return findings;
}

} // namespace

QList<Finding> budgetFindings(const SalesBudget &budget)
{
    QList<Finding> findings;
    // A plan that gives no role a cost (as every plan from before the budget) hears it once, as
    // a hint; a role left without one while others have theirs is a gap in the budget.
    if (!budget.rolesWithoutCost.isEmpty() && at(budget.year, BudgetPart::Headcount) == 0) {
        findings.append(Finding{Severity::Hint, Section::Team, QStringLiteral("team.roles"),
                                Budget::tr("The sales budget has no headcount cost yet: give the "
                                           "roles a cost a month on Team \u25b8 Roles.")});
        return findings + limitFindings(budget);
    }
    for (const QString &role : budget.rolesWithoutCost) {
        const QString message =
            role.isEmpty()
                ? Budget::tr("Members or hires without a role count at zero in the sales budget: "
                             "give them a role with a cost a month.")
                : Budget::tr("No cost a month for the role %1: its people count at zero in the "
                             "sales budget. Set the role's cost on Team \u25b8 Roles.")
                      .arg(role);
        findings.append(
            Finding{Severity::Warning, Section::Team, QStringLiteral("team.roles"), message});
    }
    return findings + limitFindings(budget);
}

} // namespace salesplan
