// History from .xlsx workbooks that openpyxl (an independent writer) and the zip module wrote:
// cells of every kind, dates in both systems, merged headers, sheets by name, and the workbooks
// that are refused in words.
#include "exchange/historyfile.h"
#include "exchange/xlsxparts.h"
#include "exchange/xlsxreader.h"
#include "historyworkbooks.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>

using namespace salesplan;

namespace {

QByteArray workbook(const char *name)
{
    const QString path = historyworkbooks::path(QString::fromUtf8(name));
    REQUIRE_FALSE(path.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

HistoryPreview preview(const QByteArray &bytes, const QString &sheet = {})
{
    const Result<HistoryPreview> result = previewHistoryXlsx(bytes, QStringLiteral("CNY"), sheet);
    if (!result)
        FAIL(result.error().message().toStdString());
    return *result;
}

QString refusal(const QByteArray &bytes)
{
    const Result<XlsxTable> table = readXlsxTable(bytes);
    REQUIRE_FALSE(table.ok());
    return table.error().message();
}

Money cny(qint64 minor)
{
    return Money{minor, QStringLiteral("CNY")};
}

} // namespace

TEST_CASE("A Chinese workbook with a title, a merged header and a total row imports its rows",
          "[historyxlsx]")
{
    const HistoryPreview read = preview(workbook("history-zh.xlsx"));
    CHECK(read.sheets == QStringList{u"2025销售"_qs, u"2024"_qs, u"说明"_qs});
    CHECK(read.sheet == u"2025销售"_qs);
    // "月份" is merged over rows 2 and 3, "金额" stands in row 3 only: row 3 is the header.
    CHECK(read.headerLine == 3);
    CHECK(read.columns ==
          QStringList{u"月份"_qs, u"区域"_qs, u"产品"_qs, u"销售人员"_qs, u"金额"_qs});
    CHECK(read.problems.isEmpty());
    CHECK(read.refused.isEmpty());
    REQUIRE(read.rows.size() == 5); // the total row is left out
    const QList<QDate> months{{2025, 1, 1}, {2025, 2, 1}, {2025, 3, 1}, {2025, 4, 1}, {2025, 5, 1}};
    const QList<Money> amounts{cny(12000000), cny(123450), cny(9800000), cny(123450), cny(-350000)};
    for (qsizetype i = 0; i < read.rows.size(); ++i) {
        CHECK(read.rows.at(i).line == 4 + i);
        CHECK(read.rows.at(i).entry.month == months.at(i));
        CHECK(read.rows.at(i).entry.amount == amounts.at(i));
    }
    CHECK(read.rows.at(0).entry.region == u"华东"_qs);
    CHECK(read.rows.at(2).entry.product == u"软件"_qs);
    CHECK(read.rows.at(4).entry.member == u"陈静"_qs);
    CHECK(read.canImport());
}

TEST_CASE("The same workbook saved by LibreOffice, with shared strings and computed totals, "
          "imports the same rows",
          "[historyxlsx]")
{
    QFile saved(QStringLiteral(SALESPLAN_TEST_DATA "/xlsx-history-zh-libreoffice.xlsx"));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    const Result<XlsxTable> table = readXlsxTable(bytes);
    REQUIRE(table.ok());
    CHECK(table->table.rows.last().cells == QStringList{u"合计"_qs, {}, {}, {}, u"215734.5"_qs});
    const HistoryPreview fromLibreOffice = preview(bytes);
    const HistoryPreview fromOpenpyxl = preview(workbook("history-zh.xlsx"));
    CHECK(fromLibreOffice.headerLine == 3);
    REQUIRE(fromLibreOffice.rows.size() == fromOpenpyxl.rows.size());
    for (qsizetype i = 0; i < fromOpenpyxl.rows.size(); ++i) {
        CHECK(fromLibreOffice.rows.at(i).line == fromOpenpyxl.rows.at(i).line);
        CHECK(fromLibreOffice.rows.at(i).entry == fromOpenpyxl.rows.at(i).entry);
    }
}

TEST_CASE("A workbook's sheet is chosen by its name, an unknown name lists the sheets",
          "[historyxlsx]")
{
    const QByteArray bytes = workbook("history-zh.xlsx");
    const HistoryPreview second = preview(bytes, QStringLiteral("2024"));
    CHECK(second.sheet == u"2024"_qs);
    REQUIRE(second.rows.size() == 2);
    CHECK(second.rows.at(0).entry.month == QDate(2024, 11, 1));
    CHECK(second.rows.at(1).entry.amount == cny(70000));

    // A sheet that cannot be read leaves the workbook's others to choose from.
    const Result<HistoryPreview> unknown =
        previewHistoryXlsx(bytes, QStringLiteral("CNY"), QStringLiteral("2023"));
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->canImport());
    CHECK(unknown->sheets == QStringList{u"2025销售"_qs, u"2024"_qs, u"说明"_qs});
    CHECK(
        unknown->problems ==
        QStringList{
            u"the workbook has no sheet \"2023\"; its sheets are \"2025销售\", \"2024\", \"说明\""_qs});
}

TEST_CASE("Dates of the 1904 system read as the same months", "[historyxlsx]")
{
    const HistoryPreview read = preview(workbook("history-1904.xlsx"));
    REQUIRE(read.rows.size() == 2);
    CHECK(read.rows.at(0).entry.month == QDate(2026, 1, 1));
    CHECK(read.rows.at(1).entry.month == QDate(2026, 2, 1));
    CHECK(read.rows.at(1).entry.amount == cny(20025));
}

TEST_CASE("Date serials of the 1900 system count Excel's 29 February 1900", "[historyxlsx]")
{
    const Result<XlsxTable> table = readXlsxTable(workbook("dates-1900.xlsx"));
    REQUIRE(table.ok());
    QStringList dates;
    for (const TextRow &row : table->table.rows.mid(1))
        dates.append(row.cells.value(0));
    CHECK(dates == QStringList{u"1900-02-28"_qs, u"1900-02-29"_qs, u"1900-03-01"_qs,
                               u"1900-01-01"_qs, u"2025-01-01"_qs});
}

TEST_CASE("Cells of every kind read as their text", "[historyxlsx]")
{
    const Result<XlsxTable> table = readXlsxTable(workbook("cells.xlsx"));
    REQUIRE(table.ok());
    CHECK(table->sheets == QStringList{u"Data"_qs});
    const QList<TextRow> &rows = table->table.rows;
    REQUIRE(rows.size() == 4); // row 3 has formatted cells only, row 4 none
    CHECK(rows.at(0).line == 1);
    CHECK(rows.at(0).cells.value(27) == u"Amount"_qs);    // AB: rich text runs, no phonetic reading
    CHECK(rows.at(0).cells.value(2).isEmpty());           // C was skipped in the XML
    CHECK(rows.at(1).cells.value(0) == u"2026-01-01"_qs); // built-in date format 14
    CHECK(rows.at(1).cells.value(1) == u"East"_qs);       // a shared string
    CHECK(rows.at(1).cells.value(3) == u"TRUE"_qs);
    CHECK(rows.at(1).cells.value(4) == u"3"_qs);       // "Day" in quotes is no date
    CHECK(rows.at(1).cells.value(27) == u"1234.5"_qs); // a formula's cached value
    CHECK(rows.at(2).line == 5);
    CHECK(rows.at(2).cells.value(0) == u"2026-02"_qs); // a text formula's cached value
    CHECK(rows.at(2).cells.value(27) == u"0.3"_qs);    // as Excel shows it
    CHECK(rows.at(3).line == 6);                       // a row without its number
    CHECK(rows.at(3).cells.value(0) == u"2026-03"_qs); // an inline string
    CHECK(rows.at(3).cells.value(27) == u"1000"_qs);   // 1E+3 in plain digits

    const HistoryPreview read = preview(workbook("cells.xlsx"));
    REQUIRE(read.rows.size() == 3);
    CHECK(read.rows.at(2).entry.amount == cny(100000));
}

TEST_CASE("Refused rows of a workbook name their sheet and row", "[historyxlsx]")
{
    const HistoryPreview read = preview(workbook("history-bad-rows.xlsx"));
    CHECK(read.rows.size() == 5);
    REQUIRE(read.refused.size() == 2);
    CHECK(read.refused.at(0).line == 7);
    CHECK(read.refused.at(0).reasons == QStringList{u"amount \"abc\" is not a number"_qs});
    RowIdSource ids(1);
    const Result<QList<HistoryEntry>> imported = importHistory(read, ids);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message() ==
          u"Sheet, row 7: amount \"abc\" is not a number; Sheet, row 8: month \"2026-13\" is not "
          "a month"_qs);
}

