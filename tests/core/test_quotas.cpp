#include "calc/collections.h"
#include "calc/quotas.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <catch2/catch.hpp>

#include <numeric>
#include <random>
#include <vector>

using namespace salesplan;

namespace {

std::vector<qint64> values(const MonthValues &months)
{
    return {months.begin(), months.end()};
}

template <typename Range> qint64 sumOf(const Range &range)
{
    return std::accumulate(range.begin(), range.end(), qint64(0));
}

MonthValues evenMonths(qint64 perMonth)
{
    MonthValues months;
    months.fill(perMonth);
    return months;
}

QuotaHolder holder(const QString &name, const QString &group = {}, double weight = 1.0)
{
    QuotaHolder result;
    result.name = name;
    result.group = group;
    result.weight = weight;
    return result;
}

QuotaInputs companyInputs(qint64 perMonth)
{
    QuotaInputs inputs;
    inputs.period = Period{2027, 1};
    inputs.currency = QStringLiteral("CNY");
    inputs.companyMonths = evenMonths(perMonth);
    return inputs;
}

Member member(Plan &plan, const QString &name, const QString &region, double weight = 1.0)
{
    Member result;
    result.id = plan.ids.take();
    result.name = name;
    result.region = region;
    result.quotaShare = weight;
    return result;
}

// A plan of ¥1,200,000 over twelve even months, regions East 2 : West 1, two reps in each.
Plan regionPlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = Money{120'000'000, QStringLiteral("CNY")};
    plan.targets.regions = {{plan.ids.take(), QStringLiteral("East"), 2.0, {}},
                            {plan.ids.take(), QStringLiteral("West"), 1.0, {}}};
    plan.team.members = {member(plan, QStringLiteral("Ann"), QStringLiteral("East")),
                         member(plan, QStringLiteral("Bo"), QStringLiteral("East")),
                         member(plan, QStringLiteral("Cai"), QStringLiteral("West")),
                         member(plan, QStringLiteral("Dee"), QStringLiteral("West"))};
    return plan;
}

const DimensionSplit &membersOf(const PlanSummary &summary)
{
    const DimensionSplit *split = summary.decomposition->split(TargetSplit::Members);
    REQUIRE(split != nullptr);
    return *split;
}

} // namespace

