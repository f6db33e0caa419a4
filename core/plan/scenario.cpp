#include "plan/scenario.h"

#include "plan/format.h"

#include <cmath>

namespace salesplan {

namespace {

// The translation context of the scenarios' messages.
struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

using K = FieldKind;
using D = ScenarioDriver;

Money planMoney(const Plan &plan, double minor)
{
    return Money{qint64(std::llround(minor)), plan.info.currency};
}

// Adds `count` reps as one planned hire from the plan year's first month, in the role and region
// of the first member; or, when `count` is negative, removes planned hires and then members,
// last first.
void changeHeadcount(Plan &plan, double value)
{
    int count = int(std::lround(value));
    if (count > 0) {
        Hire hire;
        hire.id = plan.ids.take();
        if (!plan.team.members.isEmpty()) {
            hire.role = plan.team.members.constFirst().role;
            hire.region = plan.team.members.constFirst().region;
        }
        hire.count = count;
        hire.startDate = plan.info.period.monthStart(0);
        plan.team.hiring.append(hire);
        return;
    }
    QList<Hire> &hiring = plan.team.hiring;
    while (count < 0 && !hiring.isEmpty()) {
        Hire &last = hiring.last();
        const int removed = std::min(last.count, -count);
        last.count -= removed;
        count += removed;
        if (last.count <= 0)
            hiring.removeLast();
    }
    QList<Member> &members = plan.team.members;
    const qsizetype removeMembers = std::min<qsizetype>(-count, members.size());
    members.remove(members.size() - removeMembers, removeMembers);
}

template <auto Member> double funnelValue(const Plan &plan)
{
    return plan.targets.funnel.*Member;
}

template <auto Member> void setFunnelValue(Plan &plan, double value)
{
    plan.targets.funnel.*Member = value;
}

QList<ScenarioDriverInfo> makeDrivers()
{
    using F = FunnelAssumptions;
    return {
        {D::AnnualTarget, u"annualTarget", u"annual_target_minor", K::Money,
         QT_TRANSLATE_NOOP("Field", "Annual target"),
         [](const Plan &plan) { return double(plan.targets.annualTarget.minor); },
         [](Plan &plan, double value) {
             plan.targets.annualTarget = planMoney(plan, value);
         }},
        {D::AverageDealSize, u"averageDealSize", u"average_deal_size_minor", K::Money,
         QT_TRANSLATE_NOOP("Field", "Average deal size"),
         [](const Plan &plan) { return double(plan.targets.funnel.averageDealSize.minor); },
         [](Plan &plan, double value) {
             plan.targets.funnel.averageDealSize = planMoney(plan, value);
         }},
        {D::LeadToQualified, u"leadToQualified", u"lead_to_qualified", K::Rate,
         QT_TRANSLATE_NOOP("Field", "Lead to qualified"), &funnelValue<&F::leadToQualified>,
         &setFunnelValue<&F::leadToQualified>},
        {D::QualifiedToProposal, u"qualifiedToProposal", u"qualified_to_proposal", K::Rate,
         QT_TRANSLATE_NOOP("Field", "Qualified to proposal"), &funnelValue<&F::qualifiedToProposal>,
         &setFunnelValue<&F::qualifiedToProposal>},
        {D::ProposalToWon, u"proposalToWon", u"proposal_to_won", K::Rate,
         QT_TRANSLATE_NOOP("Field", "Proposal to won"), &funnelValue<&F::proposalToWon>,
         &setFunnelValue<&F::proposalToWon>},
        {D::CallsPerRepDay, u"callsPerRepDay", u"calls_per_rep_day", K::Number,
         QT_TRANSLATE_NOOP("Field", "Calls a rep makes a day"), &funnelValue<&F::callsPerRepDay>,
         &setFunnelValue<&F::callsPerRepDay>},
        {D::DemosPerRepDay, u"demosPerRepDay", u"demos_per_rep_day", K::Number,
         QT_TRANSLATE_NOOP("Field", "Demos a rep gives a day"), &funnelValue<&F::demosPerRepDay>,
         &setFunnelValue<&F::demosPerRepDay>},
        {D::AnnualAttrition, u"annualAttrition", u"annual_attrition", K::Rate,
         QT_TRANSLATE_NOOP("Field", "Attrition a year"), &funnelValue<&F::annualAttrition>,
         &setFunnelValue<&F::annualAttrition>},
        {D::HeadcountChange, u"headcountChange", u"headcount_change", K::Count,
         QT_TRANSLATE_NOOP("Field", "Reps added or removed"), [](const Plan &) { return 0.0; },
         &changeHeadcount},
    };
}

Error refused(ScenarioDriver driver, const QString &reason)
{
    return Error{scenarioDriver(driver).labelText(), reason};
}

} // namespace

const QList<ScenarioDriverInfo> &scenarioDrivers()
{
    static const QList<ScenarioDriverInfo> drivers = makeDrivers();
    return drivers;
}

Status checkOverride(ScenarioDriver driver, double value)
{
    if (!std::isfinite(value))
        return refused(driver, ScenarioText::tr("is not a number"));
    if (scenarioDriver(driver).kind == K::Money && value != std::floor(value))
        return refused(driver, ScenarioText::tr("must be a whole amount of the currency's "
                                                "smallest unit"));
    switch (driver) {
    case D::AnnualTarget:
    case D::AverageDealSize:
    case D::CallsPerRepDay:
    case D::DemosPerRepDay:
        if (value <= 0.0)
            return refused(driver, ScenarioText::tr("must be more than zero"));
        break;
    case D::LeadToQualified:
    case D::QualifiedToProposal:
    case D::ProposalToWon:
        if (value <= 0.0 || value > 1.0)
            return refused(driver,
                           ScenarioText::tr("must be more than 0 % and at most 100 %, not %1")
                               .arg(formatPercent(value)));
        break;
    case D::AnnualAttrition:
        if (value < 0.0 || value >= 1.0)
            return refused(driver, ScenarioText::tr("must be at least 0 % and below 100 %, not %1")
                                       .arg(formatPercent(value)));
        break;
    case D::HeadcountChange:
        if (value != std::floor(value) || std::abs(value) > 100000.0)
            return refused(driver, ScenarioText::tr("must be a whole number of reps"));
        break;
    }
    return Success{};
}

Status checkScenario(const Scenario &scenario)
{
    for (const ScenarioDriverInfo &info : scenarioDrivers()) {
        if (const std::optional<double> value = scenario.value(info.driver)) {
            if (Status ok = checkOverride(info.driver, *value); !ok)
                return ok;
        }
    }
    if (scenario.seasonality == SeasonalityMode::Custom) {
        double total = 0.0;
        for (const double weight : scenario.customWeights) {
            if (!(weight >= 0.0) || !std::isfinite(weight))
                return Error{Field::tr("Seasonality"),
                             ScenarioText::tr("a month's weight must be zero or more")};
            total += weight;
        }
        if (total <= 0.0)
            return Error{Field::tr("Seasonality"),
                         ScenarioText::tr("at least one month needs a weight above zero")};
    }
    return Success{};
}

Scenario makeScenario(const QString &name, RowIdSource &ids)
{
    Scenario scenario;
    scenario.id = ids.take();
    scenario.name = name;
    return scenario;
}

const Scenario *findScenario(const Plan &plan, RowId id)
{
    for (const Scenario &scenario : plan.scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

Scenario *findScenario(Plan &plan, RowId id)
{
    // Non-const iteration: the list detaches from the plans it shares its rows with.
    for (Scenario &scenario : plan.scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace salesplan
