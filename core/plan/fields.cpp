#include "plan/fields.h"

// The field lists. Keys and columns are part of the JSON format and the .salesplan file: never
// rename one (tests/core/test_fields.cpp freezes them). Labels and hints are translated in the
// context "Field".
namespace salesplan {

namespace {

constexpr double anyAmount = -noLimit;
// A KPI's thresholds are shares of its target, from 0 to 1000 %.
constexpr double largestThreshold = 10.0;

using K = FieldKind;

} // namespace

template <> const RecordFields<PlanInfo> &fieldsOf<PlanInfo>()
{
    static const RecordFields<PlanInfo> list{{
        field<&PlanInfo::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Plan name"),
                               QT_TRANSLATE_NOOP("Field", "e.g. Sales plan 2027")),
        field<&PlanInfo::company>(u"company", u"company", K::Text,
                                  QT_TRANSLATE_NOOP("Field", "Company"),
                                  QT_TRANSLATE_NOOP("Field", "The company or business unit the "
                                                             "plan is for")),
        field<&PlanInfo::author>(u"author", u"author", K::Text,
                                 QT_TRANSLATE_NOOP("Field", "Author"),
                                 QT_TRANSLATE_NOOP("Field", "Who wrote the plan")),
        field<&PlanInfo::language>(u"language", u"language", K::Text,
                                   QT_TRANSLATE_NOOP("Field", "Plan language"),
                                   QT_TRANSLATE_NOOP("Field", "The language of the plan's own "
                                                              "texts: en, zh_CN or zh_TW")),
        field<&PlanInfo::currency>(u"currency", u"currency", K::Currency,
                                   QT_TRANSLATE_NOOP("Field", "Currency"),
                                   QT_TRANSLATE_NOOP("Field", "The currency of every amount in "
                                                              "the plan, such as CNY or USD")),
        {u"period.year", u"period_year", K::Count, QT_TRANSLATE_NOOP("Field", "Plan year"),
         QT_TRANSLATE_NOOP("Field", "The year the plan is for"),
         [](const PlanInfo &info) { return QVariant(info.period.year); },
         [](PlanInfo &info, const QVariant &value) { info.period.year = value.toInt(); }, 2000,
         2100},
        {u"period.startMonth", u"period_start_month", K::Count,
         QT_TRANSLATE_NOOP("Field", "First month"),
         QT_TRANSLATE_NOOP("Field", "The month the plan year starts in, 1 to 12"),
         [](const PlanInfo &info) { return QVariant(info.period.startMonth); },
         [](PlanInfo &info, const QVariant &value) { info.period.startMonth = value.toInt(); }, 1,
         12},
        field<&PlanInfo::status>(u"status", u"status", K::Choice,
                                 QT_TRANSLATE_NOOP("Field", "Status"),
                                 QT_TRANSLATE_NOOP("Field", "Draft, in review or approved")),
    }};
    return list;
}

template <> const RecordFields<StatusChange> &fieldsOf<StatusChange>()
{
    static const RecordFields<StatusChange> list{{
        field<&StatusChange::status>(u"status", u"status", K::Choice,
                                     QT_TRANSLATE_NOOP("Field", "Status"),
                                     QT_TRANSLATE_NOOP("Field", "The status the plan changed to")),
        field<&StatusChange::by>(u"by", u"changed_by", K::Text, QT_TRANSLATE_NOOP("Field", "By"),
                                 QT_TRANSLATE_NOOP("Field", "Who changed it: the approver of an "
                                                            "approval")),
        field<&StatusChange::date>(u"date", u"date", K::Date, QT_TRANSLATE_NOOP("Field", "Date"),
                                   QT_TRANSLATE_NOOP("Field", "When the status changed")),
        field<&StatusChange::comment>(u"comment", u"comment", K::Note,
                                      QT_TRANSLATE_NOOP("Field", "Comment"),
                                      QT_TRANSLATE_NOOP("Field", "The approval's comment, or "
                                                                 "why the plan was reopened")),
        field<&StatusChange::narrativeEditable>(
            u"narrativeEditable", u"narrative_editable", K::Flag,
            QT_TRANSLATE_NOOP("Field", "Narrative editable"),
            QT_TRANSLATE_NOOP("Field", "Whether the narrative texts may still be edited while "
                                       "the plan is approved")),
    }};
    return list;
}

template <> const RecordFields<MissionSection> &fieldsOf<MissionSection>()
{
    static const RecordFields<MissionSection> list{{
        field<&MissionSection::mission>(
            u"mission", u"mission", K::Note, QT_TRANSLATE_NOOP("Field", "Mission"),
            QT_TRANSLATE_NOOP("Field", "Why the company exists and what it brings to customers")),
        field<&MissionSection::marketPosition>(
            u"marketPosition", u"market_position", K::Note,
            QT_TRANSLATE_NOOP("Field", "Market position"),
            QT_TRANSLATE_NOOP(
                "Field", "Where you stand: market tier, share, region, what you are known for")),
        field<&MissionSection::valueProposition>(
            u"valueProposition", u"value_proposition", K::Note,
            QT_TRANSLATE_NOOP("Field", "Value proposition"),
            QT_TRANSLATE_NOOP("Field",
                              "The features, benefits and solutions a customer pays you for")),
        field<&MissionSection::marketSize>(
            u"marketSize", u"market_size", K::Money, QT_TRANSLATE_NOOP("Field", "Market size"),
            QT_TRANSLATE_NOOP("Field", "What all customers in your market spent last year, e.g. "
                                       "50亿; the plan year's market is this × (1 + growth)")),
        // A market can shrink by all of itself at most; growth beyond 1000 % is a typo.
        field<&MissionSection::marketGrowth>(
            u"marketGrowth", u"market_growth", K::Rate, QT_TRANSLATE_NOOP("Field", "Market growth"),
            QT_TRANSLATE_NOOP("Field", "Yearly growth of the market; negative when it shrinks"),
            -1.0, 10.0),
        field<&MissionSection::marketTrends>(
            u"marketTrends", u"market_trends", K::Note, QT_TRANSLATE_NOOP("Field", "Market trends"),
            QT_TRANSLATE_NOOP(
                "Field", "What is changing: budgets, technology, regulation, how customers buy")),
    }};
    return list;
}

