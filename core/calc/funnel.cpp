#include "calc/funnel.h"

#include "plan/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>

namespace salesplan {

namespace {

// --- Whole counts from doubles ----------------------------------------------------------------

// Rates are binary fractions, so 350 deals / 0.35 comes out as 1000.0000000000001 and a plain
// ceil would ask for 1,001 proposals. A value within one part in 10^12 of a whole number is
// taken as that number before rounding: noise is a few parts in 10^16, real fractions far more.
double withoutNoise(double value)
{
    constexpr double relativeTolerance = 1e-12;
    const double whole = std::round(value);
    const double allowed = relativeTolerance * std::max(1.0, std::abs(whole));
    return std::abs(value - whole) <= allowed ? whole : value;
}

// A whole double as qint64, or nothing when it is not finite or does not fit.
std::optional<qint64> toCount(double whole)
{
    constexpr double limit = 9223372036854775808.0; // 2^63, the first value qint64 cannot hold
    if (!std::isfinite(whole) || whole >= limit || whole < -limit)
        return std::nullopt;
    return static_cast<qint64>(whole);
}

// A count people must reach: rounded up.
std::optional<qint64> countUp(double value)
{
    return toCount(std::ceil(withoutNoise(value)));
}

// A count a team produces: rounded down.
std::optional<qint64> countDown(double value)
{
    return toCount(std::floor(withoutNoise(value)));
}

double asDouble(qint64 count)
{
    return static_cast<double>(count);
}

// --- Errors, in words -------------------------------------------------------------------------

Error tooLarge(const QString &field)
{
    return {field, QCoreApplication::translate("Funnel", "is too large to calculate with")};
}

Error notANumber(const QString &field)
{
    return {field, QCoreApplication::translate("Funnel", "is not a number")};
}

Error notPositive(const QString &field)
{
    return {field, QCoreApplication::translate("Funnel", "must be more than zero")};
}

Error negative(const QString &field)
{
    return {field, QCoreApplication::translate("Funnel", "must not be negative")};
}

Error otherCurrency(const QString &field, const Money &amount, const Money &target)
{
    return {field, QCoreApplication::translate("Funnel", "is in %1 but the target is in %2")
                       .arg(amount.currency, target.currency)};
}

// --- Input checks -----------------------------------------------------------------------------

// The first failed check, or success.
Status firstFailure(std::initializer_list<Status> checks)
{
    for (const Status &check : checks) {
        if (!check)
            return check.error();
    }
    return Success{};
}

Status checkRate(double rate, const QString &field)
{
    if (std::isnan(rate))
        return notANumber(field);
    if (rate > 0.0 && rate <= 1.0)
        return Success{};
    return Error{field, QCoreApplication::translate(
                            "Funnel", "must be more than 0 % and at most 100 %, not %1")
                            .arg(formatPercent(rate))};
}

Status checkRates(const FunnelRates &rates)
{
    return firstFailure(
        {checkRate(rates.leadToQualified,
                   QCoreApplication::translate("Funnel", "lead to qualified rate")),
         checkRate(rates.qualifiedToProposal,
                   QCoreApplication::translate("Funnel", "qualified to proposal rate")),
         checkRate(rates.proposalToWon,
                   QCoreApplication::translate("Funnel", "proposal to won rate"))});
}

// A finite value above zero.
Status checkPositive(double value, const QString &field)
{
    if (std::isnan(value))
        return notANumber(field);
    if (!(value > 0.0))
        return notPositive(field);
    if (std::isinf(value))
        return tooLarge(field);
    return Success{};
}

// A finite value of zero or more.
Status checkNotNegative(double value, const QString &field)
{
    if (std::isnan(value))
        return notANumber(field);
    if (value < 0.0)
        return negative(field);
    if (std::isinf(value))
        return tooLarge(field);
    return Success{};
}

Status checkCapacity(const RepCapacity &capacity)
{
    return firstFailure(
        {checkPositive(capacity.callsPerDay,
                       QCoreApplication::translate("Funnel", "calls per rep a day")),
         checkPositive(capacity.demosPerDay,
                       QCoreApplication::translate("Funnel", "demos per rep a day"))});
}

Status checkCallsPerLead(double callsPerLead)
{
    return checkPositive(callsPerLead, QCoreApplication::translate("Funnel", "calls per lead"));
}

Status checkWorkingDays(int days)
{
    if (days > 0 && days <= 366)
        return Success{};
    return Error{
        QCoreApplication::translate("Funnel", "working days"),
        QCoreApplication::translate("Funnel", "must be between 1 and 366, not %1").arg(days)};
}

Status checkAttrition(double attrition)
{
    const QString field = QCoreApplication::translate("Funnel", "annual attrition");
    if (std::isnan(attrition))
        return notANumber(field);
    if (attrition >= 0.0 && attrition < 1.0)
        return Success{};
    return Error{
        field, QCoreApplication::translate("Funnel", "must be at least 0 % and below 100 %, not %1")
                   .arg(formatPercent(attrition))};
}

Status checkTargetAndDealSize(const Money &target, const Money &dealSize)
{
    const QString dealField = QCoreApplication::translate("Funnel", "average deal size");
    if (target.minor <= 0)
        return notPositive(QCoreApplication::translate("Funnel", "revenue target"));
    if (dealSize.minor <= 0)
        return notPositive(dealField);
    if (dealSize.currency != target.currency)
        return otherCurrency(dealField, dealSize, target);
    return Success{};
}

Status checkCostPerLead(const Money &costPerLead, const Money &target)
{
    const QString field = QCoreApplication::translate("Funnel", "cost per lead");
    if (costPerLead.isNegative())
        return negative(field);
    // A zero cost has no currency to disagree with (a new plan's default is 0 CNY).
    if (!costPerLead.isZero() && costPerLead.currency != target.currency)
        return otherCurrency(field, costPerLead, target);
    return Success{};
}

Status checkBackwardInputs(const BackwardInputs &inputs)
{
    return firstFailure(
        {checkTargetAndDealSize(inputs.revenueTarget, inputs.averageDealSize),
         checkRates(inputs.rates), checkCallsPerLead(inputs.callsPerLead),
         checkWorkingDays(inputs.workingDays), checkCapacity(inputs.capacity),
         checkAttrition(inputs.annualAttrition),
         checkNotNegative(inputs.headcount, QCoreApplication::translate("Funnel", "headcount")),
         checkCostPerLead(inputs.costPerLead, inputs.revenueTarget)});
}

Status checkForwardInputs(const ForwardInputs &inputs)
{
    return firstFailure(
        {checkNotNegative(inputs.reps, QCoreApplication::translate("Funnel", "reps")),
         checkCapacity(inputs.activity), checkWorkingDays(inputs.workingDays),
         checkCallsPerLead(inputs.callsPerLead), checkRates(inputs.rates),
         checkTargetAndDealSize(inputs.revenueTarget, inputs.averageDealSize)});
}

// --- Backward: target → activity and team -----------------------------------------------------

// `value` rounded up into `count`, or an error naming `field` when it does not fit.
Status setCountUp(qint64 &count, double value, const QString &field)
{
    const std::optional<qint64> rounded = countUp(value);
    if (!rounded)
        return tooLarge(field);
    count = *rounded;
    return Success{};
}

// Reps as an int, rounded up.
Result<int> repCount(double value, const QString &field)
{
    const std::optional<qint64> rounded = countUp(value);
    if (!rounded || *rounded > std::numeric_limits<int>::max())
        return tooLarge(field);
    return static_cast<int>(*rounded);
}

// Deals to close: the target over the deal size, rounded up, in exact integer arithmetic.
qint64 dealsFor(const Money &target, const Money &dealSize)
{
    const qint64 whole = target.minor / dealSize.minor;
    return target.minor % dealSize.minor == 0 ? whole : whole + 1;
}

// The count a stage needs so that `after` come out of it at `rate` (0, 1]: rounded up, and never
// fewer than `after` (a double holds counts above 2^53 only approximately).
Status setCountBefore(qint64 &count, qint64 after, double rate, const QString &field)
{
    if (Status rounded = setCountUp(count, asDouble(after) / rate, field); !rounded)
        return rounded;
    count = std::max(count, after);
    return Success{};
}

Status countActivity(const BackwardInputs &inputs, BackwardResult &out)
{
    const FunnelRates &rates = inputs.rates;
    out.deals = dealsFor(inputs.revenueTarget, inputs.averageDealSize);
    if (Status step = setCountBefore(out.proposals, out.deals, rates.proposalToWon,
                                     QCoreApplication::translate("Funnel", "proposals"));
        !step)
        return step;
    if (Status step = setCountBefore(out.qualifiedLeads, out.proposals, rates.qualifiedToProposal,
                                     QCoreApplication::translate("Funnel", "qualified leads"));
        !step)
        return step;
    if (Status step = setCountBefore(out.leads, out.qualifiedLeads, rates.leadToQualified,
                                     QCoreApplication::translate("Funnel", "leads"));
        !step)
        return step;
    if (Status step = setCountUp(out.calls, asDouble(out.leads) * inputs.callsPerLead,
                                 QCoreApplication::translate("Funnel", "calls"));
        !step)
        return step;
    // One call or more per lead never makes fewer calls than leads (again for counts above 2^53).
    if (inputs.callsPerLead >= 1.0)
        out.calls = std::max(out.calls, out.leads);
    return Success{};
}

void spreadOverDays(int workingDays, BackwardResult &out)
{
    const double days = workingDays;
    out.workingDays = workingDays;
    out.callsPerDay = asDouble(out.calls) / days;
    out.demosPerDay = asDouble(out.proposals) / days;
    out.qualifiedPerDay = asDouble(out.qualifiedLeads) / days;
    out.leadsPerDay = asDouble(out.leads) / days;
}

Status sizeTeam(const BackwardInputs &inputs, BackwardResult &out)
{
    const Result<int> reps = repsForActivity(out.callsPerDay, out.demosPerDay, inputs.capacity);
    if (!reps)
        return reps.error();
    out.repsRequired = *reps;
    // Employ enough that repsRequired remain after the year's expected leavers.
    const Result<int> headcount =
        repCount(asDouble(out.repsRequired) / (1.0 - inputs.annualAttrition),
                 QCoreApplication::translate("Funnel", "headcount required"));
    if (!headcount)
        return headcount.error();
    out.headcountRequired = *headcount;
    out.headcount = inputs.headcount;
    out.repsShort = std::max(0, out.headcountRequired - inputs.headcount);
    return Success{};
}

Status priceLeads(const BackwardInputs &inputs, BackwardResult &out)
{
    const Result<Money> budget = inputs.costPerLead.times(out.leads);
    if (!budget)
        return tooLarge(QCoreApplication::translate("Funnel", "marketing budget"));
    out.marketingBudget = Money{budget->minor, inputs.revenueTarget.currency};
    return Success{};
}

// --- Forward: team → revenue ------------------------------------------------------------------

// What `count` people at a stage turn into at `rate`: rounded down, never more than `count`
// (the product may round up to 2^63 in a double when count is near the qint64 limit).
qint64 converted(qint64 count, double rate)
{
    const std::optional<qint64> result = countDown(asDouble(count) * rate);
    return result ? std::min(*result, count) : count;
}

FunnelCounts countsFromLeads(qint64 leads, const FunnelRates &rates, qint64 proposalCapacity)
{
    FunnelCounts counts;
    counts.leads = leads;
    counts.qualifiedLeads = converted(leads, rates.leadToQualified);
    counts.proposals =
        std::min(converted(counts.qualifiedLeads, rates.qualifiedToProposal), proposalCapacity);
    counts.deals = converted(counts.proposals, rates.proposalToWon);
    return counts;
}

// The team's activity over the year: `perRepDay` × reps × working days, rounded down.
Result<qint64> teamActivity(const ForwardInputs &inputs, double perRepDay, const QString &field)
{
    const std::optional<qint64> activity = countDown(inputs.reps * perRepDay * inputs.workingDays);
    if (!activity)
        return tooLarge(field);
    return *activity;
}

// --- Capacity by month ------------------------------------------------------------------------

// The sum of the month targets, or an error when one is negative, all are zero or the sum
// overflows.
Result<qint64> checkedTargetTotal(const MonthValues &monthTargets)
{
    const QString field = QCoreApplication::translate("Funnel", "month targets");
    qint64 total = 0;
    for (const qint64 target : monthTargets) {
        if (target < 0)
            return negative(field);
        if (qAddOverflow(total, target, &total))
            return tooLarge(field);
    }
    if (total == 0)
        return notPositive(field);
    return total;
}

Status checkMonthWorkingDays(const MonthValues &workingDays)
{
    for (const qint64 days : workingDays) {
        if (days < 0 || days > 31)
            return Error{
                QCoreApplication::translate("Funnel", "working days"),
                QCoreApplication::translate("Funnel", "must be between 0 and 31 in a month, not %1")
                    .arg(days)};
    }
    return Success{};
}

Status checkCapacityInputs(const CapacityInputs &inputs)
{
    if (!inputs.period.isValid())
        return Error{QCoreApplication::translate("Funnel", "plan year"),
                     QCoreApplication::translate("Funnel", "is not a valid year and start month")};
    return firstFailure({checkAttrition(inputs.annualAttrition), checkCapacity(inputs.capacity),
                         checkMonthWorkingDays(inputs.workingDays),
                         checkNotNegative(asDouble(inputs.annual.calls),
                                          QCoreApplication::translate("Funnel", "calls")),
                         checkNotNegative(asDouble(inputs.annual.proposals),
                                          QCoreApplication::translate("Funnel", "proposals"))});
}

double repsAvailable(const CapacityInputs &inputs, int month)
{
    double productive = 0.0;
    for (const RepOnTeam &rep : inputs.reps)
        productive += repProductivity(rep, inputs.period, month);
    return productive * stayingShare(inputs.annualAttrition, month);
}

Result<int> repsRequiredInMonth(const CapacityInputs &inputs, int month, double targetShare)
{
    const double calls = asDouble(inputs.annual.calls) * targetShare;
    const double demos = asDouble(inputs.annual.proposals) * targetShare;
    if (calls <= 0.0 && demos <= 0.0)
        return 0;
    const qint64 days = inputs.workingDays[static_cast<std::size_t>(month)];
    if (days <= 0)
        return Error{QCoreApplication::translate("Funnel", "working days"),
                     QCoreApplication::translate("Funnel", "%1 has a target but no working days")
                         .arg(formatMonthOfYear(inputs.period.monthStart(month), MonthForm::Long))};
    return repsForActivity(calls / asDouble(days), demos / asDouble(days), inputs.capacity);
}

Result<MonthCapacity> monthCapacity(const CapacityInputs &inputs, int month, double targetShare)
{
    const Result<int> required = repsRequiredInMonth(inputs, month, targetShare);
    if (!required)
        return required.error();
    MonthCapacity capacity;
    capacity.repsAvailable = repsAvailable(inputs, month);
    capacity.repsRequired = *required;
    // required is whole, so ceil(required − available) = required − floor(available).
    const qint64 availableWhole = countDown(capacity.repsAvailable).value_or(0);
    capacity.repsShort = static_cast<int>(std::max<qint64>(0, *required - availableWhole));
    return capacity;
}

} // namespace

// --- Public functions -------------------------------------------------------------------------

Result<BackwardResult> solveBackward(const BackwardInputs &inputs)
{
    if (const Status valid = checkBackwardInputs(inputs); !valid)
        return valid.error();
    BackwardResult result;
    if (const Status counted = countActivity(inputs, result); !counted)
        return counted.error();
    spreadOverDays(inputs.workingDays, result);
    if (const Status sized = sizeTeam(inputs, result); !sized)
        return sized.error();
    if (const Status priced = priceLeads(inputs, result); !priced)
        return priced.error();
    return result;
}

Result<int> repsForActivity(double callsPerDay, double demosPerDay, const RepCapacity &capacity)
{
    if (const Status valid = firstFailure(
            {checkNotNegative(callsPerDay, QCoreApplication::translate("Funnel", "calls a day")),
             checkNotNegative(demosPerDay, QCoreApplication::translate("Funnel", "demos a day")),
             checkCapacity(capacity)});
        !valid)
        return valid.error();
    const QString field = QCoreApplication::translate("Funnel", "reps required");
    const Result<int> forCalls = repCount(callsPerDay / capacity.callsPerDay, field);
    const Result<int> forDemos = repCount(demosPerDay / capacity.demosPerDay, field);
    if (!forCalls)
        return forCalls.error();
    if (!forDemos)
        return forDemos.error();
    return std::max(*forCalls, *forDemos);
}

Result<FunnelCounts> funnelFromLeads(qint64 leads, const FunnelRates &rates)
{
    if (leads < 0)
        return negative(QCoreApplication::translate("Funnel", "leads"));
    if (const Status valid = checkRates(rates); !valid)
        return valid.error();
    return countsFromLeads(leads, rates, std::numeric_limits<qint64>::max());
}

Result<ForwardResult> solveForward(const ForwardInputs &inputs)
{
    if (const Status valid = checkForwardInputs(inputs); !valid)
        return valid.error();
    const Result<qint64> calls = teamActivity(inputs, inputs.activity.callsPerDay,
                                              QCoreApplication::translate("Funnel", "calls"));
    if (!calls)
        return calls.error();
    const Result<qint64> demoCapacity = teamActivity(
        inputs, inputs.activity.demosPerDay, QCoreApplication::translate("Funnel", "proposals"));
    if (!demoCapacity)
        return demoCapacity.error();
    // Below one call per lead there are more leads than calls, so this can overflow too.
    const std::optional<qint64> leads = countDown(asDouble(*calls) / inputs.callsPerLead);
    if (!leads)
        return tooLarge(QCoreApplication::translate("Funnel", "leads"));

    ForwardResult result;
    result.calls = *calls;
    result.funnel = countsFromLeads(*leads, inputs.rates, *demoCapacity);
    const Result<Money> revenue = inputs.averageDealSize.times(result.funnel.deals);
    if (!revenue)
        return tooLarge(QCoreApplication::translate("Funnel", "revenue"));
    const Result<Money> gap = inputs.revenueTarget.minus(*revenue);
    if (!gap)
        return tooLarge(QCoreApplication::translate("Funnel", "gap to target"));
    result.revenue = *revenue;
    result.gapToTarget = *gap;
    result.attainment = asDouble(revenue->minor) / asDouble(inputs.revenueTarget.minor);
    return result;
}

Result<CapacityPlan> capacityByMonth(const CapacityInputs &inputs)
{
    if (const Status valid = checkCapacityInputs(inputs); !valid)
        return valid.error();
    const Result<qint64> targetTotal = checkedTargetTotal(inputs.monthTargets);
    if (!targetTotal)
        return targetTotal.error();

    CapacityPlan plan;
    for (int month = 0; month < Period::monthCount; ++month) {
        const double share =
            asDouble(inputs.monthTargets[static_cast<std::size_t>(month)]) / asDouble(*targetTotal);
        const Result<MonthCapacity> capacity = monthCapacity(inputs, month, share);
        if (!capacity)
            return capacity.error();
        plan.months.append(*capacity);
        if (capacity->repsShort > 0 && plan.firstShortMonth < 0)
            plan.firstShortMonth = month;
        plan.largestShortfall = std::max(plan.largestShortfall, capacity->repsShort);
    }
    return plan;
}

double stayingShare(double annualAttrition, int monthIndex)
{
    // Leavers spread evenly over the year, counted by the middle of the month.
    return 1.0 - annualAttrition * (monthIndex + 0.5) / 12.0;
}

double repProductivity(const RepOnTeam &rep, const Period &period, int monthIndex)
{
    if (!rep.startDate.isValid())
        return 1.0;
    const int startIndex =
        (rep.startDate.year() - period.year) * 12 + rep.startDate.month() - period.startMonth;
    const int monthsOnBoard = monthIndex - startIndex;
    if (monthsOnBoard < 0)
        return 0.0;
    const int ramp = std::max(0, rep.rampMonths);
    return std::min(1.0, (monthsOnBoard + 1.0) / (ramp + 1.0));
}

} // namespace salesplan
