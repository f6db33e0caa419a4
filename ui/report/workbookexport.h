#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace salesplan::ui {

// File ▸ Export Workbook…: the plan's figures as an .xlsx workbook (core/exchange/planworkbook.h)
// in the language the window speaks, written where the user chooses, starting in the folder of
// the last workbook export.
class WorkbookExport
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookExport)
public:
    // The plan's name with .xlsx in the folder of the last workbook export, else Documents, else
    // the home folder.
    static QString suggestedPath(const Plan &plan);
    // Writes the workbook to `path` and remembers its folder for the next export.
    static Status write(const Plan &plan, const PlanSummary &summary, const QString &path);
    // Asks for the file and writes it; a failure is shown in a message box. The path written,
    // or empty when cancelled or refused.
    static QString exportInteractively(const Plan &plan, const PlanSummary &summary,
                                       QWidget *parent);
};

} // namespace salesplan::ui
