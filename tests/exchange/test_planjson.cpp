#include "exchange/planjson.h"
#include "exchange/summaryjson.h"
#include "summary/plansummary.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <concepts>
#include <limits>

using namespace salesplan;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

// A plan in which every field differs from its default, with text in several scripts and
// amounts at the ends of what Money holds.
Plan fullPlan(const QString &currency = QStringLiteral("CNY"))
{
    const auto money = [&](qint64 minor) {
        return Money{minor, currency};
    };
    Plan plan;
    plan.ids = RowIdSource(500);

    plan.info.name = QStringLiteral("2027 年度销售计划 🚀");
    plan.info.company = QStringLiteral("華東科技有限公司");
    plan.info.author = QStringLiteral("张伟 / مرحبا / שלום");
    plan.info.language = QStringLiteral("zh_CN");
    plan.info.currency = currency;
    plan.info.period = Period{2027, 4};
    plan.info.status = PlanStatus::InReview;

    plan.mission.mission = QStringLiteral("让每家工厂都用上好软件\n第二行 👍");
    plan.mission.marketPosition = QStringLiteral("Challenger \"quoted\" \\ backslash\ttab");
    plan.mission.valueProposition = QStringLiteral("مرحبا بالعالم — שלום עולם");
    plan.mission.marketSize = money(int64Max);
    plan.mission.marketGrowth = -0.125;
    plan.mission.marketTrends = QStringLiteral("繁體中文：雲端化、國產替代");
    plan.mission.competitors = {
        {7, QStringLiteral("对手甲"), CompetitorKind::Direct, QStringLiteral("价格低"),
         QStringLiteral("服务慢")},
        {8, QStringLiteral("Excel 🙂"), CompetitorKind::Indirect, QStringLiteral("free"),
         QStringLiteral("no pipeline")},
    };

    TargetsSection &targets = plan.targets;
    targets.annualTarget = money(12'000'000'000);
    targets.lastYearActual = money(9'876'543'210);
    targets.stretchReserve = 0.15;
    targets.challengeReserve = 0.3;
    targets.seasonality = SeasonalityMode::Custom;
    targets.customWeights = {0.5, 0.75, 1.25, 1, 1, 1.5, 0.1, 0.2, 0.3, 2, 3, 1.0 / 3.0};
    targets.historyYears = 2;
    targets.regions = {{10, QStringLiteral("华东"), 0.4, money(0)},
                       {11, QStringLiteral("華南"), 0.6, money(3'000'000'00)}};
    targets.products = {{12, QStringLiteral("云服务"), 2.5, money(0)},
                        {13, QStringLiteral("硬件"), 0, money(0)}};
    FunnelAssumptions &funnel = targets.funnel;
    funnel.averageDealSize = money(35'000'00);
    funnel.leadToQualified = 0.25;
    funnel.qualifiedToProposal = 0.6;
    funnel.proposalToWon = 0.35;
    funnel.callsPerLead = 5.5;
    funnel.callsPerRepDay = 50;
    funnel.demosPerRepDay = 2.5;
    funnel.annualAttrition = 0.12;
    funnel.newHireRampMonths = 4;
    funnel.costPerLead = money(1);
    funnel.holidays = {QDate(2027, 10, 1), QDate(2027, 10, 4), QDate(2028, 1, 26)};
    funnel.extraWorkdays = {QDate(2027, 9, 26), QDate(2027, 10, 9)};
    targets.quotasFollowStart = false;
    targets.overAssignment = 0.15;
    targets.collections.sameMonth = 0.4;
    targets.collections.after2Months = 0.6;
    targets.collections.openingReceivable = money(5'000'00);
    targets.marketShare = 0.025;
    targets.marketingBudget = money(800'000'00);
    targets.existingCustomerShare = 0.4;
    targets.uplifts = {{14, QStringLiteral("新人培训"), 0.3, UpliftScope::NewHires},
                       {15, QStringLiteral("CRM 提效"), 0.2, UpliftScope::AllReps}};

    TeamSection &team = plan.team;
    team.roles = {{20, QStringLiteral("客户经理"), QStringLiteral("新客户开发"),
                   QStringLiteral("谈判"), money(20'000'00)},
                  {21, QStringLiteral("Sales engineer"), QStringLiteral("Demos"),
                   QStringLiteral("Product depth"), money(0)}};
    team.members = {
        {30, QStringLiteral("张伟"), QStringLiteral("客户经理"), QStringLiteral("华东"), 1.5,
         QDate(2027, 6, 1), 3, money(2'000'000'00)},
        {31, QStringLiteral("דוד"), QStringLiteral("Sales engineer"), QStringLiteral("華南"), 0,
         QDate(), 0, money(0)},
    };
    team.hiring = {{40, QStringLiteral("客户经理"), QStringLiteral("西南"), 3, QDate(2027, 7, 15)}};
    team.trainingPlan = QStringLiteral("每月一次产品培训");
    team.commissionRate = 0.07;
    team.acceleratorRate = 0.12;
    team.incentiveNotes = QStringLiteral("超额部分 12 % 🎉");
    team.budgetLines = {
        {22, BudgetCategory::Events, QStringLiteral("展会"), money(50'000'00), 3, 4}};
    team.budgetLimit = money(3'000'000'00);

    Segment segment;
    segment.id = 50;
    segment.name = QStringLiteral("大型制造企业");
    segment.type = CustomerType::Consumer;
    segment.characteristics = QStringLiteral("员工 > 1000");
    segment.attributes = {QStringLiteral("制造业"), QStringLiteral("注册资本 1 亿"), QString(),
                          QStringLiteral("مرحبا")};
    segment.challenges = QStringLiteral("采购周期长");
    segment.goals = QStringLiteral("降本增效");
    segment.tier = SegmentTier::Nurture;
    segment.strategy = QStringLiteral("行业方案");
    plan.segments = {segment};
    segment.id = 51;
    segment.tier = SegmentTier::Maintain;
    segment.attributes.clear();
    plan.segments.append(segment);

    plan.stages = {{60, QStringLiteral("线索"), QStringLiteral("展会"), QStringLiteral("有兴趣"),
                    QStringLiteral("白皮书"), 0.45, 12},
                   {61, QStringLiteral("成交"), QStringLiteral("签约"), QStringLiteral("合同"),
                    QStringLiteral("合同模板"), 0.0, 0}};
    plan.tools = {{70, QStringLiteral("纷享销客 CRM"), QStringLiteral("管道"),
                   QStringLiteral("销售运营"), money(60'000'00), QStringLiteral("客户、商机")}};

    plan.metrics.kpis = {{80, QStringLiteral("合格线索"), QStringLiteral("通过资格审核"),
                          QStringLiteral("条"), 1234.5, ReviewFrequency::Quarterly, 1.1, 0.85}};
    plan.metrics.reviewCadence = ReviewFrequency::Weekly;
    plan.metrics.reviewNotes = QStringLiteral("每周一例会");
    plan.metrics.risks = {{90, RiskCategory::Financial, QStringLiteral("回款慢"), 5, 1,
                           QStringLiteral("预付款"), QStringLiteral("财务")},
                          {91, RiskCategory::Execution, QStringLiteral("招聘慢"), 1, 5,
                           QStringLiteral("猎头"), QStringLiteral("HR")}};

    plan.history = {{100, QDate(2026, 1, 1), QStringLiteral("华东"), QStringLiteral("云服务"),
                     QStringLiteral("张伟"), money(-1'234'56)},
                    {101, QDate(2026, 2, 1), QString(), QString(), QString(), money(int64Min)}};
    plan.presentationDeck = {QStringLiteral("capacity"), QStringLiteral("targets"),
                             QStringLiteral("split:1"), QStringLiteral("actual")};
    plan.speakerNotes = {{QStringLiteral("title"), QStringLiteral("先感谢团队\nThen the target")},
                         {QStringLiteral("capacity"), QStringLiteral("Two hires by May 🚀")}};
    return plan;
}

// Compares section by section, so a failure says where the difference is.
void requireSamePlan(const Plan &actual, const Plan &expected)
{
    CHECK(actual.info == expected.info);
    CHECK(actual.mission == expected.mission);
    CHECK(actual.targets.funnel == expected.targets.funnel);
    CHECK(actual.targets == expected.targets);
    CHECK(actual.team == expected.team);
    CHECK(actual.segments == expected.segments);
    CHECK(actual.stages == expected.stages);
    CHECK(actual.tools == expected.tools);
    CHECK(actual.metrics == expected.metrics);
    CHECK(actual.history == expected.history);
    CHECK(actual.kpiActuals == expected.kpiActuals);
    CHECK(actual.presentationDeck == expected.presentationDeck);
    CHECK(actual.speakerNotes == expected.speakerNotes);
    CHECK(actual.ids.peek() == expected.ids.peek());
    // Plan::operator== needs RowIdSource to be comparable; use it as soon as it is.
    if constexpr (std::equality_comparable<Plan>)
        CHECK(actual == expected);
}

Plan roundTrip(const Plan &plan)
{
    const Result<Plan> back = planFromJson(planToJson(plan));
    if (!back)
        FAIL(back.error().message().toStdString());
    return *back;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// Sets (or with an undefined value, removes) the value at a path such as {"plan", "stages", "0",
// "id"}; numbers in the path index lists.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = key.toLongLong();
        if (path.isEmpty())
            array[index] = value;
        else
            array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else if (path.isEmpty())
        object[key] = value;
    else
        object[key] = setAt(object.value(key), path, value);
    return object;
}

QByteArray withValue(const Plan &plan, const QString &dottedPath, const QJsonValue &value)
{
    return serialize(setAt(parse(planToJson(plan)), dottedPath.split(u'.'), value).toObject());
}

Error importError(const QByteArray &json)
{
    const Result<Plan> plan = planFromJson(json);
    REQUIRE_FALSE(plan.ok());
    return plan.error();
}

} // namespace

TEST_CASE("a fully populated plan survives a JSON round trip", "[json]")
{
    const Plan original = fullPlan();
    const Plan back = roundTrip(original);
    requireSamePlan(back, original);

    // A few fields by hand, so a broken comparison cannot hide a loss.
    CHECK(back.info.name == QStringLiteral("2027 年度销售计划 🚀"));
    CHECK(back.info.author == QStringLiteral("张伟 / مرحبا / שלום"));
    CHECK(back.mission.marketSize.minor == int64Max);
    CHECK(back.tools.at(0).annualCost.minor == 60'000'00);
    CHECK(back.targets.customWeights[11] == 1.0 / 3.0);
    CHECK(back.targets.funnel.holidays.at(2) == QDate(2028, 1, 26));
    CHECK(back.team.members.at(1).startDate.isNull());
    CHECK(back.segments.at(0).attributes.at(3) == QStringLiteral("مرحبا"));
    CHECK(back.metrics.risks.at(1).category == RiskCategory::Execution);
    CHECK(back.history.at(1).amount == Money{int64Min, QStringLiteral("CNY")});
    CHECK(back.presentationDeck == QStringList{QStringLiteral("capacity"),
                                               QStringLiteral("targets"), QStringLiteral("split:1"),
                                               QStringLiteral("actual")});
    CHECK(back.ids.peek() == 500);
}

TEST_CASE("money is written as exact decimal text in the plan's currency", "[json]")
{
    const QJsonObject plan = parse(planToJson(fullPlan())).value(u"plan").toObject();
    const QJsonObject targets = plan.value(u"targets").toObject();
    CHECK(targets.value(u"annualTarget") == QJsonValue(QStringLiteral("120000000.00")));
    CHECK(plan.value(u"mission").toObject().value(u"marketSize") ==
          QJsonValue(QStringLiteral("92233720368547758.07")));
    CHECK(plan.value(u"history").toArray().at(1).toObject().value(u"amount") ==
          QJsonValue(QStringLiteral("-92233720368547758.08")));
    CHECK(plan.value(u"history").toArray().at(0).toObject().value(u"amount") ==
          QJsonValue(QStringLiteral("-1234.56")));

    SECTION("a zero-decimal currency has no decimals")
    {
        const Plan yen = fullPlan(QStringLiteral("JPY"));
        const QJsonObject json = parse(planToJson(yen)).value(u"plan").toObject();
        CHECK(json.value(u"targets").toObject().value(u"annualTarget") ==
              QJsonValue(QStringLiteral("12000000000")));
        CHECK(json.value(u"mission").toObject().value(u"marketSize") ==
              QJsonValue(QStringLiteral("9223372036854775807")));
        requireSamePlan(roundTrip(yen), yen);
    }

    SECTION("an amount in another currency keeps its currency")
    {
        Plan dollars = fullPlan();
        dollars.targets.funnel.costPerLead = Money{250, QStringLiteral("USD")};
        const QJsonObject funnel = parse(planToJson(dollars))
                                       .value(u"plan")
                                       .toObject()
                                       .value(u"targets")
                                       .toObject()
                                       .value(u"funnel")
                                       .toObject();
        CHECK(funnel.value(u"costPerLead") ==
              QJsonValue(QJsonObject{{QStringLiteral("amount"), QStringLiteral("2.50")},
                                     {QStringLiteral("currency"), QStringLiteral("USD")}}));
        requireSamePlan(roundTrip(dollars), dollars);
    }
}

TEST_CASE("zero amounts are written in the plan's currency", "[json]")
{
    Plan plan = makeDefaultPlan(); // its amounts are zero CNY
    plan.info.currency = QStringLiteral("USD");
    const QByteArray json = planToJson(plan);
    CHECK_FALSE(json.contains("\"CNY\""));
    const Plan back = roundTrip(plan);
    CHECK(back.targets.annualTarget == Money{0, QStringLiteral("USD")});
    CHECK(back.tools == plan.tools);
    CHECK(back.stages == plan.stages);
}

TEST_CASE("the JSON is the documented envelope with readable values", "[json]")
{
    const QByteArray json = planToJson(fullPlan());
    const QJsonObject root = parse(json);
    CHECK(root.value(u"format") == QJsonValue(QStringLiteral("salesplan")));
    CHECK(root.value(u"version") == QJsonValue(1));
    const QJsonObject plan = root.value(u"plan").toObject();
    CHECK(plan.value(u"info").toObject().value(u"status") ==
          QJsonValue(QStringLiteral("in_review")));
    CHECK(plan.value(u"targets").toObject().value(u"seasonality") ==
          QJsonValue(QStringLiteral("custom")));
    CHECK(plan.value(u"targets").toObject().value(u"stretchReserve") == QJsonValue(0.15));
    CHECK(plan.value(u"mission")
              .toObject()
              .value(u"competitors")
              .toArray()
              .at(1)
              .toObject()
              .value(u"kind") == QJsonValue(QStringLiteral("indirect")));
    CHECK(plan.value(u"metrics").toObject().value(u"reviewCadence") ==
          QJsonValue(QStringLiteral("weekly")));
    CHECK(plan.value(u"team")
              .toObject()
              .value(u"members")
              .toArray()
              .at(0)
              .toObject()
              .value(u"startDate") == QJsonValue(QStringLiteral("2027-06-01")));
    CHECK(plan.value(u"history").toArray().at(0).toObject().value(u"month") ==
          QJsonValue(QStringLiteral("2026-01")));
    CHECK(plan.value(u"stages").toArray().at(0).toObject().value(u"id") == QJsonValue(60));
    CHECK(plan.value(u"presentationDeck").toArray().at(2) == QJsonValue(QStringLiteral("split:1")));
    // Indented UTF-8, not \u escapes, so a diff of a Chinese plan is readable.
    CHECK(json.contains("\n    \"format\": \"salesplan\""));
    CHECK(json.contains("华东"));
}

TEST_CASE("the JSON of a plan is the same from export to export", "[json]")
{
    const Plan plan = makeDefaultPlan();
    const QByteArray first = planToJson(plan);
    CHECK(planToJson(plan) == first);
    const Result<Plan> back = planFromJson(first);
    REQUIRE(back.ok());
    CHECK(planToJson(*back) == first);
    requireSamePlan(*back, plan);

    const QByteArray full = planToJson(fullPlan());
    CHECK(planToJson(roundTrip(fullPlan())) == full);
}

TEST_CASE("a hand-written plan: defaults, unknown keys, missing ids", "[json]")
{
    const QByteArray json = R"({
        "format": "salesplan",
        "version": 1,
        "comment": "written by hand",
        "plan": {
            "info": {"name": "Hand made", "currency": "usd", "period": {"year": 2028}},
            "targets": {"annualTarget": 5000000, "regions": [{"name": "North", "futureKey": 1},
                                                             {"id": 40, "name": "South"}]},
            "stages": [{"name": "Lead", "conversionRate": 0.5}, {"id": 7, "name": "Close"}],
            "history": [{"month": "2026-03-17", "amount": "-12.5"}],
            "somethingNew": {"x": [1, 2]}
        }
    })";
    const Result<Plan> plan = planFromJson(json);
    REQUIRE(plan.ok());
    const Plan defaults;
    CHECK(plan->info.name == QStringLiteral("Hand made"));
    CHECK(plan->info.currency == QStringLiteral("USD"));
    CHECK(plan->info.period == Period{2028, defaults.info.period.startMonth});
    CHECK(plan->info.status == defaults.info.status);
    CHECK(plan->info.statusLog.isEmpty()); // a plan written before the status log
    CHECK(plan->targets.annualTarget == Money{5'000'000'00, QStringLiteral("USD")});
    CHECK(plan->targets.lastYearActual == Money{0, QStringLiteral("USD")});
    CHECK(plan->targets.funnel.leadToQualified == defaults.targets.funnel.leadToQualified);
    CHECK(plan->targets.customWeights == defaults.targets.customWeights);
    TeamSection defaultTeam = defaults.team;
    defaultTeam.budgetLimit = Money{0, QStringLiteral("USD")}; // in the plan's currency
    CHECK(plan->team == defaultTeam);
    CHECK(plan->metrics == defaults.metrics);
    CHECK(plan->stages.at(0).conversionRate == 0.5);
    CHECK(plan->stages.at(0).typicalDays == 0);
    CHECK(plan->history.at(0).month == QDate(2026, 3, 1));
    CHECK(plan->history.at(0).amount == Money{-1250, QStringLiteral("USD")});
    CHECK(plan->presentationDeck.isEmpty()); // the default deck

    // Fresh ids go above every id in the file, in file order, and are all different.
    CHECK(plan->targets.regions.at(1).id == 40);
    CHECK(plan->stages.at(1).id == 7);
    CHECK(plan->targets.regions.at(0).id == 41);
    CHECK(plan->stages.at(0).id == 42);
    CHECK(plan->history.at(0).id == 43);
    CHECK(plan->ids.peek() == 44);
}

TEST_CASE("the id source is set above every id in use", "[json]")
{
    Plan plan = fullPlan();
    SECTION("a stale nextRowId is raised")
    {
        const Result<Plan> back =
            planFromJson(withValue(plan, QStringLiteral("plan.nextRowId"), 3));
        REQUIRE(back.ok());
        CHECK(back->ids.peek() == 102); // the history entry 101 is the highest id
    }
    SECTION("a larger nextRowId is kept, so ids of deleted rows are not handed out again")
    {
        const Result<Plan> back =
            planFromJson(withValue(plan, QStringLiteral("plan.nextRowId"), 9000));
        REQUIRE(back.ok());
        CHECK(back->ids.peek() == 9000);
    }
}

TEST_CASE("the sample plan in docs/json-format.md loads", "[json]")
{
    QFile file(QStringLiteral(SALESPLAN_TEST_DATA "/json-plan-example.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<Plan> plan = planFromJson(file.readAll());
    if (!plan)
        FAIL(plan.error().message().toStdString());
    CHECK(plan->info.name == QStringLiteral("2027 年度销售计划"));
    CHECK(plan->info.period == Period{2027, 4});
    CHECK(plan->targets.annualTarget == Money{120'000'000'00, QStringLiteral("CNY")});
    CHECK(plan->targets.funnel.holidays == QList<QDate>{QDate(2027, 10, 1)});
    CHECK(plan->team.members.at(0).startDate == QDate(2027, 4, 1));
    CHECK(plan->segments.at(0).tier == SegmentTier::Strategic);
    CHECK(plan->metrics.kpis.at(0).frequency == ReviewFrequency::Weekly);
    CHECK(plan->history.at(0).amount == Money{9'850'000'00, QStringLiteral("CNY")});
    CHECK(plan->presentationDeck == QStringList{QStringLiteral("targets"),
                                                QStringLiteral("split:0"), QStringLiteral("funnel"),
                                                QStringLiteral("capacity")});
}

TEST_CASE("broken JSON is reported with line and column", "[json]")
{
    SECTION("a missing comma, after Chinese text: columns count characters, not bytes")
    {
        const QString text = QStringLiteral("{\n"
                                            "  \"format\": \"salesplan\", \"version\": 1,\n"
                                            "  \"plan\": {\"info\": {\"name\": \"中文计划\" "
                                            "\"company\": \"x\"}}\n"
                                            "}\n");
        const qsizetype column = text.split(u'\n').at(2).indexOf(u"\"company\"") + 1;
        REQUIRE(column == 36);
        const Error error = importError(text.toUtf8());
        CHECK(error.field == QStringLiteral("line 3, column 36"));
        CHECK(error.message() == QStringLiteral("line 3, column 36: missing comma or closing }"));
    }
    SECTION("a column after an emoji counts it as one character")
    {
        const Error error = importError("{\"a\": \"🚀\" \"b\": 1}");
        CHECK(error.field == QStringLiteral("line 1, column 11"));
    }
    SECTION("an unquoted word points at the word, not the line after it")
    {
        const Error error = importError("{\n  \"format\": salesplan\n}");
        CHECK(error.field == QStringLiteral("line 2, column 13"));
        CHECK(error.reason.contains(QStringLiteral("double quotes")));
    }
    SECTION("a trailing comma")
    {
        const Error error = importError("{\n  \"format\": \"salesplan\",\n}");
        CHECK(error.field.startsWith(QStringLiteral("line 3,")));
        CHECK(error.reason.contains(QStringLiteral("comma after the last entry")));
    }
    SECTION("a file cut short")
    {
        const Error error = importError("{\n  \"plan\": {\"info\": {}\n");
        CHECK(error.message().contains(QStringLiteral("ends before an object is closed")));
    }
    SECTION("an empty file")
    {
        CHECK(importError("  \n").message() == QStringLiteral("the file is empty"));
    }
}

TEST_CASE("files that are not a plan of this SalesPlan are refused", "[json]")
{
    CHECK(importError(R"([1, 2, 3])").message().contains(QStringLiteral("not a SalesPlan plan")));
    CHECK(importError(R"({"name": "something else"})")
              .message()
              .contains(QStringLiteral("not a SalesPlan plan")));
    CHECK(importError(R"({"format": "other", "version": 1, "plan": {}})")
              .message()
              .contains(QStringLiteral("not a SalesPlan plan")));

    const Error newer = importError(R"({"format": "salesplan", "version": 2, "plan": {}})");
    CHECK(newer.message().contains(QStringLiteral("made by a newer SalesPlan")));
    CHECK(newer.message().contains(QStringLiteral("version 2")));

    CHECK(importError(R"({"format": "salesplan", "version": "one", "plan": {}})").field ==
          QStringLiteral("version"));
    CHECK(importError(R"({"format": "salesplan", "version": 1})").message() ==
          QStringLiteral("plan: is missing"));
}

TEST_CASE("wrong values are refused with the JSON path and the value", "[json]")
{
    const Plan plan = fullPlan();
    const auto errorFor = [&](const QString &path, const QJsonValue &value) {
        return importError(withValue(plan, path, value));
    };

    SECTION("a rate above 1")
    {
        const Error error = errorFor(QStringLiteral("plan.targets.funnel.leadToQualified"), 2.5);
        CHECK(error.message() == QStringLiteral("plan.targets.funnel.leadToQualified: must be "
                                                "between 0 and 1 — got 2.5"));
    }
    SECTION("a reserve of 250 %")
    {
        const Error error = errorFor(QStringLiteral("plan.targets.stretchReserve"), 2.5);
        CHECK(error.field == QStringLiteral("plan.targets.stretchReserve"));
        CHECK(error.reason.contains(QStringLiteral("between 0 and 1")));
    }
    SECTION("a negative rate inside a table row")
    {
        const Error error = errorFor(QStringLiteral("plan.stages.1.conversionRate"), -0.1);
        CHECK(error.message() ==
              QStringLiteral("plan.stages[1].conversionRate: must be between 0 and 1 — got -0.1"));
    }
    SECTION("a negative annual target")
    {
        const Error error =
            errorFor(QStringLiteral("plan.targets.annualTarget"), QStringLiteral("-1.00"));
        CHECK(error.message() ==
              QStringLiteral("plan.targets.annualTarget: must not be negative — got \"-1.00\""));
    }
    SECTION("an amount that is not a number")
    {
        const Error error =
            errorFor(QStringLiteral("plan.targets.annualTarget"), QStringLiteral("12 million"));
        CHECK(error.field == QStringLiteral("plan.targets.annualTarget"));
        CHECK(error.reason.contains(QStringLiteral("\"123456.50\"")));
        CHECK(error.reason.contains(QStringLiteral("got \"12 million\"")));
    }
    SECTION("an amount as a fractional JSON number")
    {
        const Error error = errorFor(QStringLiteral("plan.tools.0.annualCost"), 1234.5);
        CHECK(error.field == QStringLiteral("plan.tools[0].annualCost"));
        CHECK(error.reason.contains(QStringLiteral("written as text")));
    }
    SECTION("more decimals than the currency has")
    {
        const Error error =
            errorFor(QStringLiteral("plan.history.0.amount"), QStringLiteral("1.005"));
        CHECK(error.message() == QStringLiteral("plan.history[0].amount: has more decimal places "
                                                "than CNY has (2) — got \"1.005\""));
    }
    SECTION("an amount beyond 64 bits")
    {
        const Error error = errorFor(QStringLiteral("plan.mission.marketSize"),
                                     QStringLiteral("92233720368547758.08"));
        CHECK(error.reason.startsWith(QStringLiteral("is too large")));
    }
    SECTION("duplicate row ids, also across tables")
    {
        const Error error = errorFor(QStringLiteral("plan.metrics.risks.1.id"), 60);
        CHECK(error.message() == QStringLiteral("plan.metrics.risks[1].id: row id 60 is used "
                                                "twice (also at plan.stages[0].id)"));
    }
    SECTION("an id that is not a positive whole number")
    {
        CHECK(errorFor(QStringLiteral("plan.tools.0.id"), 0).field ==
              QStringLiteral("plan.tools[0].id"));
        CHECK(errorFor(QStringLiteral("plan.tools.0.id"), 1.5).field ==
              QStringLiteral("plan.tools[0].id"));
    }
    SECTION("a date that does not exist")
    {
        const Error error =
            errorFor(QStringLiteral("plan.team.members.0.startDate"), QStringLiteral("2027-02-30"));
        CHECK(error.message() == QStringLiteral("plan.team.members[0].startDate: must be a date "
                                                "written like 2027-04-01 — got \"2027-02-30\""));
    }
    SECTION("a date in another format, inside a list")
    {
        const Error error =
            errorFor(QStringLiteral("plan.targets.funnel.holidays.1"), QStringLiteral("10/4/2027"));
        CHECK(error.field == QStringLiteral("plan.targets.funnel.holidays[1]"));
    }
    SECTION("a currency that is not three letters")
    {
        const Error error = errorFor(QStringLiteral("plan.info.currency"), QStringLiteral("RMB1"));
        CHECK(error.message() == QStringLiteral("plan.info.currency: must be a three-letter "
                                                "currency code such as CNY, USD or JPY — got "
                                                "\"RMB1\""));
    }
    SECTION("an unknown enum key lists the known ones")
    {
        const Error error =
            errorFor(QStringLiteral("plan.metrics.reviewCadence"), QStringLiteral("daily"));
        CHECK(error.message() == QStringLiteral("plan.metrics.reviewCadence: must be one of "
                                                "weekly, monthly, quarterly, yearly — got "
                                                "\"daily\""));
    }
    SECTION("a number where text belongs")
    {
        const Error error = errorFor(QStringLiteral("plan.info.name"), 42);
        CHECK(error.message() == QStringLiteral("plan.info.name: must be text — got 42"));
    }
    SECTION("a section that is not an object, a table that is not a list")
    {
        CHECK(errorFor(QStringLiteral("plan.team"), QJsonArray()).message() ==
              QStringLiteral("plan.team: must be an object { … } — got a list"));
        CHECK(errorFor(QStringLiteral("plan.stages"), QStringLiteral("none")).message() ==
              QStringLiteral("plan.stages: must be a list [ … ] — got \"none\""));
    }
    SECTION("eleven monthly weights")
    {
        QJsonArray weights;
        for (int i = 0; i < 11; ++i)
            weights.append(1);
        const Error error = errorFor(QStringLiteral("plan.targets.customWeights"), weights);
        CHECK(error.message() == QStringLiteral("plan.targets.customWeights: must be a list of 12 "
                                                "monthly weights — got a list of 11"));
    }
    SECTION("a fractional whole number and an out-of-range one")
    {
        CHECK(errorFor(QStringLiteral("plan.metrics.risks.0.likelihood"), 6).message() ==
              QStringLiteral("plan.metrics.risks[0].likelihood: must be between 1 and 5 — got 6"));
        CHECK(errorFor(QStringLiteral("plan.info.period.startMonth"), 4.5).message() ==
              QStringLiteral("plan.info.period.startMonth: must be a whole number — got 4.5"));
    }
    SECTION("the ranges of the field table")
    {
        CHECK(errorFor(QStringLiteral("plan.info.period.year"), 2101).message() ==
              QStringLiteral("plan.info.period.year: must be between 2000 and 2100 — got 2101"));
        CHECK(errorFor(QStringLiteral("plan.team.members.0.rampMonths"), 25).message() ==
              QStringLiteral("plan.team.members[0].rampMonths: must be between 0 and 24 — got 25"));
        CHECK(errorFor(QStringLiteral("plan.targets.funnel.newHireRampMonths"), 25).field ==
              QStringLiteral("plan.targets.funnel.newHireRampMonths"));
        CHECK(errorFor(QStringLiteral("plan.team.hiring.0.count"), 0).message() ==
              QStringLiteral("plan.team.hiring[0].count: must be between 1 and 999 — got 0"));
        CHECK(errorFor(QStringLiteral("plan.stages.0.typicalDays"), 1000).field ==
              QStringLiteral("plan.stages[0].typicalDays"));
        CHECK(errorFor(QStringLiteral("plan.metrics.kpis.0.greenAt"), 11).message() ==
              QStringLiteral("plan.metrics.kpis[0].greenAt: must be between 0 and 10 — got 11"));
        CHECK(errorFor(QStringLiteral("plan.metrics.kpis.0.target"), -1).message() ==
              QStringLiteral("plan.metrics.kpis[0].target: must be at least 0 — got -1"));
        CHECK(errorFor(QStringLiteral("plan.targets.products.0.weight"), -1).message() ==
              QStringLiteral("plan.targets.products[0].weight: must be at least 0 — got -1"));
    }
    SECTION("a KPI whose yellow threshold is above its green one")
    {
        const Error error = errorFor(QStringLiteral("plan.metrics.kpis.0.yellowAt"), 1.2);
        CHECK(error.message() == QStringLiteral("plan.metrics.kpis[0].yellowAt: must not be "
                                                "above greenAt — got 1.2"));
        // Equal thresholds are fine: green wins.
        const Result<Plan> equal =
            planFromJson(withValue(plan, QStringLiteral("plan.metrics.kpis.0.yellowAt"), 1.1));
        REQUIRE(equal.ok());
        CHECK(equal->metrics.kpis.at(0).yellowAt == 1.1);
    }
    SECTION("a chart the presentation deck does not know")
    {
        const Error error =
            errorFor(QStringLiteral("plan.presentationDeck.1"), QStringLiteral("pie"));
        CHECK(
            error.message() ==
            QStringLiteral(
                "plan.presentationDeck[1]: must be one of the charts units, consolidated, targets, "
                "split:0, split:1, split:2, shares:0, shares:1, shares:2, bridge:0, "
                "bridge:1, funnel, capacity, calibration, collections, budget, actual, "
                "cumulative, attainment:0, attainment:1, attainment:2, kpiboard, timeline — got "
                "\"pie\""));
        CHECK(errorFor(QStringLiteral("plan.presentationDeck.0"), 3).field ==
              QStringLiteral("plan.presentationDeck[0]"));
        CHECK(
            errorFor(QStringLiteral("plan.presentationDeck"), QStringLiteral("funnel")).message() ==
            QStringLiteral("plan.presentationDeck: must be a list [ … ] — got \"funnel\""));
    }
    SECTION("speaker notes for a slide that does not exist, or notes that are not text")
    {
        const Error unknown =
            errorFor(QStringLiteral("plan.speakerNotes.pie"), QStringLiteral("Say this"));
        CHECK(unknown.field == QStringLiteral("plan.speakerNotes.pie"));
        CHECK(unknown.message().startsWith(QStringLiteral(
            "plan.speakerNotes.pie: is not a slide: the slides are title, headline, units, ")));
        CHECK(errorFor(QStringLiteral("plan.speakerNotes.title"), 3).message() ==
              QStringLiteral("plan.speakerNotes.title: must be text — got 3"));
        CHECK(errorFor(QStringLiteral("plan.speakerNotes"), QStringLiteral("notes")).message() ==
              QStringLiteral("plan.speakerNotes: must be an object { … } — got \"notes\""));
    }
    SECTION("empty or null speaker notes are no notes")
    {
        QJsonObject root = parse(planToJson(plan));
        const auto notesAt = [](const char *key) {
            return QStringList{QStringLiteral("plan"), QStringLiteral("speakerNotes"),
                               QString::fromLatin1(key)};
        };
        root = setAt(root, notesAt("funnel"), QString()).toObject();
        root = setAt(root, notesAt("actual"), QJsonValue(QJsonValue::Null)).toObject();
        const QByteArray withEmpty = serialize(root);
        const Result<Plan> read = planFromJson(withEmpty);
        REQUIRE(read.ok());
        CHECK_FALSE(read->speakerNotes.contains(QStringLiteral("funnel")));
        CHECK_FALSE(read->speakerNotes.contains(QStringLiteral("actual")));
    }
    SECTION("a wrong value late in the file still returns no plan at all")
    {
        const Result<Plan> result = planFromJson(
            withValue(plan, QStringLiteral("plan.history.1.month"), QStringLiteral("2026-13")));
        CHECK_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("plan.history[1].month"));
    }
}

TEST_CASE("the holiday calendar is read, defaults to none, and refuses other keys", "[json]")
{
    Plan plan = fullPlan();
    plan.targets.funnel.calendar = HolidayCalendar::China;
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"calendar\": \"CN\""));
    const Result<Plan> back = planFromJson(json);
    REQUIRE(back.ok());
    CHECK(back->targets.funnel.calendar == HolidayCalendar::China);
    // A file from before the key: weekdays only, so its figures do not change.
    const Result<Plan> older =
        planFromJson(withValue(plan, QStringLiteral("plan.targets.funnel.calendar"), {}));
    REQUIRE(older.ok());
    CHECK(older->targets.funnel.calendar == HolidayCalendar::None);
    const Error error = importError(
        withValue(plan, QStringLiteral("plan.targets.funnel.calendar"), QStringLiteral("HK")));
    CHECK(error.message() == QStringLiteral("plan.targets.funnel.calendar: must be one of none, "
                                            "CN, TW — got \"HK\""));
}

TEST_CASE("what a KPI measures and where its target comes from are kept", "[json]")
{
    Plan plan = fullPlan();
    plan.metrics.kpis[0].measures = KpiMeasure::QualifiedLeads;
    plan.metrics.kpis[0].targetFrom = KpiTargetFrom::Plan;
    Kpi overridden = plan.metrics.kpis[0];
    overridden.id = plan.ids.take();
    overridden.measures = KpiMeasure::Revenue;
    overridden.targetFrom = KpiTargetFrom::Typed;
    overridden.target = 750'000;
    plan.metrics.kpis.append(overridden);
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"measures\": \"qualified_leads\""));
    CHECK(json.contains("\"targetFrom\": \"plan\""));
    const Result<Plan> back = planFromJson(json);
    REQUIRE(back.ok());
    CHECK(back->metrics.kpis == plan.metrics.kpis);
    // A file from before the keys: a custom KPI with its typed target, so nothing changes.
    QByteArray older = withValue(plan, QStringLiteral("plan.metrics.kpis.0.measures"), {});
    const Result<Plan> olderPlan = planFromJson(older);
    REQUIRE(olderPlan.ok());
    CHECK(olderPlan->metrics.kpis[0].measures == KpiMeasure::Custom);
    const Error error = importError(
        withValue(plan, QStringLiteral("plan.metrics.kpis.0.targetFrom"), QStringLiteral("x")));
    CHECK(error.message() == QStringLiteral("plan.metrics.kpis[0].targetFrom: must be one of "
                                            "typed, plan — got \"x\""));
}

TEST_CASE("the plan in execution is kept: KPI actuals, the review log, a KPI better lower",
          "[json]")
{
    Plan plan = fullPlan();
    const int kpi = int(plan.metrics.kpis.at(0).id);
    plan.metrics.kpis[0].direction = KpiDirection::LowerIsBetter;
    plan.metrics.deviationThreshold = 0.2;
    plan.kpiActuals = {{plan.ids.take(), kpi, QDate(2027, 3, 1), 118.0},
                       {plan.ids.take(), kpi, QDate(2027, 4, 1), 96.5}};
    ReviewEntry note;
    note.id = plan.ids.take();
    note.month = QDate(2027, 4, 1);
    note.subject = ReviewSubject::Kpi;
    note.name = plan.metrics.kpis.at(0).name;
    note.cause = QStringLiteral("线索质量下降\n渠道换了投放人群");
    note.action = QStringLiteral("恢复原投放人群");
    note.owner = QStringLiteral("市场部");
    note.due = QDate(2027, 5, 15);
    note.done = true;
    plan.metrics.reviewLog = {note};

    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"direction\": \"lower\""));
    CHECK(json.contains("\"subject\": \"kpi\""));
    CHECK(json.contains("\"month\": \"2027-03\""));
    const Plan back = roundTrip(plan);
    CHECK(back.kpiActuals == plan.kpiActuals);
    CHECK(back.metrics == plan.metrics);

    SECTION("An actual of a KPI the plan does not have is refused, naming the id")
    {
        const Error error =
            importError(withValue(plan, QStringLiteral("plan.kpiActuals.1.kpi"), 99'999));
        CHECK(error.message() == QStringLiteral("plan.kpiActuals[1].kpi: no KPI has the id 99999"));
    }
    SECTION("A threshold of 250 % is refused in words")
    {
        const Error error =
            importError(withValue(plan, QStringLiteral("plan.metrics.deviationThreshold"), 2.5));
        CHECK(error.message().startsWith(QStringLiteral("plan.metrics.deviationThreshold:")));
    }
    SECTION("A file from before has none, and KPIs better higher")
    {
        QJsonValue object = parse(planToJson(plan));
        for (const char *key : {"plan.kpiActuals", "plan.metrics.reviewLog",
                                "plan.metrics.deviationThreshold", "plan.metrics.kpis.0.direction"})
            object = setAt(object, QString::fromLatin1(key).split(u'.'), QJsonValue::Undefined);
        const Result<Plan> older = planFromJson(serialize(object.toObject()));
        REQUIRE(older.ok());
        CHECK(older->kpiActuals.isEmpty());
        CHECK(older->metrics.reviewLog.isEmpty());
        CHECK(older->metrics.deviationThreshold == 0.10);
        CHECK(older->metrics.kpis.at(0).direction == KpiDirection::HigherIsBetter);
    }
}

TEST_CASE("target revisions are kept, and revisions that cannot be targets are refused in words",
          "[json]")
{
    Plan plan = fullPlan();
    const qint64 annual = plan.targets.annualTarget.minor;
    TargetRevision revision;
    revision.id = plan.ids.take();
    revision.from = plan.info.period.monthStart(5);
    revision.note = QStringLiteral("五月检讨后调整");
    for (int m = 0; m < 12; ++m)
        revision.months[std::size_t(m)] = annual / 12;
    revision.months[11] += annual - annual / 12 * 12;
    plan.targets.revisions = {revision};

    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"note\": \"五月检讨后调整\""));
    const Plan back = roundTrip(plan);
    CHECK(back.targets.revisions == plan.targets.revisions);

    SECTION("Eleven months are refused")
    {
        QJsonArray months = parse(json)[u"plan"][u"targets"][u"revisions"][0][u"months"].toArray();
        months.removeLast();
        const Error error = importError(
            withValue(plan, QStringLiteral("plan.targets.revisions.0.months"), QJsonValue(months)));
        CHECK(error.message() == QStringLiteral("plan.targets.revisions[0].months: must be a list "
                                                "of 12 monthly amounts — got a list of 11"));
    }
    SECTION("A negative month is refused")
    {
        plan.targets.revisions[0].months[6] = -100;
        plan.targets.revisions[0].months[7] += 100;
        const Result<Plan> read = planFromJson(planToJson(plan));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message() ==
              QStringLiteral("plan.targets.revisions[0].months[6]: must not be negative"));
    }
    SECTION("A revision the annual target or the plan year has since left behind is kept, as "
            "the window keeps it")
    {
        plan.targets.annualTarget.minor += 100; // changed after the revision
        CHECK(roundTrip(plan).targets.revisions == plan.targets.revisions);
        plan.info.period.year += 1;
        CHECK(roundTrip(plan).targets.revisions == plan.targets.revisions);
    }
    SECTION("A file from before has none")
    {
        const Result<Plan> older =
            planFromJson(withValue(plan, QStringLiteral("plan.targets.revisions"), {}));
        REQUIRE(older.ok());
        CHECK(older->targets.revisions.isEmpty());
    }
}

TEST_CASE("quota settings and collection terms are kept, and older files keep their figures",
          "[json]")
{
    Plan plan = fullPlan();
    plan.targets.quotasFollowStart = true;
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"quotasFollowStart\": true"));
    CHECK(json.contains("\"overAssignment\": 0.15"));
    const Result<Plan> back = planFromJson(json);
    REQUIRE(back.ok());
    CHECK(back->targets.quotasFollowStart);
    CHECK(back->targets.collections == plan.targets.collections);
    CHECK(back->team.members.first().quotaAmount == plan.team.members.first().quotaAmount);
    // A file from before the keys: quotas by weight over the whole year, no collections.
    QByteArray older = withValue(plan, QStringLiteral("plan.targets.quotasFollowStart"), {});
    older = withValue(*planFromJson(older), QStringLiteral("plan.targets.collections"), {});
    const Result<Plan> old = planFromJson(older);
    REQUIRE(old.ok());
    CHECK_FALSE(old->targets.quotasFollowStart);
    CHECK_FALSE(old->targets.collections.isPlanned());
    // Wrong values are refused in words, naming the key.
    CHECK(importError(withValue(plan, QStringLiteral("plan.targets.quotasFollowStart"),
                                QStringLiteral("yes")))
              .message() == QStringLiteral("plan.targets.quotasFollowStart: must be true or "
                                           "false — got \"yes\""));
    CHECK(importError(withValue(plan, QStringLiteral("plan.targets.overAssignment"), 2.5))
              .message()
              .startsWith(QStringLiteral("plan.targets.overAssignment:")));
    CHECK(importError(withValue(plan, QStringLiteral("plan.targets.collections.after1Month"), -0.1))
              .message()
              .startsWith(QStringLiteral("plan.targets.collections.after1Month:")));
}

TEST_CASE("the status log is kept: who submitted, who approved with what comment, the reopening",
          "[json]")
{
    Plan plan = fullPlan();
    plan.info.status = PlanStatus::Draft;
    plan.info.statusLog = {
        StatusChange{
            601, PlanStatus::InReview, QStringLiteral("张伟"), QDate(2027, 1, 10), {}, false},
        StatusChange{602, PlanStatus::Approved, QStringLiteral("王总"), QDate(2027, 1, 15),
                     QStringLiteral("同意"), true},
        StatusChange{603, PlanStatus::Draft, QStringLiteral("张伟"), QDate(2027, 6, 1),
                     QStringLiteral("董事会下调目标"), false},
    };
    plan.ids = RowIdSource(604);
    const Plan back = roundTrip(plan);
    CHECK(back.info.statusLog == plan.info.statusLog);
    const QJsonObject approval = parse(planToJson(plan))
                                     .value(QStringLiteral("plan"))
                                     .toObject()
                                     .value(QStringLiteral("info"))
                                     .toObject()
                                     .value(QStringLiteral("statusLog"))
                                     .toArray()
                                     .at(1)
                                     .toObject();
    CHECK(approval.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    CHECK(approval.value(QStringLiteral("by")).toString() == QStringLiteral("王总"));
    CHECK(approval.value(QStringLiteral("date")).toString() == QStringLiteral("2027-01-15"));
    CHECK(approval.value(QStringLiteral("narrativeEditable")).toBool());
}

TEST_CASE("saved versions travel beside the plan and come back with their dates", "[json]")
{
    const Plan plan = fullPlan();
    Plan older = plan;
    older.info.name = QStringLiteral("提交领导");
    const PlanWithVersions withVersions{
        plan,
        {VersionRecord{QStringLiteral("提交领导"),
                       QDateTime(QDate(2027, 1, 10), QTime(9, 30), Qt::UTC), QStringLiteral("张伟"),
                       older},
         VersionRecord{QStringLiteral("v2"), QDateTime(QDate(2027, 1, 12), QTime(18, 0), Qt::UTC),
                       QString(), plan}}};
    const Result<PlanWithVersions> back = planWithVersionsFromJson(planToJson(withVersions));
    REQUIRE(back);
    requireSamePlan(back->plan, plan);
    CHECK(back->versions == withVersions.versions);
    // The plan alone reads the same file, and a plan without versions has no "versions" key.
    REQUIRE(planFromJson(planToJson(withVersions)));
    CHECK_FALSE(parse(planToJson(plan)).contains(QStringLiteral("versions")));
    const Result<PlanWithVersions> none = planWithVersionsFromJson(planToJson(plan));
    REQUIRE(none);
    CHECK(none->versions.isEmpty());
}

TEST_CASE("a wrong saved version is refused with its path", "[json]")
{
    QJsonObject root = parse(planToJson(fullPlan()));
    const QJsonObject planObject = root.value(QStringLiteral("plan")).toObject();
    const auto refusal = [&root](const QJsonArray &versions) {
        root.insert(QStringLiteral("versions"), versions);
        const Result<PlanWithVersions> read = planWithVersionsFromJson(serialize(root));
        REQUIRE_FALSE(read);
        return read.error().message();
    };
    CHECK(refusal({QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                               {QStringLiteral("created"), QStringLiteral("yesterday")},
                               {QStringLiteral("plan"), planObject}}})
              .startsWith(QStringLiteral("versions[0].created")));
    const QJsonObject good{{QStringLiteral("name"), QStringLiteral("a")},
                           {QStringLiteral("created"), QStringLiteral("2027-01-10T09:30:00Z")},
                           {QStringLiteral("plan"), planObject}};
    CHECK(refusal({good, good}).startsWith(QStringLiteral("versions[1].name")));
    CHECK(
        refusal({QJsonObject{{QStringLiteral("name"), QStringLiteral("b")},
                             {QStringLiteral("created"), QStringLiteral("2027-01-10T09:30:00Z")}}})
            .startsWith(QStringLiteral("versions[0].plan")));
}

TEST_CASE("what-if scenarios are kept, a plan without them has none, bad overrides are refused",
          "[json][scenario]")
{
    Plan plan = fullPlan();
    Scenario lower;
    lower.id = plan.ids.take();
    lower.name = QStringLiteral("客单价 −10 %");
    lower.setValue(ScenarioDriver::AverageDealSize, 4'500'000.0);
    lower.setValue(ScenarioDriver::ProposalToWon, 0.25);
    lower.setValue(ScenarioDriver::HeadcountChange, -2.0);
    lower.seasonality = SeasonalityMode::Custom;
    lower.customWeights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3.5};
    Scenario plain;
    plain.id = plan.ids.take();
    plain.name = QStringLiteral("Empty");
    plan.scenarios = {lower, plain};

    const QByteArray json = planToJson(plan);
    const QJsonObject written = parse(json)[u"plan"][u"scenarios"][0].toObject();
    CHECK(written.value(u"averageDealSize").toString() == QStringLiteral("45000.00"));
    CHECK(written.value(u"headcountChange").toInt() == -2);
    CHECK(written.value(u"seasonality").toString() == QStringLiteral("custom"));
    CHECK_FALSE(written.contains(u"annualTarget"));
    CHECK(roundTrip(plan).scenarios == plan.scenarios);
    CHECK(roundTrip(plan) == plan);

    SECTION("A plan without scenarios writes none and reads none")
    {
        plan.scenarios.clear();
        CHECK_FALSE(parse(planToJson(plan))[u"plan"].toObject().contains(u"scenarios"));
        CHECK(roundTrip(plan).scenarios.isEmpty());
    }
    SECTION("A rate of 250 % is refused in words")
    {
        const Error error =
            importError(withValue(plan, QStringLiteral("plan.scenarios.0.proposalToWon"), 2.5));
        CHECK(error.message() ==
              QStringLiteral("plan.scenarios[0].proposalToWon: must be more than 0 % and at most "
                             "100 %, not 250.0% — got 2.5"));
    }
    SECTION("A negative target is refused in words")
    {
        const Error error = importError(withValue(
            plan, QStringLiteral("plan.scenarios.1.annualTarget"), QStringLiteral("-100.00")));
        CHECK(error.message() == QStringLiteral("plan.scenarios[1].annualTarget: must be more "
                                                "than zero — got \"-100.00\""));
    }
}

TEST_CASE("the calibration's inputs and uplifts are kept, and older files have none", "[json]")
{
    Plan plan = fullPlan();
    plan.targets.marketShare = 0.12;
    plan.targets.marketingBudget = Money::of(900'000'00, QStringLiteral("CNY"));
    plan.targets.existingCustomerShare = 0.35;
    plan.targets.uplifts = {
        Uplift{plan.ids.take(), QStringLiteral("新人培训"), 0.30, UpliftScope::NewHires},
        Uplift{plan.ids.take(), QStringLiteral("CRM"), 0.20, UpliftScope::AllReps},
    };
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"marketingBudget\": \"900000.00\""));
    CHECK(json.contains("\"appliesTo\": \"new_hires\""));
    const Plan back = roundTrip(plan);
    CHECK(back.targets == plan.targets);

    SECTION("An uplift of another kind is refused in words")
    {
        const Error error = importError(withValue(
            plan, QStringLiteral("plan.targets.uplifts.0.appliesTo"), QStringLiteral("everyone")));
        CHECK(error.message().startsWith(QStringLiteral("plan.targets.uplifts[0].appliesTo")));
    }
    SECTION("A file from before has none")
    {
        QByteArray older = withValue(plan, QStringLiteral("plan.targets.uplifts"), {});
        const Result<Plan> read = planFromJson(older);
        REQUIRE(read.ok());
        CHECK(read->targets.uplifts.isEmpty());
    }
}

