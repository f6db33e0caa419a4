#pragma once

#include "plan/ids.h"
#include "plan/money.h"
#include "plan/period.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The plan as plain value types: what a sales manager writes into the seven sections.
// Rates are fractions (0.15 = 15 %); money is Money; every table row carries a stable RowId.
namespace salesplan {

enum class Section { Mission, Targets, Team, Segments, Stages, Tools, Metrics };
inline constexpr int sectionCount = 7;

// --- Plan information -------------------------------------------------------------------------

enum class PlanStatus { Draft, InReview, Approved };

// One change of the plan's status, as leadership reads it later: submitted for review, approved
// (by whom, when, with what comment, and whether the narrative stays editable) or reopened as a
// draft (the comment is the reason). See plan/approval.h for the rules that follow from it.
struct StatusChange
{
    RowId id = 0;
    PlanStatus status = PlanStatus::Draft; // the status the plan changed to
    QString by;                            // who changed it: the approver of an approval
    QDate date;
    QString comment;                // the approval's comment, or why the plan was reopened
    bool narrativeEditable = false; // an approval: the narrative texts may still be edited
    bool operator==(const StatusChange &) const = default;
};

struct PlanInfo
{
    QString name;
    QString company;
    QString author;
    QString language = QStringLiteral("en"); // the language of the plan's own texts
    QString currency = QStringLiteral("CNY");
    Period period;
    PlanStatus status = PlanStatus::Draft;
    QList<StatusChange> statusLog; // oldest first; the last one led to `status`
    bool operator==(const PlanInfo &) const = default;
};

// --- 1. Mission & positioning -----------------------------------------------------------------

enum class CompetitorKind { Direct, Indirect };

struct Competitor
{
    RowId id = 0;
    QString name;
    CompetitorKind kind = CompetitorKind::Direct;
    QString strengths;
    QString weaknesses;
    bool operator==(const Competitor &) const = default;
};

struct MissionSection
{
    QString mission;
    QString marketPosition;
    QString valueProposition;
    Money marketSize;
    double marketGrowth = 0.0; // yearly, as a fraction; may be negative
    QString marketTrends;
    QList<Competitor> competitors;
    bool operator==(const MissionSection &) const = default;
};

// --- 2. Targets -------------------------------------------------------------------------------

enum class SeasonalityMode { Even, Custom, LastYear, AverageYears };

// One entry of a split of the target (a region or a product line): a fixed annual amount, or
// when that is zero a weight among the entries without one.
struct WeightedItem
{
    RowId id = 0;
    QString name;
    double weight = 1.0;
    Money quotaAmount; // zero = a part of what the fixed amounts leave, by weight
    bool operator==(const WeightedItem &) const = default;
};

// The built-in public holidays (and make-up working days) a plan's working days follow: mainland
// China's (调休) or Taiwan's (補班), or none. See core/calc/holidays.h.
enum class HolidayCalendar { None, China, Taiwan };

// The historical ratios behind the activity math: how many calls make a lead, how leads
// convert, what a rep does a day, and what it costs to buy a lead.
struct FunnelAssumptions
{
    Money averageDealSize;
    double leadToQualified = 0.30;
    double qualifiedToProposal = 0.50;
    double proposalToWon = 0.30;
    double callsPerLead = 4.0;
    double callsPerRepDay = 40.0;
    double demosPerRepDay = 5.0;
    double annualAttrition = 0.10;
    int newHireRampMonths = 3;
    Money costPerLead;
    HolidayCalendar calendar = HolidayCalendar::None; // the built-in public holidays
    QList<QDate> holidays;      // the user's own days off, over the calendar's
    QList<QDate> extraWorkdays; // the user's own working days: weekends, or holidays worked
    bool operator==(const FunnelAssumptions &) const = default;
};

// How the bookings of a month are collected as cash (回款): the share collected in the same month
// and in each of the six months after. All zero = collections are not planned; otherwise the
// shares add up to 1. The opening receivable is what last year's bookings leave to collect.
struct CollectionTerms
{
    static constexpr int lagCount = 7;
    double sameMonth = 0.0;
    double after1Month = 0.0;
    double after2Months = 0.0;
    double after3Months = 0.0;
    double after4Months = 0.0;
    double after5Months = 0.0;
    double after6Months = 0.0;
    Money openingReceivable;

