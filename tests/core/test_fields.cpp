// The field lists and the choice table: their keys and columns are part of the JSON format and
// the .salesplan file, so this test freezes them; a rename fails here before it breaks a file.
#include "plan/choices.h"
#include "plan/fields.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace salesplan;

namespace {

template <typename R> QStringList keysAndColumns()
{
    QStringList list;
    for (const FieldOf<R> &field : fieldsOf<R>().fields)
        list.append(field.key.toString() + u'=' + field.column.toString());
    return list;
}

template <typename E> QString joinedKeys()
{
    return choiceKeys(choicesOf<E>()).join(u',');
}

// Every field gives back what it was given, holds its kind's type, and takes its default.
template <typename R> void checkRoundTrip(const R &defaults = R{})
{
    QSet<QString> keys;
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        INFO(field.key.toString().toStdString());
        CHECK_FALSE(keys.contains(field.key.toString()));
        keys.insert(field.key.toString());
        CHECK_FALSE(field.labelText().isEmpty());
        const QVariant value = field.get(defaults);
        if (field.kind != FieldKind::Currency || !value.toString().isEmpty()) {
            if (field.kind != FieldKind::Date && field.kind != FieldKind::Month)
                CHECK(field.accepts(value));
        }
        R copy = defaults;
        field.set(copy, value);
        CHECK(copy == defaults);
    }
}

} // namespace

TEST_CASE("The choice keys written to files never change", "[fields]")
{
    CHECK(joinedKeys<PlanStatus>() == QStringLiteral("draft,in_review,approved"));
    CHECK(joinedKeys<CompetitorKind>() == QStringLiteral("direct,indirect"));
    CHECK(joinedKeys<SeasonalityMode>() == QStringLiteral("even,custom,last_year,average_years"));
    CHECK(joinedKeys<CustomerType>() == QStringLiteral("business,consumer"));
    CHECK(joinedKeys<SegmentTier>() == QStringLiteral("strategic,profit,nurture,maintain"));
    CHECK(joinedKeys<ReviewFrequency>() == QStringLiteral("weekly,monthly,quarterly,yearly"));
    CHECK(joinedKeys<RiskCategory>() == QStringLiteral("market,customer,execution,financial"));
    CHECK(joinedKeys<HolidayCalendar>() == QStringLiteral("none,CN,TW"));
    CHECK(joinedKeys<KpiMeasure>() ==
          QStringLiteral("custom,qualified_leads,win_rate,average_deal_size,revenue"));
    CHECK(joinedKeys<KpiTargetFrom>() == QStringLiteral("typed,plan"));
    CHECK(joinedKeys<KpiDirection>() == QStringLiteral("higher,lower"));
    CHECK(joinedKeys<ReviewSubject>() == QStringLiteral("company,region,product,member,kpi"));
    CHECK(joinedKeys<UpliftScope>() == QStringLiteral("all_reps,new_hires"));
    CHECK(joinedKeys<InitiativeStatus>() == QStringLiteral("planned,in_progress,done,dropped"));
    CHECK(joinedKeys<BudgetCategory>() == QStringLiteral("events,travel,campaigns,other"));
    CHECK(joinedKeys<UnitAllocation>() == QStringLiteral("amounts,weights"));
}

TEST_CASE("A choice is found by its key or its name, in any case", "[fields]")
{
    CHECK(choiceFromKey<SegmentTier>(u"nurture") == SegmentTier::Nurture);
    CHECK(choiceFromKey<SegmentTier>(u" Nurture ") == SegmentTier::Nurture);
    CHECK_FALSE(choiceFromKey<SegmentTier>(u"gold").has_value());
    CHECK(choiceFromText(choicesOf<RiskCategory>(), u"execution") == int(RiskCategory::Execution));
    CHECK(choiceFromText(choicesOf<RiskCategory>(), u"Financial") == int(RiskCategory::Financial));
    CHECK(choiceName(ReviewFrequency::Quarterly) == QStringLiteral("Quarterly"));
    CHECK(choiceKey(PlanStatus::InReview) == QStringLiteral("in_review"));
}

