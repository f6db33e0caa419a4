#include "check/findings.h"

#include "calc/growth.h"
#include "check/initiativechecks.h"
#include "plan/fields.h"
#include "plan/format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace salesplan {

namespace {

// Usual limits the checks compare against.
constexpr double highestUsualGrowth = 1.00; // +100%
constexpr double lowestUsualGrowth = -0.50; // −50%
constexpr double lowestUsualStretch = 0.10;
constexpr double highestUsualStretch = 0.15;
constexpr int lowestRiskRating = 1;
constexpr int highestRiskRating = 5;

void add(QList<Finding> &findings, Severity severity, Section section, const QString &field,
         const QString &message)
{
    findings.append(Finding{severity, section, field, message});
}

// A conversion rate is a share of what enters a step: more than nothing, at most all of it.
bool isConversionRate(double rate)
{
    return rate > 0.0 && rate <= 1.0;
}

bool isRiskRating(int rating)
{
    return rating >= lowestRiskRating && rating <= highestRiskRating;
}

// --- 1. Mission & positioning (and the plan's name) ------------------------------------------

void checkPlanName(const Plan &plan, QList<Finding> &findings)
{
    if (!plan.info.name.trimmed().isEmpty())
        return;
    add(findings, Severity::Warning, Section::Mission, QStringLiteral("info.name"),
        QCoreApplication::translate(
            "Check", "The plan has no name; give it one so that it can be told from other plans."));
}

void checkMission(const Plan &plan, QList<Finding> &findings)
{
    if (!plan.mission.mission.trimmed().isEmpty())
        return;
    add(findings, Severity::Error, Section::Mission, QStringLiteral("mission.mission"),
        QCoreApplication::translate(
            "Check",
            "The mission is missing; say in a sentence what the team is there to achieve."));
}

// --- 2. Targets ------------------------------------------------------------------------------

void checkCurrency(const Plan &plan, QList<Finding> &findings)
{
    if (isCurrencyCode(plan.info.currency))
        return;
    add(findings, Severity::Error, Section::Targets, QStringLiteral("info.currency"),
        QCoreApplication::translate(
            "Check", "The currency \"%1\" is not a three-letter ISO 4217 code such as CNY or USD.")
            .arg(plan.info.currency));
}

// --- Amounts in another currency ---------------------------------------------------------------

// Each non-zero amount of `record` in a currency other than the plan's: SalesPlan does not convert
// currencies, so such an amount would be shown beside the plan's own and left out of its sums.
// `row` names the row the record is ("CRM"), empty for a section's own fields.
template <typename R>
void checkRecordCurrency(const R &record, const QString &currency, Section section,
                         const QString &keyPrefix, const QString &row, QList<Finding> &findings)
{
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        if (field.kind != FieldKind::Money)
            continue;
        const Money amount = field.get(record).template value<Money>();
        if (amount.isZero() || amount.currency == currency)
            continue;
        const QString what =
            row.isEmpty()
                ? field.labelText()
                : QCoreApplication::translate("Check", "%1 of \"%2\"").arg(field.labelText(), row);
        add(findings, Severity::Error, section, keyPrefix + field.key.toString(),
            QCoreApplication::translate("Check", "%1 is %2, but the plan is kept in %3. SalesPlan "
                                                 "does not convert between currencies; enter the "
                                                 "amount in %3.")
                .arg(what, formatMoney(amount), currency));
    }
}

QString historyRowName(const HistoryEntry &entry)
{
    const QString month = entry.month.toString(QStringLiteral("yyyy-MM"));
    return entry.region.isEmpty() ? month : month + QStringLiteral(", ") + entry.region;
}

void checkAmountCurrencies(const Plan &plan, QList<Finding> &findings)
{
    const QString &currency = plan.info.currency;
    if (!isCurrencyCode(currency))
        return; // checkCurrency() says so; every amount would differ from it
    checkRecordCurrency(plan.mission, currency, Section::Mission, QStringLiteral("mission."), {},
                        findings);
    checkRecordCurrency(plan.targets, currency, Section::Targets, QStringLiteral("targets."), {},
                        findings);
    checkRecordCurrency(plan.targets.funnel, currency, Section::Targets,
                        QStringLiteral("targets.funnel."), {}, findings);
    for (const Tool &tool : plan.tools)
        checkRecordCurrency(tool, currency, Section::Tools, QStringLiteral("tools."), tool.name,
                            findings);
    // A history of 60,000 rows is checked on every edit: its rows are named only when one is in
    // another currency.
    for (const HistoryEntry &entry : plan.history) {
        const Money &amount = entry.amount;
        if (!amount.isZero() && amount.currency != currency)
            checkRecordCurrency(entry, currency, Section::Targets, QStringLiteral("history."),
                                historyRowName(entry), findings);
    }
}