TEST_CASE("the action plan's initiatives and milestones are kept, and older files have none",
          "[json][initiatives]")
{
    Plan plan = fullPlan();
    const RowId launch = plan.ids.take();
    plan.initiatives = {Initiative{
        launch, QStringLiteral("渠道伙伴招募"), QStringLiteral("签约 8 家"), QStringLiteral("王伟"),
        QDate(2027, 2, 1), QDate(2027, 6, 30), Money::of(300'000'00, QStringLiteral("CNY")),
        QStringLiteral("华东"), QStringLiteral("合格线索"), InitiativeStatus::InProgress,
        QStringLiteral("已签 3 家"), Money::of(120'000'00, QStringLiteral("CNY"))}};
    plan.milestones = {Milestone{plan.ids.take(), int(launch), QStringLiteral("首批签约"),
                                 QDate(2027, 4, 30), false}};
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"status\": \"in_progress\""));
    CHECK(json.contains("\"due\": \"2027-06-30\""));
    const Plan back = roundTrip(plan);
    CHECK(back.initiatives == plan.initiatives);
    CHECK(back.milestones == plan.milestones);

    SECTION("A milestone of no initiative is refused in words")
    {
        const Error error =
            importError(withValue(plan, QStringLiteral("plan.milestones.0.initiative"), 999999));
        CHECK(error.message() ==
              QStringLiteral("plan.milestones[0].initiative: no initiative has the id 999999"));
    }
    SECTION("A status of another kind is refused in words")
    {
        const Error error = importError(
            withValue(plan, QStringLiteral("plan.initiatives.0.status"), QStringLiteral("late")));
        CHECK(error.message().startsWith(QStringLiteral("plan.initiatives[0].status")));
    }
    SECTION("A file from before has none")
    {
        const QByteArray older = planToJson(fullPlan());
        CHECK_FALSE(older.contains("initiatives"));
        const Result<Plan> read = planFromJson(older);
        REQUIRE(read.ok());
        CHECK(read->initiatives.isEmpty());
    }
}