TEST_CASE("The JSON keys and SQL columns of every field never change", "[fields]")
{
    CHECK(keysAndColumns<PlanInfo>().join(u' ') ==
          QStringLiteral("name=name company=company author=author language=language "
                         "currency=currency period.year=period_year "
                         "period.startMonth=period_start_month status=status"));
    CHECK(keysAndColumns<MissionSection>().join(u' ') ==
          QStringLiteral("mission=mission marketPosition=market_position "
                         "valueProposition=value_proposition marketSize=market_size "
                         "marketGrowth=market_growth marketTrends=market_trends"));
    CHECK(keysAndColumns<Competitor>().join(u' ') ==
          QStringLiteral("name=name kind=kind strengths=strengths weaknesses=weaknesses"));
    CHECK(keysAndColumns<TargetsSection>().join(u' ') ==
          QStringLiteral("annualTarget=annual_target lastYearActual=last_year_actual "
                         "stretchReserve=stretch_reserve challengeReserve=challenge_reserve "
                         "seasonality=seasonality historyYears=history_years "
                         "quotasFollowStart=quotas_follow_start "
                         "overAssignment=over_assignment marketShare=market_share "
                         "marketingBudget=marketing_budget "
                         "existingCustomerShare=existing_customer_share "
                         "unitAllocation=unit_allocation unitGapThreshold=unit_gap_threshold"));
    CHECK(keysAndColumns<PlanUnit>().join(u' ') ==
          QStringLiteral("name=name path=path allocation=allocation weight=weight"));
    CHECK(keysAndColumns<TeamServerBasis>().join(u' ') ==
          QStringLiteral("server=team_server unit=team_server_unit "
                         "allocationVersion=team_server_allocation_version "
                         "unitVersion=team_server_unit_version "
                         "allocatedTarget=team_server_allocated_target"));
    CHECK(keysAndColumns<Uplift>().join(u' ') ==
          QStringLiteral("reason=reason uplift=uplift appliesTo=applies_to"));
    CHECK(keysAndColumns<Initiative>().join(u' ') ==
          QStringLiteral("name=name goal=goal owner=owner start=start due=due budget=budget "
                         "serves=serves kpi=kpi status=status notes=notes spent=spent"));
    CHECK(keysAndColumns<Milestone>().join(u' ') ==
          QStringLiteral("initiative=initiative name=name date=date done=done"));
    CHECK(keysAndColumns<WeightedItem>().join(u' ') ==
          QStringLiteral("name=name weight=weight quotaAmount=quota_amount"));
    CHECK(keysAndColumns<CollectionTerms>().join(u' ') ==
          QStringLiteral("sameMonth=same_month after1Month=after_1_month "
                         "after2Months=after_2_months after3Months=after_3_months "
                         "after4Months=after_4_months after5Months=after_5_months "
                         "after6Months=after_6_months openingReceivable=opening_receivable"));
    CHECK(keysAndColumns<FunnelAssumptions>().join(u' ') ==
          QStringLiteral("averageDealSize=average_deal_size leadToQualified=lead_to_qualified "
                         "qualifiedToProposal=qualified_to_proposal "
                         "proposalToWon=proposal_to_won callsPerLead=calls_per_lead "
                         "callsPerRepDay=calls_per_rep_day demosPerRepDay=demos_per_rep_day "
                         "annualAttrition=annual_attrition "
                         "newHireRampMonths=new_hire_ramp_months costPerLead=cost_per_lead "
                         "calendar=calendar"));
    CHECK(keysAndColumns<TeamSection>().join(u' ') ==
          QStringLiteral("trainingPlan=training_plan commissionRate=commission_rate "
                         "acceleratorRate=accelerator_rate incentiveNotes=incentive_notes "
                         "budgetLimit=budget_limit"));
    CHECK(keysAndColumns<Role>().join(u' ') ==
          QStringLiteral("name=name responsibilities=responsibilities skills=skills "
                         "monthlyCost=monthly_cost"));
    CHECK(keysAndColumns<BudgetLine>().join(u' ') ==
          QStringLiteral("category=category name=name monthlyAmount=monthly_amount "
                         "fromMonth=from_month toMonth=to_month"));
    CHECK(keysAndColumns<Member>().join(u' ') ==
          QStringLiteral("name=name role=role region=region quotaShare=quota_share "
                         "quotaAmount=quota_amount startDate=start_date "
                         "rampMonths=ramp_months"));
    CHECK(keysAndColumns<Hire>().join(u' ') ==
          QStringLiteral("role=role region=region count=count startDate=start_date"));
    CHECK(keysAndColumns<Segment>().join(u' ') ==
          QStringLiteral("name=name type=customer_type characteristics=characteristics "
                         "challenges=challenges goals=goals tier=tier strategy=strategy"));
    CHECK(keysAndColumns<Stage>().join(u' ') ==
          QStringLiteral("name=name method=method exitCriteria=exit_criteria "
                         "collateral=collateral conversionRate=conversion_rate "
                         "typicalDays=typical_days"));
    CHECK(keysAndColumns<Tool>().join(u' ') ==
          QStringLiteral("name=name purpose=purpose owner=owner annualCost=annual_cost "
                         "dataHeld=data_held"));
    CHECK(keysAndColumns<MetricsSection>().join(u' ') ==
          QStringLiteral("reviewCadence=review_cadence reviewNotes=review_notes "
                         "deviationThreshold=deviation_threshold"));
    CHECK(keysAndColumns<Kpi>().join(u' ') ==
          QStringLiteral("name=name definition=definition unit=unit target=target "
                         "frequency=frequency measures=measures targetFrom=target_from "
                         "greenAt=green_at yellowAt=yellow_at direction=direction"));
    CHECK(keysAndColumns<Risk>().join(u' ') ==
          QStringLiteral("category=category description=description likelihood=likelihood "
                         "impact=impact mitigation=mitigation owner=owner"));
    CHECK(keysAndColumns<HistoryEntry>().join(u' ') ==
          QStringLiteral("month=month region=region product=product member=member "
                         "amount=amount"));
    CHECK(keysAndColumns<KpiActual>().join(u' ') ==
          QStringLiteral("kpi=kpi month=month value=value"));
    CHECK(keysAndColumns<ReviewEntry>().join(u' ') ==
          QStringLiteral("month=month subject=subject name=name cause=cause action=action "
                         "owner=owner due=due done=done"));
    CHECK(keysAndColumns<StatusChange>().join(u' ') ==
          QStringLiteral("status=status by=changed_by date=date comment=comment "
                         "narrativeEditable=narrative_editable"));
}

