#include "exchange/planio.h"

#include "exchange/planjson.h"
#include "store/planfile.h"
#include "store/planlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace salesplan {

namespace {

// The translation context of plan I/O's messages.
struct PlanIo
{
    Q_DECLARE_TR_FUNCTIONS(PlanIo)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Whether SalesPlan may replace or write there. As in core/store, a file or folder with no write
// permission for anyone is read-only even for an administrator, who could write it: it was
// marked so.
bool isWritable(const QFileInfo &info)
{
    constexpr QFile::Permissions anyWrite =
        QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// Puts a copy of the complete file `source` at `target` through QSaveFile, which writes beside
// the target, syncs and renames over it in one step: the target is the old file or the copy.
Status copyOver(const QString &source, const QString &target)
{
    const auto refuse = [&target](const QString &why) {
        return Error{{},
                     PlanIo::tr("%1 was not replaced, and still holds what it held before: %2.")
                         .arg(nativePath(target), why)};
    };
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(in.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return refuse(out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return refuse(chunk.isEmpty() ? in.errorString() : out.errorString());
        }
    }
    if (!out.commit())
        return refuse(out.errorString());
    return Success{};
}

// Why the existing file `target` may not be replaced, if it may not.
Status mayReplace(const QFileInfo &target)
{
    const QString path = target.absoluteFilePath();
    if (target.isDir())
        return Error{nativePath(path), PlanIo::tr("is a folder; choose a file name")};
    if (!isWritable(target))
        return Error{{},
                     PlanIo::tr("%1 is read-only, so it was not replaced.").arg(nativePath(path))};
    if (!isWritable(QFileInfo(target.absolutePath())))
        return Error{{},
                     PlanIo::tr("%1 was not replaced: the folder %2 is read-only.")
                         .arg(nativePath(path), nativePath(target.absolutePath()))};
    return Success{};
}

// The refusal when SalesPlan cannot make its lock or temporary files beside `target`.
Error cannotWriteBeside(const QFileInfo &target)
{
    return Error{
        {},
        PlanIo::tr("%1 was not replaced: SalesPlan cannot write in the folder %2.")
            .arg(nativePath(target.absoluteFilePath()), nativePath(target.absolutePath()))};
}

// Why the lock of `target` could not be taken: the plan is open, or the folder is not writable.
Error lockRefusal(const QLockFile &lock, const QFileInfo &target)
{
    const QString problem = lockProblem(lockFacts(lock));
    if (!problem.isEmpty()) {
        return Error{{},
                     PlanIo::tr("%1 was not replaced: %2.")
                         .arg(nativePath(target.absoluteFilePath()), problem)};
    }
    return Error{{},
                 PlanIo::tr("%1 is open for editing in a SalesPlan window, so it was not "
                            "replaced. Close it there first, or choose another name.")
                     .arg(nativePath(target.absoluteFilePath()))};
}

// Makes the new file `path` hold `plan` and its versions; on failure there is no file.
Status createPlanFile(const QString &path, const PlanWithVersions &plan)
{
    auto created = PlanFile::create(path, plan.plan);
    if (!created)
        return created.error();
    std::unique_ptr<PlanFile> file = std::move(created.value());
    for (const VersionRecord &version : plan.versions) {
        const Result<RowId> kept =
            file->keepVersion(version.name, version.created, version.author, version.plan);
        if (!kept) {
            file.reset();
            QFile::remove(path);
            return Error{path, kept.error().message()};
        }
    }
    return Success{};
}

// Replaces the existing file `target` with a new .salesplan file of `plan`, holding the target's
// lock throughout so no SalesPlan opens it meanwhile. The new file is made in a temporary
// folder beside the target (the same disk) and copied over the target only when complete.
Status replacePlanFile(const PlanWithVersions &plan, const QFileInfo &target)
{
    if (const Status allowed = mayReplace(target); !allowed)
        return allowed;
    const QString path = target.absoluteFilePath();
    const auto lock = makePlanLock(path);
    if (!takePlanLock(*lock))
        return lockRefusal(*lock, target);
    const QTemporaryDir scratch(path + QStringLiteral(".import-XXXXXX"));
    if (!scratch.isValid())
        return cannotWriteBeside(target);
    const QString built = scratch.filePath(target.fileName());
    if (const Status created = createPlanFile(built, plan); !created)
        return created;
    return copyOver(built, path);
}

} // namespace

bool isJsonPlanPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

bool isPlanPath(const QString &path)
{
    return isJsonPlanPath(path) || path.endsWith(QStringLiteral(".salesplan"), Qt::CaseInsensitive);
}

Result<Plan> readJsonPlan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, PlanIo::tr("cannot be read: %1").arg(file.errorString())};
    Result<Plan> plan = planFromJson(file.readAll());
    if (!plan)
        return Error{path, plan.error().message()};
    return plan;
}