TEST_CASE("summary --json lists the initiatives, overdue as of the day passed in",
          "[json][initiatives]")
{
    Plan plan = fullPlan();
    Initiative launch;
    launch.id = plan.ids.take();
    launch.name = QStringLiteral("Partner channel launch");
    launch.owner = QStringLiteral("Nobody on the team");
    launch.start = QDate(2027, 2, 1);
    launch.due = QDate(2027, 6, 30);
    launch.budget = Money::of(60'000'00, plan.info.currency);
    launch.spent = Money::of(24'000'00, plan.info.currency);
    launch.status = InitiativeStatus::InProgress;
    plan.initiatives = {launch};
    const PlanSummary summary = summarizePlan(plan);

    const QJsonObject before =
        QJsonDocument::fromJson(summaryToJson(plan, summary, QDate(2027, 6, 30))).object();
    const QJsonArray initiatives = before.value(u"initiatives").toArray();
    REQUIRE(initiatives.size() == 1);
    const QJsonObject first = initiatives.first().toObject();
    CHECK(first.value(u"name").toString() == launch.name);
    CHECK(first.value(u"start").toString() == QStringLiteral("2027-02-01"));
    CHECK(first.value(u"due").toString() == QStringLiteral("2027-06-30"));
    CHECK(first.value(u"status").toString() == QStringLiteral("in_progress"));
    CHECK(first.value(u"budget").toString() == QStringLiteral("60000.00"));
    CHECK(first.value(u"spent").toString() == QStringLiteral("24000.00"));
    CHECK_FALSE(first.value(u"overdue").toBool());

    const QJsonObject after =
        QJsonDocument::fromJson(summaryToJson(plan, summary, QDate(2027, 7, 1))).object();
    CHECK(after.value(u"initiatives").toArray().first().toObject().value(u"overdue").toBool());
    const auto overdueFinding = [](const QJsonObject &root) {
        for (const QJsonValue &finding : root.value(u"findings").toArray())
            if (finding.toObject().value(u"message").toString().contains(u"was due on"))
                return true;
        return false;
    };
    CHECK_FALSE(overdueFinding(before));
    CHECK(overdueFinding(after));
}

