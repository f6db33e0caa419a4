#include "storetestsupport.h"

#include "store/connection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace salesplan {

Result<std::unique_ptr<PlanFile>>
PlanFileTesting::open(const QString &path, PlanFile::Access access, const store::Migrations &steps,
                      PlanFile::OpenProblem *problem, QString *details)
{
    auto d = std::make_unique<PlanFilePrivate>();
    d->path = QFileInfo(path).absoluteFilePath();
    return PlanFile::openWith(std::move(d), access, steps, problem, details);
}

qint64 PlanFileTesting::totalChanges(const PlanFile &file)
{
    QSqlQuery query(db(file));
    query.exec(QStringLiteral("SELECT total_changes()"));
    query.next();
    return query.value(0).toLongLong();
}

void PlanFileTesting::limitGrowth(const PlanFile &file, int pages)
{
    QSqlQuery query(db(file));
    query.exec(QStringLiteral("PRAGMA page_count"));
    query.next();
    const qint64 now = query.value(0).toLongLong();
    query.finish();
    query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(now + pages));
}

namespace storetest {

Plan fullPlan()
{
    Plan plan;
    plan.ids = RowIdSource(100);
    RowIdSource &ids = plan.ids;

    plan.info.name = QStringLiteral("2027 华东区销售计划 🚀");
    plan.info.company = QStringLiteral("上海示例科技有限公司 — Example Ltd.");
    plan.info.author = QStringLiteral("مدير المبيعات · מנהל מכירות");
    plan.info.language = QStringLiteral("zh_CN");
    plan.info.currency = QStringLiteral("USD");
    plan.info.period = Period{2028, 4};
    plan.info.status = PlanStatus::Approved;

    MissionSection &mission = plan.mission;
    mission.mission = QStringLiteral(
        "让每一家工厂都用上可靠的传感器 👩‍🏭\nSecond line\twith a tab");
    mission.marketPosition = QStringLiteral("المركز الثاني في السوق");
    mission.valueProposition = QStringLiteral("ערך ללקוח: זמינות 99.9%; ' quotes \" and --");
    mission.marketSize = Money::of(std::numeric_limits<qint64>::max(), QStringLiteral("JPY"));
    mission.marketGrowth = -0.125;
    mission.marketTrends = QStringLiteral("Robotics ↑, 工业4.0, 😀😃");
    mission.competitors = {
        {ids.take(), QStringLiteral("竞争者甲"), CompetitorKind::Indirect, QStringLiteral("价格低"),
         QStringLiteral("服务慢")},
        {ids.take(), QStringLiteral("Rival GmbH"), CompetitorKind::Direct, QStringLiteral("Brand"),
         QStringLiteral("'; DROP TABLE plan; --")},
    };

    TargetsSection &targets = plan.targets;
    targets.annualTarget = Money::of(std::numeric_limits<qint64>::max() - 1, QStringLiteral("CNY"));
    targets.lastYearActual = Money::of(std::numeric_limits<qint64>::min(), QStringLiteral("EUR"));
    targets.stretchReserve = 0.15;
    targets.challengeReserve = 0.35;
    targets.seasonality = SeasonalityMode::Custom;
    targets.customWeights = {0.5, 0.75, 1.25, 1.0 / 3.0, 2, 3, 1e-300, 1e300, 7, 8, 9, 10.5};
    targets.historyYears = 2;
    targets.regions = {
        {ids.take(), QStringLiteral("华东"), 0.6, Money::of(1'000'000'00, QStringLiteral("CNY"))},
        {ids.take(), QStringLiteral("华南"), 0.3, {}},
        {ids.take(), QStringLiteral("الشرق الأوسط"), 0.1, {}}};
    targets.products = {{ids.take(), QStringLiteral("传感器 S1"), 2.5, {}},
                        {ids.take(), QStringLiteral("Gateway 🚀"), 0.25, {}}};
    FunnelAssumptions &funnel = targets.funnel;
    funnel.averageDealSize = Money::of(123'456'789, QStringLiteral("KRW"));
    funnel.leadToQualified = 0.21;
    funnel.qualifiedToProposal = 0.42;
    funnel.proposalToWon = 0.33;
    funnel.callsPerLead = 5.5;
    funnel.callsPerRepDay = 35;
    funnel.demosPerRepDay = 2.5;
    funnel.annualAttrition = 0.17;
    funnel.newHireRampMonths = 5;
    funnel.costPerLead = Money::of(-1, QStringLiteral("GBP"));
    funnel.holidays = {QDate(2028, 10, 2), QDate(2028, 10, 3), QDate(2029, 1, 1)};
    funnel.extraWorkdays = {QDate(2028, 9, 30), QDate(2028, 10, 8)};
    targets.quotasFollowStart = false;
    targets.overAssignment = 0.125;
    targets.collections.sameMonth = 0.25;
    targets.collections.after3Months = 0.5;
    targets.collections.after6Months = 0.25;
    targets.collections.openingReceivable = Money::of(7'654'321, QStringLiteral("USD"));

    TeamSection &team = plan.team;
    team.roles = {{ids.take(), QStringLiteral("大客户经理"), QStringLiteral("维护重点客户"),
                   QStringLiteral("谈判"), Money::of(35'000'00, QStringLiteral("CNY"))},
                  {ids.take(), QStringLiteral("SDR"), QStringLiteral("Outbound"),
                   QStringLiteral("Cold calls"), Money::of(0, QStringLiteral("CNY"))}};
    team.budgetLines = {{ids.take(), BudgetCategory::Events, QStringLiteral("展会"),
                         Money::of(50'000'00, QStringLiteral("CNY")), 3, 4}};
    team.budgetLimit = Money::of(9'000'000'00, QStringLiteral("CNY"));
    team.members = {
        {ids.take(), QStringLiteral("王小明"), QStringLiteral("大客户经理"), QStringLiteral("华东"),
         1.5, QDate(2028, 5, 15), 4, Money::of(5'000'000'00, QStringLiteral("CNY"))},
        {ids.take(),
         QStringLiteral("سارة"),
         QStringLiteral("SDR"),
         QStringLiteral("الشرق الأوسط"),
         0.75,
         QDate(),
         2,
         {}},
        {ids.take(),
         QStringLiteral("Dana 🚀"),
         QStringLiteral("SDR"),
         QStringLiteral("华南"),
         0.0,
         QDate(1999, 12, 31),
         0,
         {}},
    };
    team.hiring = {
        {ids.take(), QStringLiteral("SDR"), QStringLiteral("华南"), 3, QDate(2028, 7, 1)},
        {ids.take(), QStringLiteral("大客户经理"), QStringLiteral("华东"), 1, QDate()}};
    team.trainingPlan = QStringLiteral("每月一次产品培训");
    team.commissionRate = 0.065;
    team.acceleratorRate = 0.12;
    team.incentiveNotes = QStringLiteral("超额 120% 以上奖励旅行 ✈️");

    Segment factories;
    factories.id = ids.take();
    factories.name = QStringLiteral("大型制造企业");
    factories.type = CustomerType::Business;
    factories.characteristics = QStringLiteral("员工 > 1000");
    factories.attributes = {QStringLiteral("汽车"), QStringLiteral("电子"), QStringLiteral(""),
                            QStringLiteral("🏭")};
    factories.challenges = QStringLiteral("停机");
    factories.goals = QStringLiteral("降低成本");
    factories.tier = SegmentTier::Strategic;
    factories.strategy = QStringLiteral("驻场服务");
    Segment makers;
    makers.id = ids.take();
    makers.name = QStringLiteral("Makers");
    makers.type = CustomerType::Consumer;
    makers.characteristics = QStringLiteral("25–40, income > 10k");
    makers.challenges = QStringLiteral("Budget");
    makers.goals = QStringLiteral("Hobby");
    makers.tier = SegmentTier::Nurture;
    makers.strategy = QStringLiteral("Community");
    plan.segments = {factories, makers};

    plan.stages = {{ids.take(), QStringLiteral("线索"), QStringLiteral("展会"),
                    QStringLiteral("有联系方式"), QStringLiteral("宣传册"), 0.55, 8},
                   {ids.take(), QStringLiteral("Close"), QStringLiteral("Contract"),
                    QStringLiteral("Signed"), QStringLiteral("Template"), 0.99, 21}};
    plan.tools = {{ids.take(), QStringLiteral("纷享销客 CRM"), QStringLiteral("管道"),
                   QStringLiteral("王小明"), Money::of(3'600'000, QStringLiteral("CNY")),
                   QStringLiteral("客户、商机")},
                  {ids.take(), QStringLiteral("Dialer"), QStringLiteral("Calls"),
                   QStringLiteral("سارة"),
                   Money::of(std::numeric_limits<qint64>::min() + 1, QStringLiteral("USD")),
                   QStringLiteral("Call logs")}};
    plan.metrics.kpis = {{ids.take(), QStringLiteral("合格线索"), QStringLiteral("通过资格审查"),
                          QStringLiteral("个"), 1200, ReviewFrequency::Quarterly, 1.1, 0.8},
                         {ids.take(), QStringLiteral("Win rate"), QStringLiteral("Won / proposals"),
                          QStringLiteral("%"), 0.3, ReviewFrequency::Yearly, 0.95, 0.85}};
    plan.metrics.reviewCadence = ReviewFrequency::Weekly;
    plan.metrics.reviewNotes = QStringLiteral("每周一 9:00 复盘");
    plan.metrics.risks = {{ids.take(), RiskCategory::Financial, QStringLiteral("汇率波动"), 4, 5,
                           QStringLiteral("锁汇"), QStringLiteral("财务")},
                          {ids.take(), RiskCategory::Execution, QStringLiteral("Churn"), 1, 2,
                           QStringLiteral("Mentoring"), QStringLiteral("Dana 🚀")}};
    plan.history = {
        {ids.take(), QDate(2027, 4, 1), QStringLiteral("华东"), QStringLiteral("传感器 S1"),
         QStringLiteral("王小明"), Money::of(987'654'321, QStringLiteral("CNY"))},
        {ids.take(), QDate(2027, 5, 1), QStringLiteral("الشرق الأوسط"), QStringLiteral("Gateway 🚀"),
         QStringLiteral("سارة"), Money::of(-500, QStringLiteral("USD"))},
        {ids.take(), QDate(), QString(), QString(), QString(), Money::of(0, QStringLiteral("CNY"))},
    };
    plan.presentationDeck = {QStringLiteral("funnel"), QStringLiteral("targets"),
                             QStringLiteral("shares:2")};
    plan.speakerNotes = {{QStringLiteral("title"), QStringLiteral("Thank the team\n谢谢 🚀")},
                         {QStringLiteral("shares:2"), QStringLiteral("سارة leads")}};
    plan.targets.unitAllocation = UnitAllocation::Weights;
    plan.targets.unitGapThreshold = 0.075;
    plan.units = {{ids.take(), QStringLiteral("华东 🚀"), QStringLiteral("units/华东.salesplan"),
                   Money::of(1'000'000'00, QStringLiteral("USD")), 2.5},
                  {ids.take(), QStringLiteral("Export"), QStringLiteral("../export plan.json"),
                   Money::of(0, QStringLiteral("USD")), 0.0}};
    return plan;
}

Plan largePlan(int members, int historyRows)
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("Large plan");
    for (int i = 0; i < members; ++i) {
        Member member;
        member.id = plan.ids.take();
        member.name = QStringLiteral("Member %1").arg(i);
        member.role = QStringLiteral("Account executive");
        member.region = QStringLiteral("Region %1").arg(i % 7);
        member.quotaShare = 1.0 + (i % 3) * 0.25;
        member.startDate = QDate(2027, 1 + i % 12, 1);
        member.rampMonths = i % 4;
        plan.team.members.append(member);
    }
    for (int i = 0; i < historyRows; ++i) {
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = QDate(2024 + (i / 12) % 3, 1 + i % 12, 1);
        entry.region = QStringLiteral("Region %1").arg(i % 7);
        entry.product = QStringLiteral("Product %1").arg(i % 5);
        entry.member = QStringLiteral("Member %1").arg(i % qMax(members, 1));
        entry.amount = Money::of(100'000 + i, QStringLiteral("CNY"));
        plan.history.append(entry);
    }
    return plan;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

QString sqlOnFile(const QString &path, const QString &sql)
{
    store::Connection connection;
    if (store::SqlStatus opened = connection.open(path, store::Connection::Mode::ReadWrite);
        !opened)
        return QStringLiteral("error: ") + opened.error().text;
    QSqlQuery query(connection.db());
    if (!query.exec(sql))
        return QStringLiteral("error: ") + query.lastError().text();
    if (!query.next())
        return QString();
    return query.value(0).toString();
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(SALESPLAN_TEST_DATA "/") + name;
}

} // namespace storetest
} // namespace salesplan
