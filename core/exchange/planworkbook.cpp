#include "exchange/planworkbook.h"

#include "exchange/workbooksheets.h"
#include "exchange/xlsxbook.h"
#include "plan/format.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace salesplan {

namespace {

// Money in 万/亿 as the application shows it: when the preference is on and the language is
// Chinese.
bool wanYiFor(const QLocale &locale)
{
    return largeAmountsInWanYi() && locale.language() == QLocale::Chinese;
}

void writeSheets(XlsxBook &book, const Plan &plan, const PlanSummary &summary)
{
    workbook::writeSummarySheet(book, plan, summary);
    if (summary.decomposition) {
        const Decomposition &decomposition = *summary.decomposition;
        workbook::writeMonthsSheet(book, plan, decomposition);
        for (const TargetSplit kind : {TargetSplit::Regions, TargetSplit::Products}) {
            if (const DimensionSplit *split = decomposition.split(kind))
                workbook::writeSplitSheet(book, plan, *split);
        }
        workbook::writeMembersSheet(book, plan, summary);
    }
    workbook::writeFunnelSheet(book, plan, summary);
    if (summary.decomposition)
        workbook::writeActivitySheet(book, plan, summary);
    if (summary.decomposition && summary.collections && *summary.collections)
        workbook::writeCollectionsSheet(book, plan, *summary.decomposition, **summary.collections);
    if (summary.budget)
        workbook::writeBudgetSheet(book, plan, *summary.budget);
    workbook::writeInitiativesSheet(book, plan);
    workbook::writeKpiSheet(book, plan, summary);
}

// The workbook written by libxlsxwriter to a file of `scratch`, read back whole.
Result<QByteArray> workbookBytes(const Plan &plan, const PlanSummary &summary,
                                 const QTemporaryDir &scratch)
{
    const QString path = scratch.filePath(QStringLiteral("plan.xlsx"));
    const QLocale locale;
    XlsxBook book(path, plan.info.currency, locale, wanYiFor(locale));
    if (!book.isOpen())
        return Error{{}, PlanWorkbook::tr("the workbook could not be started")};
    book.setProperties(workbook::workbookTitle(plan),
                       PlanWorkbook::tr("Sales plan %1").arg(plan.info.period.year),
                       plan.info.author, plan.info.company);
    writeSheets(book, plan, summary);
    const Status closed = book.close();
    if (!closed)
        return closed.error();
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return Error{{}, written.errorString()};
    return written.readAll();
}

} // namespace

Status writePlanWorkbook(const Plan &plan, const PlanSummary &summary, const QString &path)
{
    // Opened first: an unwritable folder is refused before any work, and the workbook reaches
    // `path` only by QSaveFile's rename once every byte is written.
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return Error{path, PlanWorkbook::tr("cannot be written: %1").arg(target.errorString())};
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{path, PlanWorkbook::tr("cannot be written: no temporary folder (%1)")
                               .arg(scratch.errorString())};
    const Result<QByteArray> bytes = workbookBytes(plan, summary, scratch);
    if (!bytes)
        return Error{path, bytes.error().message()};
    if (target.write(*bytes) != bytes->size() || !target.commit())
        return Error{path, PlanWorkbook::tr("cannot be written: %1").arg(target.errorString())};
    return Success{};
}

} // namespace salesplan
