#pragma once

#include "plantablemodel.h"

#include <QCoreApplication>

namespace salesplan::ui {

// The table models of the Team section (roles, members, hiring, budget lines): the fields' columns,
// and the members' share of the target after their quota weight. Each is a child of `parent`.
struct TeamTables
{
    Q_DECLARE_TR_FUNCTIONS(TeamEditor)

public:
    static RowTableModel<Role> *roles(PlanDocument *document, QObject *parent);
    static RowTableModel<Member> *members(PlanDocument *document, QObject *parent);
    static RowTableModel<Hire> *hiring(PlanDocument *document, QObject *parent);
    static RowTableModel<BudgetLine> *budgetLines(PlanDocument *document, QObject *parent);
};

// The distinct, non-empty regions of the plan's members.
QStringList memberRegions(const Plan &plan);

} // namespace salesplan::ui
