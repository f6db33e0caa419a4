#include "store/planfile.h"

#include "store/planfile_p.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <optional>

namespace salesplan {

using namespace store;

namespace {

// The permission bits themselves (WriteUser would say what the current user may do).
constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;

// Whether SalesPlan may write there. A file or folder that has no write permission for anyone
// is treated as read-only even for an administrator, who could write it: it was marked so.
bool isWritable(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & anyWrite);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QStringList integrityProblems(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(5)")))
        return {sqlError(query).text};
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (query.lastError().isValid())
        problems.append(sqlError(query).text);
    return problems;
}

// Whether the header (the first 100 bytes) marks the file as in WAL mode: its read and write
// format versions (offsets 18 and 19) are 2 rather than 1.
bool isWalMode(const QByteArray &header)
{
    return header.at(18) == 2 || header.at(19) == 2;
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

// Copies the file `from`, and its -wal file if it has one, to `to`, so the copy can be read or
// brought up to date without touching the original.
bool copyForReading(const QString &from, const QString &to)
{
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFile::copy(from, to) || !QFile::setPermissions(to, ownerOnly))
        return false;
    if (!QFileInfo::exists(walPath(from)))
        return true;
    return QFile::copy(walPath(from), walPath(to)) && QFile::setPermissions(walPath(to), ownerOnly);
}

QString damagedMessage()
{
    return PlanFile::tr(
        "This plan file is damaged: part of it cannot be read. SalesPlan did not change it.");
}

QString damagedMessageOfferingReadOnly()
{
    return PlanFile::tr("This plan file is damaged: part of it cannot be read. SalesPlan did not "
                        "change it. You can open it read-only to see and copy what is still "
                        "readable.");
}

// Why a file was refused: the problem and the message. SQLite's own words go to the details.
struct Refusal
{
    PlanFile::OpenProblem problem;
    QString message;
};

// The refusal for an SQLite error met while opening a file or reading the plan from it.
Refusal readRefusal(const SqlError &error, bool readOnly)
{
    using Problem = PlanFile::OpenProblem;
    switch (error.code) {
    case sqlite::notADatabase:
        return {Problem::NotSqlite, PlanFile::tr("This file is not a SalesPlan plan: SQLite "
                                                 "cannot read it as a database.")};
    case sqlite::corrupt:
        return {Problem::Damaged, damagedMessage()};
    case sqlite::readOnly:
        if (readOnly)
            return {Problem::Unreadable,
                    PlanFile::tr("This plan was being saved when SalesPlan or the computer "
                                 "stopped. Open it for editing once so that SalesPlan can finish "
                                 "repairing it; until then it cannot be opened read-only.")};
        break;
    case sqlite::busy:
        return {Problem::Unreadable, PlanFile::tr("The plan file cannot be read now: another "
                                                  "program is writing to it. Try again in a "
                                                  "moment.")};
    case sqlite::ioError:
        return {Problem::Unreadable, PlanFile::tr("The plan file cannot be read: the disk "
                                                  "reported an error while reading it.")};
    default:
        break;
    }
    return {Problem::Unreadable, PlanFile::tr("The plan file cannot be read.")};
}

} // namespace

PlanFile::PlanFile(std::unique_ptr<PlanFilePrivate> data)
    : d(std::move(data))
{}

PlanFile::~PlanFile() = default;

const Plan &PlanFile::plan() const
{
    return d->plan;
}

QString PlanFile::path() const
{
    return d->path;
}

bool PlanFile::isReadOnly() const
{
    return !d->readOnlyReason.isEmpty();
}

QString PlanFile::readOnlyReason() const
{
    return d->readOnlyReason;
}

Result<std::unique_ptr<PlanFile>> PlanFile::open(const QString &path, Access access,
                                                 OpenProblem *problem, QString *details)
{
    auto d = std::make_unique<PlanFilePrivate>();
    d->path = QFileInfo(path).absoluteFilePath();
    return openWith(std::move(d), access, planMigrations(), problem, details);
}

Result<std::unique_ptr<PlanFile>> PlanFile::openWith(std::unique_ptr<PlanFilePrivate> d,
                                                     Access access, const Migrations &steps,
                                                     OpenProblem *problem, QString *details)
{
    if (problem)
        *problem = OpenProblem::None;
    if (details)
        details->clear();
    const auto refuse = [&](OpenProblem why, const QString &reason,
                            const QString &technical = QString()) {
        if (problem)
            *problem = why;
        if (details)
            *details = technical;
        return Error{QString(), reason};
    };
    const auto refuseRead = [&](const SqlError &error, bool readOnly) {
        const Refusal refusal = readRefusal(error, readOnly);
        return refuse(refusal.problem, refusal.message, error.text);
    };
    const QString &path = d->path;
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(OpenProblem::Missing, tr("There is no file %1.").arg(nativePath(path)));
    if (info.isDir())
        return refuse(OpenProblem::NotSqlite,
                      tr("%1 is a folder, not a SalesPlan plan.").arg(nativePath(path)));

    // The first 100 bytes are SQLite's header: its magic string and, at offset 68, the
    // application id. Checked before SQLite touches the file, so a foreign file is only read.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(OpenProblem::Unreadable,
                      tr("The file cannot be read: %1.").arg(file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return refuse(OpenProblem::NotSqlite,
                      tr("This file is not a SalesPlan plan: it is not an SQLite database."));
    if (qFromBigEndian<qint32>(header.constData() + 68) != planApplicationId)
        return refuse(OpenProblem::NotAPlan,
                      tr("This file is not a SalesPlan plan: it is an SQLite database of "
                         "another program."));

    QString readOnlyReason;
    if (access == Access::ReadOnly)
        readOnlyReason = tr("it was opened read-only");
    else if (!isWritable(info))
        readOnlyReason = tr("the file is read-only");
    else if (!isWritable(QFileInfo(info.absolutePath())))
        readOnlyReason = tr("its folder is read-only");
    if (readOnlyReason.isEmpty() && !d->lock) {
        d->lock = makePlanLock(path);
        if (!takePlanLock(*d->lock)) {
            readOnlyReason = lockProblem(lockFacts(*d->lock));
            if (readOnlyReason.isEmpty())
                return refuse(OpenProblem::InUse,
                              tr("This plan is already open in another SalesPlan window. Close it "
                                 "there first, or open it read-only."));
            d->lock.reset();
        }
    }
    const bool readOnly = !readOnlyReason.isEmpty();
    if (readOnly)
        d->lock.reset();

    // Even a read-only connection leaves -wal and -shm files beside a file in WAL mode (set by
    // another tool). Without a -wal file such a file is read as immutable; with one, another
    // program may be writing it, so the file and its -wal are read from a temporary copy.
    QString readPath = path;
    Connection::Mode mode = readOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite;
    if (readOnly && isWalMode(header)) {
        if (QFileInfo::exists(walPath(path))) {
            d->copy.emplace();
            readPath = d->copy->filePath(QStringLiteral("plan.salesplan"));
            if (!d->copy->isValid() || !copyForReading(path, readPath))
                return refuse(OpenProblem::Unreadable,
                              tr("This plan is open in another program, and there is no room "
                                 "for a temporary copy to read it read-only."));
        } else {
            mode = Connection::Mode::ReadImmutable;
        }
    }
    Connection &connection = d->connection;
    SqlStatus status = connection.open(readPath, mode);
    QVariant version;
    if (status)
        status = queryValue(connection.db(), QStringLiteral("PRAGMA user_version"), version);
    if (!status)
        return refuseRead(status.error(), readOnly);

    const int fileVersion = version.toInt();
    const int latest = latestVersion(steps);
    if (fileVersion > latest)
        return refuse(OpenProblem::TooNew,
                      tr("This plan was made by a newer SalesPlan (file version %1; this "
                         "SalesPlan reads versions up to %2). Open it with the newer SalesPlan.")
                          .arg(fileVersion)
                          .arg(latest));
    if (fileVersion <= 0)
        return refuse(OpenProblem::NotAPlan,
                      tr("This file is not a SalesPlan plan: it is marked as one but holds no "
                         "plan."));

    const QStringList problems = integrityProblems(connection.db());
    if (!problems.isEmpty()) {
        if (access == Access::ReadWrite)
            return refuse(OpenProblem::Damaged, damagedMessageOfferingReadOnly(),
                          problems.join(u'\n'));
        readOnlyReason = tr("the file is damaged");
    }

    // An older file is brought up to date: in place when it may be written, otherwise in a
    // temporary copy that is read and thrown away.
    std::optional<QTemporaryDir> scratch;
    Connection migrated;
    const Connection *source = &connection;
    if (fileVersion < latest) {
        if (readOnly) {
            scratch.emplace();
            const QString copy = scratch->filePath(QStringLiteral("plan.salesplan"));
            if (!scratch->isValid() || !copyForReading(readPath, copy))
                return refuse(OpenProblem::UpdateFailed,
                              tr("This plan was made by an older SalesPlan, and there is no room "
                                 "for a temporary copy to read it read-only."));
            status = migrated.open(copy, Connection::Mode::ReadWrite);
            if (status)
                status = migrate(migrated.db(), fileVersion, steps);
            source = &migrated;
        } else {
            status = migrate(connection.db(), fileVersion, steps);
        }
        if (!status)
            return refuse(OpenProblem::UpdateFailed,
                          tr("This plan was made by an older SalesPlan and could not be updated "
                             "to this version. The step that failed was undone."),
                          status.error().text);
    }
    // Rollback journal, not WAL: see commit(). Changes the file only if it was in WAL mode.
    if (!readOnly)
        status = exec(connection.db(), QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (status)
        status = readPlan(source->db(), d->plan, d->positions);
    // Tables that cannot be read as this SalesPlan made them are damage, unless the disk failed.
    // Read-only would fail the same way, so it is not offered.
    if (!status) {
        const SqlError &error = status.error();
        if (error.code == sqlite::ioError || error.code == sqlite::busy)
            return refuseRead(error, readOnly);
        return refuse(OpenProblem::Damaged, damagedMessage(), error.text);
    }

    d->readOnlyReason = readOnlyReason;
    return std::unique_ptr<PlanFile>(new PlanFile(std::move(d)));
}

Result<std::unique_ptr<PlanFile>> PlanFile::create(const QString &path, const Plan &plan)
{
    auto d = std::make_unique<PlanFilePrivate>();
    d->path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(d->path);
    const auto fail = [](const QString &reason) {
        return Error{QString(), reason};
    };
    if (info.exists())
        return fail(tr("The plan was not created: a file named %1 already exists.")
                        .arg(nativePath(d->path)));
    if (!isWritable(QFileInfo(info.absolutePath())))
        return fail(tr("The plan was not created: the folder %1 is read-only.")
                        .arg(nativePath(info.absolutePath())));
    d->lock = makePlanLock(d->path);
    if (!takePlanLock(*d->lock)) {
        const QString problem = lockProblem(lockFacts(*d->lock));
        return fail(problem.isEmpty()
                        ? tr("The plan was not created: %1 is being created or edited in another "
                             "SalesPlan window.")
                              .arg(nativePath(d->path))
                        : tr("The plan was not created: %1.").arg(problem));
    }

    // Written under a temporary name beside the target and renamed into place when complete.
    // SQLite creates the file, so it gets the usual permissions (a QTemporaryFile's are 0600).
    QString temporaryPath;
    do {
        temporaryPath =
            d->path + QStringLiteral(".%1.new").arg(QRandomGenerator::global()->generate(), 8, 16,
                                                    QLatin1Char('0'));
    } while (QFileInfo::exists(temporaryPath));
    auto removeTemporary = qScopeGuard([&] {
        QFile::remove(temporaryPath);
        QFile::remove(temporaryPath + QStringLiteral("-journal"));
    });

    SqlStatus status;
    {
        Connection connection;
        status = connection.open(temporaryPath, Connection::Mode::Create);
        if (status)
            status = exec(connection.db(),
                          QStringLiteral("PRAGMA application_id = %1").arg(planApplicationId));
        if (status)
            status = migrate(connection.db(), 0, planMigrations());
        if (status)
            status = beginWrite(connection.db());
        if (status) {
            status = writeNewPlan(connection.db(), plan, d->positions);
            if (status)
                status = commitWrite(connection.db());
            if (!status)
                rollbackWrite(connection.db());
        }
    }
    if (!status) {
        const SqlError &error = status.error();
        return fail(error.code == sqlite::full
                        ? tr("The plan was not created: the disk is full.")
                        : tr("The plan was not created: %1.").arg(error.text));
    }
    // QFile::rename never replaces an existing file.
    if (!QFile::rename(temporaryPath, d->path))
        return fail(QFileInfo::exists(d->path)
                        ? tr("The plan was not created: a file named %1 already exists.")
                              .arg(nativePath(d->path))
                        : tr("The plan was not created: it could not be renamed to %1.")
                              .arg(nativePath(d->path)));
    removeTemporary.dismiss();
    return openWith(std::move(d), Access::ReadWrite, planMigrations(), nullptr, nullptr);
}

} // namespace salesplan
