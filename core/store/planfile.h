#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace salesplan {

namespace store {
struct MigrationStep;
}
struct PlanFilePrivate;

// A version of the plan saved in its file ("Submitted to leadership"): its name, when (UTC) and
// by whom it was saved, and how many bytes it takes in the file.
struct PlanVersion
{
    RowId id = 0;
    QString name;
    QDateTime created;
    QString author;
    qint64 size = 0;
    bool operator==(const PlanVersion &) const = default;
};

// A plan as a `.salesplan` file: an SQLite database that holds every field of the plan. It is
// the only code in SalesPlan that speaks SQL.
//
// - An edit is durable when commit() returns: one transaction that writes only what changed,
//   in rollback-journal (DELETE) mode with synchronous=EXTRA. A failed commit is rolled back
//   and leaves both the file and plan() as they were.
// - One writer: a read-write PlanFile holds "NAME.salesplan.lock" beside the file (QLockFile);
//   a lock left by a crashed SalesPlan is recovered. Read-only access takes no lock. When the
//   lock cannot be made (a folder in its place, a full disk), the plan opens read-only and
//   readOnlyReason() names the cause.
// - Files that are not SQLite, not a plan, from a newer SalesPlan or damaged are refused with
//   a message that says which, and are never written to.
//
// A PlanFile is used on the thread that opened it. It owns its database connection and lock;
// both are released when it is destroyed.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Why open() refused a file, so the UI can offer the right way out (read-only for Damaged).
    enum class OpenProblem {
        None,
        Missing,      // no such file
        NotSqlite,    // not an SQLite database at all
        NotAPlan,     // an SQLite database, but not a SalesPlan plan
        TooNew,       // made by a newer SalesPlan
        Damaged,      // fails SQLite's integrity check or cannot be read: try Access::ReadOnly,
                      // which opens it when the plan's own tables can still be read
        InUse,        // already open for editing in another SalesPlan window
        Unreadable,   // no permission to read it, or the disk failed
        UpdateFailed, // an older plan that could not be brought up to this version
    };

    // Writes `plan` as a new file at `path`: under a temporary name beside it, then renamed into
    // place, so no half-written plan is ever seen. Refuses to replace an existing file.
    static Result<std::unique_ptr<PlanFile>> create(const QString &path, const Plan &plan);

    // Opens a plan file. ReadWrite falls back to read-only, and says why in readOnlyReason(),
    // when the file or its folder is read-only. A file of an older schema is brought up to date
    // (in a temporary copy when read-only). `problem`, when given, says why a file was refused.
    // The refusal's message says it in words; `details`, when given, receives SQLite's own
    // words for it ("btreeInitPage() returns error code 11"), for a "Show details" button, or
    // nothing when there are none.
    static Result<std::unique_ptr<PlanFile>> open(const QString &path,
                                                  Access access = Access::ReadWrite,
                                                  OpenProblem *problem = nullptr,
                                                  QString *details = nullptr);

    ~PlanFile();
    PlanFile(const PlanFile &) = delete;
    PlanFile &operator=(const PlanFile &) = delete;

    // The plan as it is in the file.
    const Plan &plan() const;
    // The file's absolute path.
    QString path() const;
    bool isReadOnly() const;
    // Why the file is read-only, in words ("the file is read-only"); empty when it is not.
    QString readOnlyReason() const;

    // Makes the file hold `changed`, writing only what differs from plan(). On success plan()
    // is `changed`; on failure nothing changed and the Error says what happened.
    Status commit(const Plan &changed);

    // Writes a compact copy of the file to `path` (VACUUM INTO a temporary file, then put in
    // place with QSaveFile, which syncs it and renames it over any old file). This PlanFile
    // stays open on its own file.
    Status saveCopyAs(const QString &path);

    // Saved versions (planversions.cpp). A version is the whole plan frozen under a name: it is
    // kept in the file beside the plan, not in plan(), so editing and undo never touch it.
    // Saves plan() as a version named `name` (trimmed; not empty, not a name already used) in
    // one durable transaction. Refused in words for a read-only file.
    Result<RowId> saveVersion(const QString &name, const QString &author);
    // Keeps `plan` as a version saved at `created` by `author`, as saveVersion() does: to restore
    // the versions of an imported plan with their own dates.
    Result<RowId> keepVersion(const QString &name, const QDateTime &created, const QString &author,
                              const Plan &plan);
    // The saved versions, oldest first.
    Result<QList<PlanVersion>> versions() const;
    // The plan as it was saved in version `id`; a damaged version is refused in words.
    Result<Plan> versionPlan(RowId id) const;
    // The version called `name`, or a refusal that lists the names there are.
    Result<PlanVersion> versionNamed(const QString &name) const;
    Status deleteVersion(RowId id);

private:
    friend struct PlanFileTesting; // tests/store: other schema steps, a size limit for the file

    explicit PlanFile(std::unique_ptr<PlanFilePrivate> d);
    // Opens d->path, keeping a lock that d already holds (create() locks before it writes).
    static Result<std::unique_ptr<PlanFile>> openWith(std::unique_ptr<PlanFilePrivate> d,
                                                      Access access,
                                                      const QList<store::MigrationStep> &steps,
                                                      OpenProblem *problem, QString *details);

    std::unique_ptr<PlanFilePrivate> d;
};

} // namespace salesplan
