#pragma once

#include "exchange/texttable.h"
#include "plan/ids.h"
#include "plan/plan.h"
#include "plan/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// Imports booked amounts by month from a table a spreadsheet wrote — a CSV file or a workbook's
// sheet (historyfile.h) — for the history the seasonality and growth figures are computed from.
namespace salesplan {

// The fields of a history row that a column of the file may hold; month and amount are required.
enum class HistoryField { Month, Region, Product, Member, Amount };
inline constexpr int historyFieldCount = 5;

// Which column of the table holds each field: an index into HistoryPreview::columns, or -1 for
// none.
struct HistoryColumnMapping
{
    std::array<qsizetype, historyFieldCount> columns{-1, -1, -1, -1, -1};

    qsizetype column(HistoryField field) const { return columns[std::size_t(field)]; }
    void setColumn(HistoryField field, qsizetype column) { columns[std::size_t(field)] = column; }
    bool operator==(const HistoryColumnMapping &) const = default;
};

// A row of the table that reads as a history entry (its id is not taken yet).
struct HistoryRow
{
    int line = 0; // the CSV line the row starts on or the sheet's row, from 1
    HistoryEntry entry;
};

// A row of the table that is refused, with every reason ("amount \"abc\" is not a number").
struct HistoryRefusal
{
    int line = 0;
    QStringList reasons;
};

// What a file would import, before anything is imported: how the file was read, which column
// holds which field, the rows that read and the rows that are refused.
struct HistoryPreview
{
    QString encoding;    // a CSV file's: "UTF-8", "UTF-16" or "GB18030"
    QChar separator;     // a CSV file's: ',', ';' or '\t'
    QString sheet;       // a workbook's: the sheet read (empty for a CSV file)
    QStringList sheets;  // a workbook's: all its sheets, in order
    int headerLine = 0;  // the line or row of the header, from 1
    QStringList columns; // the header's column names, trimmed; a name may be empty
    HistoryColumnMapping mapping;
    QStringList problems; // what stops the whole file: a required field without a column, ...
    QList<HistoryRow> rows;
    QList<HistoryRefusal> refused;

    // Whether every row reads and there is at least one.
    bool canImport() const { return problems.isEmpty() && refused.isEmpty() && !rows.isEmpty(); }
    // "line 7" in a CSV file, "Sheet1, row 7" in a workbook.
    QString placeOf(int line) const { return rowPlace(sheet, line); }
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
// Fails only when there is nothing to preview: a wrong currency or an empty table.
Result<HistoryPreview>
previewHistory(const TextTable &table, const QString &currency,
               const std::optional<HistoryColumnMapping> &mapping = std::nullopt);

// previewHistory() of a CSV file's bytes, with the encoding and separator it was read with. Fails
// also for bytes that are no text and a quote that is not closed.
Result<HistoryPreview>
previewHistoryCsv(const QByteArray &bytes, const QString &currency,
                  const std::optional<HistoryColumnMapping> &mapping = std::nullopt);

// A month as history files write it (2026-01, 2026/1, 2026-01-15, 2026年1月, 202601): its first
// day; refused in words when it is none.
Result<QDate> parseHistoryMonth(const QString &text);

// How the rows of a file fall around a plan year: booked actuals of the plan year (what the
// monthly review reads), history of earlier years (what seasonality and growth read), and months
// after it, which nothing reads yet.
struct HistoryYears
{
    int actuals = 0;
    int earlier = 0;
    int later = 0;
};
HistoryYears historyYears(const QList<HistoryRow> &rows, const Period &planYear);
// The same in words, for the import dialog and the command line: "Actuals of the plan year 2027:
// 3; history of earlier years: 1.", and how many rows fall after the plan year when any do.
QString historyYearsText(const HistoryYears &years, const Period &planYear);

// The rows as history entries, each with an id from `ids`.
QList<HistoryEntry> historyEntries(const QList<HistoryRow> &rows, RowIdSource &ids);

// A preview's rows as entries with ids from `ids`. Either every row is valid and all are
// returned, or nothing is and the error lists every bad row: "line 7: amount \"abc\" is not a
// number; line 9: month \"2026-13\" is not a month" (in a workbook "Sheet1, row 7: …"). The ids
// are only taken when the import succeeds.
Result<QList<HistoryEntry>> importHistory(const HistoryPreview &preview, RowIdSource &ids);

// importHistory() of a CSV file's bytes, with the columns found from the header.
Result<QList<HistoryEntry>> importHistoryCsv(const QByteArray &bytes, const QString &currency,
                                             RowIdSource &ids);

} // namespace salesplan
