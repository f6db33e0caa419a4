#pragma once

#include "plan/plan.h"
#include "team/consolidation.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan {

// Writes a team plan's consolidation as plain text for `salesplan consolidate`: each unit's
// allocation against its own target, the gap, headcount, budget and status in words, then the
// consolidated months, quarters, regions, product lines and funnel, and the findings.
class ConsolidationPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ConsolidationPrinter)
public:
    ConsolidationPrinter(const Plan &team, const Consolidation &consolidation);

    QString text() const;
    // For a consolidation over the units' figures alone (consolidateFigures()): the headline, the
    // units, the consolidated year, quarters, months and sales budget, and the findings.
    QString figuresText() const;

private:
    QString headline() const;
    QString unitsText() const;
    QString monthsText() const;
    QString itemsText(const QList<ConsolidatedItem> &items) const;
    QString funnelText() const;
    QString budgetText() const;
    QString findingsText() const;
    QString money(qint64 minor) const;

    const Plan &m_team;
    const Consolidation &m_c;
};

} // namespace salesplan