template <> const RecordFields<Competitor> &fieldsOf<Competitor>()
{
    static const RecordFields<Competitor> list{{
        field<&Competitor::name>(u"name", u"name", K::Text,
                                 QT_TRANSLATE_NOOP("Field", "Competitor"),
                                 QT_TRANSLATE_NOOP("Field", "The competitor's name")),
        field<&Competitor::kind>(u"kind", u"kind", K::Choice, QT_TRANSLATE_NOOP("Field", "Kind"),
                                 QT_TRANSLATE_NOOP("Field", "Direct: offers a similar product. "
                                                            "Indirect: solves the same problem "
                                                            "another way.")),
        field<&Competitor::strengths>(u"strengths", u"strengths", K::Text,
                                      QT_TRANSLATE_NOOP("Field", "Strengths"),
                                      QT_TRANSLATE_NOOP("Field", "Where they beat you")),
        field<&Competitor::weaknesses>(u"weaknesses", u"weaknesses", K::Text,
                                       QT_TRANSLATE_NOOP("Field", "Weaknesses"),
                                       QT_TRANSLATE_NOOP("Field", "Where you beat them")),
    }};
    return list;
}

template <> const RecordFields<TargetsSection> &fieldsOf<TargetsSection>()
{
    static const RecordFields<TargetsSection> list{{
        field<&TargetsSection::annualTarget>(
            u"annualTarget", u"annual_target", K::Money,
            QT_TRANSLATE_NOOP("Field", "Annual target"),
            QT_TRANSLATE_NOOP("Field", "The revenue the team commits to for the plan year")),
        field<&TargetsSection::lastYearActual>(
            u"lastYearActual", u"last_year_actual", K::Money,
            QT_TRANSLATE_NOOP("Field", "Last year's actual"),
            QT_TRANSLATE_NOOP("Field", "The revenue booked in the year before the plan year")),
        field<&TargetsSection::stretchReserve>(
            u"stretchReserve", u"stretch_reserve", K::Rate,
            QT_TRANSLATE_NOOP("Field", "Stretch reserve"),
            QT_TRANSLATE_NOOP("Field", "The stretch tier above the target; 10–15 % is usual")),
        field<&TargetsSection::challengeReserve>(
            u"challengeReserve", u"challenge_reserve", K::Rate,
            QT_TRANSLATE_NOOP("Field", "Challenge reserve"),
            QT_TRANSLATE_NOOP("Field", "The challenge tier above the target")),
        field<&TargetsSection::seasonality>(
            u"seasonality", u"seasonality", K::Choice, QT_TRANSLATE_NOOP("Field", "Seasonality"),
            QT_TRANSLATE_NOOP("Field", "How the year's target spreads over the months")),
        field<&TargetsSection::historyYears>(
            u"historyYears", u"history_years", K::Count,
            QT_TRANSLATE_NOOP("Field", "Years of history"),
            QT_TRANSLATE_NOOP("Field", "How many past years the average seasonality takes, 1 to 3"),
            1, 3),
        field<&TargetsSection::quotasFollowStart>(
            u"quotasFollowStart", u"quotas_follow_start", K::Flag,
            QT_TRANSLATE_NOOP("Field", "Quotas follow start dates and ramp"),
            QT_TRANSLATE_NOOP("Field", "A member or hire has no quota before their start month "
                                       "and a reduced one while ramping up; the month's target "
                                       "goes to those active in it")),
        field<&TargetsSection::overAssignment>(
            u"overAssignment", u"over_assignment", K::Rate,
            QT_TRANSLATE_NOOP("Field", "Over-assignment"),
            QT_TRANSLATE_NOOP("Field", "Reps' quotas add up to the target plus this much, so the "
                                       "target is met even when some miss; 10 % is common"),
            0.0, 1.0),
        field<&TargetsSection::marketShare>(
            u"marketShare", u"market_share", K::Rate, QT_TRANSLATE_NOOP("Field", "Market share"),
            QT_TRANSLATE_NOOP("Field", "The share of the plan year's market the plan assumes; "
                                       "empty = last year's share (last year's actual ÷ the "
                                       "market size)")),
        field<&TargetsSection::marketingBudget>(
            u"marketingBudget", u"marketing_budget", K::Money,
            QT_TRANSLATE_NOOP("Field", "Marketing budget available"),
            QT_TRANSLATE_NOOP("Field", "What marketing may spend on leads in the plan year; "
                                       "empty = no resources ceiling")),
        // Renewals and repeat orders may bring more than last year's actual, not three times it.
        field<&TargetsSection::existingCustomerShare>(
            u"existingCustomerShare", u"existing_customer_share", K::Rate,
            QT_TRANSLATE_NOOP("Field", "Revenue from existing customers"),
            QT_TRANSLATE_NOOP("Field", "The share of last year's actual that existing customers "
                                       "bring again (renewals, repeat orders)"),
            0.0, 2.0),
        field<&TargetsSection::unitAllocation>(
            u"unitAllocation", u"unit_allocation", K::Choice,
            QT_TRANSLATE_NOOP("Field", "Allocate to units by"),
            QT_TRANSLATE_NOOP("Field", "A team plan gives each unit a fixed amount of the target, "
                                       "or a share of it by weight")),
        field<&TargetsSection::unitGapThreshold>(
            u"unitGapThreshold", u"unit_gap_threshold", K::Rate,
            QT_TRANSLATE_NOOP("Field", "Gap threshold"),
            QT_TRANSLATE_NOOP("Field", "A unit whose own target differs from its allocation by "
                                       "more than this share of the allocation is a finding; "
                                       "5 % is usual")),
    }};
    return list;
}

