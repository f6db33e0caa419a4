#pragma once

#include "plan/plan.h"
#include "store/sql.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

// How each part of a Plan maps to the columns of its table (schema.cpp creates the tables). The
// columns of a record's fields come from its field table (plan/fields.h).
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

// The tables of rows, each named after its SQL table.
struct RowTables
{
    RowTable<Competitor> competitors;
    RowTable<WeightedItem> regions;
    RowTable<WeightedItem> products;
    RowTable<Role> roles;
    RowTable<Member> members;
    RowTable<Hire> hires;
    RowTable<Segment> segments; // without their attributes: see segment_attributes
    RowTable<Stage> stages;
    RowTable<Tool> tools;
    RowTable<Kpi> kpis;
    RowTable<Risk> risks;
    RowTable<HistoryEntry> history;
    RowTable<KpiActual> kpiActuals;
    RowTable<ReviewEntry> reviewLog;
    RowTable<TargetRevision> targetRevisions;
    RowTable<StatusChange> statusChanges;
    RowTable<Scenario> scenarios;
    RowTable<Uplift> uplifts;
    RowTable<Initiative> initiatives;
    RowTable<Milestone> milestones;
    RowTable<BudgetLine> budgetLines;
    RowTable<PlanUnit> units;
};

const RowTables &rowTables();

// Calls visit(table, rows) for every row table, where rows(plan) is the table's list in a Plan
// (const or not); stops at the first failure.
template <typename Visit> SqlStatus forEachRowTable(Visit &&visit)
{
    SqlStatus status;
    const auto step = [&](const auto &table, auto rows) {
        if (status)
            status = visit(table, rows);
    };
    const RowTables &tables = rowTables();
    step(
        tables.competitors, [](auto &plan) -> auto & { return plan.mission.competitors; });
    step(
        tables.regions, [](auto &plan) -> auto & { return plan.targets.regions; });
    step(
        tables.products, [](auto &plan) -> auto & { return plan.targets.products; });
    step(
        tables.roles, [](auto &plan) -> auto & { return plan.team.roles; });
    step(
        tables.members, [](auto &plan) -> auto & { return plan.team.members; });
    step(
        tables.hires, [](auto &plan) -> auto & { return plan.team.hiring; });
    step(
        tables.segments, [](auto &plan) -> auto & { return plan.segments; });
    step(
        tables.stages, [](auto &plan) -> auto & { return plan.stages; });
    step(
        tables.tools, [](auto &plan) -> auto & { return plan.tools; });
    step(
        tables.kpis, [](auto &plan) -> auto & { return plan.metrics.kpis; });
    step(
        tables.risks, [](auto &plan) -> auto & { return plan.metrics.risks; });
    step(
        tables.history, [](auto &plan) -> auto & { return plan.history; });
    step(
        tables.kpiActuals, [](auto &plan) -> auto & { return plan.kpiActuals; });
    step(
        tables.reviewLog, [](auto &plan) -> auto & { return plan.metrics.reviewLog; });
    step(
        tables.targetRevisions, [](auto &plan) -> auto & { return plan.targets.revisions; });
    step(
        tables.statusChanges, [](auto &plan) -> auto & { return plan.info.statusLog; });
    step(
        tables.scenarios, [](auto &plan) -> auto & { return plan.scenarios; });
    step(
        tables.uplifts, [](auto &plan) -> auto & { return plan.targets.uplifts; });
    step(
        tables.initiatives, [](auto &plan) -> auto & { return plan.initiatives; });
    step(
        tables.milestones, [](auto &plan) -> auto & { return plan.milestones; });
    step(
        tables.budgetLines, [](auto &plan) -> auto & { return plan.team.budgetLines; });
    step(
        tables.units, [](auto &plan) -> auto & { return plan.units; });
    return status;
}

} // namespace salesplan::store
