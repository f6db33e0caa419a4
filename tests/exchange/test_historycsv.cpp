#include "exchange/historycsv.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace salesplan;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(SALESPLAN_TEST_DATA "/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read fixture " << name);
    return file.readAll();
}

Money cny(qint64 minor)
{
    return Money{minor, QStringLiteral("CNY")};
}

QList<HistoryEntry> imported(const QByteArray &bytes,
                             const QString &currency = QStringLiteral("CNY"))
{
    RowIdSource ids(1);
    const Result<QList<HistoryEntry>> entries = importHistoryCsv(bytes, currency, ids);
    if (!entries)
        FAIL(entries.error().message().toStdString());
    return *entries;
}

// The error of an import that must fail, after checking that it took no ids.
QString importError(const QByteArray &bytes, const QString &currency = QStringLiteral("CNY"))
{
    RowIdSource ids(10);
    const Result<QList<HistoryEntry>> entries = importHistoryCsv(bytes, currency, ids);
    REQUIRE_FALSE(entries.ok());
    CHECK(ids.peek() == 10);
    return entries.error().message();
}

} // namespace

TEST_CASE("history CSV with an English header in UTF-8", "[csv]")
{
    RowIdSource ids(40);
    const Result<QList<HistoryEntry>> result =
        importHistoryCsv(fixture("csv-history-en.csv"), QStringLiteral("CNY"), ids);
    REQUIRE(result.ok());
    const QList<HistoryEntry> &entries = *result;
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0) == HistoryEntry{40, QDate(2026, 1, 1), QStringLiteral("East"),
                                        QStringLiteral("Widgets"), QStringLiteral("Alice"),
                                        cny(1'234'50)});
    CHECK(entries.at(1).month == QDate(2026, 2, 1));
    CHECK(entries.at(1).amount == cny(2000'00));
    CHECK(entries.at(2).month == QDate(2026, 3, 1)); // 2026-03-15 stands for its month
    CHECK(entries.at(2).amount == cny(-35'00));      // a refund
    CHECK(entries.at(3).month == QDate(2026, 4, 1)); // 2026年4月
    CHECK(entries.at(3).member == QStringLiteral("Dave"));
    CHECK(entries.at(3).id == 43);
    CHECK(ids.peek() == 44);
}

TEST_CASE("history CSV with a Chinese header, UTF-8 with BOM, columns in another order", "[csv]")
{
    const QList<HistoryEntry> entries = imported(fixture("csv-history-zh-bom.csv"));
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).month == QDate(2026, 1, 1));
    CHECK(entries.at(0).amount == cny(12'000'00));
    CHECK(entries.at(0).member == QStringLiteral("张伟"));
    CHECK(entries.at(0).region == QStringLiteral("华东"));
    CHECK(entries.at(0).product == QStringLiteral("云服务")); // no \r left from CRLF
    CHECK(entries.at(1).amount == cny(8000'50));
    CHECK(entries.at(2).amount == cny(-500'00));
    CHECK(entries.at(2).month == QDate(2026, 3, 1));
}

TEST_CASE("history CSV in GBK, as Chinese Excel and WPS save it", "[csv]")
{
    const QByteArray bytes = fixture("csv-history-gbk.csv");
    REQUIRE(bytes.contains("\xbb\xaa\xb6\xab")); // 华东 in GBK: the fixture really is GBK
    const QList<HistoryEntry> entries = imported(bytes);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0) == HistoryEntry{1, QDate(2025, 1, 1), QStringLiteral("华东"),
                                        QStringLiteral("软件许可"), QStringLiteral("张伟"),
                                        cny(1'500'00)});
    CHECK(entries.at(1).product == QStringLiteral("实施服务"));
    CHECK(entries.at(2).region == QStringLiteral("西南"));
    CHECK(entries.at(2).member == QStringLiteral("刘洋"));
    CHECK(entries.at(2).amount == cny(980'25));
}

TEST_CASE("history CSV with quoted fields", "[csv]")
{
    const QList<HistoryEntry> entries = imported(fixture("csv-history-quoted.csv"));
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).region == QStringLiteral("East\nShanghai"));
    CHECK(entries.at(0).product == QStringLiteral("Widgets, large"));
    CHECK(entries.at(0).member == QStringLiteral("Li \"Tiger\" Wei"));
    CHECK(entries.at(0).amount == cny(1000'00));
    CHECK(entries.at(1).product == QStringLiteral("Gadgets; small"));
    CHECK(entries.at(1).amount == cny(-20'00));

    SECTION("line numbers count the line breaks inside quotes")
    {
        const QString error = importError("month,region,amount\n"
                                          "2026-01,\"two\nlines\",1\n"
                                          "2026-02,x,oops\n");
        CHECK(error == QStringLiteral("line 4: amount \"oops\" is not a number"));
    }
    SECTION("an unclosed quote")
    {
        const QString error = importError("month,region,amount\n"
                                          "2026-01,x,1\n"
                                          "2026-02,\"open,2\n");
        CHECK(error.contains(QStringLiteral("line 3: a quoted field is not closed")));
    }
}

TEST_CASE("history CSV separated by semicolons or tabs", "[csv]")
{
    const QList<HistoryEntry> entries = imported(fixture("csv-history-semicolon.csv"));
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).region == QStringLiteral("East"));
    CHECK(entries.at(0).amount == cny(1'234'50)); // the comma is a thousands separator here
    CHECK(entries.at(1).amount == cny(99'00));
    CHECK(imported("Sales 2026\nmonth;amount\n2026-01;1 500\n").at(0).amount == cny(1500'00));
    // A decimal comma is not guessed at: refused, not read as 15 or 1.5.
    CHECK(importError("month;amount\n2026-01;1,5\n") ==
          QStringLiteral("line 2: amount \"1,5\" is not a number: a comma must separate "
                         "thousands, as in 1,234.50"));

    SECTION("tab-separated UTF-16, Excel's \"Unicode text\"")
    {
        const QString text = QStringLiteral("月份\t金额\t区域\r\n2026-05\t1,000\t华北\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const QList<HistoryEntry> utf16 = imported(bytes);
        REQUIRE(utf16.size() == 1);
        CHECK(utf16.at(0).region == QStringLiteral("华北"));
        CHECK(utf16.at(0).amount == cny(1000'00));
    }
}

TEST_CASE("a history CSV with bad rows imports nothing and names every bad line", "[csv]")
{
    const QString error = importError(fixture("csv-history-bad-rows.csv"));
    CHECK(error == QStringLiteral("line 7: amount \"abc\" is not a number; "
                                  "line 9: month \"2026-13\" is not a month"));
}

TEST_CASE("a history CSV without a required column is refused", "[csv]")
{
    const QString error = importError(fixture("csv-history-no-amount.csv"));
    CHECK(error.contains(QStringLiteral("no amount column")));
    CHECK(error.contains(QStringLiteral("金额")));
    CHECK(error.contains(QStringLiteral("month, region, product"))); // what the header has
    CHECK_FALSE(error.contains(QStringLiteral("no month column")));

    const QString neither = importError("Kunde,Betrag\nA,1\n");
    CHECK(neither.contains(QStringLiteral("no month column")));
    CHECK(neither.contains(QStringLiteral("no amount column")));
}

TEST_CASE("an empty history CSV is refused", "[csv]")
{
    CHECK(importError(fixture("csv-history-empty.csv")) == QStringLiteral("the file is empty"));
    CHECK(importError("\xEF\xBB\xBF\r\n\r\n") == QStringLiteral("the file is empty"));
    CHECK(importError("month,amount\n").contains(QStringLiteral("no rows")));
}

TEST_CASE("history CSV headers: synonyms, case, spaces and units", "[csv]")
{
    const auto firstEntry = [](const char *csv) {
        const QList<HistoryEntry> entries = imported(QByteArray(csv));
        REQUIRE(entries.size() == 1);
        return entries.first();
    };
    const HistoryEntry traditional =
        firstEntry(" 日期 ,區域,產品,業務員,銷售額（元）\n2026/1,台北,軟體,陳小明,100\n");
    CHECK(traditional == HistoryEntry{1, QDate(2026, 1, 1), QStringLiteral("台北"),
                                      QStringLiteral("軟體"), QStringLiteral("陳小明"),
                                      cny(100'00)});
    const HistoryEntry english =
        firstEntry("DATE,Sales Person,Product Line,Amount (CNY),Area\n2026-02,Ann,Pro,7,West\n");
    CHECK(english.member == QStringLiteral("Ann"));
    CHECK(english.product == QStringLiteral("Pro"));
    CHECK(english.region == QStringLiteral("West"));
    CHECK(english.amount == cny(7'00));
    const HistoryEntry minimal = firstEntry("回款,月\n\"¥1,000\",2026年3月\n");
    CHECK(minimal.amount == cny(1000'00));
    CHECK(minimal.region.isEmpty());

    CHECK(importError("月份,金额,销售额\n2026-01,1,2\n")
              .contains(QStringLiteral("columns 2 \"金额\" and 3 \"销售额\" are both the amount "
                                       "column")));
}

TEST_CASE("history CSV month and amount formats", "[csv]")
{
    const auto entryFor = [](const QString &month, const QString &amount,
                             const QString &currency = QStringLiteral("CNY")) {
        const QByteArray csv = (QStringLiteral("month,amount\n\"") + month +
                                QStringLiteral("\",\"") + amount + QStringLiteral("\"\n"))
                                   .toUtf8();
        const QList<HistoryEntry> entries = imported(csv, currency);
        REQUIRE(entries.size() == 1);
        return entries.first();
    };
    CHECK(entryFor(QStringLiteral("2026/1"), QStringLiteral("1")).month == QDate(2026, 1, 1));
    CHECK(entryFor(QStringLiteral("2026-01-31"), QStringLiteral("1")).month == QDate(2026, 1, 1));
    CHECK(entryFor(QStringLiteral("2026/12/5 0:00:00"), QStringLiteral("1")).month ==
          QDate(2026, 12, 1));
    CHECK(entryFor(QStringLiteral("2026年11月"), QStringLiteral("1")).month == QDate(2026, 11, 1));
    CHECK(entryFor(QStringLiteral("2026 年 2 月 3 日"), QStringLiteral("1")).month ==
          QDate(2026, 2, 1));
    CHECK(entryFor(QStringLiteral("202609"), QStringLiteral("1")).month == QDate(2026, 9, 1));

    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("￥1,234.5")).amount == cny(1'234'50));
    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("-¥35.00")).amount == cny(-35'00));
    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("¥-35")).amount == cny(-35'00));
    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("(35.00)")).amount == cny(-35'00));
    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("1234元")).amount == cny(1234'00));
    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("CNY 12")).amount == cny(12'00));
    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("92,233,720,368,547,758.07")).amount ==
          cny(std::numeric_limits<qint64>::max()));
    CHECK(entryFor(QStringLiteral("2026-01"), QStringLiteral("1,234,567"), QStringLiteral("JPY"))
              .amount == Money{1'234'567, QStringLiteral("JPY")});

    CHECK(importError("month,amount\n2026-01,12.5\n", QStringLiteral("JPY")) ==
          QStringLiteral("line 2: amount \"12.5\" has more decimal places than JPY has (0)"));
    CHECK(importError("month,amount\n2026-02-30,1\n") ==
          QStringLiteral("line 2: month \"2026-02-30\" is not a date"));
    CHECK(importError("month,amount\n1/15/2026,1\n") ==
          QStringLiteral("line 2: month \"1/15/2026\" is not a month"));
    CHECK(importError("month,amount\n2026-01,99999999999999999999\n") ==
          QStringLiteral("line 2: amount \"99999999999999999999\" is too large"));
    CHECK(importError("month,amount\n2026-01,1.2.3\n") ==
          QStringLiteral("line 2: amount \"1.2.3\" is not a number"));
}

TEST_CASE("history CSV: blank lines, empty required fields, a row with two problems", "[csv]")
{
    CHECK(imported("month,amount\n\n2026-01,1\n,\n   \n2026-02,2\n\n").size() == 2);
    CHECK(importError("month,region,amount\n,East,\n2026-x,West,1e3\n") ==
          QStringLiteral("line 2: month is empty; line 2: amount is empty; "
                         "line 3: month \"2026-x\" is not a month; "
                         "line 3: amount \"1e3\" is not a number"));
    // A short row: the missing fields are empty.
    CHECK(importError("month,region,amount\n2026-01,East\n") ==
          QStringLiteral("line 2: amount is empty"));
}

TEST_CASE("history CSV: a title above the header and a total row below the data", "[csv]")
{
    const QList<HistoryEntry> entries = imported("2025年销售明细,,\n"
                                                 "导出日期：2026-01-05,,\n"
                                                 "月份,区域,金额\n"
                                                 "2025-01,华东,100\n"
                                                 "2025-02,华东,200\n"
                                                 "合计,,300\n");
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).amount == cny(200'00));
    CHECK(importError("month,amount\nTotal,0\n").contains(QStringLiteral("no rows")));
    // Without a recognisable header the first line is named.
    CHECK(importError("Report 2025\nfoo,bar\n1,2\n")
              .contains(QStringLiteral("line 1 has: Report 2025")));
}

TEST_CASE("a history CSV that is wrong throughout gives a readable error", "[csv]")
{
    QByteArray csv("month,amount\n");
    for (int i = 0; i < 120; ++i)
        csv += "x,1\n";
    const QString error = importError(csv);
    CHECK(error.startsWith(QStringLiteral("line 2: month \"x\" is not a month; line 3:")));
    CHECK(error.contains(QStringLiteral("line 51:")));
    CHECK_FALSE(error.contains(QStringLiteral("line 52:")));
    CHECK(error.endsWith(QStringLiteral("; and 70 more")));
}

TEST_CASE("history CSV: bytes that are no text, and a wrong currency", "[csv]")
{
    CHECK(importError("month,amount\n2026-01,\xFF\xFF\n")
              .contains(QStringLiteral("neither UTF-8 nor GBK")));
    CHECK(importError("month,amount\n2026-01,1\n", QStringLiteral("yuan"))
              .contains(QStringLiteral("three-letter currency code")));
}

namespace {

HistoryPreview preview(const QByteArray &bytes,
                          const std::optional<HistoryColumnMapping> &mapping = std::nullopt)
{
    const Result<HistoryPreview> result =
        previewHistoryCsv(bytes, QStringLiteral("CNY"), mapping);
    if (!result)
        FAIL(result.error().message().toStdString());
    return *result;
}

QList<int> linesOf(const QList<HistoryRow> &rows)
{
    QList<int> lines;
    for (const HistoryRow &row : rows)
        lines.append(row.line);
    return lines;
}

} // namespace

TEST_CASE("a history CSV preview lists the rows that read and the refused ones", "[csv]")
{
    const HistoryPreview bad = preview(fixture("csv-history-bad-rows.csv"));
    CHECK(bad.encoding == QStringLiteral("UTF-8"));
    CHECK(bad.separator == u',');
    CHECK(bad.headerLine == 1);
    CHECK(bad.columns ==
          QStringList{QStringLiteral("month"), QStringLiteral("region"), QStringLiteral("amount")});
    CHECK(bad.mapping.column(HistoryField::Month) == 0);
    CHECK(bad.mapping.column(HistoryField::Region) == 1);
    CHECK(bad.mapping.column(HistoryField::Product) == -1);
    CHECK(bad.mapping.column(HistoryField::Amount) == 2);
    CHECK(bad.problems.isEmpty());
    CHECK(linesOf(bad.rows) == QList<int>{2, 3, 5, 8, 10}); // blank and empty lines left out
    CHECK(bad.rows.at(3).entry.amount == cny(500'00));
    CHECK(bad.rows.at(3).entry.id == 0); // ids are taken on import
    REQUIRE(bad.refused.size() == 2);
    CHECK(bad.refused.at(0).line == 7);
    CHECK(bad.refused.at(0).reasons ==
          QStringList{QStringLiteral("amount \"abc\" is not a number")});
    CHECK(bad.refused.at(1).line == 9);
    CHECK(bad.refused.at(1).reasons ==
          QStringList{QStringLiteral("month \"2026-13\" is not a month")});
    CHECK_FALSE(bad.canImport());

    const HistoryPreview twoReasons = preview("month,amount\n,\n2026-x,abc\n2026-02,3\n");
    REQUIRE(twoReasons.refused.size() == 1); // the line of empty fields is no row
    CHECK(twoReasons.refused.at(0).line == 3);
    CHECK(twoReasons.refused.at(0).reasons ==
          QStringList{QStringLiteral("month \"2026-x\" is not a month"),
                      QStringLiteral("amount \"abc\" is not a number")});
    CHECK(linesOf(twoReasons.rows) == QList<int>{4});

    const HistoryPreview good = preview(fixture("csv-history-en.csv"));
    CHECK(good.canImport());
    CHECK(good.rows.size() == 4);
    CHECK(good.columns.size() == 6); // Notes is listed, and read by no field
    CHECK(good.mapping.column(HistoryField::Member) == 3);
    RowIdSource ids(7);
    const QList<HistoryEntry> entries = historyEntries(good.rows, ids);
    CHECK(entries.at(0).id == 7);
    CHECK(entries.at(3).id == 10);
    CHECK(entries.at(3).member == QStringLiteral("Dave"));
}

TEST_CASE("a history CSV preview names the encoding and separator it read", "[csv]")
{
    const HistoryPreview gbk = preview(fixture("csv-history-gbk.csv"));
    CHECK(gbk.encoding == QStringLiteral("GB18030"));
    CHECK(gbk.columns == QStringList{QStringLiteral("日期"), QStringLiteral("地区"),
                                     QStringLiteral("产品"), QStringLiteral("业务员"),
                                     QStringLiteral("金额")});
    CHECK(gbk.rows.size() == 3);
    CHECK(gbk.canImport());
    CHECK(preview(fixture("csv-history-semicolon.csv")).separator == u';');
    CHECK(preview(fixture("csv-history-zh-bom.csv")).encoding == QStringLiteral("UTF-8"));

    CHECK_FALSE(previewHistoryCsv(fixture("csv-history-empty.csv"), QStringLiteral("CNY")).ok());
    CHECK_FALSE(previewHistoryCsv("month,amount\n2026-01,\"1\n", QStringLiteral("CNY")).ok());
}

TEST_CASE("a history CSV column with an unknown header is mapped by hand", "[csv]")
{
    const QByteArray csv("Sales 2025,,\n"
                         "month,region,Umsatz (netto)\n"
                         "2026-01,East,100\n"
                         "2026-02,West,\"2,000.50\"\n");
    const HistoryPreview found = preview(csv);
    CHECK(found.headerLine == 2); // the line that names some columns, below the title
    CHECK(found.columns == QStringList{QStringLiteral("month"), QStringLiteral("region"),
                                       QStringLiteral("Umsatz (netto)")});
    CHECK(found.mapping.column(HistoryField::Amount) == -1);
    REQUIRE(found.problems.size() == 1);
    CHECK(found.problems.at(0).contains(QStringLiteral("no amount column")));
    CHECK(found.rows.isEmpty());
    CHECK_FALSE(found.canImport());

    HistoryColumnMapping mapping = found.mapping;
    mapping.setColumn(HistoryField::Amount, 2);
    const HistoryPreview mapped = preview(csv, mapping);
    CHECK(mapped.problems.isEmpty());
    CHECK(mapped.mapping == mapping);
    REQUIRE(mapped.rows.size() == 2);
    CHECK(mapped.rows.at(1).line == 4);
    CHECK(mapped.rows.at(1).entry.region == QStringLiteral("West"));
    CHECK(mapped.rows.at(1).entry.amount == cny(2000'50));
    CHECK(mapped.canImport());

    SECTION("a column chosen for two fields, or none for a required one")
    {
        HistoryColumnMapping twice = mapping;
        twice.setColumn(HistoryField::Region, 2);
        CHECK(preview(csv, twice).problems ==
              QStringList{QStringLiteral(
                  "column 3 \"Umsatz (netto)\" is chosen for both the region and the "
                  "amount; a column holds one of them")});
        HistoryColumnMapping outside = mapping;
        outside.setColumn(HistoryField::Amount, 3);
        const HistoryPreview none = preview(csv, outside);
        CHECK(none.mapping.column(HistoryField::Amount) == -1);
        CHECK(none.problems ==
              QStringList{QStringLiteral("choose the column that holds the amount")});
    }
    SECTION("two columns of one field: the first is read, and the choice is the user's")
    {
        const QByteArray two("月份,金额,销售额\n2026-01,1,2\n");
        const HistoryPreview both = preview(two);
        CHECK(both.mapping.column(HistoryField::Amount) == 1);
        CHECK(both.problems.size() == 1);
        CHECK_FALSE(both.canImport());
        HistoryColumnMapping second = both.mapping;
        second.setColumn(HistoryField::Amount, 2);
        const HistoryPreview chosen = preview(two, second);
        CHECK(chosen.canImport());
        CHECK(chosen.rows.at(0).entry.amount == cny(2'00));
    }
}