TEST_CASE("Every field reads and writes its member and takes its default", "[fields]")
{
    checkRoundTrip<PlanInfo>();
    checkRoundTrip<StatusChange>();
    checkRoundTrip<MissionSection>();
    checkRoundTrip<Competitor>();
    checkRoundTrip<TargetsSection>();
    checkRoundTrip<WeightedItem>();
    checkRoundTrip<FunnelAssumptions>();
    FunnelAssumptions taiwan;
    taiwan.calendar = HolidayCalendar::Taiwan;
    checkRoundTrip<FunnelAssumptions>(taiwan);
    checkRoundTrip<TeamSection>();
    checkRoundTrip<Role>();
    checkRoundTrip<Member>();
    checkRoundTrip<Hire>();
    checkRoundTrip<Segment>();
    checkRoundTrip<Stage>();
    checkRoundTrip<Tool>();
    checkRoundTrip<MetricsSection>();
    checkRoundTrip<Kpi>();
    Kpi following;
    following.measures = KpiMeasure::Revenue;
    following.targetFrom = KpiTargetFrom::Plan;
    checkRoundTrip<Kpi>(following);
    checkRoundTrip<Risk>();
    checkRoundTrip<HistoryEntry>();
    Uplift uplift{7, QStringLiteral("Training"), 0.3, UpliftScope::NewHires};
    checkRoundTrip<Uplift>(uplift);
    checkRoundTrip<Initiative>();
    checkRoundTrip<Milestone>(Milestone{3, 1, QStringLiteral("Kick-off"), QDate(2027, 3, 1), true});
    BudgetLine line{8,
                    BudgetCategory::Travel,
                    QStringLiteral("Travel"),
                    Money::of(10'000'00, QStringLiteral("CNY")),
                    2,
                    11};
    checkRoundTrip<BudgetLine>(line);
    checkRoundTrip<PlanUnit>(PlanUnit{9, QStringLiteral("East"), QStringLiteral("east.salesplan"),
                                      Money::of(5'000'000'00, QStringLiteral("CNY")), 2.0});
    checkRoundTrip<TeamServerBasis>(TeamServerBasis{
        QStringLiteral("postgresql://chen@plans.example.com:5432/sales"), QStringLiteral("north"),
        3, 4, Money::of(120'000'000'00, QStringLiteral("CNY"))});
}

TEST_CASE("A field refuses values out of its range or of another kind", "[fields]")
{
    const auto &member = *fieldsOf<Member>().find(u"rampMonths");
    CHECK(member.accepts(24));
    CHECK_FALSE(member.accepts(25));
    CHECK_FALSE(member.accepts(-1));
    CHECK_FALSE(member.accepts(QStringLiteral("3")));
    const auto &growth = *fieldsOf<MissionSection>().find(u"marketGrowth");
    CHECK(growth.accepts(-0.5));
    CHECK_FALSE(growth.accepts(11.0));
    const auto &rate = *fieldsOf<FunnelAssumptions>().find(u"leadToQualified");
    CHECK_FALSE(rate.accepts(2.5));
    const auto &target = *fieldsOf<TargetsSection>().find(u"annualTarget");
    CHECK(target.accepts(QVariant::fromValue(Money{100, QStringLiteral("CNY")})));
    CHECK_FALSE(target.accepts(QVariant::fromValue(Money{-100, QStringLiteral("CNY")})));
    const auto &tier = *fieldsOf<Segment>().find(u"tier");
    CHECK(tier.accepts(int(SegmentTier::Maintain)));
    CHECK_FALSE(tier.accepts(42));
}

TEST_CASE("A KPI's yellow threshold may not rise above its green one", "[fields]")
{
    Kpi kpi;
    CHECK(fieldsOf<Kpi>().isConsistent(kpi));
    kpi.yellowAt = kpi.greenAt + 0.1;
    CHECK_FALSE(fieldsOf<Kpi>().isConsistent(kpi));
}
