// The industry templates a new plan starts from: each one, in each language, is a plan without
// errors, set in the year asked, with the same figures in every language.
#include <catch2/catch.hpp>

#include "exchange/plantemplates.h"
#include "summary/plansummary.h"

#include <QSet>

using namespace salesplan;

namespace {

const QStringList languages = {QStringLiteral("en"), QStringLiteral("zh_CN"),
                               QStringLiteral("zh_TW")};

Plan templatePlan(const QString &key, const QString &language, int year = 2031)
{
    const Result<Plan> plan = planFromTemplate(key, language, year);
    INFO(key.toStdString() << " " << language.toStdString());
    REQUIRE(plan);
    return *plan;
}

QStringList errorsOf(const Plan &plan)
{
    QStringList errors;
    for (const Finding &finding : summarizePlan(plan).findings)
        if (finding.severity == Severity::Error)
            errors.append(finding.message);
    return errors;
}

} // namespace

TEST_CASE("Four templates, named and described in each language", "[templates]")
{
    CHECK(planTemplateKeys() == QStringList{QStringLiteral("saas"), QStringLiteral("manufacturing"),
                                            QStringLiteral("retail"), QStringLiteral("services")});
    QSet<QString> descriptions;
    for (const QString &language : languages) {
        const QList<PlanTemplate> templates = planTemplates(language);
        REQUIRE(templates.size() == 4);
        for (const PlanTemplate &plan : templates) {
            CHECK_FALSE(plan.name.isEmpty());
            CHECK(plan.description.size() > 40); // a line saying what it assumes
            descriptions.insert(plan.description);
        }
    }
    CHECK(descriptions.size() == 12); // each its own text, none left untranslated
    CHECK(planTemplates(QStringLiteral("zh_HK")).first().name ==
          planTemplates(QStringLiteral("zh_TW")).first().name);
    CHECK(planTemplates(QStringLiteral("de")).first().name ==
          planTemplates(QStringLiteral("en")).first().name);
}

TEST_CASE("Every template in every language is a plan without errors", "[templates]")
{
    for (const QString &key : planTemplateKeys()) {
        for (const QString &language : languages) {
            const Plan plan = templatePlan(key, language);
            INFO(key.toStdString() << " " << language.toStdString());
            CHECK(errorsOf(plan).isEmpty());
            CHECK(plan.info.language == language);
            CHECK(plan.info.status == PlanStatus::Draft);
            CHECK(plan.stages.size() >= 4);
            CHECK(plan.segments.size() == 4);
            CHECK(plan.metrics.kpis.size() >= 5);
            CHECK(plan.team.hiring.size() >= 1);
            CHECK(plan.targets.seasonality == SeasonalityMode::Custom);
            CHECK(plan.targets.annualTarget.minor > plan.targets.lastYearActual.minor);
        }
    }
}

TEST_CASE("A template has the same figures in every language, in the language's currency",
          "[templates]")
{
    for (const QString &key : planTemplateKeys()) {
        const Plan english = templatePlan(key, QStringLiteral("en"));
        const Plan chinese = templatePlan(key, QStringLiteral("zh_CN"));
        const Plan taiwan = templatePlan(key, QStringLiteral("zh_TW"));
        INFO(key.toStdString());
        CHECK(english.info.currency == QStringLiteral("USD"));
        CHECK(chinese.info.currency == QStringLiteral("CNY"));
        CHECK(taiwan.info.currency == QStringLiteral("TWD"));
        CHECK(chinese.targets.funnel.calendar == HolidayCalendar::China);
        CHECK(taiwan.targets.funnel.calendar == HolidayCalendar::Taiwan);
        for (const Plan *other : {&english, &taiwan}) {
            CHECK(other->targets.customWeights == chinese.targets.customWeights);
            CHECK(other->targets.funnel.leadToQualified == chinese.targets.funnel.leadToQualified);
            CHECK(other->targets.funnel.proposalToWon == chinese.targets.funnel.proposalToWon);
            CHECK(other->targets.funnel.newHireRampMonths ==
                  chinese.targets.funnel.newHireRampMonths);
            REQUIRE(other->stages.size() == chinese.stages.size());
            for (qsizetype i = 0; i < chinese.stages.size(); ++i)
                CHECK(other->stages.at(i).conversionRate == chinese.stages.at(i).conversionRate);
            CHECK(other->team.members.size() == chinese.team.members.size());
        }
        CHECK(english.stages.first().name != chinese.stages.first().name);
    }
}

