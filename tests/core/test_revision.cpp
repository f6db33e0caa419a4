#include "calc/revision.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace salesplan;

namespace {

MonthValues even(qint64 perMonth)
{
    MonthValues months{};
    months.fill(perMonth);
    return months;
}

qint64 total(const MonthValues &months)
{
    return std::accumulate(months.cbegin(), months.cend(), qint64(0));
}

MonthActuals bookedTo(int lastMonth, qint64 perMonth)
{
    MonthActuals actuals{};
    for (int m = 0; m <= lastMonth; ++m)
        actuals[std::size_t(m)] = perMonth;
    return actuals;
}

TargetRevision revisionOf(const MonthValues &months, int fromMonth)
{
    TargetRevision revision;
    revision.from = QDate(2027, fromMonth, 1);
    revision.note = QStringLiteral("Adjusted after the review");
    revision.months = months;
    return revision;
}

} // namespace

TEST_CASE("A 100 gap after April on a 1200 year spreads 12.5 over each of May–December, exactly",
          "[revision]")
{
    // Target 1200 evenly (100 a month), 300 booked of the 400 due by April.
    const Result<MonthValues> months =
        adjustedMonths(even(100), 1200, bookedTo(3, 75), 3, QStringLiteral("CNY"));
    REQUIRE(months);
    for (int m = 0; m < 4; ++m)
        CHECK((*months)[std::size_t(m)] == 75); // the months reviewed hold what they booked
    qint64 rest = 0;
    for (int m = 4; m < 12; ++m) {
        const qint64 month = (*months)[std::size_t(m)];
        CHECK((month == 112 || month == 113)); // 112.5 rounded, four each way
        rest += month;
    }
    CHECK(rest == 900);
    CHECK(total(*months) == 1200);

    // In minor units with room for the half: 12.50 more a month, every month the same.
    const Result<MonthValues> fen =
        adjustedMonths(even(10000), 120000, bookedTo(3, 7500), 3, QStringLiteral("CNY"));
    REQUIRE(fen);
    for (int m = 4; m < 12; ++m)
        CHECK((*fen)[std::size_t(m)] == 11250);
}

TEST_CASE("The gap follows the seasonality: a month with twice the target takes twice the gap",
          "[revision]")
{
    MonthValues targets = even(100);
    targets[11] = 200; // December: 200; the year 1300
    const Result<MonthValues> months =
        adjustedMonths(targets, 1300, bookedTo(9, 90), 9, QStringLiteral("CNY"));
    REQUIRE(months);
    // 900 booked by October, 400 to book over November (100) and December (200): 133 and 267.
    CHECK((*months)[10] == 133);
    CHECK((*months)[11] == 267);
    CHECK(total(*months) == 1300);
}

TEST_CASE("Ahead of plan the remaining months go down, more than the year booked is refused",
          "[revision]")
{
    const Result<MonthValues> ahead =
        adjustedMonths(even(100), 1200, bookedTo(5, 150), 5, QStringLiteral("CNY"));
    REQUIRE(ahead);
    CHECK((*ahead)[6] == 50); // 900 booked by June, 300 left over six months
    CHECK(total(*ahead) == 1200);

    const Result<MonthValues> over =
        adjustedMonths(even(10000), 120000, bookedTo(5, 25000), 5, QStringLiteral("CNY"));
    REQUIRE_FALSE(over);
    CHECK(over.error().message().contains(QStringLiteral("below zero")));

    const Result<MonthValues> december =
        adjustedMonths(even(100), 1200, bookedTo(11, 100), 11, QStringLiteral("CNY"));
    REQUIRE_FALSE(december);
    CHECK(december.error().message().contains(QStringLiteral("no month")));
}

TEST_CASE("Remaining months without a target share the gap evenly", "[revision]")
{
    MonthValues targets = even(100);
    for (int m = 6; m < 12; ++m)
        targets[std::size_t(m)] = 0; // the plan ends in June: 600 a year
    const Result<MonthValues> months =
        adjustedMonths(targets, 600, bookedTo(5, 70), 5, QStringLiteral("CNY"));
    REQUIRE(months);
    for (int m = 6; m < 12; ++m)
        CHECK((*months)[std::size_t(m)] == 30); // 180 short, over six months
}

TEST_CASE("The targets in force: approved before the revision's first month, revised from it",
          "[revision]")
{
    const Period period{2027, 1};
    const MonthValues approved = even(100);
    MonthValues months = even(75);
    for (int m = 4; m < 12; ++m)
        months[std::size_t(m)] = m < 8 ? 113 : 112;
    const TargetRevision revision = revisionOf(months, 5);
    REQUIRE(revisionFits(revision, approved, period));
    const MonthValues inForce = targetsInForce(approved, &revision, period);
    CHECK(inForce[3] == 100);
    CHECK(inForce[4] == 113);
    CHECK(inForce[11] == 112);
    CHECK(revisionChange(revision, approved, period) == 100);
    CHECK(targetsInForce(approved, nullptr, period) == approved);

    // A revision that no longer adds up to the annual target (the target changed since) is not
    // in force; the last revision is the one that counts.
    CHECK_FALSE(revisionFits(revision, even(110), period));
    CHECK(revisionInForce({revision}, even(110), period) == nullptr);
    const QList<TargetRevision> both{revisionOf(even(100), 3), revision};
    CHECK(revisionInForce(both, approved, period) == &both.last());
    CHECK_FALSE(
        revisionFits(revisionOf(months, 1), approved, period)); // from January: nothing kept
}

TEST_CASE("Members' quotas raised by the over-assignment stay that much above the company's "
          "adjusted month",
          "[revision]")
{
    // Quotas add up to 110 % of the company: 110 of a month of 100. May rises to 120.
    const QList<MonthValues> members{even(44), even(66)};
    const MonthValues approved = even(100);
    MonthValues inForce = approved;
    inForce[4] = 120;
    const QList<MonthValues> scaled = itemTargetsInForce(members, approved, inForce);
    CHECK(scaled.at(0)[4] + scaled.at(1)[4] == 132); // 110 % of 120, not 120
    CHECK(scaled.at(0)[4] == 53);                    // 52.8
    CHECK(scaled.at(1)[4] == 79);                    // 79.2
    CHECK(scaled.at(0)[3] == 44);                    // April as approved
}

TEST_CASE("Each item's months follow the company's month, still adding up to it exactly",
          "[revision]")
{
    // Two regions, 1 : 2, of a company month of 300; the company's May rises to 331.
    const QList<MonthValues> items{even(100), even(200)};
    const MonthValues approved = even(300);
    MonthValues inForce = approved;
    inForce[4] = 331;
    const QList<MonthValues> scaled = itemTargetsInForce(items, approved, inForce);
    CHECK(scaled.at(0)[4] + scaled.at(1)[4] == 331);
    CHECK(scaled.at(0)[4] == 110); // 110.33
    CHECK(scaled.at(1)[4] == 221); // 220.67
    CHECK(scaled.at(0)[3] == 100); // April unchanged
}