template <> const RecordFields<PlanUnit> &fieldsOf<PlanUnit>()
{
    static const RecordFields<PlanUnit> list{{
        field<&PlanUnit::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Unit"),
                               QT_TRANSLATE_NOOP("Field", "The region or business line, e.g. "
                                                          "East China")),
        field<&PlanUnit::path>(u"path", u"path", K::Text, QT_TRANSLATE_NOOP("Field", "Plan file"),
                               QT_TRANSLATE_NOOP("Field", "The unit's plan file, beside the team "
                                                          "plan or in a folder under it")),
        field<&PlanUnit::allocation>(u"allocation", u"allocation", K::Money,
                                     QT_TRANSLATE_NOOP("Field", "Allocation"),
                                     QT_TRANSLATE_NOOP("Field", "The unit's part of the team's "
                                                                "annual target")),
        field<&PlanUnit::weight>(u"weight", u"weight", K::Number,
                                 QT_TRANSLATE_NOOP("Field", "Weight"),
                                 QT_TRANSLATE_NOOP("Field", "The unit's share of the target "
                                                            "among the units, when allocating "
                                                            "by weights")),
    }};
    return list;
}

template <> const RecordFields<TeamServerBasis> &fieldsOf<TeamServerBasis>()
{
    static const RecordFields<TeamServerBasis> list{{
        field<&TeamServerBasis::server>(u"server", u"team_server", K::Text,
                                        QT_TRANSLATE_NOOP("Field", "Team server"),
                                        QT_TRANSLATE_NOOP("Field", "The team server the plan was "
                                                                   "fetched from or published to")),
        field<&TeamServerBasis::unit>(u"unit", u"team_server_unit", K::Text,
                                      QT_TRANSLATE_NOOP("Field", "Unit"),
                                      QT_TRANSLATE_NOOP("Field", "The unit whose plan this is on "
                                                                 "the team server")),
        field<&TeamServerBasis::allocationVersion>(
            u"allocationVersion", u"team_server_allocation_version", K::Count,
            QT_TRANSLATE_NOOP("Field", "Allocation version"),
            QT_TRANSLATE_NOOP("Field", "The director's allocation the plan is based on; 0 for "
                                       "none"),
            0, std::numeric_limits<int>::max()),
        field<&TeamServerBasis::unitVersion>(
            u"unitVersion", u"team_server_unit_version", K::Count,
            QT_TRANSLATE_NOOP("Field", "Unit version"),
            QT_TRANSLATE_NOOP("Field", "The unit's published version the plan is based on; 0 for "
                                       "none"),
            0, std::numeric_limits<int>::max()),
        field<&TeamServerBasis::allocatedTarget>(
            u"allocatedTarget", u"team_server_allocated_target", K::Money,
            QT_TRANSLATE_NOOP("Field", "Allocated target"),
            QT_TRANSLATE_NOOP("Field", "The unit's part of the allocation when it was fetched")),
    }};
    return list;
}

template <> const RecordFields<Uplift> &fieldsOf<Uplift>()
{
    static const RecordFields<Uplift> list{{
        field<&Uplift::reason>(u"reason", u"reason", K::Text, QT_TRANSLATE_NOOP("Field", "Reason"),
                               QT_TRANSLATE_NOOP("Field", "Why the reps will sell more: training, "
                                                          "a new tool, a better territory")),
        field<&Uplift::uplift>(u"uplift", u"uplift", K::Rate, QT_TRANSLATE_NOOP("Field", "Uplift"),
                               QT_TRANSLATE_NOOP("Field", "How much more revenue a rep-month "
                                                          "brings, e.g. 20 %"),
                               0.0, 5.0),
        field<&Uplift::appliesTo>(u"appliesTo", u"applies_to", K::Choice,
                                  QT_TRANSLATE_NOOP("Field", "Applies to"),
                                  QT_TRANSLATE_NOOP("Field", "All reps, or the planned hires "
                                                             "only")),
    }};
    return list;
}

template <> const RecordFields<WeightedItem> &fieldsOf<WeightedItem>()
{
    static const RecordFields<WeightedItem> list{{
        field<&WeightedItem::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Name"),
                                   nullptr),
        field<&WeightedItem::weight>(u"weight", u"weight", K::Number,
                                     QT_TRANSLATE_NOOP("Field", "Weight"),
                                     QT_TRANSLATE_NOOP("Field", "Relative weight: 2 gets twice the "
                                                                "target of 1. Percentages that add "
                                                                "up to 100 work too.")),
        field<&WeightedItem::quotaAmount>(
            u"quotaAmount", u"quota_amount", K::Money, QT_TRANSLATE_NOOP("Field", "Fixed amount"),
            QT_TRANSLATE_NOOP("Field", "A fixed annual amount, taken before the weights share "
                                       "out the rest; empty = by weight")),
    }};
    return list;
}

