#pragma once

#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan {

// Writes a plan's derived figures as plain text for `salesplan summary` and `salesplan check`.
class SummaryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPrinter)
public:
    SummaryPrinter(const Plan &plan, const PlanSummary &summary);

    QString summaryText() const;
    QString findingsText() const;

private:
    QString headline() const;
    QString targetsText() const;
    QString revisionText(const Decomposition &decomposition) const;
    QString dimensionsText() const;
    QString quotasText() const;
    QString collectionsText() const;
    QString funnelText() const;
    QString bridgeText() const;
    QString costText() const;
    QString calibrationText() const;
    QString budgetText() const;
    QString money(qint64 minor) const;

    const Plan &m_plan;
    const PlanSummary &m_summary;
};

} // namespace salesplan
