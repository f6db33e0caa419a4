#include "versions/diffhtml.h"

#include "plan/format.h"
#include "summary/planbridge.h"

#include <QPalette>

namespace salesplan::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// Room between the columns, a space on the side away from the cell's alignment: much faster for
// a QTextBrowser to lay out than padding by style or a table stretched to the page.
const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;");

QString cell(const QString &text, const QString &attributes = {})
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : u' ' + attributes, text + gap);
}

QString numberCell(const QString &text)
{
    return QStringLiteral("<td align=\"right\">%1</td>").arg(gap + text);
}

// A row across the table that names the lines below it ("Regions").
QString groupRow(const QString &name, int columns)
{
    return QStringLiteral("<tr><td colspan=\"%1\"><b>%2</b></td></tr>")
        .arg(columns)
        .arg(escaped(name));
}

// The columns' names; from `firstNumber` on, over right-aligned figures.
QString headerRow(const QStringList &names, qsizetype firstNumber = -1)
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < names.size(); ++i)
        row += firstNumber >= 0 && i >= firstNumber
                   ? QStringLiteral("<th align=\"right\">%1</th>").arg(gap + escaped(names.at(i)))
                   : QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(names.at(i)) + gap);
    return row + QStringLiteral("</tr>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(rows);
}

QString heading(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(escaped(title));
}

} // namespace

PlanDiffHtml::PlanDiffHtml(const PlanDiff &diff, const QPalette &palette)
    : m_diff(diff)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_rise = dark ? QStringLiteral("#6fd389") : QStringLiteral("#17803a");
    m_fall = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e");
}

QString PlanDiffHtml::html() const
{
    const PlanAmountsForPeople forPeople;
    QString html = QStringLiteral("<p style=\"font-size:x-large; font-weight:600\">%1</p>")
                       .arg(escaped(m_diff.summary));
    if (m_diff.equal())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(escaped(tr("The two plans agree in their targets, team, stages, "
                                          "KPIs, risks and texts.")));
    return html + targetsHtml() + teamHtml() + rowsHtml(tr("Stages"), m_diff.stages) +
           rowsHtml(tr("KPIs"), m_diff.kpis) + rowsHtml(tr("Risks"), m_diff.risks) + textsHtml();
}

// `text` in the colour of a rise or a fall, by the sign of `change`; the text carries the sign.
QString PlanDiffHtml::signedCell(qint64 change, const QString &text) const
{
    if (change == 0)
        return numberCell(escaped(text));
    return numberCell(QStringLiteral("<span style=\"color:%1\">%2</span>")
                          .arg(change > 0 ? m_rise : m_fall, escaped(text)));
}

// A line of the targets' table, its amounts written as `before` and `after`.
QString PlanDiffHtml::amountRow(const AmountChange &change, const QString &before,
                                const QString &after) const
{
    const QString &currency = m_diff.currency;
    const QString none = QStringLiteral("—");
    const std::optional<double> ratio = change.ratio();
    const qint64 sign = change.change();
    return QStringLiteral("<tr>") + cell(escaped(change.name)) +
           numberCell(escaped(change.before ? before : none)) +
           numberCell(escaped(change.after ? after : none)) +
           signedCell(sign, formatChange(sign, currency)) +
           signedCell(ratio ? sign : 0, ratio ? formatChangeRate(*ratio) : none) +
           QStringLiteral("</tr>");
}

// The lines of a group (months, regions…), their amounts in one unit so they compare by eye.
QString PlanDiffHtml::amountRows(const QList<AmountChange> &changes) const
{
    QList<qint64> amounts;
    for (const AmountChange &change : changes)
        amounts << change.before.value_or(0) << change.after.value_or(0);
    const QStringList written = formatPlanAmountColumn(amounts, m_diff.currency);
    QString rows;
    for (qsizetype i = 0; i < changes.size(); ++i)
        rows += amountRow(changes.at(i), written.at(2 * i), written.at(2 * i + 1));
    return rows;
}

QString PlanDiffHtml::amountGroup(const QString &group, const QList<AmountChange> &changes) const
{
    return changes.isEmpty() ? QString() : groupRow(group, 5) + amountRows(changes);
}

