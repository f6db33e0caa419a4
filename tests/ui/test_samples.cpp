#include "check/findings.h"
#include "exchange/planjson.h"
#include "overviewpage.h"
#include "sampleplans.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>

using namespace salesplan;

namespace {

Plan loadSample(const QString &language)
{
    QFile file(ui::sampleResource(language));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<Plan> plan = planFromJson(file.readAll());
    REQUIRE(plan.ok());
    return *plan;
}

} // namespace

TEST_CASE("Each language opens a sample written in it, free of errors", "[samples]")
{
    const auto [asked, written] = GENERATE(table<const char *, const char *>({{"en", "en"},
                                                                              {"en_GB", "en"},
                                                                              {"de_DE", "en"},
                                                                              {"zh_CN", "zh_CN"},
                                                                              {"zh_SG", "zh_CN"},
                                                                              {"zh_TW", "zh_TW"},
                                                                              {"zh_HK", "zh_TW"}}));
    CAPTURE(asked);
    const Plan plan = loadSample(QString::fromLatin1(asked));
    CHECK(plan.info.language == QString::fromLatin1(written));
    CHECK_FALSE(hasErrors(summarizePlan(plan).findings));
}

TEST_CASE("The overview tells what the reps carry and what comes in as cash", "[samples]")
{
    const Plan plan = loadSample(QStringLiteral("en"));
    const PlanSummary summary = summarizePlan(plan);
    ui::OverviewPage overview;
    overview.showPlan(plan, summary);
    QString figures;
    for (const QLabel *label : overview.findChildren<QLabel *>())
        figures += label->text();
    // The sample over-assigns 10 % and plans collections of 30 / 50 / 20 %.
    CHECK(figures.contains(QStringLiteral("Assigned to reps")));
    CHECK(figures.contains(QStringLiteral("$8,800,000.00 (110%)")));
    REQUIRE(summary.collections);
    REQUIRE(*summary.collections);
    CHECK(figures.contains(collectionsText(plan, **summary.collections).toHtmlEscaped()));
}

TEST_CASE("The Traditional Chinese sample is the Simplified one in Traditional script", "[samples]")
{
    const Plan simplified = loadSample(QStringLiteral("zh_CN"));
    const Plan traditional = loadSample(QStringLiteral("zh_TW"));
    CHECK(traditional.targets.annualTarget == simplified.targets.annualTarget);
    CHECK(traditional.team.members.size() == simplified.team.members.size());
    CHECK(traditional.info.name == QStringLiteral("2027年度銷售計畫"));
    CHECK(traditional.targets.regions.first().name == QStringLiteral("華東"));
}
