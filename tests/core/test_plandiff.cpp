// Comparing two versions of a plan: the summary line a reader sees first, the word diff of the
// narrative texts, and that the comparison lists exactly the edits made and nothing else. No
// translator is installed here, so plurals read as the source writes them ("2 rep(s) added";
// translations/salesplan_en.ts gives "2 reps added").
#include "plan/format.h"
#include "sampleplans.h"
#include "summary/plandiff.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QRandomGenerator>
#include <QSet>

using namespace salesplan;

namespace {

constexpr qint64 yuan = 100;

// The pieces as "=kept -removed +added |", for a failing check's message.
std::string piecesText(const QList<TextPiece> &pieces)
{
    QString text;
    for (const TextPiece &piece : pieces)
        text += QStringLiteral("%1%2|").arg(diffOpKey(piece.op).at(0), piece.text);
    return text.toStdString();
}

// Sets the default locale for one test and puts the old one back.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

private:
    QLocale m_before;
};

Member member(Plan &plan, const QString &name)
{
    return Member{plan.ids.take(),
                  name,
                  QStringLiteral("AE"),
                  QString(),
                  1.0,
                  QDate(),
                  0,
                  Money::of(0, QStringLiteral("CNY"))};
}

// ¥12,000,000 for 2027 with two reps and custom seasonality: Q1 24 %, Q2 24 %, Q3 20 %, Q4 32 %.
Plan baseline()
{
    Plan plan;
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = Money::of(12'000'000 * yuan, QStringLiteral("CNY"));
    plan.targets.seasonality = SeasonalityMode::Custom;
    plan.targets.customWeights = {8, 8, 8, 8, 8, 8, 6, 7, 7, 10, 11, 11};
    plan.team.members = {member(plan, QStringLiteral("Ann")), member(plan, QStringLiteral("Bo"))};
    return plan;
}

QSet<RowId> idsOf(const QList<RowChange> &changes)
{
    QSet<RowId> ids;
    for (const RowChange &change : changes)
        ids.insert(change.id);
    return ids;
}

} // namespace

TEST_CASE("The summary line gives the target's change, the reps added and the quarter that moved "
          "most",
          "[plandiff]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    const Plan before = baseline();
    Plan after = before;
    after.targets.annualTarget = Money::of(13'200'000 * yuan, QStringLiteral("CNY"));
    after.targets.customWeights = {8, 8, 8, 8, 8, 9, 7, 7, 8, 9, 10, 10}; // Q4 32 % → 29 %
    after.team.members.append(member(after, QStringLiteral("Cai")));
    after.team.members.append(member(after, QStringLiteral("Dee")));

    const PlanDiff diff = comparePlans(before, after);

    CHECK_FALSE(diff.equal());
    INFO(diff.summary.toStdString());
    CHECK(diff.summary ==
          QStringLiteral("Target +¥1,200,000 (+10.0%), 2 rep(s) added, Q4 share 32.0% → 29.0%"));
    REQUIRE(diff.targets.annual);
    CHECK(diff.targets.annual->change() == 1'200'000 * yuan);
    CHECK(diff.targets.quarters.size() == 4);
    REQUIRE(diff.team.joined.size() == 2);
    CHECK(diff.team.joined.at(0).name == QStringLiteral("Cai"));
    CHECK(diff.team.left.isEmpty());
    CHECK(diff.team.changed.isEmpty());
    // Ann and Bo carry less each, Cai and Dee are new lines.
    CHECK(diff.targets.members.size() == 4);
    CHECK_FALSE(diff.targets.members.at(2).before);
}

TEST_CASE("The summary line counts reps removed and says when only other things changed",
          "[plandiff]")
{
    const Plan before = baseline();
    Plan after = before;
    after.team.members.removeLast();
    const QString removed = comparePlans(before, after).summary;
    INFO(removed.toStdString());
    CHECK(removed == QStringLiteral("1 rep(s) removed"));

    Plan reworded = before;
    reworded.mission.mission = QStringLiteral("Sell more");
    const PlanDiff diff = comparePlans(before, reworded);
    CHECK(diff.summary == QStringLiteral("Same targets and team; other changes below"));
    CHECK(diff.targets.isEmpty());
    REQUIRE(diff.texts.size() == 1);
    CHECK(diff.texts.first().field == QStringLiteral("mission.mission"));
}

TEST_CASE("Planned hires added or changed are team changes, not reps joined", "[plandiff]")
{
    const Plan before = baseline();
    Plan after = before;
    after.team.hiring.append(
        {after.ids.take(), QStringLiteral("AE"), QString(), 2, QDate(2027, 4, 1)});
    const PlanDiff diff = comparePlans(before, after);
    CHECK(diff.team.joined.isEmpty());
    REQUIRE(diff.team.hiring.size() == 1);
    CHECK(diff.team.hiring.first().kind == RowChange::Kind::Added);
    CHECK_FALSE(diff.equal());
}

TEST_CASE("Identical plans are equal and say so", "[plandiff]")
{
    const Plan plan = coretest::samplePlan("sample-zh_CN.json");
    const PlanDiff diff = comparePlans(plan, plan);
    CHECK(diff.equal());
    CHECK(diff.summary == QStringLiteral("No differences"));
}