QString PlanDiffHtml::targetsHtml() const
{
    const TargetChanges &targets = m_diff.targets;
    if (targets.isEmpty())
        return {};
    //: The first column of the targets' comparison: a month, quarter, region, product or member.
    const QString line = tr("Line");
    QString rows = headerRow({line, tr("Before"), tr("After"), tr("Change"), tr("% change")}, 1);
    if (targets.annual)
        rows += amountRows({*targets.annual});
    rows += amountGroup(tr("Months"), targets.months) +
            amountGroup(tr("Quarters"), targets.quarters) +
            amountGroup(tr("Regions"), targets.regions) +
            amountGroup(tr("Product lines"), targets.products) +
            amountGroup(tr("Members' quotas"), targets.members);
    return heading(tr("Targets")) + table(rows);
}

// The lines of a row in a four-column table (name, change, before, after): one for a row added
// or removed (`kindText` says which: "joined", "added"), one a field for a changed row.
QString PlanDiffHtml::rowLines(const RowChange &row, const QString &kindText) const
{
    if (row.kind != RowChange::Kind::Changed) {
        const bool added = row.kind == RowChange::Kind::Added;
        return QStringLiteral("<tr>") + cell(escaped(row.name)) +
               cell(QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                        .arg(added ? m_rise : m_fall,
                             added ? QStringLiteral("+") : QStringLiteral("−"), escaped(kindText)),
                    QStringLiteral("colspan=\"3\"")) +
               QStringLiteral("</tr>");
    }
    QString lines;
    for (qsizetype i = 0; i < row.fields.size(); ++i) {
        const FieldChange &field = row.fields.at(i);
        lines += QStringLiteral("<tr>") + cell(i == 0 ? escaped(row.name) : QString()) +
                 cell(escaped(field.label)) + cell(escaped(field.before)) +
                 cell(escaped(field.after)) + QStringLiteral("</tr>");
    }
    return lines;
}

QString PlanDiffHtml::teamHtml() const
{
    const TeamChanges &team = m_diff.team;
    if (team.isEmpty())
        return {};
    QString rows = headerRow({tr("Member"), tr("Field"), tr("Before"), tr("After")});
    for (const RowChange &member : team.joined) {
        //: A team member who is in the later plan only: "+ joined".
        rows += rowLines(member, tr("joined"));
    }
    for (const RowChange &member : team.left) {
        //: A team member who is in the earlier plan only: "− left" (left the team).
        rows += rowLines(member, tr("left"));
    }
    for (const RowChange &member : team.changed)
        rows += rowLines(member, {});
    if (!team.hiring.isEmpty()) {
        rows += groupRow(tr("Planned hires"), 4);
        for (const RowChange &hire : team.hiring)
            rows +=
                rowLines(hire, hire.kind == RowChange::Kind::Added ? tr("added") : tr("removed"));
    }
    return heading(tr("Team")) + table(rows);
}

QString PlanDiffHtml::rowsHtml(const QString &title, const QList<RowChange> &changes) const
{
    if (changes.isEmpty())
        return {};
    QString rows = headerRow({tr("Name"), tr("Field"), tr("Before"), tr("After")});
    for (const RowChange &row : changes)
        rows += rowLines(row, row.kind == RowChange::Kind::Added ? tr("added") : tr("removed"));
    return heading(title) + table(rows);
}

QString PlanDiffHtml::wordDiffHtml(const QList<TextPiece> &pieces) const
{
    QString html;
    for (const TextPiece &piece : pieces) {
        switch (piece.op) {
        case DiffOp::Kept:
            html += escaped(piece.text);
            break;
        case DiffOp::Removed:
            html +=
                QStringLiteral("<span style=\"color:%1; text-decoration:line-through\">%2</span>")
                    .arg(m_fall, escaped(piece.text));
            break;
        case DiffOp::Added:
            html += QStringLiteral("<span style=\"color:%1; text-decoration:underline\">%2</span>")
                        .arg(m_rise, escaped(piece.text));
            break;
        }
    }
    return html;
}

QString PlanDiffHtml::textsHtml() const
{
    if (m_diff.texts.isEmpty())
        return {};
    QString html = heading(tr("Narrative texts"));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(escaped(tr("Removed words are struck through, added words underlined.")));
    for (const TextChange &change : m_diff.texts)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(escaped(change.label), wordDiffHtml(change.pieces));
    return html;
}

} // namespace salesplan::ui
