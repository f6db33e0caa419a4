#include "summary/plandiff.h"

#include "plan/fieldformat.h"
#include "plan/fields.h"
#include "plan/format.h"
#include "plan/narrative.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace salesplan {

namespace {

// A line of the target by name, in the plan's order.
struct NamedAmount
{
    QString name;
    qint64 amount = 0;
};
using NamedAmounts = QList<NamedAmount>;

QList<AmountChange> compareLines(const NamedAmounts &before, const NamedAmounts &after)
{
    QHash<QString, qint64> earlier;
    for (const NamedAmount &line : before)
        earlier.insert(line.name, line.amount);
    QList<AmountChange> changes;
    QSet<QString> seen;
    for (const NamedAmount &line : after) {
        seen.insert(line.name);
        const auto found = earlier.constFind(line.name);
        if (found == earlier.constEnd())
            changes.append({line.name, std::nullopt, line.amount});
        else if (*found != line.amount)
            changes.append({line.name, *found, line.amount});
    }
    for (const NamedAmount &line : before) {
        if (!seen.contains(line.name))
            changes.append({line.name, line.amount, std::nullopt});
    }
    return changes;
}

NamedAmounts splitLines(const Result<Decomposition> &decomposition, TargetSplit kind)
{
    NamedAmounts lines;
    if (!decomposition)
        return lines;
    if (const DimensionSplit *split = decomposition->split(kind)) {
        for (qsizetype i = 0; i < split->itemNames.size(); ++i)
            lines.append({split->itemNames.at(i), split->annual.value(i)});
    }
    return lines;
}

NamedAmounts memberLines(const Plan &plan, const PlanSummary &summary)
{
    NamedAmounts lines;
    if (!summary.quotas)
        return lines;
    const DimensionSplit split = memberSplit(plan, *summary.quotas);
    for (qsizetype i = 0; i < split.itemNames.size(); ++i)
        lines.append({split.itemNames.at(i), split.annual.value(i)});
    return lines;
}

QString quarterName(int quarter)
{
    return PlanDiffText::tr("Q%1").arg(quarter + 1);
}

NamedAmounts periodLines(const Plan &plan, const PlanSummary &summary, bool quarters)
{
    NamedAmounts lines;
    if (!summary.decomposition)
        return lines;
    const Decomposition &split = *summary.decomposition;
    if (quarters) {
        for (int q = 0; q < Period::quarterCount; ++q)
            lines.append({quarterName(q), split.quarters.at(q)});
        return lines;
    }
    const QStringList names = formatMonthNames(plan.info.period, MonthForm::Short);
    for (int m = 0; m < Period::monthCount; ++m)
        lines.append({names.value(m), split.months.at(m)});
    return lines;
}

qint64 annualOf(const Plan &plan, const PlanSummary &summary)
{
    return summary.decomposition ? summary.decomposition->annual : plan.targets.annualTarget.minor;
}

TargetChanges compareTargets(const Plan &before, const PlanSummary &earlier, const Plan &after,
                             const PlanSummary &later)
{
    TargetChanges changes;
    const qint64 from = annualOf(before, earlier);
    const qint64 to = annualOf(after, later);
    if (from != to)
        changes.annual = AmountChange{PlanDiffText::tr("Annual target"), from, to};
    changes.months =
        compareLines(periodLines(after, earlier, false), periodLines(after, later, false));
    changes.quarters =
        compareLines(periodLines(after, earlier, true), periodLines(after, later, true));
    changes.regions = compareLines(splitLines(earlier.decomposition, TargetSplit::Regions),
                                   splitLines(later.decomposition, TargetSplit::Regions));
    changes.products = compareLines(splitLines(earlier.decomposition, TargetSplit::Products),
                                    splitLines(later.decomposition, TargetSplit::Products));
    changes.members = compareLines(memberLines(before, earlier), memberLines(after, later));
    return changes;
}

// --- Rows ---------------------------------------------------------------------------------------

template <typename R> QList<FieldChange> fieldChanges(const R &before, const R &after)
{
    QList<FieldChange> changes;
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        if (field.get(before) == field.get(after))
            continue;
        changes.append({field.key.toString(), field.labelText(), formatFieldValue(field, before),
                        formatFieldValue(field, after)});
    }
    return changes;
}

