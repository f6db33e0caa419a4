#include "cli.h"

#include "plan/approval.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "store/planfile.h"

#include <QTextStream>

// The command line's status workflow: `salesplan status PLAN` prints the status and the status
// log; --submit, --approve --by NAME [--comment TEXT] [--narrative-editable] and --reopen
// --reason TEXT [--by NAME] move it as the window's File ▸ Status does (plan/approval.h).
namespace salesplan {

namespace {

// "2027-01-15  Approved  王总  同意"
QString logLine(const StatusChange &change)
{
    QStringList parts{formatDay(change.date), choiceName(change.status), change.by, change.comment};
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts.join(QStringLiteral("  ")) + u'\n';
}

} // namespace

int Cli::runStatus(const Words &words)
{
    const QString path = words.positional.first();
    const bool submit = words.options.contains(QStringLiteral("--submit"));
    const bool approve = words.options.contains(QStringLiteral("--approve"));
    const bool reopen = words.options.contains(QStringLiteral("--reopen"));
    if (int(submit) + int(approve) + int(reopen) > 1)
        return fail(tr("status takes one of --submit, --approve or --reopen"));
    if (approve && words.options.value(QStringLiteral("--by")).trimmed().isEmpty())
        return fail(tr("--approve needs --by NAME: who approves the plan"));
    if (reopen && words.options.value(QStringLiteral("--reason")).trimmed().isEmpty())
        return fail(tr("--reopen needs --reason TEXT: why the plan goes back to a draft"));
    const bool changing = submit || approve || reopen;
    const auto file =
        PlanFile::open(path, changing ? PlanFile::Access::ReadWrite : PlanFile::Access::ReadOnly);
    if (!file)
        return fail(Error{path, file.error().message()}.message());
    if (changing) {
        StatusChange change;
        change.status =
            submit ? PlanStatus::InReview : (approve ? PlanStatus::Approved : PlanStatus::Draft);
        change.by = words.options.value(QStringLiteral("--by"), (*file)->plan().info.author);
        change.date = QDate::currentDate();
        change.comment =
            words.options.value(reopen ? QStringLiteral("--reason") : QStringLiteral("--comment"));
        change.narrativeEditable = words.options.contains(QStringLiteral("--narrative-editable"));
        if (const Status changed = changeStatusOf(**file, change); !changed)
            return fail(Error{path, changed.error().message()}.message());
    }
    const PlanInfo &info = (*file)->plan().info;
    print(tr("Status: %1\n").arg(statusLine(info)));
    for (const StatusChange &change : info.statusLog)
        print(logLine(change));
    return Ok;
}

Status Cli::changeStatusOf(PlanFile &file, const StatusChange &change)
{
    const PlanStatus from = file.plan().info.status;
    if (!canChangeStatus(from, change.status))
        return Error{{},
                     tr("the plan is %1: it cannot move to %2")
                         .arg(choiceName(from), choiceName(change.status))};
    Plan changed = file.plan();
    changeStatus(changed, change);
    if (const Status committed = file.commit(changed); !committed)
        return committed;
    if (change.status != PlanStatus::Approved)
        return Success{};
    QStringList taken;
    if (const Result<QList<PlanVersion>> versions = file.versions())
        for (const PlanVersion &version : *versions)
            taken.append(version.name);
    const Result<RowId> saved = file.saveVersion(approvalVersionName(change, taken), change.by);
    if (!saved)
        return saved.error();
    return Success{};
}

} // namespace salesplan
