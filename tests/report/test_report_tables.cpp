// The report's tables of records print the fields the plan holds, each headed by its label and
// written by its kind: members with their start date and ramp, KPIs with their thresholds,
// choices by name; a column no record fills is left out.
#include <catch2/catch.hpp>

#include "plan/fieldformat.h"
#include "plan/format.h"
#include "report/statuscolours.h"
#include "reporttools.h"
#include "summary/livefigures.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

// A row whose cells read `cells` in order, whatever the space between them.
QRegularExpression rowOf(const QStringList &cells)
{
    QStringList parts;
    for (const QString &cell : cells)
        parts.append(QRegularExpression::escape(cell));
    return QRegularExpression(parts.join(QStringLiteral("\\s+")));
}

template <typename R> QString shown(const R &record, QStringView key)
{
    const FieldOf<R> *field = fieldsOf<R>().find(key);
    REQUIRE(field);
    return formatFieldValue(*field, record);
}

struct Report
{
    explicit Report(const Plan &plan)
    {
        REQUIRE(dir.isValid());
        writeReport(plan, pdf);
        text = pdfLayoutText(pdf);
    }
    QTemporaryDir dir;
    QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QString text;
};

} // namespace

TEST_CASE("The members' table gives each member's start date and ramp", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    const auto starter =
        std::find_if(plan.team.members.cbegin(), plan.team.members.cend(),
                     [](const Member &member) { return member.startDate.isValid(); });
    REQUIRE(starter != plan.team.members.cend());
    REQUIRE(starter->rampMonths > 0);
    const Report report(plan);
    CHECK(rowOf({QStringLiteral("Start date"), QStringLiteral("Ramp (months)")})
              .match(report.text)
              .hasMatch());
    CHECK(rowOf({starter->name, starter->role, starter->region, shown(*starter, u"startDate"),
                 shown(*starter, u"rampMonths")})
              .match(report.text)
              .hasMatch());
}

TEST_CASE("KPIs and risks read with their choices' names and thresholds as percents", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    REQUIRE(!plan.metrics.kpis.isEmpty());
    REQUIRE(!plan.metrics.risks.isEmpty());
    const Report report(plan);
    const Kpi &kpi = plan.metrics.kpis.first();
    CHECK(rowOf({kpi.name, kpi.definition, kpi.unit, shown(kpi, u"target"),
                 choiceName(kpi.frequency), shown(kpi, u"greenAt"), shown(kpi, u"yellowAt")})
              .match(report.text)
              .hasMatch());
    const Risk &risk = plan.metrics.risks.first();
    CHECK(rowOf({choiceName(risk.category)}).match(report.text).hasMatch());
    CHECK(rowOf({QString::number(risk.likelihood), QString::number(risk.impact),
                 QString::number(risk.score())})
              .match(report.text)
              .hasMatch());
}

TEST_CASE("Which way a KPI is better shows when one is better lower", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    const QString header = fieldsOf<Kpi>().find(u"direction")->labelText();
    CHECK_FALSE(Report(plan).text.contains(header));
    Kpi &cost = plan.metrics.kpis.first();
    cost.direction = KpiDirection::LowerIsBetter;
    const Report report(plan);
    CHECK(report.text.contains(header));
    // On the KPI's first line, after its yellow threshold (its definition may wrap).
    const QRegularExpression row(
        QRegularExpression::escape(cost.name) + QStringLiteral(".*") +
        rowOf({shown(cost, u"yellowAt"), choiceName(KpiDirection::LowerIsBetter)}).pattern());
    CHECK(row.match(report.text).hasMatch());
}

// The rows of `image` holding pixels within a few steps of `colour`, grouped into runs of
// neighbouring rows: one run for each square of that colour drawn one above the other.
int colourRuns(const QImage &image, const QColor &colour)
{
    const auto near = [&colour](QRgb pixel) {
        return std::abs(qRed(pixel) - colour.red()) < 12 &&
               std::abs(qGreen(pixel) - colour.green()) < 12 &&
               std::abs(qBlue(pixel) - colour.blue()) < 12;
    };
    int runs = 0;
    bool inRun = false;
    for (int y = 0; y < image.height(); ++y) {
        bool found = false;
        for (int x = 0; x < image.width() && !found; ++x)
            found = near(image.pixel(x, y));
        runs += found && !inRun ? 1 : 0;
        inRun = found;
    }
    return runs;
}

TEST_CASE("Each KPI's green and amber thresholds carry a square of their colour", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeReport(plan, pdf);
    const QList<int> pages =
        pagesMatching(pdf, QRegularExpression(QStringLiteral("^\\s*KPIs\\s*$"),
                                              QRegularExpression::MultilineOption));
    REQUIRE(pages.size() == 1);
    const QString page = QString::number(pages.first());
    // Drawn by poppler, not by us.
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
             QStringLiteral("-f"), page, QStringLiteral("-l"), page, QStringLiteral("-singlefile"),
             pdf, dir.filePath(QStringLiteral("kpis"))});
    const QImage image(dir.filePath(QStringLiteral("kpis.png")));
    REQUIRE(!image.isNull());
    // One green square a KPI, one above the other; nothing else on the page in that green.
    CHECK(colourRuns(image, ui::StatusColour::green()) == plan.metrics.kpis.size());
}