void checkAnnualTarget(const Plan &plan, QList<Finding> &findings)
{
    const Money &target = plan.targets.annualTarget;
    if (target.minor > 0)
        return;
    const QString message =
        target.isZero()
            ? QCoreApplication::translate(
                  "Check", "The annual revenue target is missing; enter what the team is to sell.")
            : QCoreApplication::translate("Check",
                                          "The annual revenue target is %1; it must be above zero.")
                  .arg(formatMoney(target));
    add(findings, Severity::Error, Section::Targets, QStringLiteral("targets.annualTarget"),
        message);
}

// Growth is derived from the target and last year's actual, so it has a key of its own.
void checkGrowth(const Plan &plan, QList<Finding> &findings)
{
    const TargetsSection &targets = plan.targets;
    if (targets.annualTarget.minor <= 0 || targets.lastYearActual.minor <= 0)
        return;
    const Result<double> growth = growthRate(targets.annualTarget, targets.lastYearActual);
    if (!growth)
        return;
    const QString field = QStringLiteral("targets.growth");
    if (*growth > highestUsualGrowth) {
        add(findings, Severity::Warning, Section::Targets, field,
            QCoreApplication::translate("Check",
                                        "The target is %1 above last year's actual; growth of "
                                        "more than 100% is rarely reached.")
                .arg(formatPercent(*growth)));
    } else if (*growth < lowestUsualGrowth) {
        add(findings, Severity::Warning, Section::Targets, field,
            QCoreApplication::translate("Check",
                                        "The target is %1 below last year's actual; check that a "
                                        "fall of more than 50% is intended.")
                .arg(formatPercent(-*growth)));
    }
}

void checkStretchReserve(const Plan &plan, QList<Finding> &findings)
{
    const double reserve = plan.targets.stretchReserve;
    if (reserve >= lowestUsualStretch && reserve <= highestUsualStretch)
        return;
    add(findings, Severity::Hint, Section::Targets, QStringLiteral("targets.stretchReserve"),
        QCoreApplication::translate(
            "Check", "The stretch reserve is %1; a reserve of 10–15% above the target is usual.")
            .arg(formatPercent(reserve)));
}

struct NamedRate
{
    const char *field;
    const char *name;
    double value;
};

void checkFunnelRates(const Plan &plan, QList<Finding> &findings)
{
    const FunnelAssumptions &funnel = plan.targets.funnel;
    const NamedRate rates[] = {
        {"targets.funnel.leadToQualified", QT_TRANSLATE_NOOP("Check", "lead to qualified lead"),
         funnel.leadToQualified},
        {"targets.funnel.qualifiedToProposal",
         QT_TRANSLATE_NOOP("Check", "qualified lead to proposal"), funnel.qualifiedToProposal},
        {"targets.funnel.proposalToWon", QT_TRANSLATE_NOOP("Check", "proposal to won deal"),
         funnel.proposalToWon},
    };
    for (const NamedRate &rate : rates) {
        if (isConversionRate(rate.value))
            continue;
        add(findings, Severity::Error, Section::Targets, QString::fromLatin1(rate.field),
            QCoreApplication::translate("Check", "The conversion rate from %1 is %2; it must be "
                                                 "above 0% and at most 100%.")
                .arg(QCoreApplication::translate("Check", rate.name), formatPercent(rate.value)));
    }
}

void checkAverageDealSize(const Plan &plan, QList<Finding> &findings)
{
    if (plan.targets.funnel.averageDealSize.minor > 0)
        return;
    add(findings, Severity::Warning, Section::Targets,
        QStringLiteral("targets.funnel.averageDealSize"),
        QCoreApplication::translate("Check", "The average deal size is missing; without it the "
                                             "deals, activity and reps the target needs cannot be "
                                             "worked out."));
}

// --- Weights ---------------------------------------------------------------------------------