TEST_CASE("Workbooks that are no .xlsx are refused in words", "[historyxlsx]")
{
    QElapsedTimer timer;
    timer.start();
    CHECK(refusal(workbook("password.xlsx")) ==
          u"the workbook is password-protected; save it without a password and import it again"_qs);
    QFile xls(QStringLiteral(SALESPLAN_TEST_DATA "/xlsx-history-biff.xls"));
    REQUIRE(xls.open(QIODevice::ReadOnly));
    CHECK(refusal(xls.readAll()) == u"the file is an Excel 97–2003 .xls workbook; save it as "
                                    ".xlsx or CSV and import it again"_qs);
    CHECK(refusal(workbook("macros.xlsm")).contains(u"holds macros"_qs));
    CHECK(refusal(workbook("truncated.xlsx")).contains(u"cut short"_qs));
    CHECK(refusal("month,amount\n").contains(u"cut short or not a workbook"_qs));
    WARN("four refusals took " << timer.elapsed() << " ms");

    timer.restart();
    CHECK(refusal(workbook("huge-strings.xlsx")) ==
          u"the workbook's part xl/sharedStrings.xml unpacks to more than 64 MB, the most "
          "SalesPlan reads from one part; keep the history in a smaller workbook or save it as "
          "CSV"_qs);
    WARN("100 MB of shared strings refused in " << timer.elapsed() << " ms");
    // A zip directory that understates a part's size: nothing past it is unpacked.
    CHECK(refusal(workbook("understated.xlsx")) ==
          u"the workbook's part xl/sharedStrings.xml is damaged"_qs);
}

