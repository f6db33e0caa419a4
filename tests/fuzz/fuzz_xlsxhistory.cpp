// Fuzz target of the .xlsx history reader: any bytes read as a workbook's sheet or are refused in
// words; the sheet read is one the workbook lists, its rows are in order, and the history preview
// of it keeps its rows below the header.
#include "exchange/historyfile.h"
#include "exchange/xlsxreader.h"
#include "fuzztarget.h"

using namespace salesplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<XlsxTable> read = readXlsxTable(bytes);
    if (!read) {
        fuzzCheck(!read.error().reason.isEmpty(), "a refused workbook says why");
        return 0;
    }
    fuzzCheck(read->sheets.contains(read->table.sheet), "the sheet read is one the workbook has");
    int previous = 0;
    for (const TextRow &row : read->table.rows) {
        fuzzCheck(row.line > previous, "a sheet's rows are in order, each once");
        previous = row.line;
    }
    const Result<HistoryPreview> preview = previewHistoryXlsx(bytes, QStringLiteral("CNY"));
    if (!preview) {
        fuzzCheck(!preview.error().reason.isEmpty(), "a workbook without a preview says why");
        return 0;
    }
    fuzzCheck(preview->sheet == read->table.sheet, "the preview reads the first sheet too");
    for (const HistoryRow &row : preview->rows)
        fuzzCheck(row.line > preview->headerLine, "rows lie below the header");
    return 0;
}