TEST_CASE("the sales budget's inputs are kept, a negative cost is refused in words", "[json]")
{
    Plan plan = fullPlan();
    plan.team.roles.first().monthlyCost = Money::of(20'000'00, QStringLiteral("CNY"));
    plan.team.budgetLimit = Money::of(3'000'000'00, QStringLiteral("CNY"));
    plan.team.budgetLines = {
        BudgetLine{plan.ids.take(), BudgetCategory::Events, QStringLiteral("春季展会"),
                   Money::of(50'000'00, QStringLiteral("CNY")), 3, 3},
        BudgetLine{plan.ids.take(), BudgetCategory::Campaigns, QStringLiteral("Spring"),
                   Money::of(8'000'00, QStringLiteral("CNY")), 4, 5},
    };
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"monthlyCost\": \"20000.00\""));
    CHECK(json.contains("\"category\": \"campaigns\""));
    CHECK(json.contains("\"budgetLimit\": \"3000000.00\""));
    const Plan back = roundTrip(plan);
    CHECK(back.team == plan.team);

    SECTION("A negative cost a month")
    {
        const Error error = importError(withValue(
            plan, QStringLiteral("plan.team.roles.0.monthlyCost"), QStringLiteral("-1.00")));
        CHECK(error.message().startsWith(QStringLiteral("plan.team.roles[0].monthlyCost")));
    }
    SECTION("A line that ends before it starts")
    {
        const Error error =
            importError(withValue(plan, QStringLiteral("plan.team.budgetLines.0.toMonth"), 2));
        CHECK(error.message().startsWith(QStringLiteral("plan.team.budgetLines[0].toMonth")));
    }
    SECTION("A file from before has no budget lines and no limit")
    {
        QByteArray older = withValue(plan, QStringLiteral("plan.team.budgetLines"), {});
        const Result<Plan> read = planFromJson(older);
        REQUIRE(read.ok());
        CHECK(read->team.budgetLines.isEmpty());
    }
}