// A list of relative weights: regions, product lines, custom months or members' quota shares.
struct WeightList
{
    Section section;
    QString field;
    QString description; // a plural noun phrase, e.g. "region weights"
    QStringList itemNames;
    QList<double> weights;
    // Whether uneven weights get a hint with the shares they give. Not for the members: the
    // Team table shows each member's share of the quotas, which regions, start dates and fixed
    // quotas make different from their share of the weights.
    bool explainShares = true;
};

bool isEvenSplit(const QList<double> &weights)
{
    return std::all_of(weights.begin(), weights.end(),
                       [&](double weight) { return weight == weights.first(); });
}

bool isNear(double value, double expected)
{
    return std::abs(value - expected) <= 1e-6 * expected;
}

// Weights are relative: each item gets its weight's share of their sum, so every set of weights
// is valid. A hint is worth showing only when the manager seems to have meant shares of the
// whole that do not add up: the weights differ (equal weights, such as the default of 1 each,
// are an even split) and their sum is neither 1 (fractions) nor 100 (percentages).
bool looksLikeUnbalancedShares(const QList<double> &weights, double sum)
{
    return !isEvenSplit(weights) && !isNear(sum, 1.0) && !isNear(sum, 100.0);
}

// Reports each negative (or not-a-number) weight; true when there was none.
bool checkWeightsNotNegative(const WeightList &list, QList<Finding> &findings)
{
    bool allValid = true;
    for (qsizetype i = 0; i < list.weights.size(); ++i) {
        const double weight = list.weights.at(i);
        if (weight >= 0.0 && std::isfinite(weight))
            continue;
        allValid = false;
        add(findings, Severity::Error, list.section, list.field,
            QCoreApplication::translate(
                "Check", "The weight of \"%1\" is %2; a weight must be zero or more.")
                .arg(list.itemNames.value(i), QLocale().toString(weight)));
    }
    return allValid;
}

// The items of a weight list that share one weight, the largest weight first.
struct WeightGroup
{
    double weight = 0.0;
    QStringList names;
};

QList<WeightGroup> groupsByWeight(const WeightList &list)
{
    QList<WeightGroup> groups;
    for (qsizetype i = 0; i < list.weights.size(); ++i) {
        const double weight = list.weights.at(i);
        auto same = std::find_if(groups.begin(), groups.end(), [weight](const WeightGroup &group) {
            return group.weight == weight;
        });
        if (same == groups.end())
            groups.append({weight, {list.itemNames.value(i)}});
        else
            same->names.append(list.itemNames.value(i));
    }
    std::stable_sort(groups.begin(), groups.end(), [](const WeightGroup &a, const WeightGroup &b) {
        return a.weight > b.weight;
    });
    return groups;
}

// "March and December get 16% each; the others get 6.8% each": what each item's weight comes to
// as a share of the total. The largest group of three or more equal weights is "the others";
// at most four other groups are named, the largest first, with at most three names each.
QString sharesText(const WeightList &list, double sum)
{
    const QLocale locale;
    const auto percent = [&](double weight) {
        return formatNumber(weight / sum * 100.0, 1, locale) + locale.percent();
    };
    QList<WeightGroup> groups = groupsByWeight(list);
    qsizetype rest = -1;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (groups.at(g).names.size() >= 3 &&
            (rest < 0 || groups.at(g).names.size() > groups.at(rest).names.size()))
            rest = g;
    }
    constexpr qsizetype namedGroups = 4;
    constexpr qsizetype namesPerGroup = 3;
    QStringList parts;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (g == rest)
            continue;
        if (parts.size() == namedGroups) {
            parts.append(QStringLiteral("…"));
            break;
        }
        QStringList names = groups.at(g).names;
        const qsizetype more = names.size() - namesPerGroup;
        if (more > 0) {
            names = names.mid(0, namesPerGroup);
            names.append(QCoreApplication::translate("Check", "%n more", nullptr, int(more)));
        }
        const QString share = percent(groups.at(g).weight);
        parts.append(
            names.size() == 1
                ? QCoreApplication::translate("Check", "%1 gets %2").arg(names.first(), share)
                : QCoreApplication::translate("Check", "%1 get %2 each")
                      .arg(locale.createSeparatedList(names), share));
    }
    if (rest >= 0) {
        parts.append(QCoreApplication::translate("Check", "the others get %1 each")
                         .arg(percent(groups.at(rest).weight)));
    }
    return parts.join(QCoreApplication::translate("Check", "; "));
}

