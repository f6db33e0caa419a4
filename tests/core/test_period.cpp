#include "plan/period.h"

#include <catch2/catch.hpp>

using namespace salesplan;

TEST_CASE("A fiscal year starting in April counts its months from April", "[period]")
{
    const Period fiscal{2027, 4};

    CHECK(fiscal.firstDay() == QDate(2027, 4, 1));
    CHECK(fiscal.lastDay() == QDate(2028, 3, 31));
    CHECK(fiscal.monthIndexOf(QDate(2027, 4, 1)) == 0);
    CHECK(fiscal.monthIndexOf(QDate(2027, 4, 30)) == 0);
    CHECK(fiscal.monthIndexOf(QDate(2027, 12, 15)) == 8);
    CHECK(fiscal.monthIndexOf(QDate(2028, 1, 1)) == 9);
    CHECK(fiscal.monthIndexOf(QDate(2028, 3, 31)) == 11);
    CHECK(fiscal.monthStart(11) == QDate(2028, 3, 1));
    CHECK(fiscal.monthEnd(10) == QDate(2028, 2, 29)); // 2028 is a leap year
    CHECK(fiscal.monthEnd(11) == fiscal.lastDay());
}

TEST_CASE("Dates outside the plan year have no month index", "[period]")
{
    const Period fiscal{2027, 4};

    CHECK(fiscal.monthIndexOf(QDate(2027, 3, 31)) == -1);
    CHECK(fiscal.monthIndexOf(QDate(2028, 4, 1)) == -1);
    CHECK(fiscal.monthIndexOf(QDate(2026, 6, 1)) == -1);
    CHECK(fiscal.monthIndexOf(QDate()) == -1);
}

TEST_CASE("A calendar plan year maps months to themselves", "[period]")
{
    const Period calendar{2027, 1};

    CHECK(calendar.monthIndexOf(QDate(2027, 1, 1)) == 0);
    CHECK(calendar.monthIndexOf(QDate(2027, 12, 31)) == 11);
    CHECK(calendar.monthIndexOf(QDate(2026, 12, 31)) == -1);
    CHECK(calendar.lastDay() == QDate(2027, 12, 31));
}

TEST_CASE("Quarters hold three plan months each", "[period]")
{
    CHECK(Period::quarterOfMonth(0) == 0);
    CHECK(Period::quarterOfMonth(2) == 0);
    CHECK(Period::quarterOfMonth(3) == 1);
    CHECK(Period::quarterOfMonth(8) == 2);
    CHECK(Period::quarterOfMonth(9) == 3);
    CHECK(Period::quarterOfMonth(11) == 3);

    // April 2027 starts quarter 0, so January 2028 starts quarter 3.
    const Period fiscal{2027, 4};
    CHECK(Period::quarterOfMonth(fiscal.monthIndexOf(QDate(2028, 1, 10))) == 3);
}

TEST_CASE("Periods are valid, comparable and go back in years", "[period]")
{
    CHECK(Period{2027, 4}.isValid());
    CHECK_FALSE(Period{2027, 0}.isValid());
    CHECK_FALSE(Period{2027, 13}.isValid());
    CHECK_FALSE(Period{1800, 1}.isValid());
    CHECK(Period{2027, 4}.earlier(2) == Period{2025, 4});
    CHECK_FALSE(Period{2027, 4} == Period{2027, 1});
}
