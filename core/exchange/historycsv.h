#pragma once

#include "plan/ids.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// Imports booked amounts by month from a CSV file that a spreadsheet wrote, for the history the
// seasonality and growth figures are computed from.
namespace salesplan {

// The fields of a history row that a column of the file may hold; month and amount are required.
enum class HistoryField { Month, Region, Product, Member, Amount };
inline constexpr int historyFieldCount = 5;

// Which column of the file holds each field: an index into HistoryCsvPreview::columns, or -1 for
// none.
struct HistoryColumnMapping
{
    std::array<qsizetype, historyFieldCount> columns{-1, -1, -1, -1, -1};

    qsizetype column(HistoryField field) const { return columns[std::size_t(field)]; }
    void setColumn(HistoryField field, qsizetype column) { columns[std::size_t(field)] = column; }
    bool operator==(const HistoryColumnMapping &) const = default;
};

// A row of the file that reads as a history entry (its id is not taken yet).
struct HistoryCsvRow
{
    int line = 0; // the line the row starts on, from 1
    HistoryEntry entry;
};

// A row of the file that is refused, with every reason ("amount \"abc\" is not a number").
struct HistoryCsvRefusal
{
    int line = 0;
    QStringList reasons;
};

// What a CSV file would import, before anything is imported: how the file was read, which column
// holds which field, the rows that read and the rows that are refused.
struct HistoryCsvPreview
{
    QString encoding;    // "UTF-8", "UTF-16" or "GB18030"
    QChar separator;     // ',', ';' or '\t'
    int headerLine = 0;  // the line of the header, from 1
    QStringList columns; // the header's column names, trimmed; a name may be empty
    HistoryColumnMapping mapping;
    QStringList problems; // what stops the whole file: a required field without a column, ...
    QList<HistoryCsvRow> rows;
    QList<HistoryCsvRefusal> refused;

    // Whether every row reads and there is at least one.
    bool canImport() const { return problems.isEmpty() && refused.isEmpty() && !rows.isEmpty(); }
};

// Reads the columns month, region, product, member and amount. The header names them in English
// or Chinese (month/月份/日期, region/区域/地区, product/产品/產品, member/销售人员/業務員,
// amount/金额/销售额/回款 and more), in any order; month and amount are required. Months read
// 2026-01, 2026/1, 2026-01-15 or 2026年1月; amounts 1234, 1,234.50 or ¥1,234.50, negative for
// refunds, with no more decimals than the currency has. A title above the header and a total row
// below the data are left out.
//
// Without `mapping` the columns are found from the header's names (two columns of one field are a
// problem); with it, the caller's choice is used as it is (a column may feed one field only).
// Fails only when there is nothing to preview: a wrong currency, bytes that are no text, a quote
// that is not closed, an empty file.
Result<HistoryCsvPreview>
previewHistoryCsv(const QByteArray &bytes, const QString &currency,
                  const std::optional<HistoryColumnMapping> &mapping = std::nullopt);

// The rows as history entries, each with an id from `ids`.
QList<HistoryEntry> historyEntries(const QList<HistoryCsvRow> &rows, RowIdSource &ids);

// The preview of `bytes` with the columns found from the header, as entries with ids from `ids`.
// Either every row is valid and all are returned, or nothing is and the error lists every bad
// line: "line 7: amount \"abc\" is not a number; line 9: month \"2026-13\" is not a month". The
// ids are only taken when the import succeeds.
Result<QList<HistoryEntry>> importHistoryCsv(const QByteArray &bytes, const QString &currency,
                                             RowIdSource &ids);

} // namespace salesplan