TEST_CASE("A member has no quota before the start month and a reduced one while ramping",
          "[quotas]")
{
    QuotaInputs inputs = companyInputs(100'000);
    inputs.holders = {holder(QStringLiteral("Ann")), holder(QStringLiteral("Tom"))};
    inputs.holders[1].rep = {QDate(2027, 3, 1), 4}; // factors 1/5, 2/5 … from March

    const Result<QuotaSplit> split = splitQuotas(inputs);
    REQUIRE(split);
    const HolderQuota &ann = split->holders.at(0);
    const HolderQuota &tom = split->holders.at(1);
    CHECK(tom.months[0] == 0);
    CHECK(tom.months[1] == 0);
    CHECK(ann.months[0] == 100'000);
    // March: Ann 1, Tom 1/5 → Tom gets 1/6 of the month.
    CHECK(tom.months[2] == 16'667);
    CHECK(ann.months[2] == 83'333);
    // From July Tom is at full speed: half each.
    CHECK(tom.months[6] == 50'000);
    CHECK(tom.firstMonth == 2);
    CHECK(ann.firstMonth == 0);
    CHECK(ann.annual + tom.annual == 1'200'000);
}

TEST_CASE("Without following start dates, quotas are the weights' share of every month", "[quotas]")
{
    QuotaInputs inputs = companyInputs(100'000);
    inputs.followStart = false;
    inputs.holders = {holder(QStringLiteral("Ann"), {}, 3), holder(QStringLiteral("Tom"), {}, 1)};
    inputs.holders[1].rep = {QDate(2027, 3, 1), 4};
    const Result<QuotaSplit> split = splitQuotas(inputs);
    REQUIRE(split);
    CHECK(split->holders.at(1).months[0] == 25'000);
    CHECK(split->holders.at(0).annual == 900'000);
    CHECK(split->holders.at(1).annual == 300'000);
}

TEST_CASE("Fixed quotas are taken first and the rest goes by weight", "[quotas]")
{
    QuotaInputs inputs = companyInputs(100'000);
    inputs.holders = {holder(QStringLiteral("Ann")), holder(QStringLiteral("Bo")),
                      holder(QStringLiteral("Cai"))};
    inputs.holders[0].fixedAnnual = 600'000; // half the year's target

    const Result<QuotaSplit> split = splitQuotas(inputs);
    REQUIRE(split);
    CHECK(split->holders.at(0).annual == 600'000);
    CHECK(values(split->holders.at(0).months) == values(evenMonths(50'000)));
    CHECK(split->holders.at(1).annual == 300'000);
    CHECK(split->holders.at(2).annual == 300'000);

    SECTION("fixed quotas above the target are refused in words")
    {
        inputs.holders[1].fixedAnnual = 700'000;
        const Result<QuotaSplit> refused = splitQuotas(inputs);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().reason.contains(QStringLiteral("more than")));
        CHECK(refused.error().reason.contains(QStringLiteral("13,000.00")));
    }
    SECTION("a late starter's fixed quota is phased over the months they are active")
    {
        inputs.holders[0].rep = {QDate(2027, 7, 1), 0};
        const Result<QuotaSplit> late = splitQuotas(inputs);
        REQUIRE(late);
        CHECK(late->holders.at(0).months[5] == 0);
        CHECK(late->holders.at(0).months[6] == 100'000); // July to December: all of each month
        CHECK(late->holders.at(0).annual == 600'000);
        CHECK(late->holders.at(1).months[6] == 0);
    }
    SECTION("a fixed quota for someone who never starts in the year is refused")
    {
        inputs.holders[0].rep = {QDate(2028, 2, 1), 0};
        const Result<QuotaSplit> never = splitQuotas(inputs);
        REQUIRE_FALSE(never);
        CHECK(never.error().field == QStringLiteral("Ann"));
    }
}

TEST_CASE("Over-assignment raises every month of the reps' quotas", "[quotas]")
{
    QuotaInputs inputs = companyInputs(100'000);
    inputs.overAssignment = 0.10;
    inputs.holders = {holder(QStringLiteral("Ann")), holder(QStringLiteral("Bo"))};
    const Result<QuotaSplit> split = splitQuotas(inputs);
    REQUIRE(split);
    CHECK(split->target == 1'200'000);
    CHECK(split->assigned == 1'320'000);
    CHECK(values(split->groups.at(0).assigned) == values(evenMonths(110'000)));
    CHECK(split->holders.at(0).months[0] + split->holders.at(1).months[0] == 110'000);
}

TEST_CASE("Members carry a part of their own region's target", "[quotas]")
{
    const PlanSummary summary = summarizePlan(regionPlan());
    REQUIRE(summary.decomposition);
    REQUIRE(summary.quotas);
    CHECK(summary.quotas->byRegion);
    const DimensionSplit &members = membersOf(summary);
    // East has 2/3 of ¥1,200,000: Ann and Bo ¥400,000 each; West ¥200,000 each.
    CHECK(members.annual == QList<qint64>{40'000'000, 40'000'000, 20'000'000, 20'000'000});

    SECTION("a region without reps is a finding and its target is carried by no one")
    {
        Plan plan = regionPlan();
        plan.team.members[2].region = QStringLiteral("East");
        plan.team.members[3].region = QStringLiteral("East");
        const PlanSummary unstaffed = summarizePlan(plan);
        REQUIRE(unstaffed.quotas);
        CHECK(unstaffed.quotas->unassigned == 40'000'000);
        CHECK(membersOf(unstaffed).itemNames.last() == unassignedQuotaName());
        const bool warned = std::any_of(
            unstaffed.findings.begin(), unstaffed.findings.end(), [](const Finding &finding) {
                return finding.message.startsWith(QStringLiteral("West has a target but no"));
            });
        CHECK(warned);
    }
    SECTION("a member in a region the plan does not have carries nothing, in words")
    {
        Plan plan = regionPlan();
        plan.team.members[3].region = QStringLiteral("North");
        const PlanSummary summary2 = summarizePlan(plan);
        REQUIRE(summary2.quotas);
        CHECK(membersOf(summary2).annual.at(3) == 0);
        CHECK(membersOf(summary2).annual.at(2) == 40'000'000); // Cai carries all of West
        const bool warned = std::any_of(
            summary2.findings.begin(), summary2.findings.end(), [](const Finding &finding) {
                return finding.message.contains(QStringLiteral("\u201cNorth\u201d"));
            });
        CHECK(warned);
    }
}

TEST_CASE("A region no member names is a hint while quotas are shared by the company", "[quotas]")
{
    Plan plan = regionPlan();
    for (Member &member : plan.team.members)
        member.region = QStringLiteral("Nord");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.quotas);
    CHECK_FALSE(summary.quotas->byRegion);
    const auto hints =
        std::count_if(summary.findings.begin(), summary.findings.end(), [](const Finding &finding) {
            return finding.severity == Severity::Hint &&
                   finding.message.contains(QStringLiteral("\u201cNord\u201d"));
        });
    CHECK(hints == 4);
}

TEST_CASE("Planned hires carry quota from their start month", "[quotas]")
{
    Plan plan = regionPlan();
    Hire hire;
    hire.id = plan.ids.take();
    hire.role = QStringLiteral("Account Executive");
    hire.region = QStringLiteral("East");
    hire.count = 2;
    hire.startDate = QDate(2027, 7, 1);
    plan.team.hiring = {hire};
    plan.targets.funnel.newHireRampMonths = 0;
    const PlanSummary summary = summarizePlan(plan);
    const DimensionSplit &members = membersOf(summary);
    REQUIRE(members.itemNames.size() == 5);
    CHECK(members.itemNames.at(4) == QStringLiteral("Hire: 2 × Account Executive, East"));
    CHECK(members.byMonth.at(4)[5] == 0);
    // From July East's ¥66,666.67 a month goes 1 : 1 : 2 between Ann, Bo and the two hires.
    CHECK(std::abs(members.byMonth.at(4)[6] - members.byMonth.at(0)[6] * 2) <= 2);

    SECTION("a plan that does not follow start dates keeps hires out of the quotas")
    {
        plan.targets.quotasFollowStart = false;
        CHECK(membersOf(summarizePlan(plan)).itemNames.size() == 4);
    }
}

TEST_CASE("Regions and product lines take fixed amounts first", "[quotas]")
{
    Plan plan = regionPlan();
    plan.targets.regions[1].quotaAmount = Money{30'000'000, QStringLiteral("CNY")};
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.decomposition);
    const DimensionSplit *regions = summary.decomposition->split(TargetSplit::Regions);
    REQUIRE(regions);
    CHECK(regions->annual == QList<qint64>{90'000'000, 30'000'000});

    SECTION("fixed amounts above the target are refused, naming the regions")
    {
        plan.targets.regions[1].quotaAmount = Money{130'000'000, QStringLiteral("CNY")};
        const PlanSummary refused = summarizePlan(plan);
        REQUIRE_FALSE(refused.decomposition);
        CHECK(refused.decomposition.error().field == QStringLiteral("regions"));
        CHECK(refused.decomposition.error().reason.contains(QStringLiteral("more than")));
        const bool said = std::any_of(
            refused.findings.begin(), refused.findings.end(), [](const Finding &finding) {
                return finding.severity == Severity::Error &&
                       finding.field == QStringLiteral("targets.regions.quotaAmount") &&
                       finding.message.contains(QStringLiteral("¥1,300,000.00"));
            });
        CHECK(said);
    }
}

TEST_CASE("The assigned total is told beside the company target", "[quotas]")
{
    Plan plan = regionPlan();
    plan.targets.overAssignment = 0.10;
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.quotas);
    CHECK(assignedTargetText(plan, *summary.quotas) ==
          QStringLiteral("Company target ¥1,200,000.00 · assigned to reps ¥1,320,000.00 (110%)"));
}

TEST_CASE("Collections follow the bookings by the collection terms", "[collections]")
{
    CollectionInputs inputs;
    inputs.shares = {0.3, 0.5, 0.2, 0, 0, 0, 0};
    inputs.bookings = evenMonths(1'000);
    SECTION("the first months collect less, the year ends with a receivable")
    {
        const Result<CollectionPlan> plan = planCollections(inputs);
        REQUIRE(plan);
        CHECK(plan->months[0] == 300);
        CHECK(plan->months[1] == 800);
        CHECK(plan->months[2] == 1'000);
        CHECK(plan->closingReceivable == 900); // December's 70 % and November's 20 %
        CHECK(sumOf(plan->months) + plan->closingReceivable == 12'000);
    }
    SECTION("a typed opening receivable comes in over the first months")
    {
        inputs.openingReceivable = 900;
        const Result<CollectionPlan> plan = planCollections(inputs);
        REQUIRE(plan);
        CHECK(plan->fromOpening[0] == 700);
        CHECK(plan->fromOpening[1] == 200);
        CHECK(plan->months[0] == 1'000);
        CHECK(plan->opening == 900);
    }
    SECTION("last year's bookings flow into the plan year")
    {
        inputs.lastYearBookings = evenMonths(1'000);
        const Result<CollectionPlan> plan = planCollections(inputs);
        REQUIRE(plan);
        CHECK(plan->opening == 900);
        CHECK(plan->months[0] == 1'000);
    }
    SECTION("shares that do not add up to 100 % are refused in words")
    {
        inputs.shares = {0.3, 0.5, 0.15, 0, 0, 0, 0};
        const Result<CollectionPlan> plan = planCollections(inputs);
        REQUIRE_FALSE(plan);
        CHECK(plan.error().reason == QStringLiteral("the shares add up to 95.0%, not 100%"));
    }
    SECTION("a share above 100 % is refused")
    {
        inputs.shares = {2.5, 0, 0, 0, 0, 0, 0};
        CHECK_FALSE(planCollections(inputs));
    }
}

TEST_CASE("Old plans keep their figures: quotas follow start dates only when turned on", "[quotas]")
{
    CHECK(makeDefaultPlan().targets.quotasFollowStart);
    CHECK(makeDefaultPlan().targets.overAssignment == 0.0);
    CHECK_FALSE(makeDefaultPlan().targets.collections.isPlanned());
}

// --- The property test ------------------------------------------------------------------------

namespace {

Plan randomPlan(std::mt19937_64 &rng)
{
    auto uniform = [&rng](double low, double high) {
        return std::uniform_real_distribution<double>(low, high)(rng);
    };
    auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    Plan plan = makeDefaultPlan();
    plan.info.period = Period{2027, pick(1, 12)};
    const qint64 target = std::uniform_int_distribution<qint64>(0, 100'000'000'000)(rng);
    plan.targets.annualTarget = Money{target, QStringLiteral("CNY")};
    plan.targets.seasonality = SeasonalityMode::Custom;
    for (double &weight : plan.targets.customWeights)
        weight = pick(0, 4) == 0 ? 0.0 : uniform(0.1, 5);
    plan.targets.customWeights[0] = 1.0;
    plan.targets.overAssignment = std::round(uniform(0, 0.3) * 1000) / 1000;
    plan.targets.quotasFollowStart = pick(0, 4) != 0;
    const int regionCount = pick(0, 5);
    QStringList regionNames;
    for (int r = 0; r < regionCount; ++r) {
        WeightedItem region{plan.ids.take(), QStringLiteral("R%1").arg(r), uniform(0, 3), {}};
        if (pick(0, 5) == 0)
            region.quotaAmount.minor = target / (regionCount * 2 + 1);
        plan.targets.regions.append(region);
        regionNames.append(region.name);
    }
    const int memberCount = pick(0, 12);
    for (int m = 0; m < memberCount; ++m) {
        QString region =
            regionNames.isEmpty() ? QString() : regionNames.at(pick(0, regionCount - 1));
        if (pick(0, 10) == 0)
            region = pick(0, 1) ? QStringLiteral("Nowhere") : QString();
        Member person = member(plan, QStringLiteral("M%1").arg(m), region, uniform(0, 3));
        if (pick(0, 2) != 0)
            person.startDate = plan.info.period.firstDay().addDays(pick(-200, 400));
        person.rampMonths = pick(0, 6);
        if (pick(0, 6) == 0)
            person.quotaAmount.minor = target / std::max(40, memberCount * 8);
        plan.team.members.append(person);
    }
    for (int h = pick(0, 2); h > 0; --h) {
        Hire hire;
        hire.id = plan.ids.take();
        hire.region = regionNames.isEmpty() ? QString() : regionNames.at(pick(0, regionCount - 1));
        hire.count = pick(1, 3);
        hire.startDate = plan.info.period.firstDay().addMonths(pick(0, 11));
        plan.team.hiring.append(hire);
    }
    if (pick(0, 2) == 0) {
        plan.targets.collections.sameMonth = 0.3;
        plan.targets.collections.after1Month = 0.5;
        plan.targets.collections.after6Months = 0.2;
        plan.targets.collections.openingReceivable.minor = target / 10;
    }
    return plan;
}

// Requires every sum the quotas promise.
void checkQuotaSums(const Plan &plan, const PlanSummary &summary)
{
    const Decomposition &decomposition = *summary.decomposition;
    const QuotaSplit &quotas = *summary.quotas;
    if (const DimensionSplit *regions = decomposition.split(TargetSplit::Regions)) {
        for (int month = 0; month < Period::monthCount; ++month) {
            qint64 sum = 0;
            for (const MonthValues &row : regions->byMonth)
                sum += row[month];
            REQUIRE(sum == decomposition.months[month]);
        }
    }
    // The reps carry the target × (1 + over-assignment) exactly, each month within a minor unit.
    REQUIRE(quotas.assigned == raisedBy(quotas.target, plan.targets.overAssignment).value());
    const DimensionSplit *regions = decomposition.split(TargetSplit::Regions);
    for (qsizetype g = 0; g < quotas.groups.size(); ++g) {
        const MonthValues &target = quotas.byRegion ? regions->byMonth.at(g) : decomposition.months;
        for (int month = 0; month < Period::monthCount; ++month) {
            const double ideal = double(target[month]) * (1.0 + plan.targets.overAssignment);
            REQUIRE(std::abs(double(quotas.groups.at(g).assigned[month]) - ideal) <= 1.01);
        }
    }
    const QList<QuotaHolder> holders = quotaHolders(plan);
    for (const GroupQuota &group : quotas.groups) {
        for (int month = 0; month < Period::monthCount; ++month) {
            qint64 carried = group.unassigned[month];
            for (int h : group.holders)
                carried += quotas.holders.at(h).months[month];
            REQUIRE(carried == group.assigned[month]);
        }
    }
    for (qsizetype h = 0; h < holders.size(); ++h) {
        const HolderQuota &quota = quotas.holders.at(h);
        REQUIRE(quota.annual == sumOf(quota.months));
        for (int month = 0; month < Period::monthCount; ++month) {
            REQUIRE(quota.months[month] >= 0);
            if (plan.targets.quotasFollowStart &&
                repProductivity(holders.at(h).rep, plan.info.period, month) == 0)
                REQUIRE(quota.months[month] == 0);
        }
        if (holders.at(h).fixedAnnual > 0 && quota.group >= 0)
            REQUIRE(quota.annual == holders.at(h).fixedAnnual);
    }
    const DimensionSplit *members = decomposition.split(TargetSplit::Members);
    if (members)
        REQUIRE(sumOf(members->annual) == quotas.assigned);
}

void checkCollectionSums(const PlanSummary &summary)
{
    if (!summary.collections)
        return;
    REQUIRE(*summary.collections);
    const CollectionPlan &collections = **summary.collections;
    REQUIRE(sumOf(collections.months) + collections.closingReceivable ==
            summary.decomposition->annual + collections.opening);
}

} // namespace

TEST_CASE("Quotas and collections sum exactly over 10,000 random plans", "[quotas][property]")
{
    std::mt19937_64 rng(20271231);
    int worked = 0;
    for (int i = 0; i < 10'000; ++i) {
        const Plan plan = randomPlan(rng);
        const PlanSummary summary = summarizePlan(plan);
        if (!summary.decomposition || !summary.quotas) {
            // A refusal is allowed (fixed amounts above a target), but always in words.
            const Error error =
                summary.decomposition ? summary.quotas.error() : summary.decomposition.error();
            REQUIRE_FALSE(error.message().isEmpty());
            continue;
        }
        ++worked;
        checkQuotaSums(plan, summary);
        checkCollectionSums(summary);
    }
    CHECK(worked > 9'000);
}
