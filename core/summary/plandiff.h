#pragma once

#include "plan/ids.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What changed between two versions of a plan, as a reader compares them: the target at every
// level of the decomposition, the team, the stages, the KPIs, the risks and the narrative texts
// word by word, with a summary line first. `salesplan diff` and the comparison view read this.
namespace salesplan {

// The translation context of the comparison's words.
struct PlanDiffText
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiffText)
};

// One line of the target that differs: a month, a quarter, a region, a product line or a member.
// A line only one plan has is added (no before) or removed (no after).
struct AmountChange
{
    QString name;
    std::optional<qint64> before; // minor units of the plan's currency
    std::optional<qint64> after;

    qint64 change() const { return after.value_or(0) - before.value_or(0); }
    // The change against `before`, when there was a before other than zero.
    std::optional<double> ratio() const;
};

struct TargetChanges
{
    std::optional<AmountChange> annual; // when the annual target differs
    QList<AmountChange> months;
    QList<AmountChange> quarters;
    QList<AmountChange> regions;
    QList<AmountChange> products;
    QList<AmountChange> members; // the members' and hires' quotas
    bool isEmpty() const;
};

// One field of a row that differs, its values written as people read them.
struct FieldChange
{
    QString key;   // the field's JSON key
    QString label; // its translated label
    QString before;
    QString after;
};

// A row (member, stage, KPI, risk) only one plan has, or one both have with fields that differ.
// Rows are matched by their row id, so a renamed row is changed, not removed and added.
struct RowChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    RowId id = 0;
    QString name;              // as the later plan names it (the earlier one for a removed row)
    QList<FieldChange> fields; // for a changed row
};

struct TeamChanges
{
    QList<RowChange> joined;
    QList<RowChange> left;
    QList<RowChange> changed;
    QList<RowChange> hiring; // planned hires added, removed or changed
    bool isEmpty() const
    {
        return joined.isEmpty() && left.isEmpty() && changed.isEmpty() && hiring.isEmpty();
    }
};

// A piece of a word diff: text both have, only the earlier one has, or only the later one has.
enum class DiffOp { Kept, Removed, Added };
struct TextPiece
{
    DiffOp op = DiffOp::Kept;
    QString text;
    bool operator==(const TextPiece &) const = default;
};

// A narrative text that differs, word by word.
struct TextChange
{
    QString field; // "mission.mission", "team.trainingPlan": the section and the field's key
    QString label; // the field's translated label
    QList<TextPiece> pieces;
};

struct PlanDiff
{
    QString currency; // of the later plan; the amounts are in it
    // "Target +¥1,200万 (+10.0%), 2 reps added, Q4 share 32.0% → 29.0%".
    QString summary;
    TargetChanges targets;
    TeamChanges team;
    QList<RowChange> stages;
    QList<RowChange> kpis;
    QList<RowChange> risks;
    QList<TextChange> texts;

    // Nothing the comparison looks at differs.
    bool equal() const;
};

// Compares two plans, whatever they come from (two files, a version and now).
PlanDiff comparePlans(const Plan &before, const Plan &after);

// The words of `before` and `after` marked kept, removed or added: split per word in Latin text,
// per character in Chinese; whitespace and punctuation are pieces of their own. Neighbouring
// pieces with the same op are joined.
QList<TextPiece> wordDiff(const QString &before, const QString &after);

// `key` of DiffOp: "kept", "removed", "added".
QString diffOpKey(DiffOp op);

} // namespace salesplan
