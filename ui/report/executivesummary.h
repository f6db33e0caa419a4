#pragma once

#include "plan/plan.h"
#include "plan/sectiontitle.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace salesplan::ui {

// One line of the executive summary: what it is, the plan's figure, and the section that has
// the detail, and the heading in it where it stands (empty: the section's start).
struct SummaryFigure
{
    QString label;
    QString value;
    Section detail = Section::Targets;
    QString heading = QString();
};

// Page one of the report in figures: what leadership is asked to approve, each figure the same
// as the section that details it says, since both come from the same PlanSummary.
class ExecutiveSummary
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::ExecutiveSummary)
public:
    // The target and growth, the tiers, the headcount, what the reps carry, the marketing budget,
    // the cost of sales, the largest risks, the KPIs and the collections; a figure the plan
    // cannot give is left out. Amounts are plan amounts (formatPlanAmount), without cents.
    static QList<SummaryFigure> figures(const Plan &plan, const PlanSummary &summary);
    // "Approve the ¥1.2亿 target, 3 hires and a ¥429万 marketing budget.": the hires the plan
    // plans, or while it plans none the reps the headcount for the year lacks.
    static QString decision(const Plan &plan, const PlanSummary &summary);
    // The indexes of the (up to) three risks with the highest scores, highest first.
    static QList<qsizetype> largestRisks(const QList<Risk> &risks);
    // The unit a KPI's target is written in: the plan's currency when it measures money (an
    // average deal size, revenue, or a unit that only says "amount"), else its own unit.
    static QString kpiUnit(const Kpi &kpi, const QString &currency);
    // The KPI's target `target` as the report writes it: a plan amount when kpiUnit() is the
    // currency, else as formatKpiTarget() writes it.
    static QString kpiTargetText(const Kpi &kpi, double target, const QString &currency);
};

} // namespace salesplan::ui
