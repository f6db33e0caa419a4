#include "report/workbookexport.h"

#include "exchange/planworkbook.h"
#include "report/exportpdfdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace salesplan::ui {

namespace {

const QString folderKey = QStringLiteral("exportWorkbook/folder");

QString startFolder()
{
    const QString last = QSettings().value(folderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

QString WorkbookExport::suggestedPath(const Plan &plan)
{
    return QDir(startFolder()).filePath(exportFileName(plan, QStringLiteral(".xlsx")));
}

Status WorkbookExport::write(const Plan &plan, const PlanSummary &summary, const QString &path)
{
    const Status written = writePlanWorkbook(plan, summary, path);
    if (written)
        QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    return written;
}

QString WorkbookExport::exportInteractively(const Plan &plan, const PlanSummary &summary,
                                            QWidget *parent)
{
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export the figures as a workbook"),
                                     suggestedPath(plan), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    const Status written = write(plan, summary, path);
    if (!written) {
        QMessageBox::warning(parent, tr("Cannot export the workbook"), written.error().message());
        return {};
    }
    return path;
}

} // namespace salesplan::ui