namespace {

// The share of `part` in `whole`, for comparing plans in different currencies.
double shareOf(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

TEST_CASE("A template's growth, decomposition and funnel are the same in every language",
          "[templates]")
{
    for (const QString &key : planTemplateKeys()) {
        const PlanSummary chinese = summarizePlan(templatePlan(key, QStringLiteral("zh_CN")));
        REQUIRE(chinese.growth);
        REQUIRE(chinese.decomposition);
        REQUIRE(chinese.funnel);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_TW")}) {
            INFO(key.toStdString() << " in " << language.toStdString());
            const PlanSummary other = summarizePlan(templatePlan(key, language));
            REQUIRE(other.growth);
            CHECK(*other.growth == Approx(*chinese.growth).margin(1e-12));
            REQUIRE(other.decomposition);
            const Decomposition &theirs = *other.decomposition;
            const Decomposition &ours = *chinese.decomposition;
            for (std::size_t m = 0; m < ours.months.size(); ++m)
                CHECK(shareOf(theirs.months[m], theirs.annual) ==
                      Approx(shareOf(ours.months[m], ours.annual)).margin(1e-9));
            REQUIRE(theirs.dimensions.size() == ours.dimensions.size());
            for (qsizetype d = 0; d < ours.dimensions.size(); ++d) {
                REQUIRE(theirs.dimensions.at(d).annual.size() ==
                        ours.dimensions.at(d).annual.size());
                for (qsizetype i = 0; i < ours.dimensions.at(d).annual.size(); ++i)
                    CHECK(shareOf(theirs.dimensions.at(d).annual.at(i), theirs.annual) ==
                          Approx(shareOf(ours.dimensions.at(d).annual.at(i), ours.annual))
                              .margin(1e-9));
            }
            REQUIRE(other.funnel);
            CHECK(other.funnel->deals == chinese.funnel->deals);
            CHECK(other.funnel->proposals == chinese.funnel->proposals);
            CHECK(other.funnel->qualifiedLeads == chinese.funnel->qualifiedLeads);
            CHECK(other.funnel->leads == chinese.funnel->leads);
            CHECK(other.funnel->calls == chinese.funnel->calls);
            REQUIRE(other.cost);
            CHECK(other.cost->shareOfTarget() ==
                  Approx(chinese.cost->shareOfTarget()).margin(1e-9));
        }
    }
}

TEST_CASE("A template moves to the plan year asked, with its hires and its name", "[templates]")
{
    const Plan early = templatePlan(QStringLiteral("saas"), QStringLiteral("en"), 2030);
    const Plan late = templatePlan(QStringLiteral("saas"), QStringLiteral("en"), 2032);
    CHECK(early.info.period.year == 2030);
    CHECK(late.info.period.year == 2032);
    CHECK(early.info.name.contains(QStringLiteral("2030")));
    CHECK(late.info.name.contains(QStringLiteral("2032")));
    REQUIRE_FALSE(early.team.hiring.isEmpty());
    CHECK(early.team.hiring.first().startDate.year() == 2030);
    CHECK(late.team.hiring.first().startDate.addYears(-2) == early.team.hiring.first().startDate);
}

TEST_CASE("An unknown template is refused in words that list the templates", "[templates]")
{
    const Result<Plan> plan =
        planFromTemplate(QStringLiteral("bakery"), QStringLiteral("en"), 2030);
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message().contains(QStringLiteral("bakery")));
    CHECK(plan.error().message().contains(QStringLiteral("manufacturing")));
}