template <> const RecordFields<FunnelAssumptions> &fieldsOf<FunnelAssumptions>()
{
    using F = FunnelAssumptions;
    static const RecordFields<F> list{{
        field<&F::averageDealSize>(u"averageDealSize", u"average_deal_size", K::Money,
                                   QT_TRANSLATE_NOOP("Field", "Average deal size"),
                                   QT_TRANSLATE_NOOP("Field", "What one won deal brings on "
                                                              "average")),
        field<&F::leadToQualified>(u"leadToQualified", u"lead_to_qualified", K::Rate,
                                   QT_TRANSLATE_NOOP("Field", "Lead to qualified"),
                                   QT_TRANSLATE_NOOP("Field", "The share of leads that qualify")),
        field<&F::qualifiedToProposal>(u"qualifiedToProposal", u"qualified_to_proposal", K::Rate,
                                       QT_TRANSLATE_NOOP("Field", "Qualified to proposal"),
                                       QT_TRANSLATE_NOOP("Field", "The share of qualified leads "
                                                                  "that get a demo or proposal")),
        field<&F::proposalToWon>(u"proposalToWon", u"proposal_to_won", K::Rate,
                                 QT_TRANSLATE_NOOP("Field", "Proposal to won"),
                                 QT_TRANSLATE_NOOP("Field", "The share of proposals that are won")),
        field<&F::callsPerLead>(u"callsPerLead", u"calls_per_lead", K::Number,
                                QT_TRANSLATE_NOOP("Field", "Calls per lead"),
                                QT_TRANSLATE_NOOP("Field", "How many calls make one lead")),
        field<&F::callsPerRepDay>(u"callsPerRepDay", u"calls_per_rep_day", K::Number,
                                  QT_TRANSLATE_NOOP("Field", "Calls a rep makes a day"),
                                  QT_TRANSLATE_NOOP("Field", "How many calls one rep makes on a "
                                                             "working day")),
        field<&F::demosPerRepDay>(u"demosPerRepDay", u"demos_per_rep_day", K::Number,
                                  QT_TRANSLATE_NOOP("Field", "Demos a rep gives a day"),
                                  QT_TRANSLATE_NOOP("Field", "How many demos or proposals one rep "
                                                             "gives on a working day")),
        field<&F::annualAttrition>(u"annualAttrition", u"annual_attrition", K::Rate,
                                   QT_TRANSLATE_NOOP("Field", "Attrition a year"),
                                   QT_TRANSLATE_NOOP("Field", "The share of reps expected to leave "
                                                              "during the year")),
        field<&F::newHireRampMonths>(u"newHireRampMonths", u"new_hire_ramp_months", K::Count,
                                     QT_TRANSLATE_NOOP("Field", "New hires' ramp (months)"),
                                     QT_TRANSLATE_NOOP("Field", "Months a new hire takes to reach "
                                                                "full speed, 0 to 24"),
                                     0, 24),
        field<&F::costPerLead>(u"costPerLead", u"cost_per_lead", K::Money,
                               QT_TRANSLATE_NOOP("Field", "Cost per lead"),
                               QT_TRANSLATE_NOOP("Field", "What marketing spends to buy one lead")),
        field<&F::calendar>(u"calendar", u"calendar", K::Choice,
                            QT_TRANSLATE_NOOP("Field", "Public holidays"),
                            QT_TRANSLATE_NOOP("Field", "Whose public holidays and make-up working "
                                                       "days the working days follow")),
    }};
    return list;
}

template <> const RecordFields<CollectionTerms> &fieldsOf<CollectionTerms>()
{
    using C = CollectionTerms;
    static const RecordFields<C> list{{
        field<&C::sameMonth>(u"sameMonth", u"same_month", K::Rate,
                             QT_TRANSLATE_NOOP("Field", "Same month"),
                             QT_TRANSLATE_NOOP("Field", "Share of a month's bookings collected in "
                                                        "that month")),
        field<&C::after1Month>(u"after1Month", u"after_1_month", K::Rate,
                               QT_TRANSLATE_NOOP("Field", "1 month later"),
                               QT_TRANSLATE_NOOP("Field", "Share collected the month after")),
        field<&C::after2Months>(u"after2Months", u"after_2_months", K::Rate,
                                QT_TRANSLATE_NOOP("Field", "2 months later"), nullptr),
        field<&C::after3Months>(u"after3Months", u"after_3_months", K::Rate,
                                QT_TRANSLATE_NOOP("Field", "3 months later"), nullptr),
        field<&C::after4Months>(u"after4Months", u"after_4_months", K::Rate,
                                QT_TRANSLATE_NOOP("Field", "4 months later"), nullptr),
        field<&C::after5Months>(u"after5Months", u"after_5_months", K::Rate,
                                QT_TRANSLATE_NOOP("Field", "5 months later"), nullptr),
        field<&C::after6Months>(u"after6Months", u"after_6_months", K::Rate,
                                QT_TRANSLATE_NOOP("Field", "6 months later"), nullptr),
        field<&C::openingReceivable>(
            u"openingReceivable", u"opening_receivable", K::Money,
            QT_TRANSLATE_NOOP("Field", "Opening receivable"),
            QT_TRANSLATE_NOOP("Field", "Last year's bookings still to be collected when the plan "
                                       "year starts; used when there is no monthly history")),
    }};
    return list;
}

template <> const RecordFields<TeamSection> &fieldsOf<TeamSection>()
{
    static const RecordFields<TeamSection> list{{
        field<&TeamSection::trainingPlan>(u"trainingPlan", u"training_plan", K::Note,
                                          QT_TRANSLATE_NOOP("Field", "Training plan"),
                                          QT_TRANSLATE_NOOP("Field", "How new and current reps "
                                                                     "learn the product and the "
                                                                     "method")),
        field<&TeamSection::commissionRate>(u"commissionRate", u"commission_rate", K::Rate,
                                            QT_TRANSLATE_NOOP("Field", "Commission"),
                                            QT_TRANSLATE_NOOP("Field", "The commission on revenue "
                                                                       "up to quota")),
        field<&TeamSection::acceleratorRate>(u"acceleratorRate", u"accelerator_rate", K::Rate,
                                             QT_TRANSLATE_NOOP("Field", "Accelerator"),
                                             QT_TRANSLATE_NOOP("Field", "The commission on revenue "
                                                                        "above 100 % of quota")),
        field<&TeamSection::incentiveNotes>(u"incentiveNotes", u"incentive_notes", K::Note,
                                            QT_TRANSLATE_NOOP("Field", "Incentive notes"),
                                            QT_TRANSLATE_NOOP("Field", "Bonuses, contests and "
                                                                       "anything else that "
                                                                       "rewards results")),
        field<&TeamSection::budgetLimit>(
            u"budgetLimit", u"budget_limit", K::Money, QT_TRANSLATE_NOOP("Field", "Budget limit"),
            QT_TRANSLATE_NOOP("Field", "What the sales budget may spend in the plan year; empty "
                                       "= no limit")),
    }};
    return list;
}

