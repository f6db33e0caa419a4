#include "report/planprinting.h"

#include "report/exportpdfdialog.h"
#include "team/linkedunits.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>

#include <memory>

namespace salesplan::ui {

namespace {

// The progress dialog shows only when an export takes longer than this.
constexpr int progressDelayMs = 300;

bool isCancelled(const Error &error)
{
    const Error cancelled = reportCancelled();
    return error == cancelled || error.reason == cancelled.message();
}

QString planTitle(const Plan &plan)
{
    return plan.info.name.isEmpty() ? PlanReport::tr("Untitled plan") : plan.info.name;
}

// Moves the progress dialog on after a page; false when the user pressed Cancel.
bool advance(QProgressDialog &progress, int pagesDone, int pageCount)
{
    progress.setMaximum(pageCount);
    progress.setValue(pagesDone); // processes events once the (modal) dialog shows
    if (!progress.isVisible())    // let it show itself; the window takes no input meanwhile
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return !progress.wasCanceled();
}

// A report in another language borrows that language while it paints, and the progress dialog
// runs the event loop meanwhile: this keeps the windows from retranslating to the borrowed
// language and back. The language is the UI's again when the export ends.
class HoldLanguageChanges : public QObject
{
public:
    HoldLanguageChanges() { QCoreApplication::instance()->installEventFilter(this); }
    ~HoldLanguageChanges() override { QCoreApplication::instance()->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return event->type() == QEvent::LanguageChange && watched->isWidgetType();
    }
};

} // namespace

Status PlanPrinting::exportWithProgress(const Plan &plan, const QString &path,
                                        ReportOptions options, QWidget *parent)
{
    QProgressDialog progress(parent); // with Qt's own, translated, Cancel button
    progress.setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(ExportPdfDialog::tr("Export PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(progressDelayMs);
    progress.setValue(0); // starts the clock for showing it
    options.progress = [&progress, also = options.progress](int pagesDone, int pageCount) {
        return advance(progress, pagesDone, pageCount) && (!also || also(pagesDone, pageCount));
    };
    const Plan snapshot = plan; // the report reads it while events are processed
    const HoldLanguageChanges hold;
    return writePdf(snapshot, path, options);
}

QString PlanPrinting::exportInteractively(const Plan &plan, QWidget *parent,
                                          const QString &planFilePath)
{
    ExportPdfDialog dialog(plan, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString path = dialog.outputPath();
    ReportOptions options = dialog.options();
    options.teamConsolidation = consolidateLinkedUnits(plan, planFilePath);
    const Status written = exportWithProgress(plan, path, options, parent);
    if (written)
        return path;
    if (!isCancelled(written.error()))
        QMessageBox::warning(parent, tr("Cannot export the PDF"),
                             tr("%1\n\nNo file was written.").arg(written.error().message()));
    return {};
}

Result<int> PlanPrinting::print(const Plan &plan, QPrinter *printer)
{
    // Printed as exported, with the confidentiality line the last export used.
    ReportOptions options;
    options.confidentiality = ExportPdfDialog::rememberedConfidentiality();
    return PlanReport(plan).render(printer, options);
}

void PlanPrinting::setUpPrinter(const Plan &plan, QPrinter *printer)
{
    ReportOptions options;
    options.page = ExportPdfDialog::defaultPageSize(QLocale::system());
    PlanReport::setUpPage(printer, options);
    printer->setDocName(planTitle(plan));
}

QPrintPreviewDialog *PlanPrinting::createPreview(const Plan &plan, QPrinter *printer,
                                                 QWidget *parent)
{
    auto *preview = new QPrintPreviewDialog(printer, parent);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setWindowTitle(tr("Print preview — %1").arg(planTitle(plan)));
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    preview->resize(QSize(900, 1000).boundedTo(screen->availableSize() * 0.9));
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [&plan, preview](QPrinter *target) {
                         const Result<int> printed = print(plan, target);
                         if (!printed)
                             QMessageBox::warning(preview, tr("Cannot print the plan"),
                                                  printed.error().message());
                     });
    return preview;
}

void PlanPrinting::printInteractively(const Plan &plan, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(plan, &printer);
    const std::unique_ptr<QPrintPreviewDialog> preview(createPreview(plan, &printer, parent));
    preview->exec();
}

} // namespace salesplan::ui