template <typename R>
QList<RowChange> compareRows(const QList<R> &before, const QList<R> &after,
                             QString (*nameOf)(const R &))
{
    QHash<RowId, const R *> earlier;
    for (const R &row : before)
        earlier.insert(row.id, &row);
    QList<RowChange> changes;
    QSet<RowId> seen;
    for (const R &row : after) {
        seen.insert(row.id);
        const R *old = earlier.value(row.id);
        if (!old)
            changes.append({RowChange::Kind::Added, row.id, nameOf(row), {}});
        else if (!(*old == row))
            changes.append(
                {RowChange::Kind::Changed, row.id, nameOf(row), fieldChanges(*old, row)});
    }
    for (const R &row : before) {
        if (!seen.contains(row.id))
            changes.append({RowChange::Kind::Removed, row.id, nameOf(row), {}});
    }
    // A row equal but for a field no description covers is no change a reader can see.
    changes.removeIf([](const RowChange &change) {
        return change.kind == RowChange::Kind::Changed && change.fields.isEmpty();
    });
    return changes;
}

template <typename R> QString nameField(const R &row)
{
    return row.name;
}

QString hireName(const Hire &hire)
{
    return hireQuotaName(hire);
}

QString riskName(const Risk &risk)
{
    return risk.description;
}

TeamChanges compareTeam(const Plan &before, const Plan &after)
{
    TeamChanges team;
    for (RowChange &change :
         compareRows(before.team.members, after.team.members, &nameField<Member>)) {
        QList<RowChange> &list = change.kind == RowChange::Kind::Added     ? team.joined
                                 : change.kind == RowChange::Kind::Removed ? team.left
                                                                           : team.changed;
        list.append(std::move(change));
    }
    team.hiring = compareRows(before.team.hiring, after.team.hiring, &hireName);
    return team;
}

// --- Texts --------------------------------------------------------------------------------------

template <typename R>
void compareTexts(const QString &section, const R &before, const R &after,
                  QList<TextChange> &changes)
{
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        if (!isNarrativeKind(field.kind))
            continue;
        const QString from = field.get(before).toString();
        const QString to = field.get(after).toString();
        if (from != to)
            changes.append(
                {section + u'.' + field.key.toString(), field.labelText(), wordDiff(from, to)});
    }
}

QList<TextChange> compareNarratives(const Plan &before, const Plan &after)
{
    QList<TextChange> changes;
    compareTexts(QStringLiteral("info"), before.info, after.info, changes);
    forEachNarrativeSection([&](const QString &key, auto section) {
        compareTexts(key, before.*section, after.*section, changes);
    });
    return changes;
}

// --- Words --------------------------------------------------------------------------------------

bool isIdeographic(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

bool isWordCharacter(char32_t c)
{
    return !isIdeographic(c) &&
           (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing);
}

// Words, runs of spaces, and single ideographs and punctuation marks.
QStringList tokens(const QString &text)
{
    QStringList result;
    qsizetype i = 0;
    const auto codePointAt = [&text](qsizetype at, qsizetype &length) {
        if (text.at(at).isHighSurrogate() && at + 1 < text.size() &&
            text.at(at + 1).isLowSurrogate()) {
            length = 2;
            return QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
        }
        length = 1;
        return char32_t(text.at(at).unicode());
    };
    while (i < text.size()) {
        qsizetype length = 1;
        const char32_t first = codePointAt(i, length);
        qsizetype end = i + length;
        const bool word = isWordCharacter(first);
        const bool space = QChar::isSpace(first);
        while ((word || space) && end < text.size()) {
            const char32_t next = codePointAt(end, length);
            if ((word && !isWordCharacter(next)) || (space && !QChar::isSpace(next)))
                break;
            end += length;
        }
        result.append(text.mid(i, end - i));
        i = end;
    }
    return result;
}

void appendPiece(QList<TextPiece> &pieces, DiffOp op, const QString &text)
{
    if (!pieces.isEmpty() && pieces.last().op == op)
        pieces.last().text += text;
    else
        pieces.append({op, text});
}

} // namespace

std::optional<double> AmountChange::ratio() const
{
    if (!before || *before == 0)
        return std::nullopt;
    return double(change()) / double(*before);
}

bool TargetChanges::isEmpty() const
{
    return !annual && months.isEmpty() && quarters.isEmpty() && regions.isEmpty() &&
           products.isEmpty() && members.isEmpty();
}

bool PlanDiff::equal() const
{
    return targets.isEmpty() && team.isEmpty() && stages.isEmpty() && kpis.isEmpty() &&
           risks.isEmpty() && texts.isEmpty();
}