template <> const RecordFields<BudgetLine> &fieldsOf<BudgetLine>()
{
    static const RecordFields<BudgetLine> list{
        {
            field<&BudgetLine::category>(u"category", u"category", K::Choice,
                                         QT_TRANSLATE_NOOP("Field", "Category"),
                                         QT_TRANSLATE_NOOP("Field", "Events, travel, marketing "
                                                                    "campaigns or other")),
            field<&BudgetLine::name>(u"name", u"name", K::Text,
                                     QT_TRANSLATE_NOOP("Field", "Budget line"),
                                     QT_TRANSLATE_NOOP("Field", "What the money is for, e.g. "
                                                                "the spring trade show")),
            field<&BudgetLine::monthlyAmount>(u"monthlyAmount", u"monthly_amount", K::Money,
                                              QT_TRANSLATE_NOOP("Field", "A month"),
                                              QT_TRANSLATE_NOOP("Field", "What it costs in each "
                                                                         "month it runs")),
            field<&BudgetLine::fromMonth>(u"fromMonth", u"from_month", K::Count,
                                          QT_TRANSLATE_NOOP("Field", "From month"),
                                          QT_TRANSLATE_NOOP("Field", "The first month it runs, "
                                                                     "1 to 12 of the plan year"),
                                          1, 12),
            field<&BudgetLine::toMonth>(u"toMonth", u"to_month", K::Count,
                                        QT_TRANSLATE_NOOP("Field", "To month"),
                                        QT_TRANSLATE_NOOP("Field", "The last month it runs, 1 to "
                                                                   "12 of the plan year"),
                                        1, 12),
        },
        [](const BudgetLine &line) { return line.toMonth >= line.fromMonth; },
        u"toMonth",
        QT_TRANSLATE_NOOP("Field", "must not be before %1"),
        u"fromMonth",
    };
    return list;
}

template <> const RecordFields<Role> &fieldsOf<Role>()
{
    static const RecordFields<Role> list{{
        field<&Role::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Role"),
                           QT_TRANSLATE_NOOP("Field", "The role's name as the team uses it, e.g. "
                                                      "account manager.")),
        field<&Role::responsibilities>(u"responsibilities", u"responsibilities", K::Text,
                                       QT_TRANSLATE_NOOP("Field", "Responsibilities"),
                                       QT_TRANSLATE_NOOP("Field", "What this role owns: accounts, "
                                                                  "stages of the sale, people it "
                                                                  "leads.")),
        field<&Role::skills>(u"skills", u"skills", K::Text,
                             QT_TRANSLATE_NOOP("Field", "Skills needed"),
                             QT_TRANSLATE_NOOP("Field", "The expertise the role needs to get "
                                                        "results.")),
        field<&Role::monthlyCost>(u"monthlyCost", u"monthly_cost", K::Money,
                                  QT_TRANSLATE_NOOP("Field", "Cost a month"),
                                  QT_TRANSLATE_NOOP("Field", "What one person in the role costs a "
                                                             "month: salary, social insurance, "
                                                             "overheads; e.g. 2万")),
    }};
    return list;
}

template <> const RecordFields<Member> &fieldsOf<Member>()
{
    static const RecordFields<Member> list{{
        field<&Member::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Name"),
                             nullptr),
        field<&Member::role>(u"role", u"role", K::Text, QT_TRANSLATE_NOOP("Field", "Role"),
                             QT_TRANSLATE_NOOP("Field", "Pick one of the roles above or type "
                                                        "another.")),
        field<&Member::region>(u"region", u"region", K::Text, QT_TRANSLATE_NOOP("Field", "Region"),
                               QT_TRANSLATE_NOOP("Field", "One of the plan's regions (set in "
                                                          "Targets).")),
        field<&Member::quotaShare>(u"quotaShare", u"quota_share", K::Number,
                                   QT_TRANSLATE_NOOP("Field", "Quota weight"),
                                   QT_TRANSLATE_NOOP("Field", "A weight of zero or more: a "
                                                              "member's part of the target is "
                                                              "their weight divided by the sum of "
                                                              "all weights.")),
        field<&Member::quotaAmount>(
            u"quotaAmount", u"quota_amount", K::Money, QT_TRANSLATE_NOOP("Field", "Fixed quota"),
            QT_TRANSLATE_NOOP("Field", "A fixed annual quota, taken before the weights share "
                                       "out the rest of the region's target; empty = by weight")),
        field<&Member::startDate>(u"startDate", u"start_date", K::Date,
                                  QT_TRANSLATE_NOOP("Field", "Start date"),
                                  QT_TRANSLATE_NOOP("Field", "The first working day in the team. "
                                                             "\u201c\u2014\u201d: on the team "
                                                             "before the plan year (step below "
                                                             "the first day of the plan year to "
                                                             "set it).")),
        field<&Member::rampMonths>(u"rampMonths", u"ramp_months", K::Count,
                                   QT_TRANSLATE_NOOP("Field", "Ramp (months)"),
                                   QT_TRANSLATE_NOOP("Field", "Months from the start date to full "
                                                              "productivity, 0 to 24."),
                                   0, 24),
    }};
    return list;
}

template <> const RecordFields<Hire> &fieldsOf<Hire>()
{
    static const RecordFields<Hire> list{{
        field<&Hire::role>(u"role", u"role", K::Text, QT_TRANSLATE_NOOP("Field", "Role"),
                           QT_TRANSLATE_NOOP("Field", "Pick one of the roles above or type "
                                                      "another.")),
        field<&Hire::region>(u"region", u"region", K::Text, QT_TRANSLATE_NOOP("Field", "Region"),
                             QT_TRANSLATE_NOOP("Field", "One of the plan's regions (set in "
                                                        "Targets).")),
        field<&Hire::count>(u"count", u"count", K::Count, QT_TRANSLATE_NOOP("Field", "Count"),
                            QT_TRANSLATE_NOOP("Field", "How many people to hire, 1 to 999."), 1,
                            999),
        field<&Hire::startDate>(u"startDate", u"start_date", K::Date,
                                QT_TRANSLATE_NOOP("Field", "Start date"),
                                QT_TRANSLATE_NOOP("Field", "When the new hires are to start. "
                                                           "\u201c\u2014\u201d: not decided "
                                                           "yet.")),
    }};
    return list;
}

