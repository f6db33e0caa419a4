// Fuzz target of the CSV history reader: any bytes preview in currencies of two, no and three
// decimals, with the columns found from the header and with columns chosen by hand. The preview
// adds up: its rows and refused rows are records below the header, in file order, each refusal
// says why, and the import takes exactly the rows of a preview that can import.
#include "exchange/csvreader.h"
#include "exchange/historycsv.h"
#include "fuzztarget.h"

using namespace salesplan;

namespace {

// How many records of the file lie below the line of the header.
qsizetype recordsBelow(const QByteArray &bytes, int headerLine)
{
    const Result<CsvText> text = decodeCsv(bytes);
    const Result<CsvTable> table = splitCsv(text->text);
    qsizetype count = 0;
    for (const TextRow &row : table->table.rows)
        count += row.line > headerLine ? 1 : 0;
    return count;
}

void checkLines(const HistoryPreview &preview)
{
    int previous = preview.headerLine;
    for (const HistoryRow &row : preview.rows) {
        fuzzCheck(row.line > previous, "rows lie below the header, in file order");
        fuzzCheck(row.entry.month.isValid() && row.entry.month.day() == 1, "a row has a month");
        previous = row.line;
    }
    previous = preview.headerLine;
    for (const HistoryRefusal &refusal : preview.refused) {
        fuzzCheck(refusal.line > previous, "refused rows lie below the header, in file order");
        fuzzCheck(!refusal.reasons.isEmpty(), "a refused row says why");
        previous = refusal.line;
    }
}

void checkPreview(const QByteArray &bytes, const HistoryPreview &preview, const QString &currency)
{
    for (const qsizetype column : preview.mapping.columns)
        fuzzCheck(column >= -1 && column < preview.columns.size(), "a mapped column exists");
    const bool mapped = preview.mapping.column(HistoryField::Month) >= 0 &&
                        preview.mapping.column(HistoryField::Amount) >= 0;
    fuzzCheck(mapped || !preview.problems.isEmpty(), "a missing month or amount is a problem");
    fuzzCheck(mapped || (preview.rows.isEmpty() && preview.refused.isEmpty()),
              "no rows are read without a month and an amount column");
    fuzzCheck(preview.rows.size() + preview.refused.size() <=
                  recordsBelow(bytes, preview.headerLine),
              "rows and refused rows add up to at most the records below the header");
    for (const HistoryRow &row : preview.rows)
        fuzzCheck(row.entry.amount.currency == currency, "amounts are in the plan's currency");
    checkLines(preview);
}

void checkImport(const QByteArray &bytes, const HistoryPreview &preview, const QString &currency)
{
    RowIdSource ids(100);
    const RowIdSource before = ids;
    const Result<QList<HistoryEntry>> entries = importHistoryCsv(bytes, currency, ids);
    fuzzCheck(entries.ok() == preview.canImport(), "a file imports when its preview can import");
    if (!entries) {
        fuzzCheck(ids == before, "a refused import takes no ids");
        return;
    }
    fuzzCheck(entries->size() == preview.rows.size(), "the import takes every row of the preview");
    for (qsizetype i = 0; i < entries->size(); ++i) {
        HistoryEntry entry = entries->at(i);
        fuzzCheck(entry.id >= 100, "an imported row has a fresh id");
        entry.id = preview.rows.at(i).entry.id;
        fuzzCheck(entry == preview.rows.at(i).entry, "the import takes the preview's rows");
    }
}

// Choosing by hand the columns the header named reads the same rows: what the import dialog
// shows before and after the user confirms its choice.
void checkSameChoice(const QByteArray &bytes, const HistoryPreview &preview,
                     const QString &currency)
{
    const Result<HistoryPreview> chosen = previewHistoryCsv(bytes, currency, preview.mapping);
    fuzzCheck(chosen.ok(), "a file that previews previews with the columns it names");
    fuzzCheck(chosen->rows.size() == preview.rows.size() &&
                  chosen->refused.size() == preview.refused.size(),
              "the columns the header names, chosen by hand, read the same rows");
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        fuzzCheck(chosen->rows.at(i).line == preview.rows.at(i).line &&
                      chosen->rows.at(i).entry == preview.rows.at(i).entry,
                  "the columns the header names, chosen by hand, read the same rows");
    }
}

// A choice of columns by hand from the first bytes: some out of range, some chosen twice.
HistoryColumnMapping chosenMapping(const QByteArray &bytes)
{
    HistoryColumnMapping mapping;
    for (qsizetype i = 0; i < qsizetype(mapping.columns.size()) && i < bytes.size(); ++i)
        mapping.columns[std::size_t(i)] =
            qsizetype(static_cast<unsigned char>(bytes.at(i)) % 8) - 1;
    return mapping;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *code : {"CNY", "JPY", "KWD", "EUR"}) {
        const QString currency = QString::fromLatin1(code);
        const Result<HistoryPreview> preview = previewHistoryCsv(bytes, currency);
        if (!preview) {
            fuzzCheck(!preview.error().reason.isEmpty(), "a file without a preview says why");
            continue;
        }
        checkPreview(bytes, *preview, currency);
        checkImport(bytes, *preview, currency);
        checkSameChoice(bytes, *preview, currency);
    }
    const QString currency = QStringLiteral("CNY");
    const Result<HistoryPreview> chosen = previewHistoryCsv(bytes, currency, chosenMapping(bytes));
    if (chosen)
        checkPreview(bytes, *chosen, currency);
    return 0;
}