QString diffOpKey(DiffOp op)
{
    switch (op) {
    case DiffOp::Kept:
        return QStringLiteral("kept");
    case DiffOp::Removed:
        return QStringLiteral("removed");
    case DiffOp::Added:
        break;
    }
    return QStringLiteral("added");
}

QList<TextPiece> wordDiff(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    // lcs[i][j]: the longest common subsequence of a's middle from i and b's middle from j.
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) {
        return size_t(i * (m + 1) + j);
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[at(i, j)] = a.at(head + i) == b.at(head + j)
                                ? lcs[at(i + 1, j + 1)] + 1
                                : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    QList<TextPiece> pieces;
    for (qsizetype k = 0; k < head; ++k)
        appendPiece(pieces, DiffOp::Kept, a.at(k));
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
            appendPiece(pieces, DiffOp::Kept, a.at(head + i));
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
            appendPiece(pieces, DiffOp::Removed, a.at(head + i));
            ++i;
        } else {
            appendPiece(pieces, DiffOp::Added, b.at(head + j));
            ++j;
        }
    }
    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        appendPiece(pieces, DiffOp::Kept, a.at(k));
    return pieces;
}

namespace {

// The quarter whose share of the year moved most, as "Q4 share 32.0% → 29.0%"; empty when no
// share moved by a tenth of a percent.
QString quarterShareText(const PlanSummary &earlier, const PlanSummary &later)
{
    if (!earlier.decomposition || !later.decomposition || earlier.decomposition->annual <= 0 ||
        later.decomposition->annual <= 0)
        return {};
    int largest = -1;
    double largestShift = 0.0005;
    std::array<double, Period::quarterCount> from{};
    std::array<double, Period::quarterCount> to{};
    for (int q = 0; q < Period::quarterCount; ++q) {
        from.at(q) =
            double(earlier.decomposition->quarters.at(q)) / double(earlier.decomposition->annual);
        to.at(q) =
            double(later.decomposition->quarters.at(q)) / double(later.decomposition->annual);
        if (std::abs(to.at(q) - from.at(q)) >= largestShift) {
            largestShift = std::abs(to.at(q) - from.at(q));
            largest = q;
        }
    }
    if (largest < 0)
        return {};
    return PlanDiffText::tr("%1 share %2 → %3")
        .arg(quarterName(largest), formatPercent(from.at(largest)), formatPercent(to.at(largest)));
}

QString summaryLine(const PlanDiff &diff, const PlanSummary &earlier, const PlanSummary &later)
{
    if (diff.equal())
        return PlanDiffText::tr("No differences");
    const PlanAmountsForPeople forPeople;
    QStringList parts;
    if (const std::optional<AmountChange> &annual = diff.targets.annual) {
        const QString change = formatChange(annual->change(), diff.currency);
        const std::optional<double> ratio = annual->ratio();
        parts.append(ratio
                         ? PlanDiffText::tr("Target %1 (%2)").arg(change, formatChangeRate(*ratio))
                         : PlanDiffText::tr("Target %1").arg(change));
    }
    if (!diff.team.joined.isEmpty())
        parts.append(PlanDiffText::tr("%n rep(s) added", nullptr, int(diff.team.joined.size())));
    if (!diff.team.left.isEmpty())
        parts.append(PlanDiffText::tr("%n rep(s) removed", nullptr, int(diff.team.left.size())));
    const QString shares = quarterShareText(earlier, later);
    if (!shares.isEmpty())
        parts.append(shares);
    if (parts.isEmpty())
        return PlanDiffText::tr("Same targets and team; other changes below");
    return parts.join(PlanDiffText::tr(", "));
}

} // namespace

PlanDiff comparePlans(const Plan &before, const Plan &after)
{
    const PlanSummary earlier = summarizePlan(before);
    const PlanSummary later = summarizePlan(after);
    PlanDiff diff;
    diff.currency = after.info.currency;
    diff.targets = compareTargets(before, earlier, after, later);
    diff.team = compareTeam(before, after);
    diff.stages = compareRows(before.stages, after.stages, &nameField<Stage>);
    diff.kpis = compareRows(before.metrics.kpis, after.metrics.kpis, &nameField<Kpi>);
    diff.risks = compareRows(before.metrics.risks, after.metrics.risks, &riskName);
    diff.texts = compareNarratives(before, after);
    diff.summary = summaryLine(diff, earlier, later);
    return diff;
}

} // namespace salesplan
