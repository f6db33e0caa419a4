// A field's value as people read it, by its kind: the report's tables write every value this way.
#include "plan/fieldformat.h"

#include <catch2/catch.hpp>

using namespace salesplan;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);

template <typename R>
QString shown(const R &record, QStringView key, const QLocale &locale = english)
{
    const FieldOf<R> *field = fieldsOf<R>().find(key);
    REQUIRE(field);
    return formatFieldValue(*field, record, locale);
}

} // namespace

TEST_CASE("Money, rates, numbers and counts read as figures", "[fields]")
{
    Tool tool;
    tool.annualCost = Money::of(3'600'000, QStringLiteral("CNY"));
    CHECK(shown(tool, u"annualCost") == QStringLiteral("¥36,000.00"));

    Kpi kpi;
    kpi.target = 1200;
    kpi.greenAt = 0.95;
    CHECK(shown(kpi, u"target") == QStringLiteral("1,200"));
    CHECK(shown(kpi, u"greenAt") == QStringLiteral("95.0%"));
    kpi.target = 2.5;
    CHECK(shown(kpi, u"target") == QStringLiteral("2.5"));

    Stage stage;
    stage.typicalDays = 1500;
    CHECK(shown(stage, u"typicalDays") == QStringLiteral("1,500"));
}

TEST_CASE("Dates read the same in every country and are empty when there is none", "[fields]")
{
    Member member;
    member.startDate = QDate(2027, 3, 1);
    // Not 3/1/27, which reads as January 3 in much of the world.
    CHECK(shown(member, u"startDate") == QStringLiteral("2027-03-01"));
    CHECK(shown(member, u"startDate", chinese) == QStringLiteral("2027年3月1日"));
    member.startDate = QDate();
    CHECK(shown(member, u"startDate").isEmpty());

    HistoryEntry entry;
    entry.month = QDate(2027, 3, 1);
    CHECK(shown(entry, u"month") == QStringLiteral("Mar 2027"));
    CHECK(shown(entry, u"month", chinese) == QStringLiteral("2027年3月"));
}

TEST_CASE("Choices read as their names and text as written", "[fields]")
{
    Risk risk;
    risk.category = RiskCategory::Execution;
    risk.description = QStringLiteral("Two reps ramp at once");
    CHECK(shown(risk, u"category") == choiceName(RiskCategory::Execution));
    CHECK(shown(risk, u"category") == QStringLiteral("Execution"));
    CHECK(shown(risk, u"description") == risk.description);
}

TEST_CASE("Figures are right-aligned, words are not", "[fields]")
{
    for (const FieldKind kind : {FieldKind::Money, FieldKind::Rate, FieldKind::Number,
                                 FieldKind::Count, FieldKind::Date, FieldKind::Month})
        CHECK(isFigure(kind));
    for (const FieldKind kind :
         {FieldKind::Text, FieldKind::Note, FieldKind::Currency, FieldKind::Choice})
        CHECK_FALSE(isFigure(kind));
}
