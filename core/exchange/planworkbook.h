#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QString>

// The plan's figures as an Excel workbook (.xlsx) for regional managers and finance: the key
// figures, the target by month and quarter, by region, product line and member, the funnel and
// capacity, the collections, the budget, the action plan and the KPIs, one sheet each. Every figure
// is read from the plan's summary; every total is a SUM formula (with its value), so a changed cell
// moves the totals in Excel, WPS or LibreOffice. Texts are in the language in use (translation
// context "PlanWorkbook"), money in the plan's currency, in 万/亿 when largeAmountsInWanYi() and
// the language is Chinese.
namespace salesplan {

struct PlanWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(PlanWorkbook)
};

// Writes the workbook to `path` through a temporary file beside it, renamed over `path` only
// when complete: on any failure whatever was at `path` stays as it was. Errors name the path.
Status writePlanWorkbook(const Plan &plan, const PlanSummary &summary, const QString &path);

} // namespace salesplan