TEST_CASE("A Chinese text is compared character by character", "[plandiff]")
{
    const QList<TextPiece> pieces = wordDiff(QStringLiteral("我们是华东领先的供应链软件商。"),
                                             QStringLiteral("我们是华南领先的供应链服务商。"));
    const QList<TextPiece> expected = {
        {DiffOp::Kept, QStringLiteral("我们是华")}, {DiffOp::Removed, QStringLiteral("东")},
        {DiffOp::Added, QStringLiteral("南")},      {DiffOp::Kept, QStringLiteral("领先的供应链")},
        {DiffOp::Removed, QStringLiteral("软件")},  {DiffOp::Added, QStringLiteral("服务")},
        {DiffOp::Kept, QStringLiteral("商。")}};
    INFO(piecesText(pieces));
    CHECK(pieces == expected);
}

TEST_CASE("A Latin text is compared word by word", "[plandiff]")
{
    const QList<TextPiece> pieces = wordDiff(QStringLiteral("We lead the East market."),
                                             QStringLiteral("We lead the South market, again."));
    const QList<TextPiece> expected = {
        {DiffOp::Kept, QStringLiteral("We lead the ")}, {DiffOp::Removed, QStringLiteral("East")},
        {DiffOp::Added, QStringLiteral("South")},       {DiffOp::Kept, QStringLiteral(" market")},
        {DiffOp::Added, QStringLiteral(", again")},     {DiffOp::Kept, QStringLiteral(".")}};
    INFO(piecesText(pieces));
    CHECK(pieces == expected);
    CHECK(wordDiff(QString(), QStringLiteral("New")) ==
          QList<TextPiece>{{DiffOp::Added, QStringLiteral("New")}});
}

TEST_CASE("Random edits of a plan are listed exactly, and nothing else", "[plandiff]")
{
    const Plan sample = coretest::samplePlan("sample-zh_CN.json");
    REQUIRE(sample.team.members.size() >= 6);
    REQUIRE_FALSE(sample.stages.isEmpty());
    REQUIRE_FALSE(sample.metrics.kpis.isEmpty());
    QRandomGenerator random(19);
    for (int iteration = 0; iteration < 200; ++iteration) {
        Plan after = sample;
        bool annual = false;
        QSet<RowId> joined, left, requotaed, stages, kpis;
        QSet<QString> texts;
        const int edits = random.bounded(1, 6);
        for (int e = 0; e < edits; ++e) {
            QList<Member> &members = after.team.members;
            // A member none of this iteration's edits has touched yet.
            const auto untouched = [&]() -> Member * {
                for (int tries = 0; tries < 20; ++tries) {
                    Member &candidate = members[random.bounded(int(members.size()))];
                    if (!joined.contains(candidate.id) && !requotaed.contains(candidate.id))
                        return &candidate;
                }
                return nullptr;
            };
            switch (random.bounded(7)) {
            case 0:
                after.targets.annualTarget.minor += random.bounded(1, 1000) * 10'000 * yuan;
                annual = true;
                break;
            case 1: {
                Member hire = member(after, QStringLiteral("新人%1").arg(e));
                hire.region = members.first().region;
                members.append(hire);
                joined.insert(hire.id);
                break;
            }
            case 2:
                if (Member *gone = untouched()) {
                    left.insert(gone->id);
                    members.removeIf([id = gone->id](const Member &m) { return m.id == id; });
                }
                break;
            case 3:
                if (Member *changed = untouched()) {
                    changed->quotaAmount.minor += 50'000 * yuan;
                    requotaed.insert(changed->id);
                }
                break;
            case 4: {
                Stage &stage = after.stages[random.bounded(int(after.stages.size()))];
                stage.conversionRate = stage.conversionRate > 0 ? stage.conversionRate * 0.9 : 0.5;
                stages.insert(stage.id);
                break;
            }
            case 5: {
                Kpi &kpi = after.metrics.kpis[random.bounded(int(after.metrics.kpis.size()))];
                kpi.target += 7;
                kpis.insert(kpi.id);
                break;
            }
            default:
                after.mission.mission += QStringLiteral(" 更多%1").arg(e);
                texts.insert(QStringLiteral("mission.mission"));
                break;
            }
        }
        const PlanDiff diff = comparePlans(sample, after);
        INFO("iteration " << iteration << ": " << diff.summary.toStdString());
        CHECK(bool(diff.targets.annual) == annual);
        CHECK(idsOf(diff.team.joined) == joined);
        CHECK(idsOf(diff.team.left) == left);
        CHECK(idsOf(diff.team.changed) == requotaed);
        for (const RowChange &change : diff.team.changed) {
            REQUIRE(change.fields.size() == 1);
            CHECK(change.fields.first().key == QStringLiteral("quotaAmount"));
        }
        CHECK(idsOf(diff.stages) == stages);
        for (const RowChange &change : diff.stages)
            CHECK(change.fields.first().key == QStringLiteral("conversionRate"));
        CHECK(idsOf(diff.kpis) == kpis);
        CHECK(diff.risks.isEmpty());
        QSet<QString> textFields;
        for (const TextChange &text : diff.texts)
            textFields.insert(text.field);
        CHECK(textFields == texts);
        CHECK(diff.equal() == (after == sample));
    }
}
