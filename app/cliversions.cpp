#include "cli.h"

#include "store/planfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

// The command line's saved versions: `salesplan version PLAN --save NAME [--author A]` and
// `salesplan versions PLAN [--json]`. Reading PLAN@NAME is plan I/O's (exchange/planio.h).
namespace salesplan {

namespace {

QJsonObject versionJson(const PlanVersion &version)
{
    return QJsonObject{{QStringLiteral("id"), version.id},
                       {QStringLiteral("name"), version.name},
                       {QStringLiteral("created"), version.created.toString(Qt::ISODate)},
                       {QStringLiteral("author"), version.author},
                       {QStringLiteral("size"), version.size}};
}

} // namespace

int Cli::runVersion(const Words &words)
{
    const QString path = words.positional.first();
    if (!words.options.contains(QStringLiteral("--save")))
        return fail(tr("version: say what to do: --save NAME"));
    const auto file = PlanFile::open(path);
    if (!file)
        return fail(Error{path, file.error().message()}.message());
    const Result<RowId> saved =
        (*file)->saveVersion(words.options.value(QStringLiteral("--save")),
                             words.options.value(QStringLiteral("--author")));
    if (!saved)
        return fail(Error{path, saved.error().message()}.message());
    return Ok;
}

int Cli::runVersions(const Words &words)
{
    const QString path = words.positional.first();
    const auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    if (!file)
        return fail(Error{path, file.error().message()}.message());
    const Result<QList<PlanVersion>> versions = (*file)->versions();
    if (!versions)
        return fail(Error{path, versions.error().message()}.message());
    if (words.options.contains(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const PlanVersion &version : *versions)
            list.append(versionJson(version));
        print(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("versions"), list}}).toJson()));
        return Ok;
    }
    const QLocale locale;
    for (const PlanVersion &version : *versions) {
        print(QStringLiteral("%1\t%2\t%3\t%4\n")
                  .arg(version.name,
                       version.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       version.author, locale.formattedDataSize(version.size)));
    }
    if (versions->isEmpty())
        print(tr("No saved versions.\n"));
    return Ok;
}

} // namespace salesplan
