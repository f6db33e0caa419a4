#include "diffprinter.h"

#include "plan/format.h"
#include "summary/planbridge.h"
#include "textlayout.h"

namespace salesplan {

using textlayout::line;
using textlayout::sectionTitle;

QString markedWordDiff(const QList<TextPiece> &pieces)
{
    QString text;
    for (const TextPiece &piece : pieces) {
        switch (piece.op) {
        case DiffOp::Kept:
            text += piece.text;
            break;
        case DiffOp::Removed:
            text += QStringLiteral("[-") + piece.text + QStringLiteral("-]");
            break;
        case DiffOp::Added:
            text += QStringLiteral("{+") + piece.text + QStringLiteral("+}");
            break;
        }
    }
    return text;
}

DiffPrinter::DiffPrinter(const PlanDiff &diff)
    : m_diff(diff)
{}

QString DiffPrinter::text() const
{
    const PlanAmountsForPeople forPeople;
    return m_diff.summary + u'\n' + targetsText() + teamText() +
           rowsText(tr("Stages"), m_diff.stages) + rowsText(tr("KPIs"), m_diff.kpis) +
           rowsText(tr("Risks"), m_diff.risks) + textsText();
}

// "¥1.1亿 → ¥1.2亿  +¥1,000万 (+9.1%)"; "added ¥200万" or "removed ¥200万" for a line only one
// plan has.
QString DiffPrinter::amountLine(const AmountChange &change) const
{
    const QString &currency = m_diff.currency;
    if (!change.before)
        return tr("added, %1").arg(formatMoney(*change.after, currency));
    if (!change.after)
        return tr("removed, was %1").arg(formatMoney(*change.before, currency));
    QString text =
        tr("%1 → %2  %3")
            .arg(formatMoney(*change.before, currency), formatMoney(*change.after, currency),
                 formatChange(change.change(), currency));
    if (const std::optional<double> ratio = change.ratio())
        text += QStringLiteral(" (%1)").arg(formatChangeRate(*ratio));
    return text;
}

QString DiffPrinter::amountsText(const QString &title, const QList<AmountChange> &changes) const
{
    if (changes.isEmpty())
        return {};
    QString text = QStringLiteral("  ") + title + u'\n';
    for (const AmountChange &change : changes)
        text += QStringLiteral("  ") + line(change.name, amountLine(change));
    return text;
}

QString DiffPrinter::targetsText() const
{
    const TargetChanges &targets = m_diff.targets;
    if (targets.isEmpty())
        return {};
    QString text = sectionTitle(tr("Targets"));
    if (targets.annual)
        text += line(targets.annual->name, amountLine(*targets.annual));
    return text + amountsText(tr("Months"), targets.months) +
           amountsText(tr("Quarters"), targets.quarters) +
           amountsText(tr("Regions"), targets.regions) +
           amountsText(tr("Product lines"), targets.products) +
           amountsText(tr("Members"), targets.members);
}

QString DiffPrinter::teamText() const
{
    const TeamChanges &team = m_diff.team;
    if (team.isEmpty())
        return {};
    QString text = sectionTitle(tr("Team"));
    for (const RowChange &member : team.joined)
        text += line(member.name, tr("joined"));
    for (const RowChange &member : team.left)
        text += line(member.name, tr("left"));
    return text + rowsText(QString(), team.changed) + rowsText(QString(), team.hiring);
}

// The rows that differ under `title` (none: under the section before), a line a changed field.
QString DiffPrinter::rowsText(const QString &title, const QList<RowChange> &changes) const
{
    if (changes.isEmpty())
        return {};
    QString text = title.isEmpty() ? QString() : sectionTitle(title);
    for (const RowChange &row : changes) {
        switch (row.kind) {
        case RowChange::Kind::Added:
            text += line(row.name, tr("added"));
            break;
        case RowChange::Kind::Removed:
            text += line(row.name, tr("removed"));
            break;
        case RowChange::Kind::Changed:
            for (const FieldChange &field : row.fields)
                text +=
                    line(row.name, tr("%1: %2 → %3").arg(field.label, field.before, field.after));
            break;
        }
    }
    return text;
}

QString DiffPrinter::textsText() const
{
    if (m_diff.texts.isEmpty())
        return {};
    QString text = sectionTitle(tr("Texts"));
    for (const TextChange &change : m_diff.texts)
        text += QStringLiteral("  ") + change.label + u'\n' + QStringLiteral("    ") +
                markedWordDiff(change.pieces).replace(u'\n', QStringLiteral("\n    ")) + u'\n';
    return text;
}

} // namespace salesplan