template <> const RecordFields<Segment> &fieldsOf<Segment>()
{
    static const RecordFields<Segment> list{{
        field<&Segment::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Segment"),
                              QT_TRANSLATE_NOOP("Field", "A short name for the group of "
                                                         "customers")),
        field<&Segment::type>(u"type", u"customer_type", K::Choice,
                              QT_TRANSLATE_NOOP("Field", "Customers"),
                              QT_TRANSLATE_NOOP("Field", "B2B: you sell to companies. B2C: you "
                                                         "sell to consumers.")),
        field<&Segment::characteristics>(u"characteristics", u"characteristics", K::Note,
                                         QT_TRANSLATE_NOOP("Field", "Characteristics"),
                                         QT_TRANSLATE_NOOP("Field", "B2B: industry, capital, "
                                                                    "employees. B2C: age, income, "
                                                                    "occupation.")),
        field<&Segment::challenges>(u"challenges", u"challenges", K::Note,
                                    QT_TRANSLATE_NOOP("Field", "Challenges"),
                                    QT_TRANSLATE_NOOP("Field", "What stands in these customers' "
                                                               "way")),
        field<&Segment::goals>(u"goals", u"goals", K::Note, QT_TRANSLATE_NOOP("Field", "Goals"),
                               QT_TRANSLATE_NOOP("Field", "What these customers want to achieve")),
        field<&Segment::tier>(u"tier", u"tier", K::Choice, QT_TRANSLATE_NOOP("Field", "Tier"),
                              QT_TRANSLATE_NOOP("Field", "Strategic: few, large, long-term. "
                                                         "Profit: today's revenue. Nurture: "
                                                         "small now, could grow. Maintain: keep "
                                                         "and upsell.")),
        field<&Segment::strategy>(u"strategy", u"strategy", K::Note,
                                  QT_TRANSLATE_NOOP("Field", "Strategy"),
                                  QT_TRANSLATE_NOOP("Field", "How the team wins and keeps these "
                                                             "customers")),
    }};
    return list;
}

template <> const RecordFields<Stage> &fieldsOf<Stage>()
{
    static const RecordFields<Stage> list{{
        field<&Stage::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Stage"),
                            nullptr),
        field<&Stage::method>(u"method", u"method", K::Text, QT_TRANSLATE_NOOP("Field", "Method"),
                              nullptr),
        field<&Stage::exitCriteria>(u"exitCriteria", u"exit_criteria", K::Text,
                                    QT_TRANSLATE_NOOP("Field", "Exit criteria"), nullptr),
        field<&Stage::collateral>(u"collateral", u"collateral", K::Text,
                                  QT_TRANSLATE_NOOP("Field", "Collateral"), nullptr),
        field<&Stage::conversionRate>(u"conversionRate", u"conversion_rate", K::Rate,
                                      QT_TRANSLATE_NOOP("Field", "Conversion"),
                                      QT_TRANSLATE_NOOP("Field", "The share of the deals in this "
                                                                 "stage that move on to the next "
                                                                 "one, 0–100 %")),
        field<&Stage::typicalDays>(u"typicalDays", u"typical_days", K::Count,
                                   QT_TRANSLATE_NOOP("Field", "Days"),
                                   QT_TRANSLATE_NOOP("Field", "How many days a deal typically "
                                                              "spends in this stage"),
                                   0, 999),
    }};
    return list;
}

template <> const RecordFields<Tool> &fieldsOf<Tool>()
{
    static const RecordFields<Tool> list{{
        field<&Tool::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Tool"), nullptr),
        field<&Tool::purpose>(u"purpose", u"purpose", K::Text,
                              QT_TRANSLATE_NOOP("Field", "Purpose"), nullptr),
        field<&Tool::owner>(u"owner", u"owner", K::Text, QT_TRANSLATE_NOOP("Field", "Owner"),
                            nullptr),
        field<&Tool::annualCost>(u"annualCost", u"annual_cost", K::Money,
                                 QT_TRANSLATE_NOOP("Field", "Annual cost"),
                                 QT_TRANSLATE_NOOP("Field", "What the tool costs a year: licences, "
                                                            "seats, calls; e.g. 36000 or 3.6万")),
        field<&Tool::dataHeld>(u"dataHeld", u"data_held", K::Text,
                               QT_TRANSLATE_NOOP("Field", "Data it holds"), nullptr),
    }};
    return list;
}

template <> const RecordFields<Initiative> &fieldsOf<Initiative>()
{
    static const RecordFields<Initiative> list{{
        field<&Initiative::name>(u"name", u"name", K::Text,
                                 QT_TRANSLATE_NOOP("Field", "Initiative"),
                                 QT_TRANSLATE_NOOP("Field", "What is done: a partner channel "
                                                            "launch, a trade show, a CRM rollout")),
        field<&Initiative::goal>(u"goal", u"goal", K::Text, QT_TRANSLATE_NOOP("Field", "Goal"),
                                 QT_TRANSLATE_NOOP("Field", "What it should achieve, in figures "
                                                            "where you can")),
        field<&Initiative::owner>(u"owner", u"owner", K::Text, QT_TRANSLATE_NOOP("Field", "Owner"),
                                  QT_TRANSLATE_NOOP("Field", "Who answers for it: a member of "
                                                             "the team")),
        field<&Initiative::start>(u"start", u"start", K::Date, QT_TRANSLATE_NOOP("Field", "Start"),
                                  nullptr),
        field<&Initiative::due>(u"due", u"due", K::Date, QT_TRANSLATE_NOOP("Field", "Due"),
                                QT_TRANSLATE_NOOP("Field", "By when it is done")),
        field<&Initiative::budget>(u"budget", u"budget", K::Money,
                                   QT_TRANSLATE_NOOP("Field", "Budget"),
                                   QT_TRANSLATE_NOOP("Field", "What it may cost in the plan "
                                                              "year; e.g. 50000 or 5万")),
        field<&Initiative::serves>(u"serves", u"serves", K::Text,
                                   QT_TRANSLATE_NOOP("Field", "Serves"),
                                   QT_TRANSLATE_NOOP("Field", "The segment, region or product "
                                                              "line it serves")),
        field<&Initiative::kpi>(u"kpi", u"kpi", K::Text, QT_TRANSLATE_NOOP("Field", "KPI"),
                                QT_TRANSLATE_NOOP("Field", "The KPI of the plan it should move")),
        field<&Initiative::status>(u"status", u"status", K::Choice,
                                   QT_TRANSLATE_NOOP("Field", "Status"),
                                   QT_TRANSLATE_NOOP("Field", "Planned, in progress, done or "
                                                              "dropped")),
        field<&Initiative::notes>(u"notes", u"notes", K::Note,
                                  QT_TRANSLATE_NOOP("Field", "Progress notes"), nullptr),
        field<&Initiative::spent>(u"spent", u"spent", K::Money, QT_TRANSLATE_NOOP("Field", "Spent"),
                                  QT_TRANSLATE_NOOP("Field", "What it has cost so far; more than "
                                                             "its budget is a finding")),
    }};
    return list;
}

