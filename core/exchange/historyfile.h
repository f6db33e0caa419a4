#pragma once

#include "exchange/historycsv.h"
#include "exchange/xlsxreader.h"

// Previews the history a file holds, whether a CSV file or an .xlsx workbook: the one entry for
// the import dialog and the command line.
namespace salesplan {

// The largest history file read: far more than 100,000 rows take, and a bound on what a file
// chosen by mistake (a multi-gigabyte export) loads into memory.
inline constexpr qint64 maxHistoryFileBytes = 256 * 1024 * 1024;

// The bytes of the history file at `path`; refused in words when it cannot be read or is larger
// than maxHistoryFileBytes (nothing is read then).
Result<QByteArray> readHistoryFile(const QString &path);

// Whether a file is read as a workbook, not as CSV: its name ends in .xlsx or .xlsm, or its bytes
// are a zip or an OLE compound file (what Excel writes, whatever the name says). A ".xls" of text
// — what many CRMs export — is read as CSV.
bool isWorkbookFile(const QString &fileName, const QByteArray &bytes);

// previewHistory() of a workbook's sheet named `sheet`, or of its first sheet. The preview names
// the sheet and lists the workbook's sheets; a sheet without cells, or one that cannot be read
// (damaged, too large, not in the workbook), is a problem of the preview (another sheet may be
// chosen), not a failure.
Result<HistoryPreview>
previewHistoryXlsx(const QByteArray &bytes, const QString &currency, const QString &sheet = {},
                   const std::optional<HistoryColumnMapping> &mapping = std::nullopt);

// previewHistory() of a workbook's sheet already read (readXlsxTable()), so that choosing other
// columns does not read the workbook again; a sheet without cells is a problem of the preview.
Result<HistoryPreview>
previewXlsxTable(const XlsxTable &workbook, const QString &currency,
                 const std::optional<HistoryColumnMapping> &mapping = std::nullopt);

// previewHistoryXlsx() or previewHistoryCsv(), as isWorkbookFile() says; `sheet` is for a
// workbook only.
Result<HistoryPreview>
previewHistoryFile(const QString &fileName, const QByteArray &bytes, const QString &currency,
                   const QString &sheet = {},
                   const std::optional<HistoryColumnMapping> &mapping = std::nullopt);

} // namespace salesplan