TEST_CASE("A million empty rows are passed over", "[historyxlsx]")
{
    const QByteArray bytes = workbook("empty-rows.xlsx");
    QElapsedTimer timer;
    timer.start();
    const HistoryPreview read = preview(bytes);
    WARN("a sheet of a million empty rows read in " << timer.elapsed() << " ms");
    REQUIRE(read.rows.size() == 1);
    CHECK(read.rows.at(0).line == 1000002);
    CHECK(read.rows.at(0).entry.month == QDate(2026, 3, 1));
}

TEST_CASE("A number format shows a date when it has y, m, d or h outside quotes and brackets",
          "[historyxlsx]")
{
    CHECK(isDateFormatCode(QStringLiteral("yyyy-mm")));
    CHECK(isDateFormatCode(QStringLiteral("[$-804]yyyy\"年\"m\"月\"")));
    CHECK(isDateFormatCode(QStringLiteral("[h]:mm")));
    CHECK_FALSE(isDateFormatCode(QStringLiteral("General")));
    CHECK_FALSE(isDateFormatCode(QStringLiteral("#,##0.00_);[Red](#,##0.00)")));
    CHECK_FALSE(isDateFormatCode(QStringLiteral("\"Day\" 0")));
    CHECK_FALSE(isDateFormatCode(QStringLiteral("[$¥-804]#,##0")));
}

TEST_CASE("A file is read as a workbook by its name or its bytes", "[historyxlsx]")
{
    CHECK(isWorkbookFile(QStringLiteral("h.XLSX"), "month,amount"));
    CHECK(isWorkbookFile(QStringLiteral("h.csv"), "PK\x03\x04"));
    CHECK(isWorkbookFile(QStringLiteral("h.xls"), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
    CHECK_FALSE(isWorkbookFile(QStringLiteral("h.csv"), "month,amount"));
    CHECK_FALSE(isWorkbookFile(QStringLiteral("crm-export.xls"), "month\tamount\n"));
}