Result<Plan> readPlanVersion(const QString &path, const QString &name)
{
    if (!QFileInfo::exists(path))
        return Error{path, PlanIo::tr("does not exist")};
    if (isJsonPlanPath(path))
        return Error{path, PlanIo::tr("a JSON plan has no saved versions; only a .salesplan "
                                      "file does")};
    const auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    if (!file)
        return Error{path, file.error().message()};
    const Result<PlanVersion> version = (*file)->versionNamed(name);
    if (!version)
        return Error{path, version.error().message()};
    Result<Plan> plan = (*file)->versionPlan(version->id);
    if (!plan)
        return Error{path, plan.error().message()};
    return plan;
}

Result<Plan> readPlan(const QString &path)
{
    const qsizetype at = path.lastIndexOf(u'@');
    if (!QFileInfo::exists(path) && at > 0)
        return readPlanVersion(path.left(at), path.mid(at + 1));
    if (!QFileInfo::exists(path))
        return Error{path, PlanIo::tr("does not exist")};
    if (isJsonPlanPath(path))
        return readJsonPlan(path);
    const auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    if (!file)
        return Error{path, file.error().message()};
    return (*file)->plan();
}

Result<QList<VersionRecord>> savedVersions(const PlanFile &file)
{
    const Result<QList<PlanVersion>> versions = file.versions();
    if (!versions)
        return versions.error();
    QList<VersionRecord> records;
    for (const PlanVersion &version : *versions) {
        const Result<Plan> plan = file.versionPlan(version.id);
        if (!plan)
            return plan.error();
        records.append({version.name, version.created, version.author, *plan});
    }
    return records;
}

Result<PlanWithVersions> readPlanWithVersions(const QString &path)
{
    if (!QFileInfo::exists(path)) { // PATH@NAME: the version alone
        Result<Plan> plan = readPlan(path);
        if (!plan)
            return plan.error();
        return PlanWithVersions{*plan, {}};
    }
    if (isJsonPlanPath(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{path, PlanIo::tr("cannot be read: %1").arg(file.errorString())};
        Result<PlanWithVersions> plan = planWithVersionsFromJson(file.readAll());
        if (!plan)
            return Error{path, plan.error().message()};
        return plan;
    }
    const auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    if (!file)
        return Error{path, file.error().message()};
    Result<QList<VersionRecord>> versions = savedVersions(**file);
    if (!versions)
        return Error{path, versions.error().message()};
    return PlanWithVersions{(*file)->plan(), *versions};
}

Status importPlan(const Plan &plan, const QString &target, ExistingFile existing)
{
    return importPlan(PlanWithVersions{plan, {}}, target, existing);
}

Status importPlan(const PlanWithVersions &plan, const QString &target, ExistingFile existing)
{
    const QFileInfo info(target);
    if (existing == ExistingFile::Replace && info.exists())
        return replacePlanFile(plan, info);
    return createPlanFile(target, plan);
}

Status importJsonPlan(const QString &jsonPath, const QString &target, ExistingFile existing)
{
    const Result<PlanWithVersions> plan = readPlanWithVersions(jsonPath);
    if (!plan)
        return plan.error();
    return importPlan(*plan, target, existing);
}

Status exportJsonPlan(const Plan &plan, const QString &path)
{
    return exportJsonPlan(PlanWithVersions{plan, {}}, path);
}

Status exportJsonPlan(const PlanWithVersions &plan, const QString &path)
{
    const QByteArray bytes = planToJson(plan);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, PlanIo::tr("cannot be written: %1").arg(file.errorString())};
    return Success{};
}

} // namespace salesplan
