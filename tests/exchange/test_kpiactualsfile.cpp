// The KPIs' measured values imported from a table: the header found in English or Chinese, each
// row's KPI, month and value read, and every row that cannot be refused in words.
#include <catch2/catch.hpp>

#include "exchange/kpiactualsfile.h"

using namespace salesplan;

namespace {

TextTable tableOf(const QList<QStringList> &rows)
{
    TextTable table;
    for (qsizetype i = 0; i < rows.size(); ++i)
        table.rows.append(TextRow{int(i) + 1, rows.at(i)});
    return table;
}

RowId kpiId(const Plan &plan, KpiMeasure measures)
{
    for (const Kpi &kpi : plan.metrics.kpis) {
        if (kpi.measures == measures)
            return kpi.id;
    }
    FAIL("no such KPI");
    return 0;
}

} // namespace

TEST_CASE("KPI actuals read by the KPIs' names, in each KPI's unit, from a Chinese header below "
          "a title",
          "[kpiactuals]")
{
    Plan plan = makeDefaultPlan(); // plan year 2027
    const Result<KpiActualsRead> read = readKpiActuals(
        tableOf(
            {{QStringLiteral("2027年KPI实际")},
             {QStringLiteral("月份"), QStringLiteral("指标"), QStringLiteral("实际值")},
             {QStringLiteral("2027-01"), QStringLiteral("qualified LEADS"), QStringLiteral("180")},
             {QStringLiteral("2027年2月"), QStringLiteral("Win rate"), QStringLiteral("28.5%")},
             {QStringLiteral("2027/3"), QStringLiteral("Average deal size"),
              QStringLiteral("5万")}}),
        plan);
    REQUIRE(read);
    CHECK(read->refused.isEmpty());
    REQUIRE(read->rows.size() == 3);
    CHECK(read->rows.at(0).kpi == kpiId(plan, KpiMeasure::QualifiedLeads));
    CHECK(read->rows.at(0).value == 180);
    CHECK(read->rows.at(1).month == QDate(2027, 2, 1));
    CHECK(read->rows.at(1).value == 28.5);
    CHECK(read->rows.at(2).value == 50'000);
    CHECK(read->rows.at(2).line == 5);

    applyKpiActuals(plan, read->rows);
    applyKpiActuals(plan, read->rows); // again: the values stay one a month
    CHECK(plan.kpiActuals.size() == 3);
}

TEST_CASE("KPI actuals refuse unknown KPIs, revenue, months outside the plan year and values the "
          "KPI cannot take, each in words",
          "[kpiactuals]")
{
    const Plan plan = makeDefaultPlan();
    const Result<KpiActualsRead> read = readKpiActuals(
        tableOf(
            {{QStringLiteral("Month"), QStringLiteral("KPI"), QStringLiteral("Value")},
             {QStringLiteral("2027-01"), QStringLiteral("NPS"), QStringLiteral("40")},
             {QStringLiteral("2027-01"), QStringLiteral("Revenue per period"),
              QStringLiteral("1000")},
             {QStringLiteral("2026-12"), QStringLiteral("Win rate"), QStringLiteral("30")},
             {QStringLiteral("2027-02"), QStringLiteral("Win rate"), QStringLiteral("250")},
             {QStringLiteral("2027-02"), QStringLiteral("Qualified leads"), QStringLiteral("-3")},
             {QStringLiteral("2027-03"), QStringLiteral("Qualified leads"), QStringLiteral("12")},
             {QStringLiteral("2027-03"), QStringLiteral("Qualified leads"), QStringLiteral("14")}}),
        plan);
    REQUIRE(read);
    CHECK_FALSE(read->canImport());
    CHECK(read->rows.size() == 1);
    REQUIRE(read->refused.size() == 6);
    CHECK(read->refused.at(0) == QStringLiteral("line 2: no KPI of the plan is named \"NPS\""));
    CHECK(read->refused.at(1).contains(QStringLiteral("comes from the bookings")));
    CHECK(read->refused.at(2).contains(QStringLiteral("2026-12 is not in the plan year")));
    CHECK(read->refused.at(3).contains(QStringLiteral("250%")));
    CHECK(read->refused.at(4).startsWith(QStringLiteral("line 6: Qualified leads")));
    // The same KPI and month twice: the second is refused, not taken silently over the first.
    CHECK(read->refused.at(5) == QStringLiteral("line 8: this KPI's 2027-03 is already on line 7"));

    const Result<KpiActualsRead> noHeader = readKpiActuals(
        tableOf({{QStringLiteral("2027-01"), QStringLiteral("Win rate"), QStringLiteral("30")}}),
        plan);
    REQUIRE_FALSE(noHeader);
    CHECK(noHeader.error().message().contains(QStringLiteral("month, KPI and value")));
}