void checkWeights(const WeightList &list, QList<Finding> &findings)
{
    if (list.weights.isEmpty() || !checkWeightsNotNegative(list, findings))
        return;
    double sum = 0.0;
    for (double weight : list.weights)
        sum += weight;
    if (sum <= 0.0) {
        add(findings, Severity::Error, list.section, list.field,
            QCoreApplication::translate(
                "Check", "The %1 are all zero; give at least one a weight above zero.")
                .arg(list.description));
    } else if (list.explainShares && looksLikeUnbalancedShares(list.weights, sum)) {
        add(findings, Severity::Hint, list.section, list.field,
            QCoreApplication::translate("Check", "The %1 are relative, so the shares are: %2.")
                .arg(list.description, sharesText(list, sum)));
    }
}

WeightList weightListOf(const QString &field, const QString &description,
                        const QList<WeightedItem> &items)
{
    WeightList list{Section::Targets, field, description, {}, {}};
    for (const WeightedItem &item : items) {
        if (item.quotaAmount.minor > 0)
            continue; // a fixed amount: its weight is not used
        list.itemNames.append(item.name);
        list.weights.append(item.weight);
    }
    return list;
}

WeightList customMonthWeights(const Plan &plan)
{
    WeightList list{Section::Targets,
                    QStringLiteral("targets.customWeights"),
                    QCoreApplication::translate("Check", "month weights"),
                    {},
                    {}};
    for (int month = 0; month < Period::monthCount; ++month) {
        const QDate start = plan.info.period.monthStart(month);
        list.itemNames.append(formatMonthName(start.isValid() ? start.month() : 1));
        list.weights.append(plan.targets.customWeights.at(month));
    }
    return list;
}

WeightList quotaShares(const Plan &plan)
{
    WeightList list{Section::Team,
                    QStringLiteral("team.members.quotaShare"),
                    QCoreApplication::translate("Check", "members' quota shares"),
                    {},
                    {},
                    false};
    for (const Member &member : plan.team.members) {
        if (member.quotaAmount.minor > 0)
            continue; // a fixed quota: the weight is not used
        list.itemNames.append(member.name);
        list.weights.append(member.quotaShare);
    }
    return list;
}

void checkTargetWeights(const Plan &plan, QList<Finding> &findings)
{
    if (plan.targets.seasonality == SeasonalityMode::Custom)
        checkWeights(customMonthWeights(plan), findings);
    checkWeights(weightListOf(QStringLiteral("targets.regions"),
                              QCoreApplication::translate("Check", "region weights"),
                              plan.targets.regions),
                 findings);
    checkWeights(weightListOf(QStringLiteral("targets.products"),
                              QCoreApplication::translate("Check", "product line weights"),
                              plan.targets.products),
                 findings);
}

// --- 3. Team ---------------------------------------------------------------------------------

void checkTeamNotEmpty(const Plan &plan, QList<Finding> &findings)
{
    if (!plan.team.members.isEmpty())
        return;
    add(findings, Severity::Warning, Section::Team, QStringLiteral("team.members"),
        QCoreApplication::translate("Check",
                                    "The team has no members; add the reps who will carry the "
                                    "target."));
}

// --- 5. Stages & methods ---------------------------------------------------------------------

void checkStages(const Plan &plan, QList<Finding> &findings)
{
    if (plan.stages.isEmpty()) {
        add(findings, Severity::Warning, Section::Stages, QStringLiteral("stages"),
            QCoreApplication::translate("Check",
                                        "The plan has no sales stages; add the steps from the "
                                        "first lead to the signed contract."));
    }
    for (const Stage &stage : plan.stages) {
        if (isConversionRate(stage.conversionRate))
            continue;
        add(findings, Severity::Error, Section::Stages, QStringLiteral("stages.conversionRate"),
            QCoreApplication::translate("Check",
                                        "The conversion rate of the stage \"%1\" is %2; it must "
                                        "be above 0% and at most 100%.")
                .arg(stage.name, formatPercent(stage.conversionRate)));
    }
}

// --- 7. Metrics & review ---------------------------------------------------------------------

