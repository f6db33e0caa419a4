#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace salesplan::ui {

struct ReportOptions
{
    QPageSize::PageSizeId page = QPageSize::A4;
};

// The plan as a printed report: a cover, the seven sections with their texts and tables, the
// targets by quarter and month, the funnel and capacity, charts drawn as vectors, and the open
// findings as an appendix; every page with the plan's name and "page X of Y".
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::PlanReport)
public:
    explicit PlanReport(const Plan &plan);

    // Paints the report onto `device` (a QPdfWriter or a QPrinter), whose page layout the caller
    // has set. Lays the report out once to count the pages, then paints it. Returns the number
    // of pages, or an error in words.
    Result<int> render(QPagedPaintDevice *device) const;

    // Sets the page size and printable margins on `device`.
    static void setUpPage(QPagedPaintDevice *device, const ReportOptions &options);

private:
    const Plan &m_plan;
};

// Writes the plan's report as a PDF to `path` through a temporary file renamed into place, so a
// failed export never leaves a half-written file. Needs a QGuiApplication.
Status writePdf(const Plan &plan, const QString &path, const ReportOptions &options = {});

} // namespace salesplan::ui