template <> const RecordFields<Milestone> &fieldsOf<Milestone>()
{
    static const RecordFields<Milestone> list{{
        field<&Milestone::initiative>(u"initiative", u"initiative", K::Count,
                                      QT_TRANSLATE_NOOP("Field", "Initiative"),
                                      QT_TRANSLATE_NOOP("Field", "The id of the initiative."), 1,
                                      std::numeric_limits<int>::max()),
        field<&Milestone::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Milestone"),
                                nullptr),
        field<&Milestone::date>(u"date", u"date", K::Date, QT_TRANSLATE_NOOP("Field", "Date"),
                                nullptr),
        field<&Milestone::done>(u"done", u"done", K::Flag, QT_TRANSLATE_NOOP("Field", "Done"),
                                nullptr),
    }};
    return list;
}

template <> const RecordFields<KpiActual> &fieldsOf<KpiActual>()
{
    static const RecordFields<KpiActual> list{{
        field<&KpiActual::kpi>(u"kpi", u"kpi", K::Count, QT_TRANSLATE_NOOP("Field", "KPI"),
                               QT_TRANSLATE_NOOP("Field", "The id of the KPI measured."), 1,
                               std::numeric_limits<int>::max()),
        field<&KpiActual::month>(u"month", u"month", K::Month, QT_TRANSLATE_NOOP("Field", "Month"),
                                 nullptr),
        field<&KpiActual::value>(u"value", u"value", K::Number,
                                 QT_TRANSLATE_NOOP("Field", "Actual"),
                                 QT_TRANSLATE_NOOP("Field", "What was measured in the month, in "
                                                            "the KPI's unit.")),
    }};
    return list;
}
template <> const RecordFields<ReviewEntry> &fieldsOf<ReviewEntry>()
{
    static const RecordFields<ReviewEntry> list{{
        field<&ReviewEntry::month>(u"month", u"month", K::Month,
                                   QT_TRANSLATE_NOOP("Field", "Month"),
                                   QT_TRANSLATE_NOOP("Field", "The month reviewed.")),
        field<&ReviewEntry::subject>(u"subject", u"subject", K::Choice,
                                     QT_TRANSLATE_NOOP("Field", "Line"),
                                     QT_TRANSLATE_NOOP("Field", "What deviates: the company, a "
                                                                "region, a product line, a "
                                                                "member or a KPI.")),
        field<&ReviewEntry::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "Name"),
                                  QT_TRANSLATE_NOOP("Field", "Which region, product line, member "
                                                             "or KPI.")),
        field<&ReviewEntry::cause>(u"cause", u"cause", K::Note, QT_TRANSLATE_NOOP("Field", "Cause"),
                                   QT_TRANSLATE_NOOP("Field", "Why it happened: ask why until "
                                                              "the answer is something you can "
                                                              "act on, one why a line.")),
        field<&ReviewEntry::action>(u"action", u"action", K::Note,
                                    QT_TRANSLATE_NOOP("Field", "Action"),
                                    QT_TRANSLATE_NOOP("Field", "What is done about it.")),
        field<&ReviewEntry::owner>(u"owner", u"owner", K::Text, QT_TRANSLATE_NOOP("Field", "Owner"),
                                   QT_TRANSLATE_NOOP("Field", "Who does it.")),
        field<&ReviewEntry::due>(u"due", u"due", K::Date, QT_TRANSLATE_NOOP("Field", "Due"),
                                 QT_TRANSLATE_NOOP("Field", "By when.")),
        field<&ReviewEntry::done>(u"done", u"done", K::Flag, QT_TRANSLATE_NOOP("Field", "Done"),
                                  QT_TRANSLATE_NOOP("Field", "Whether the action was done; the "
                                                             "next review shows it until it "
                                                             "is.")),
    }};
    return list;
}
template <> const RecordFields<MetricsSection> &fieldsOf<MetricsSection>()
{
    static const RecordFields<MetricsSection> list{{
        field<&MetricsSection::reviewCadence>(u"reviewCadence", u"review_cadence", K::Choice,
                                              QT_TRANSLATE_NOOP("Field", "Review cadence"),
                                              QT_TRANSLATE_NOOP("Field", "How often the team "
                                                                         "reviews the plan")),
        field<&MetricsSection::reviewNotes>(u"reviewNotes", u"review_notes", K::Note,
                                            QT_TRANSLATE_NOOP("Field", "Review notes"),
                                            QT_TRANSLATE_NOOP("Field", "Who takes part, what is "
                                                                       "looked at and what is "
                                                                       "decided")),
        field<&MetricsSection::deviationThreshold>(
            u"deviationThreshold", u"deviation_threshold", K::Rate,
            QT_TRANSLATE_NOOP("Field", "Note deviations above"),
            QT_TRANSLATE_NOOP("Field", "A line of the monthly review further from plan than "
                                       "this (10 %: below 90 % or above 110 %) asks for a note "
                                       "on its cause and the action taken.")),
    }};
    return list;
}