TEST_CASE("KPI targets are written by what they measure, and none as a dash", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    plan.metrics.kpis = defaultKpis(plan.ids);
    Kpi referrals;
    referrals.id = plan.ids.take();
    referrals.name = QStringLiteral("Referrals");
    referrals.definition = QStringLiteral("Introductions from customers");
    referrals.unit = QStringLiteral("referrals");
    plan.metrics.kpis.append(referrals);
    const Report report(plan);
    const QList<Kpi> &kpis = plan.metrics.kpis;
    // The English sample's funnel: 1,000 qualified leads a year (20 a week), 40 % won, $40,000
    // a deal, $8,000,000 a year.
    const QString currency = plan.info.currency;
    // A long definition wraps, so each row is read from its unit to its frequency.
    const auto hasRow = [&](const Kpi &kpi, const QString &unit, const QString &target) {
        return rowOf({unit, target, choiceName(kpi.frequency)}).match(report.text).hasMatch();
    };
    CHECK(hasRow(kpis[0], kpis[0].unit, QStringLiteral("20")));
    CHECK(hasRow(kpis[1], kpis[1].unit, formatPercent(0.4)));
    // Money is in the plan's currency, in whole units.
    CHECK(hasRow(kpis[2], currency, QStringLiteral("$40,000")));
    CHECK(hasRow(kpis[3], currency, QStringLiteral("$666,667")));
    CHECK(hasRow(referrals, referrals.unit, QStringLiteral("—")));
    CHECK_FALSE(report.text.contains(QStringLiteral("0.00 referrals")));
    CHECK_FALSE(rowOf({referrals.unit, QStringLiteral("0")}).match(report.text).hasMatch());
}

TEST_CASE("A field no record fills gets no column", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    REQUIRE(!plan.stages.isEmpty());
    for (Stage &stage : plan.stages)
        stage.collateral.clear();
    const QString collateral = fieldsOf<Stage>().find(u"collateral")->labelText();
    CHECK_FALSE(Report(plan).text.contains(collateral));

    plan.stages.first().collateral = QStringLiteral("Brochure");
    const Report filled(plan);
    CHECK(filled.text.contains(collateral));
    CHECK(filled.text.contains(QStringLiteral("Brochure")));
}

TEST_CASE("The quota table gives each person's basis, quota and first month", "[report]")
{
    const Plan plan = samplePlan("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    REQUIRE(summary.quotas);
    const DimensionSplit *members = summary.decomposition->split(TargetSplit::Members);
    REQUIRE(members);
    const Report report(plan);
    {
        // The body writes plan amounts, without cents.
        const PlanAmountsForPeople forPeople;
        CHECK(report.text.contains(assignedTargetText(plan, *summary.quotas)));
    }
    // Tom Becker starts in March: his quota starts there, and his first quarter is March's.
    const qsizetype tom = members->itemNames.indexOf(QStringLiteral("Tom Becker"));
    REQUIRE(tom >= 0);
    CHECK(rowOf({QStringLiteral("Tom Becker"), QStringLiteral("East"), QStringLiteral("Share"),
                 formatMoney(Money{members->annual.at(tom), plan.info.currency})})
              .match(report.text)
              .hasMatch());
    CHECK(rowOf({QStringLiteral("Share"),
                 formatMoney(Money{members->annual.at(tom), plan.info.currency})})
              .match(report.text)
              .hasMatch());
    CHECK(QRegularExpression(QStringLiteral("Tom Becker.*Mar 2027")).match(report.text).hasMatch());
    // Grace Liu's quota is fixed, and the hire line carries quota from its start month.
    CHECK(rowOf({QStringLiteral("Grace Liu"), QStringLiteral("East"), QStringLiteral("Fixed"),
                 QStringLiteral("$450,000.00")})
              .match(report.text)
              .hasMatch());
    CHECK(QRegularExpression(QStringLiteral("Hire: 1 × Account Executive, West.*Apr 2027"))
              .match(report.text)
              .hasMatch());
    // The quarter table's total is what the reps carry: the target plus over-assignment.
    CHECK(rowOf({QStringLiteral("Total")}).match(report.text).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("Total\\s.*\\$8,800,000\\.00"))
              .match(report.text)
              .hasMatch());
}

TEST_CASE("The report prints a text's live figures as the plan's current figures", "[report]")
{
    Plan plan = samplePlan("sample-en.json");
    plan.mission.mission = QStringLiteral("We will grow {growth} to {target} and keep {oops}.");
    plan.metrics.risks.first().mitigation = QStringLiteral("Hire {reps.short} early");
    const PlanSummary summary = summarizePlan(plan);
    const Report report(plan);
    const PlanAmountsForPeople forPeople; // the mission is in the body: no cents
    const QString expected = fillLiveFigures(plan.mission.mission, liveFigures(plan, summary));
    CHECK(expected.contains(QStringLiteral("to $8,000,000 ")));
    CHECK(report.text.simplified().contains(expected.simplified()));
    // An unknown placeholder prints as typed.
    CHECK(report.text.contains(QStringLiteral("{oops}")));
    CHECK_FALSE(report.text.contains(QStringLiteral("{target}")));
    CHECK_FALSE(report.text.contains(QStringLiteral("{reps.short}")));
}
