#include "store/planfile.h"

#include "exchange/planjson.h"
#include "store/planfile_p.h"

#include <QSqlQuery>

// The saved versions of a plan: the table `versions` (schema version 9), one row a version, the
// plan as its compact JSON compressed with zlib. JSON rather than copies of the plan's tables keeps
// a version whole and readable by any later SalesPlan, which reads older JSON.
namespace salesplan {

using namespace store;

namespace {

// Compression level 9: a version is written once and read seldom, so the smallest blob wins.
constexpr int compressionLevel = 9;

Error versionError(const QString &reason)
{
    return Error{QString(), reason};
}

} // namespace

Result<RowId> PlanFile::saveVersion(const QString &name, const QString &author)
{
    return keepVersion(name, QDateTime::currentDateTimeUtc(), author, d->plan);
}

Result<RowId> PlanFile::keepVersion(const QString &name, const QDateTime &created,
                                    const QString &author, const Plan &plan)
{
    const QString trimmed = name.trimmed();
    if (isReadOnly())
        return versionError(tr("The version was not saved: this plan is open read-only (%1).")
                                .arg(d->readOnlyReason));
    if (trimmed.isEmpty())
        return versionError(tr("The version was not saved: give it a name."));
    if (versionNamed(trimmed))
        return versionError(tr("The version was not saved: there is already a version called "
                               "“%1”. Choose another name.")
                                .arg(trimmed));
    // A version is kept only if it reads back: the file can hold values the JSON format refuses.
    const QByteArray json = planToJson(plan, JsonLayout::Compact);
    if (const Result<Plan> readable = planFromJson(json); !readable)
        return versionError(tr("The version was not saved: a value of the plan cannot be kept "
                               "in a version (%1).")
                                .arg(readable.error().message()));
    const QSqlDatabase &db = d->connection.db();
    QSqlQuery insert(db);
    SqlStatus status = beginWrite(db);
    if (status)
        status = prepare(insert, QStringLiteral("INSERT INTO versions (name, created, author, "
                                                "plan) VALUES (?, ?, ?, ?)"));
    if (status) {
        insert.addBindValue(trimmed);
        insert.addBindValue(created.toUTC().toString(Qt::ISODate));
        insert.addBindValue(author.trimmed().isEmpty() ? QVariant() : author.trimmed());
        insert.addBindValue(qCompress(json, compressionLevel));
        status = run(insert);
    }
    const RowId id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (status)
        status = commitWrite(db);
    if (!status) {
        rollbackWrite(db);
        return versionError(tr("The version was not saved: %1. The plan file still holds "
                               "everything saved before.")
                                .arg(status.error().text));
    }
    return id;
}

Result<QList<PlanVersion>> PlanFile::versions() const
{
    QSqlQuery query(d->connection.db());
    query.setForwardOnly(true);
    SqlStatus status = prepare(query, QStringLiteral("SELECT id, name, created, author, "
                                                     "length(plan) FROM versions ORDER BY id"));
    if (status)
        status = run(query);
    if (!status)
        return versionError(tr("The saved versions cannot be read: %1.").arg(status.error().text));
    QList<PlanVersion> list;
    while (query.next()) {
        PlanVersion version;
        version.id = query.value(0).toLongLong();
        version.name = query.value(1).toString();
        version.created = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        version.author = query.value(3).toString();
        version.size = query.value(4).toLongLong();
        list.append(version);
    }
    return list;
}

Result<PlanVersion> PlanFile::versionNamed(const QString &name) const
{
    const Result<QList<PlanVersion>> all = versions();
    if (!all)
        return all.error();
    QStringList names;
    for (const PlanVersion &version : *all) {
        if (version.name == name.trimmed())
            return version;
        names.append(version.name);
    }
    if (names.isEmpty())
        return versionError(
            tr("There is no version “%1”: this plan has no saved versions.").arg(name));
    return versionError(tr("There is no version “%1”. The saved versions are: %2.")
                            .arg(name, names.join(QStringLiteral(", "))));
}

Result<Plan> PlanFile::versionPlan(RowId id) const
{
    QSqlQuery query(d->connection.db());
    query.setForwardOnly(true);
    SqlStatus status =
        prepare(query, QStringLiteral("SELECT name, plan FROM versions WHERE id = ?"));
    if (status) {
        query.addBindValue(id);
        status = run(query);
    }
    if (!status)
        return versionError(tr("The saved version cannot be read: %1.").arg(status.error().text));
    if (!query.next())
        return versionError(tr("There is no saved version %1.").arg(id));
    const QString name = query.value(0).toString();
    const QByteArray json = qUncompress(query.value(1).toByteArray());
    if (json.isEmpty())
        return versionError(tr("The version “%1” is damaged: its plan cannot be read.").arg(name));
    Result<Plan> plan = planFromJson(json);
    if (!plan)
        return versionError(tr("The version “%1” is damaged: its plan cannot be read (%2).")
                                .arg(name, plan.error().message()));
    return plan;
}

Status PlanFile::deleteVersion(RowId id)
{
    if (isReadOnly())
        return versionError(tr("The version was not deleted: this plan is open read-only (%1).")
                                .arg(d->readOnlyReason));
    const QSqlDatabase &db = d->connection.db();
    QSqlQuery remove(db);
    SqlStatus status = prepare(remove, QStringLiteral("DELETE FROM versions WHERE id = ?"));
    if (status) {
        remove.addBindValue(id);
        status = run(remove);
    }
    if (!status)
        return versionError(tr("The version was not deleted: %1.").arg(status.error().text));
    return Success{};
}

} // namespace salesplan
