#pragma once

#include "plantablemodel.h"

#include <QCoreApplication>

namespace salesplan::ui {

// The table models of the Team section (roles, members, hiring), in the column order of
// TeamEditor's column enums. Each is a child of `parent`.
struct TeamTables
{
    Q_DECLARE_TR_FUNCTIONS(TeamEditor)

public:
    static RowTableModel<Role> *roles(PlanDocument *document, QObject *parent);
    static RowTableModel<Member> *members(PlanDocument *document, QObject *parent);
    static RowTableModel<Hire> *hiring(PlanDocument *document, QObject *parent);

    // What "—" means in the members' and the hires' start-date columns.
    static QString memberStartTip();
    static QString hireStartTip();
};

// A start date as the plan keeps it: a day inside or after the plan year, or invalid for "before
// the plan year" (a member) or "not set" (a hire). Text is read as an ISO date (2027-03-01).
QDate planStartDate(const QVariant &value, const Plan &plan);

// The distinct, non-empty regions of the plan's members.
QStringList memberRegions(const Plan &plan);

} // namespace salesplan::ui
