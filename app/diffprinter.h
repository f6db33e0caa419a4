#pragma once

#include "summary/plandiff.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan {

// Writes the comparison of two plans as plain text for `salesplan diff`: the summary line, then
// the targets, the team, the stages, the KPIs, the risks and the texts that differ, the texts'
// words marked [-removed-]{+added+}.
class DiffPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DiffPrinter)
public:
    explicit DiffPrinter(const PlanDiff &diff);

    QString text() const;

private:
    QString targetsText() const;
    QString amountsText(const QString &title, const QList<AmountChange> &changes) const;
    QString amountLine(const AmountChange &change) const;
    QString teamText() const;
    QString rowsText(const QString &title, const QList<RowChange> &changes) const;
    QString textsText() const;

    const PlanDiff &m_diff;
};

// A word diff in one line: kept text as it is, [-removed-] and {+added+}.
QString markedWordDiff(const QList<TextPiece> &pieces);

} // namespace salesplan
