#pragma once

#include "plan/plan.h"
#include "store/sql.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

// How each part of a Plan maps to the columns of its table (schema.cpp creates the tables).
namespace salesplan::store {

// A table holding one section's own fields in a single row (id = 1).
struct SingletonTable
{
    QString name;
    QStringList columns;
    QVariantList (*values)(const Plan &);
    void (*read)(const QSqlQuery &, Plan &);  // from the columns, in order, starting at 0
    bool (*same)(const Plan &, const Plan &); // whether the table's fields are equal
};

// A table of rows of type T with columns id, position, then `columns`.
template <typename T> struct RowTable
{
    QString name;
    QStringList columns;
    QVariantList (*values)(const T &);
    T (*read)(const QSqlQuery &, int first); // from the columns, starting at `first`; without id
};

const QList<SingletonTable> &singletonTables();

const RowTable<Competitor> &competitorTable();
const RowTable<WeightedItem> &regionTable();
const RowTable<WeightedItem> &productTable();
const RowTable<Role> &roleTable();
const RowTable<Member> &memberTable();
const RowTable<Hire> &hireTable();
const RowTable<Segment> &segmentTable(); // without its attributes: see segment_attributes
const RowTable<Stage> &stageTable();
const RowTable<Tool> &toolTable();
const RowTable<Kpi> &kpiTable();
const RowTable<Risk> &riskTable();
const RowTable<HistoryEntry> &historyTable();

// Calls visit(table, rows) for every row table, where rows(plan) is the table's list in a Plan
// (const or not); stops at the first failure.
template <typename Visit> SqlStatus forEachRowTable(Visit &&visit)
{
    SqlStatus status;
    const auto step = [&](const auto &table, auto rows) {
        if (status)
            status = visit(table, rows);
    };
    step(
        competitorTable(), [](auto &plan) -> auto & { return plan.mission.competitors; });
    step(
        regionTable(), [](auto &plan) -> auto & { return plan.targets.regions; });
    step(
        productTable(), [](auto &plan) -> auto & { return plan.targets.products; });
    step(
        roleTable(), [](auto &plan) -> auto & { return plan.team.roles; });
    step(
        memberTable(), [](auto &plan) -> auto & { return plan.team.members; });
    step(
        hireTable(), [](auto &plan) -> auto & { return plan.team.hiring; });
    step(
        segmentTable(), [](auto &plan) -> auto & { return plan.segments; });
    step(
        stageTable(), [](auto &plan) -> auto & { return plan.stages; });
    step(
        toolTable(), [](auto &plan) -> auto & { return plan.tools; });
    step(
        kpiTable(), [](auto &plan) -> auto & { return plan.metrics.kpis; });
    step(
        riskTable(), [](auto &plan) -> auto & { return plan.metrics.risks; });
    step(
        historyTable(), [](auto &plan) -> auto & { return plan.history; });
    return status;
}

} // namespace salesplan::store
