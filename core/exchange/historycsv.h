#pragma once

#include "plan/ids.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Imports booked amounts by month from a CSV file that a spreadsheet wrote, for the history the
// seasonality and growth figures are computed from.
namespace salesplan {

// Reads the columns month, region, product, member and amount. The header names them in English
// or Chinese (month/月份/日期, region/区域/地区, product/产品/產品, member/销售人员/業務員,
// amount/金额/销售额/回款 and more), in any order; month and amount are required. Months read
// 2026-01, 2026/1, 2026-01-15 or 2026年1月; amounts 1234, 1,234.50 or ¥1,234.50, negative for
// refunds, with no more decimals than the currency has. Each entry gets an id from `ids`.
//
// Either every row is valid and all are returned, or nothing is and the error lists every bad
// line: "line 7: amount \"abc\" is not a number; line 9: month \"2026-13\" is not a month". The
// ids are only taken when the import succeeds.
Result<QList<HistoryEntry>> importHistoryCsv(const QByteArray &bytes, const QString &currency,
                                             RowIdSource &ids);

} // namespace salesplan