TEST_CASE("a team plan's units are kept, and a wrong unit is refused in words", "[json][team]")
{
    Plan plan = fullPlan();
    plan.targets.unitAllocation = UnitAllocation::Weights;
    plan.targets.unitGapThreshold = 0.08;
    plan.units = {
        PlanUnit{plan.ids.take(), QStringLiteral("华东"), QStringLiteral("units/east.salesplan"),
                 Money::of(6'000'000'00, QStringLiteral("CNY")), 3.0},
        PlanUnit{plan.ids.take(), QStringLiteral("South"), QStringLiteral("/plans/south.json"),
                 Money::of(0, QStringLiteral("CNY")), 2.0},
    };
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"unitAllocation\": \"weights\""));
    CHECK(json.contains("\"path\": \"units/east.salesplan\""));
    CHECK(json.contains("\"allocation\": \"6000000.00\""));
    const Plan back = roundTrip(plan);
    CHECK(back.units == plan.units);
    CHECK(back.targets == plan.targets);

    SECTION("A negative allocation")
    {
        const Error error = importError(
            withValue(plan, QStringLiteral("plan.units.0.allocation"), QStringLiteral("-1.00")));
        CHECK(error.message().startsWith(QStringLiteral("plan.units[0].allocation")));
        CHECK(error.message().contains(QStringLiteral("negative")));
    }
    SECTION("A negative weight")
    {
        const Error error = importError(withValue(plan, QStringLiteral("plan.units.1.weight"), -2));
        CHECK(error.message().startsWith(QStringLiteral("plan.units[1].weight")));
    }
    SECTION("A unit without a name")
    {
        const Error error =
            importError(withValue(plan, QStringLiteral("plan.units.1.name"), QStringLiteral(" ")));
        CHECK(error.message() == QStringLiteral("plan.units[1].name: must not be empty"));
    }
    SECTION("A unit added in the window but not linked yet keeps its empty path both ways")
    {
        plan.units[1].path.clear();
        CHECK(planToJson(plan).contains("\"path\": \"\""));
        CHECK(roundTrip(plan).units == plan.units);
    }
    SECTION("Two units of one name, in another case")
    {
        const Error error = importError(
            withValue(plan, QStringLiteral("plan.units.0.name"), QStringLiteral("south")));
        CHECK(error.message() ==
              QStringLiteral("plan.units[1].name: the unit South is named twice (also at "
                             "plan.units[0])"));
    }
    SECTION("A plan of one team has no units")
    {
        const Result<Plan> read =
            planFromJson(withValue(plan, QStringLiteral("plan.units"), QJsonArray()));
        REQUIRE(read.ok());
        CHECK(read->units.isEmpty());
    }
}

TEST_CASE("The team server basis travels in JSON, and a plan without it was never fetched",
          "[json][team]")
{
    Plan plan = fullPlan();
    CHECK_FALSE(planToJson(plan).contains("\"teamServer\""));
    CHECK(roundTrip(plan).teamServer == TeamServerBasis{});

    plan.teamServer = {QStringLiteral("postgresql://chen@plans.example.com:5432/sales"),
                       QStringLiteral("north"), 3, 4,
                       Money::of(120'000'000'00, plan.info.currency)};
    const QByteArray json = planToJson(plan);
    CHECK(json.contains("\"allocationVersion\": 3"));
    CHECK(json.contains("\"allocatedTarget\": \"120000000.00\""));
    CHECK(roundTrip(plan).teamServer == plan.teamServer);

    const Error error =
        importError(withValue(plan, QStringLiteral("plan.teamServer.unitVersion"), -1));
    CHECK(error.message().startsWith(QStringLiteral("plan.teamServer.unitVersion")));
}
