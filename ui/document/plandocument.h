#pragma once

#include "exchange/planjson.h"
#include "plan/plan.h"
#include "plan/planchanges.h"
#include "plan/result.h"
#include "store/planfile.h"
#include "summary/plansummary.h"
#include "team/unitplancache.h"

#include <QDate>
#include <QObject>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace salesplan {
class PlanFile;
}

namespace salesplan::ui {

// The open plan: its PlanFile, the QUndoStack of the edits made to it, and the figures and
// findings derived from it.
//
// Every edit goes through edit(): it becomes one undo command that changes the plan and commits
// the change to the file in one transaction before it returns; undo and redo write the file the
// same way. After each of them the document compares the plan before and after and emits
// changed() with the parts that differ (nothing when none does). Widgets keep no copy of plan
// data: they read plan(), summary() and findings() and refresh on changed() for their parts.
//
// Ownership: the document owns the PlanFile and the undo stack (and through it the commands).
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    // A change to a plan, applied to a copy of the current plan.
    using Change = std::function<void(Plan &)>;

    explicit PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const;
    QString filePath() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Every derived figure of the plan and its findings, with the initiatives and milestones
    // overdue today: worked out once after a change (of anything but the what-if scenarios, which
    // they never read), on the first read, and again when the language or the number format has
    // changed since, as the summary holds words and formatted amounts, or the day has. The
    // reference holds until the plan changes.
    const PlanSummary &summary() const;
    const QList<Finding> &findings() const { return summary().findings; }
    // The monthly review at the plan's month `monthIndex` (0–11), worked out once per month
    // after a change (and with the summary when the wording changes), however many panels show
    // it. The reference holds until the plan changes.
    const Result<PlanReview> &review(int monthIndex) const;
    // For a team plan, the summary's consolidation (PlanSummary::team) is made over the units'
    // plan files found from the plan's file, each read again only when changed on disk (one
    // cache for the views: the Units tab, the charts and the deck; the PDF export reads the
    // files itself when it runs). The files change apart from the plan (the units' managers
    // save them): this checks them now, and when any changed makes the consolidation again and
    // emits unitPlansChanged(). Called when a view of the units is shown or the window
    // activated; returns whether anything changed.
    bool refreshUnitPlans();
    const UnitPlanCache &unitPlans() const { return m_unitPlans; }

    // Pushes one undo command named `text` that applies `change` to the plan, with what follows
    // from it (plan/renames.h: the initiatives naming a renamed KPI). Edits that share
    // a non-zero `mergeKey` in a row (typing into one field) merge into one undo step. An edit
    // that would change nothing is dropped. Returns false, after emitting writeFailed, when the
    // file could not be written; the plan then stays as the file has it. An edit an approved plan
    // does not allow (lockedChangeReason() in plan/approval.h) is refused: editRefused says why,
    // nothing changes and nothing is written.
    bool edit(const QString &text, const Change &change, int mergeKey = 0);
    // Moves the plan to `change.status` as one undoable edit (plan/approval.h). Approving also
    // saves the approved plan as a version, "Approved 2027-01-15 by 王总" (with " (2)" when that
    // name is taken), and clears the undo stack: an approval is taken back by reopening, with a
    // reason. False, after editRefused or writeFailed, when the status did not change.
    bool setStatus(const StatusChange &change);

    // Writes a copy of the plan file to `path` (Save As); the document stays on its own file.
    Status saveCopyAs(const QString &path);
    // Saves the plan as it is now as a version inside its file (PlanFile::saveVersion); not an
    // edit, so there is nothing to undo.
    Result<RowId> saveVersion(const QString &name, const QString &author);
    // The versions saved in the file, oldest first, and the plan of one (PlanFile's).
    Result<QList<PlanVersion>> versions() const;
    Result<Plan> versionPlan(RowId id) const;
    // Makes the open plan the plan of `version` as one edit named "Restore Version “NAME”", which
    // Undo takes back; the plan's status and its log stay as they are. Fails in words when the
    // version cannot be read, the plan is approved or the file cannot be written.
    Status restoreVersion(const PlanVersion &version);
    // Deletes a version from the file; not an edit, so Undo does not bring it back.
    Status deleteVersion(RowId id);
    // The plan with every version saved in its file, for Export JSON.
    Result<PlanWithVersions> withVersions() const;

    // Records what the plan is based on at the team server (after a fetch or a publish) in the
    // file; not an edit, so there is nothing to undo: it says what the server holds, which
    // undoing an edit does not change, and undo and redo keep it as it is now.
    Status recordTeamServerBasis(const TeamServerBasis &basis);

    // Writes `plan` to the file and makes it current; used by the undo commands.
    Status commitPlan(const Plan &plan);

signals:
    // The parts of the plan that an edit, undo or redo changed; never empty. A refused edit
    // (editRefused) also emits it, with Info, so that a field typed into shows the plan again.
    void changed(salesplan::PlanChanges changes);
    // A write to the file failed; `message` says why in words.
    void writeFailed(const QString &message);
    // A version was saved in the file or deleted from it.
    void versionsChanged();
    // An edit was refused as the plan does not allow it now (an approved plan's targets);
    // `reason` says why in words.
    void editRefused(const QString &reason);
    // A unit's plan file changed on disk: the summary's consolidation is new (refreshUnitPlans).
    void unitPlansChanged();

private:
    // What the summary depends on besides the plan: its words, and the day its overdue
    // initiatives and milestones are found on.
    struct SummaryContext
    {
        QString language;
        bool wanYi = false;
        QDate today;
        bool operator==(const SummaryContext &) const = default;
    };
    static SummaryContext currentContext();
    // The name of the version an approval saves, unique among the file's versions.
    QString approvalVersionName(const StatusChange &approval) const;
    // The plan's consolidation over its units' files; none for the plan of one team.
    std::shared_ptr<const Consolidation> consolidateUnits() const;

    std::unique_ptr<PlanFile> m_file;
    QUndoStack *m_undoStack = nullptr;
    mutable std::optional<PlanSummary> m_summary; // none until read after a change
    mutable SummaryContext m_summaryContext;      // what m_summary was worked out with
    // The reviews worked out since the summary, by month; none until read.
    mutable std::array<std::optional<Result<PlanReview>>, Period::monthCount> m_reviews;
    mutable UnitPlanCache m_unitPlans; // the units' plans as last read, for the consolidation
    // The summary's consolidation, kept over edits it does not read; none until worked out.
    mutable std::optional<std::shared_ptr<const Consolidation>> m_team;
    mutable SummaryContext m_teamContext; // what m_team was worked out with (it has words)
};

} // namespace salesplan::ui
