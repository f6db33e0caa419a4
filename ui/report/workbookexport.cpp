#include "report/workbookexport.h"

#include "exchange/planworkbook.h"
#include "report/exportpaths.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace salesplan::ui {

namespace {

const QString folderKey = QStringLiteral("exportWorkbook/folder");

} // namespace

QString WorkbookExport::suggestedPath(const Plan &plan)
{
    return QDir(exportStartFolder(folderKey))
        .filePath(exportFileName(plan, QStringLiteral(".xlsx")));
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
    // The dialog adds ".xlsx" to a name typed without it before it asks whether to replace a
    // file, so "Plan" never overwrites "Plan.xlsx" unasked.
    QFileDialog dialog(parent, tr("Export the figures as a workbook"), suggestedPath(plan),
                       tr("Excel workbooks (*.xlsx)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    const Status written = write(plan, summary, path);
    if (!written) {
        QMessageBox::warning(parent, tr("Cannot export the workbook"), written.error().message());
        return {};
    }
    return path;
}

} // namespace salesplan::ui