    // The shares by lag: [0] the same month, [k] k months later.
    std::array<double, lagCount> shares() const;
    bool isPlanned() const;
    bool operator==(const CollectionTerms &) const = default;
};

// A new version of the company's month targets made at a monthly review ("Adjust the remaining
// months"): from the month after the reviewed one, what is still to book to reach the approved
// annual target, spread over the remaining months. The approved target stays as it is; the last
// revision is the targets in force from its first month on (core/calc/revision.h).
struct TargetRevision
{
    RowId id = 0;
    QDate from; // the first month it changes (the month after the reviewed one), its first day
    QString note;
    // The company's twelve month targets in minor units of the plan's currency, adding up to the
    // approved annual target: the months before `from` hold what was booked in them when the
    // revision was made, the months from `from` on the adjusted targets (never negative).
    MonthValues months{};
    bool operator==(const TargetRevision &) const = default;
};

// Who an uplift of the team's productivity applies to: every rep, or the planned hires only.
enum class UpliftScope { AllReps, NewHires };

// An expected rise of the reps' productivity in the plan year over their history, with its
// reason: "+30 % new-hire productivity after training", "+20 % efficiency from the CRM". The
// team's ceiling adds the uplifts that apply (core/calc/calibration.h).
struct Uplift
{
    RowId id = 0;
    QString reason;
    double uplift = 0.0; // 0.20 = 20 % more revenue per rep-month
    UpliftScope appliesTo = UpliftScope::AllReps;
    bool operator==(const Uplift &) const = default;
};

// How a team plan splits its annual target among its units: by a fixed amount each, or by weights
// (the same exact split as the regions', core/calc/decompose.h).
enum class UnitAllocation { Amounts, Weights };

struct TargetsSection
{
    Money annualTarget;
    Money lastYearActual;
    double stretchReserve = 0.10;   // stretch tier = target × (1 + reserve)
    double challengeReserve = 0.20; // challenge tier = target × (1 + reserve)
    SeasonalityMode seasonality = SeasonalityMode::Even;
    MonthWeights customWeights{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    int historyYears = 3; // for SeasonalityMode::AverageYears, 1–3
    QList<WeightedItem> regions;
    QList<WeightedItem> products;
    FunnelAssumptions funnel;
    // Members and hires get quota from their start month, scaled during their ramp. Plans written
    // before this setting existed read it as false, so their figures stay as they were.
    bool quotasFollowStart = true;
    double overAssignment = 0.0; // reps' quotas add up to the target × (1 + this)
    CollectionTerms collections;
    QList<TargetRevision> revisions; // oldest first; the last is in force
    // The calibration's inputs (core/calc/calibration.h): the market share the plan assumes (0 =
    // last year's: last year's actual ÷ the market size), the marketing budget (zero = not set)
    // and the share of last year's actual that existing customers bring again (renewals, repeat).
    double marketShare = 0.0;
    Money marketingBudget;
    double existingCustomerShare = 0.0;
    QList<Uplift> uplifts;
    // A team plan's split of the target among its units (Plan::units), and the gap between a
    // unit's own target and its allocation beyond which the gap is a finding (0.05 = 5 %).
    UnitAllocation unitAllocation = UnitAllocation::Amounts;
    double unitGapThreshold = 0.05;
    bool operator==(const TargetsSection &) const = default;
};

// --- 3. Team ----------------------------------------------------------------------------------

struct Role
{
    RowId id = 0;
    QString name;
    QString responsibilities;
    QString skills;
    Money monthlyCost; // what one person in the role costs a month: salary and overheads
    bool operator==(const Role &) const = default;
};

struct Member
{
    RowId id = 0;
    QString name;
    QString role;
    QString region;
    double quotaShare = 1.0; // weight of the member's part of the target
    QDate startDate;         // invalid = on the team before the plan year
    int rampMonths = 0;      // months to full productivity after startDate
    Money quotaAmount;       // a fixed annual quota; zero = a part by quotaShare
    bool operator==(const Member &) const = default;
};

struct Hire
{
    RowId id = 0;
    QString role;
    QString region;
    int count = 1;
    QDate startDate;
    bool operator==(const Hire &) const = default;
};

// What a line of the sales budget the user types pays for (core/summary/salesbudget.h).
enum class BudgetCategory { Events, Travel, Campaigns, Other };

// A line of the sales budget typed by the user: the same amount each month from one month of the
// plan year to another, e.g. a trade show of 5万 in March (3 to 3) or travel of 1万 a month (1 to
// 12).
struct BudgetLine
{
    RowId id = 0;
    BudgetCategory category = BudgetCategory::Other;
    QString name;
    Money monthlyAmount;
    int fromMonth = 1; // 1 = the plan year's first month
    int toMonth = 12;
    bool operator==(const BudgetLine &) const = default;
};

struct TeamSection
{
    QList<Role> roles;
    QList<Member> members;
    QList<Hire> hiring;
    QString trainingPlan;
    double commissionRate = 0.05;
    double acceleratorRate = 0.08; // commission on revenue above 100 % of quota
    QString incentiveNotes;
    QList<BudgetLine> budgetLines;
    Money budgetLimit; // what the sales budget may spend in the plan year; zero = no limit
    bool operator==(const TeamSection &) const = default;
};

// --- 4. Segments ------------------------------------------------------------------------------

enum class CustomerType { Business, Consumer };
enum class SegmentTier { Strategic, Profit, Nurture, Maintain };

struct Segment
{
    RowId id = 0;
    QString name;
    CustomerType type = CustomerType::Business;
    QString characteristics; // B2B: industry, capital, employees; B2C: age, income, occupation
    QStringList attributes;
    QString challenges;
    QString goals;
    SegmentTier tier = SegmentTier::Profit;
    QString strategy;
    bool operator==(const Segment &) const = default;
};

// --- 5. Stages & methods ----------------------------------------------------------------------

struct Stage
{
    RowId id = 0;
    QString name;
    QString method;
    QString exitCriteria;
    QString collateral;
    double conversionRate = 1.0; // share that moves on to the next stage
    int typicalDays = 0;
    bool operator==(const Stage &) const = default;
};

// --- 6. Tools ---------------------------------------------------------------------------------

struct Tool
{
    RowId id = 0;
    QString name;
    QString purpose;
    QString owner;
    Money annualCost;
    QString dataHeld;
    bool operator==(const Tool &) const = default;
};

// --- 7. Metrics & review ----------------------------------------------------------------------

enum class ReviewFrequency { Weekly, Monthly, Quarterly, Yearly };
enum class RiskCategory { Market, Customer, Execution, Financial };
// Which of the plan's own figures a KPI measures; Custom for anything else.
enum class KpiMeasure { Custom, QualifiedLeads, WinRate, AverageDealSize, Revenue };
// Where a KPI's target comes from: worked out from the plan (while it measures one of the
// plan's figures) or typed by the user.
enum class KpiTargetFrom { Typed, Plan };
// Which way a KPI's figure is better: more (revenue, leads, win rate) or less (cost per lead,
// days to close).
enum class KpiDirection { HigherIsBetter, LowerIsBetter };
// What a line of the monthly review is: the company's target, a region's, a product line's, a
// member's, or a KPI.
enum class ReviewSubject { Company, Region, Product, Member, Kpi };

struct Kpi
{
    RowId id = 0;
    QString name;
    QString definition;
    QString unit;
    double target = 0.0; // the typed target; see kpiTarget() for the one the KPI works to
    ReviewFrequency frequency = ReviewFrequency::Monthly;
    double greenAt = 1.0;  // share of target at or above which the KPI is green
    double yellowAt = 0.9; // at or above which it is yellow; below it, red
    KpiMeasure measures = KpiMeasure::Custom;
    KpiTargetFrom targetFrom = KpiTargetFrom::Typed;
    KpiDirection direction = KpiDirection::HigherIsBetter;
    bool operator==(const Kpi &) const = default;
};

struct Risk
{
    RowId id = 0;
    RiskCategory category = RiskCategory::Market;
    QString description;
    int likelihood = 3; // 1–5
    int impact = 3;     // 1–5
    QString mitigation;
    QString owner;
    int score() const { return likelihood * impact; }
    bool operator==(const Risk &) const = default;
};

// A note of the monthly review on a line that deviates from plan: why it happened (a chain of
// whys, one a line), what is done about it, by whom and by when, and whether it was done. The
// next month's review shows it again until it is done.
struct ReviewEntry
{
    RowId id = 0;
    QDate month; // the reviewed month, the first day of it
    ReviewSubject subject = ReviewSubject::Company;
    QString name; // the region, product line, member or KPI; empty for the company
    QString cause;
    QString action;
    QString owner;
    QDate due; // invalid = none
    bool done = false;
    bool operator==(const ReviewEntry &) const = default;
};

struct MetricsSection
{
    QList<Kpi> kpis;
    ReviewFrequency reviewCadence = ReviewFrequency::Monthly;
    QString reviewNotes;
    QList<Risk> risks;
    // A line of the monthly review whose month is further from plan than this (0.10: below 90 %
    // or above 110 %) asks for a note.
    double deviationThreshold = 0.10;
    QList<ReviewEntry> reviewLog;
    bool operator==(const MetricsSection &) const = default;
};

// --- Action plan ----------------------------------------------------------------------------

enum class InitiativeStatus { Planned, InProgress, Done, Dropped };

// One initiative of the action plan: what is done to reach the target, by whom, from when to
// when, at what cost, for which segment, region or product line and to move which KPI (named as
// the plan names it); its status, progress notes and what it has spent so far.
struct Initiative
{
    RowId id = 0;
    QString name;
    QString goal;
    QString owner; // a team member's name, as a rule
    QDate start;   // invalid = not set
    QDate due;     // invalid = not set
    Money budget;
    QString serves; // the segment, region or product line it serves
    QString kpi;    // the name of the KPI it should move
    InitiativeStatus status = InitiativeStatus::Planned;
    QString notes;
    Money spent; // actual spend to date
    bool operator==(const Initiative &) const = default;
};

// A milestone of an initiative (named by its id): what is reached by when, and whether it was.
struct Milestone
{
    RowId id = 0;
    int initiative = 0; // the Initiative's id
    QString name;
    QDate date;
    bool done = false;
    bool operator==(const Milestone &) const = default;
};

// --- History ----------------------------------------------------------------------------------

// One booked amount of an earlier month (or an actual of the plan year), by whom and where.
struct HistoryEntry
{
    RowId id = 0;
    QDate month; // the first day of the month
    QString region;
    QString product;
    QString member;
    Money amount;
    bool operator==(const HistoryEntry &) const = default;
};

// A KPI's measured value in one month of the plan year (leads counted, a win rate in percent, a
// deal size in currency units), for the KPIs whose figure the history of bookings does not give.
struct KpiActual
{
    RowId id = 0;
    int kpi = 0; // the Kpi's id (row ids stay far below 2³¹)
    QDate month; // the first day of the month
    double value = 0.0;
    bool operator==(const KpiActual &) const = default;
};

// --- What-if scenarios ------------------------------------------------------------------------

// The drivers a what-if scenario may override (core/plan/scenario.h describes each).
enum class ScenarioDriver {
    AnnualTarget,
    AverageDealSize,
    LeadToQualified,
    QualifiedToProposal,
    ProposalToWon,
    CallsPerRepDay,
    DemosPerRepDay,
    AnnualAttrition,
    HeadcountChange,
};
inline constexpr int scenarioDriverCount = 9;

// A what-if beside the plan: a few of the baseline's drivers overridden, the rest as the plan has
// them. The baseline itself never changes through a scenario (see applyScenario()).
struct Scenario
{
    RowId id = 0;
    QString name;
    // By ScenarioDriver; none = the baseline's value. Money drivers hold minor units of the plan's
    // currency, rates fractions, the headcount change the reps added (or, negative, removed).
    std::array<std::optional<double>, scenarioDriverCount> overrides{};
    std::optional<SeasonalityMode> seasonality;                     // none = the baseline's
    MonthWeights customWeights{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}; // with SeasonalityMode::Custom

