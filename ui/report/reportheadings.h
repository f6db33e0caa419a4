#pragma once

#include <QCoreApplication>
#include <QString>

namespace salesplan::ui {

// The headings inside the report's sections that the executive summary points at, named once for
// the section that prints them and the summary line that sends the reader there.
struct ReportHeadings
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::ReportHeadings)
public:
    static QString funnel() { return tr("Funnel and capacity"); }
    static QString collections() { return tr("Collections"); }
    static QString teamByRegion() { return tr("Team by region"); }
    static QString kpis() { return tr("KPIs"); }
    static QString risks() { return tr("Risks"); }
    static QString actionPlan() { return tr("Action plan"); }
};

} // namespace salesplan::ui