template <> const RecordFields<Kpi> &fieldsOf<Kpi>()
{
    static const RecordFields<Kpi> list{
        {
            field<&Kpi::name>(u"name", u"name", K::Text, QT_TRANSLATE_NOOP("Field", "KPI"),
                              QT_TRANSLATE_NOOP("Field", "What is measured, e.g. qualified "
                                                         "leads.")),
            field<&Kpi::definition>(u"definition", u"definition", K::Text,
                                    QT_TRANSLATE_NOOP("Field", "Definition"),
                                    QT_TRANSLATE_NOOP("Field", "How it is counted, so that "
                                                               "everyone gets the same number.")),
            field<&Kpi::unit>(u"unit", u"unit", K::Text, QT_TRANSLATE_NOOP("Field", "Unit"),
                              QT_TRANSLATE_NOOP("Field", "e.g. leads a month, %, yuan.")),
            field<&Kpi::target>(u"target", u"target", K::Number,
                                QT_TRANSLATE_NOOP("Field", "Target"),
                                QT_TRANSLATE_NOOP("Field", "The value to reach in each period, "
                                                           "zero or more.")),
            field<&Kpi::frequency>(u"frequency", u"frequency", K::Choice,
                                   QT_TRANSLATE_NOOP("Field", "Frequency"),
                                   QT_TRANSLATE_NOOP("Field", "How often the KPI is measured and "
                                                              "looked at.")),
            field<&Kpi::measures>(u"measures", u"measures", K::Choice,
                                  QT_TRANSLATE_NOOP("Field", "Measures"),
                                  QT_TRANSLATE_NOOP("Field", "Which of the plan's figures the KPI "
                                                             "measures, if any.")),
            field<&Kpi::targetFrom>(u"targetFrom", u"target_from", K::Choice,
                                    QT_TRANSLATE_NOOP("Field", "Target from"),
                                    QT_TRANSLATE_NOOP("Field", "Whether the target follows the "
                                                               "plan's figures or is typed.")),
            field<&Kpi::greenAt>(u"greenAt", u"green_at", K::Rate,
                                 QT_TRANSLATE_NOOP("Field", "Green at"),
                                 QT_TRANSLATE_NOOP("Field", "Green at or above this share of the "
                                                            "target. It cannot be below the "
                                                            "yellow threshold."),
                                 0.0, largestThreshold),
            field<&Kpi::yellowAt>(u"yellowAt", u"yellow_at", K::Rate,
                                  QT_TRANSLATE_NOOP("Field", "Yellow at"),
                                  QT_TRANSLATE_NOOP("Field", "Yellow at or above this share of the "
                                                             "target, red below it. It cannot be "
                                                             "above the green threshold."),
                                  0.0, largestThreshold),
            field<&Kpi::direction>(u"direction", u"direction", K::Choice,
                                   QT_TRANSLATE_NOOP("Field", "Better when"),
                                   QT_TRANSLATE_NOOP("Field", "Whether more is better (revenue, "
                                                              "leads) or less (cost per lead, "
                                                              "days to close); the lights "
                                                              "read the thresholds that way.")),
        },
        [](const Kpi &kpi) { return kpi.yellowAt <= kpi.greenAt; },
        u"yellowAt",
        QT_TRANSLATE_NOOP("Field", "must not be above %1"),
        u"greenAt",
    };
    return list;
}

template <> const RecordFields<Risk> &fieldsOf<Risk>()
{
    static const RecordFields<Risk> list{{
        field<&Risk::category>(u"category", u"category", K::Choice,
                               QT_TRANSLATE_NOOP("Field", "Category"),
                               QT_TRANSLATE_NOOP("Field", "Market, customer, execution or "
                                                          "financial.")),
        field<&Risk::description>(u"description", u"description", K::Text,
                                  QT_TRANSLATE_NOOP("Field", "Risk"),
                                  QT_TRANSLATE_NOOP("Field", "What could go wrong, and what it "
                                                             "would cost the plan.")),
        field<&Risk::likelihood>(u"likelihood", u"likelihood", K::Count,
                                 QT_TRANSLATE_NOOP("Field", "Likelihood"),
                                 QT_TRANSLATE_NOOP("Field", "How likely it is: 1 (rare) to 5 "
                                                            "(almost certain)."),
                                 1, 5),
        field<&Risk::impact>(u"impact", u"impact", K::Count, QT_TRANSLATE_NOOP("Field", "Impact"),
                             QT_TRANSLATE_NOOP("Field", "How much it would hurt the plan: 1 "
                                                        "(minor) to 5 (severe)."),
                             1, 5),
        field<&Risk::mitigation>(u"mitigation", u"mitigation", K::Text,
                                 QT_TRANSLATE_NOOP("Field", "Mitigation"),
                                 QT_TRANSLATE_NOOP("Field", "What you do now to make it less "
                                                            "likely, and what you do if it "
                                                            "happens.")),
        field<&Risk::owner>(u"owner", u"owner", K::Text, QT_TRANSLATE_NOOP("Field", "Owner"),
                            QT_TRANSLATE_NOOP("Field", "Who watches the risk and acts on it.")),
    }};
    return list;
}

template <> const RecordFields<TargetRevision> &fieldsOf<TargetRevision>()
{
    static const RecordFields<TargetRevision> list{{
        field<&TargetRevision::from>(u"from", u"from_month", K::Month,
                                     QT_TRANSLATE_NOOP("Field", "From"),
                                     QT_TRANSLATE_NOOP("Field", "The first month the adjusted "
                                                                "targets change.")),
        field<&TargetRevision::note>(u"note", u"note", K::Text, QT_TRANSLATE_NOOP("Field", "Note"),
                                     QT_TRANSLATE_NOOP("Field", "Why the targets were adjusted.")),
    }};
    return list;
}

template <> const RecordFields<HistoryEntry> &fieldsOf<HistoryEntry>()
{
    static const RecordFields<HistoryEntry> list{{
        field<&HistoryEntry::month>(u"month", u"month", K::Month,
                                    QT_TRANSLATE_NOOP("Field", "Month"), nullptr),
        field<&HistoryEntry::region>(u"region", u"region", K::Text,
                                     QT_TRANSLATE_NOOP("Field", "Region"), nullptr),
        field<&HistoryEntry::product>(u"product", u"product", K::Text,
                                      QT_TRANSLATE_NOOP("Field", "Product line"), nullptr),
        field<&HistoryEntry::member>(u"member", u"member", K::Text,
                                     QT_TRANSLATE_NOOP("Field", "Member"), nullptr),
        field<&HistoryEntry::amount>(u"amount", u"amount", K::Money,
                                     QT_TRANSLATE_NOOP("Field", "Amount"), nullptr, anyAmount),
    }};
    return list;
}

} // namespace salesplan
