#pragma once

#include "summary/plandiff.h"

#include <QCoreApplication>
#include <QString>

class QPalette;

namespace salesplan::ui {

// The comparison of two plans as the comparison window shows it, in HTML for a QTextBrowser:
// the summary line large, then the targets as a table (before, after, change, % change; a rise
// green with "+", a fall red with "−"), the team, the stages, the KPIs, the risks (field: before
// → after) and the narrative texts as a word diff (removed struck through in red, added
// underlined in green). Amounts are plan amounts for people (formatPlanAmount), 万/亿 as set.
class PlanDiffHtml
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiffHtml)

public:
    // `palette` picks colours that read on its background.
    PlanDiffHtml(const PlanDiff &diff, const QPalette &palette);

    QString html() const;

private:
    QString targetsHtml() const;
    QString amountGroup(const QString &group, const QList<AmountChange> &changes) const;
    QString amountRows(const QList<AmountChange> &changes) const;
    QString amountRow(const AmountChange &change, const QString &before,
                      const QString &after) const;
    QString teamHtml() const;
    QString rowsHtml(const QString &title, const QList<RowChange> &changes) const;
    QString rowLines(const RowChange &row, const QString &what) const;
    QString textsHtml() const;
    QString wordDiffHtml(const QList<TextPiece> &pieces) const;
    QString signedCell(qint64 change, const QString &text) const;

    const PlanDiff &m_diff;
    QString m_rise; // the colours of a rise (added words) and a fall (removed words)
    QString m_fall;
};

} // namespace salesplan::ui
