#include "store/planfile.h"

#include "store/planfile_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryFile>

// Why rollback-journal (DELETE) mode with synchronous=EXTRA, not WAL: a plan is one file that
// people copy, mail and keep in synced folders. In DELETE mode the .salesplan file alone holds
// every committed edit the moment commit() returns; in WAL mode recent edits live in a -wal file
// beside it until a checkpoint, so a copy of the plan file alone can miss them, and WAL needs
// shared memory (-shm) that network folders and read-only opening handle badly. Each commit
// syncs the journal, then the database, then deletes the journal and syncs the folder (EXTRA),
// so a commit survives a crash and a power cut; an interrupted one is rolled back from its hot
// journal when the file is next opened for editing.
namespace salesplan {

using namespace store;

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

// Words for a failed write; the file holds what it held before, and the message says so.
static Error saveError(const SqlError &error)
{
    const QString unchanged = PlanFile::tr("The plan file still holds everything saved before.");
    QString reason;
    switch (error.code) {
    case sqlite::full:
        reason = PlanFile::tr("The change was not saved because the disk is full. Free some space "
                              "and make the change again.");
        break;
    case sqlite::ioError:
        reason = PlanFile::tr("The change was not saved because of a disk error while writing "
                              "(%1).")
                     .arg(error.text);
        break;
    case sqlite::readOnly:
        reason = PlanFile::tr("The change was not saved because the plan file or its folder has "
                              "become read-only.");
        break;
    case sqlite::cantOpen:
        reason = PlanFile::tr("The change was not saved because SalesPlan could not write its "
                              "journal file beside the plan (%1).")
                     .arg(error.text);
        break;
    case sqlite::busy:
        reason = PlanFile::tr("The change was not saved because another program is reading the "
                              "plan file. Try again in a moment.");
        break;
    case sqlite::corrupt:
        reason = PlanFile::tr("The change was not saved because the plan file is damaged: part "
                              "of it cannot be read.");
        break;
    default:
        reason = PlanFile::tr("The change was not saved: %1.").arg(error.text);
        break;
    }
    return Error{QString(), reason + u' ' + unchanged};
}

Status PlanFile::commit(const Plan &changed)
{
    if (isReadOnly())
        return Error{QString(), tr("The change was not saved: this plan is open read-only (%1).")
                                    .arg(d->readOnlyReason)};
    if (changed == d->plan)
        return Success{};
    const QSqlDatabase &db = d->connection.db();
    RowPositions positions = d->positions;
    SqlStatus status = beginWrite(db);
    if (status) {
        status = writePlanChanges(db, d->plan, changed, positions);
        if (status)
            status = commitWrite(db);
        if (!status)
            rollbackWrite(db);
    }
    if (!status)
        return saveError(status.error());
    d->plan = changed;
    d->positions = std::move(positions);
    return Success{};
}

Status PlanFile::saveCopyAs(const QString &path)
{
    const QFileInfo target(path);
    const auto fail = [](const QString &reason) {
        return Error{QString(), reason};
    };
    const QFileInfo own(d->path);
    if (target.absoluteFilePath() == own.absoluteFilePath() ||
        (target.exists() && target.canonicalFilePath() == own.canonicalFilePath()))
        return fail(tr("The copy was not saved: it would replace the plan itself. Choose "
                       "another name."));
    const auto lock = makePlanLock(target.absoluteFilePath());
    if (!takePlanLock(*lock)) {
        const QString problem = lockProblem(lockFacts(*lock));
        return fail(problem.isEmpty()
                        ? tr("The copy was not saved: %1 is open in another SalesPlan window.")
                              .arg(nativePath(target.absoluteFilePath()))
                        : tr("The copy was not saved: %1.").arg(problem));
    }

    // VACUUM INTO writes a compact, consistent snapshot into an empty file...
    QTemporaryFile snapshot(target.absoluteFilePath() + QStringLiteral(".XXXXXX.copy"));
    if (!snapshot.open())
        return fail(tr("The copy was not saved: %1.").arg(snapshot.errorString()));
    snapshot.close();
    QSqlQuery vacuum(d->connection.db());
    SqlStatus status = prepare(vacuum, QStringLiteral("VACUUM INTO ?"));
    if (status) {
        vacuum.addBindValue(snapshot.fileName());
        status = run(vacuum);
    }
    vacuum.finish();
    if (!status)
        return fail(status.error().code == sqlite::full
                        ? tr("The copy was not saved: the disk is full.")
                        : tr("The copy was not saved: %1.").arg(status.error().text));

    // ...which SQLite does not sync. QSaveFile syncs the copy and renames it over the target in
    // one step, so the target is either the old file or the whole copy.
    if (!snapshot.open())
        return fail(tr("The copy was not saved: %1.").arg(snapshot.errorString()));
    QSaveFile out(target.absoluteFilePath());
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("The copy was not saved: %1.").arg(out.errorString()));
    while (!snapshot.atEnd()) {
        const QByteArray chunk = snapshot.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return fail(tr("The copy was not saved: %1.").arg(out.errorString()));
        }
    }
    if (!out.commit())
        return fail(tr("The copy was not saved: %1.").arg(out.errorString()));
    return Success{};
}

} // namespace salesplan
