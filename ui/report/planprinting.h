#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "report/planreport.h"

#include <QCoreApplication>
#include <QStringList>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace salesplan::ui {

// What the main window's File ▸ Export PDF… and File ▸ Print… do, apart from the window.
class PlanPrinting
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::PlanPrinting)
public:
    // Writes the PDF with a window-modal progress dialog over `parent` whose Cancel stops it (the
    // options' own progress callback, if any, is called too); returns what writePdf() returns,
    // reportCancelled() when cancelled.
    static Status exportWithProgress(const Plan &plan, const QString &path, ReportOptions options,
                                     QWidget *parent);
    // Export PDF…: asks where and how, exports, and explains a failure in a message box. Returns
    // the path written, or empty when nothing was. A team plan's report carries the consolidation
    // of its units, linked from `planFilePath`'s folder.
    static QString exportInteractively(const Plan &plan, QWidget *parent,
                                       const QString &planFilePath = {});

    // Paints the plan's report onto `printer` with the page layout the printer has now.
    static Result<int> print(const Plan &plan, QPrinter *printer);
    // Sets the printer's paper (A4 or Letter by locale) and margins, and names the document.
    static void setUpPrinter(const Plan &plan, QPrinter *printer);
    // A print preview of the plan on `printer`; both must outlive the dialog.
    static QPrintPreviewDialog *createPreview(const Plan &plan, QPrinter *printer, QWidget *parent);
    // Print…: the preview, from which the user prints.
    static void printInteractively(const Plan &plan, QWidget *parent);
};

} // namespace salesplan::ui