    std::optional<double> value(ScenarioDriver driver) const
    {
        return overrides[std::size_t(driver)];
    }
    void setValue(ScenarioDriver driver, std::optional<double> value)
    {
        overrides[std::size_t(driver)] = value;
    }
    bool operator==(const Scenario &) const = default;
};

// --- Team plan --------------------------------------------------------------------------------

// A unit of a team plan: a region or business line whose manager writes its own plan in another
// file. The team plan allocates the unit its part of the target (top-down); the unit's plan holds
// its own annual target (bottom-up). See core/team/consolidation.h.
struct PlanUnit
{
    RowId id = 0;
    QString name;
    // The unit's plan file (.salesplan or .json), relative to the team plan's folder with '/'
    // separators so that the folder can be mailed; an absolute path is taken as it is.
    QString path;
    Money allocation;    // UnitAllocation::Amounts: the unit's part of the team's target
    double weight = 1.0; // UnitAllocation::Weights: the unit's weight among the units
    bool operator==(const PlanUnit &) const = default;
};

// What the plan was last written against on the team server (core/server/teamserver.h), kept
// in the file so that a publish from any machine or tool is checked against what this plan has
// seen: the server and unit it was fetched from or published to, the versions of the director's
// allocation and of the unit's plan it is based on (0: none was published), and the target the
// allocation gave the unit then. An empty server means the plan was never fetched nor published.
struct TeamServerBasis
{
    QString server; // the server's address without a password
    QString unit;   // the unit whose plan this is; empty for the director's team plan
    int allocationVersion = 0;
    int unitVersion = 0;
    Money allocatedTarget; // the unit's part of the allocation; 0 without one
    bool operator==(const TeamServerBasis &) const = default;
};

// --- The plan ---------------------------------------------------------------------------------

struct Plan
{
    PlanInfo info;
    MissionSection mission;
    TargetsSection targets;
    TeamSection team;
    QList<Segment> segments;
    QList<Stage> stages;
    QList<Tool> tools;
    MetricsSection metrics;
    QList<HistoryEntry> history;
    QList<KpiActual> kpiActuals;
    QList<Initiative> initiatives; // the action plan, edited in Metrics & review
    QList<Milestone> milestones;   // the initiatives' milestones, in order
    // The charts shown when presenting, by their keys ("targets", "split:0", ...), in order;
    // empty means the default deck (every chart that has data). See isPresentationChartKey().
    QStringList presentationDeck;
    // What the presenter says on each slide, by the slide's key: "title" and "headline" for the
    // opening slides, a chart key for a chart. Slides without notes have no entry. See
    // isSpeakerNotesKey().
    QMap<QString, QString> speakerNotes;
    QList<Scenario> scenarios; // the what-ifs beside the plan, in the order the user keeps them
    // The units of a team plan, each its own plan file; empty for the plan of one team. The
    // split's mode and the gap threshold are in TargetsSection.
    QList<PlanUnit> units;
    // What the plan was fetched at or published as on the team server; not an edit (no undo).
    TeamServerBasis teamServer;
    RowIdSource ids;

    bool operator==(const Plan &) const = default;
};

// The keys of the charts a presentation deck may hold: a team plan's "units" and "consolidated",
// "targets", "split:0" to "split:2",
// "shares:0" to "shares:2", "bridge:0" and "bridge:1", "funnel", "capacity", "calibration",
// "collections", "budget" and "actual" (ChartSpec::key() in ui/charts/chartbuilders.h; a test there
// checks that both agree).
const QStringList &presentationChartKeys();
bool isPresentationChartKey(const QString &key);
// The keys of the opening slides' notes ("title", "headline"), then the chart keys: the keys
// Plan::speakerNotes takes.
const QStringList &speakerNotesKeys();
bool isSpeakerNotesKey(const QString &key);

// A new plan with the defaults the seeds describe: the seven stages, the four standard KPIs,
// even seasonality. Default names go through the translator installed for the UI language.
Plan makeDefaultPlan();
// The seven default stages, from lead generation to close, with typical conversion rates.
QList<Stage> defaultStages(RowIdSource &ids);
// Qualified leads, win rate, average deal size and revenue per period.
QList<Kpi> defaultKpis(RowIdSource &ids);

} // namespace salesplan