void checkKpiThresholds(const Plan &plan, QList<Finding> &findings)
{
    for (const Kpi &kpi : plan.metrics.kpis) {
        if (kpi.yellowAt <= kpi.greenAt)
            continue;
        add(findings, Severity::Warning, Section::Metrics, QStringLiteral("metrics.kpis.yellowAt"),
            QCoreApplication::translate("Check",
                                        "The KPI \"%1\" turns yellow at %2 of its target but "
                                        "green already at %3; the yellow threshold belongs below "
                                        "the green one.")
                .arg(kpi.name, formatPercent(kpi.yellowAt), formatPercent(kpi.greenAt)));
    }
}

// A KPI that follows the plan takes its target from it; any other needs one above zero, or it is
// green from the first day.
void checkKpiTargets(const Plan &plan, QList<Finding> &findings)
{
    for (const Kpi &kpi : plan.metrics.kpis) {
        const bool follows =
            kpi.targetFrom == KpiTargetFrom::Plan && kpi.measures != KpiMeasure::Custom;
        if (follows || kpi.target > 0)
            continue;
        add(findings, Severity::Warning, Section::Metrics, QStringLiteral("metrics.kpis.target"),
            QCoreApplication::translate("Check",
                                        "The KPI \"%1\" has no target: with 0 to reach it is met "
                                        "from the first day. Type a target.")
                .arg(kpi.name));
    }
}

void checkRiskRatings(const Plan &plan, QList<Finding> &findings)
{
    for (const Risk &risk : plan.metrics.risks) {
        if (!isRiskRating(risk.likelihood)) {
            add(findings, Severity::Error, Section::Metrics,
                QStringLiteral("metrics.risks.likelihood"),
                QCoreApplication::translate("Check", "The likelihood of the risk \"%1\" is %2; "
                                                     "rate it from 1 (rare) to 5 (almost certain).")
                    .arg(risk.description)
                    .arg(risk.likelihood));
        }
        if (!isRiskRating(risk.impact)) {
            add(findings, Severity::Error, Section::Metrics, QStringLiteral("metrics.risks.impact"),
                QCoreApplication::translate("Check", "The impact of the risk \"%1\" is %2; rate "
                                                     "it from 1 (minor) to 5 (severe).")
                    .arg(risk.description)
                    .arg(risk.impact));
        }
    }
}

} // namespace

// Errors first, then warnings, then hints; within a severity in the order of the sections, and
// within a section in the order the checks ran.
void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return static_cast<int>(a.severity) < static_cast<int>(b.severity);
        return static_cast<int>(a.section) < static_cast<int>(b.section);
    });
}

QList<Finding> checkPlan(const Plan &plan)
{
    QList<Finding> findings;
    checkPlanName(plan, findings);
    checkMission(plan, findings);
    checkCurrency(plan, findings);
    checkAmountCurrencies(plan, findings);
    checkAnnualTarget(plan, findings);
    checkGrowth(plan, findings);
    checkStretchReserve(plan, findings);
    checkFunnelRates(plan, findings);
    checkAverageDealSize(plan, findings);
    checkTargetWeights(plan, findings);
    checkTeamNotEmpty(plan, findings);
    checkWeights(quotaShares(plan), findings);
    checkStages(plan, findings);
    checkKpiThresholds(plan, findings);
    checkKpiTargets(plan, findings);
    checkRiskRatings(plan, findings);
    checkInitiatives(plan, findings);
    sortFindings(findings);
    return findings;
}

int countFindings(const QList<Finding> &findings, Severity severity)
{
    return static_cast<int>(
        std::count_if(findings.begin(), findings.end(),
                      [severity](const Finding &finding) { return finding.severity == severity; }));
}

bool hasErrors(const QList<Finding> &findings)
{
    return countFindings(findings, Severity::Error) > 0;
}

QString severityKey(Severity severity)
{
    return choiceKey(severity);
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Mission:
        return QStringLiteral("mission");
    case Section::Targets:
        return QStringLiteral("targets");
    case Section::Team:
        return QStringLiteral("team");
    case Section::Segments:
        return QStringLiteral("segments");
    case Section::Stages:
        return QStringLiteral("stages");
    case Section::Tools:
        return QStringLiteral("tools");
    case Section::Metrics:
        return QStringLiteral("metrics");
    }
    return {};
}

} // namespace salesplan
