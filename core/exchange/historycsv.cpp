#include "exchange/historycsv.h"

#include "exchange/csvreader.h"
#include "exchange/exactamount.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace salesplan {

namespace {

struct HistoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)
};

using Column = HistoryField;
constexpr std::size_t columnCount = historyFieldCount;

// Header names a column may have, compared after normalizeHeader(). English and both Chinese
// scripts; what people type into a sales sheet, not only the textbook word.
struct ColumnNames
{
    Column column;
    const char *englishName; // for messages
    QList<QStringView> names;
};

const std::array<ColumnNames, columnCount> &columnNames()
{
    static const std::array<ColumnNames, columnCount> names{{
        {Column::Month,
         QT_TRANSLATE_NOOP("HistoryCsv", "month"),
         {u"month", u"date", u"period", u"yearmonth", u"月份", u"月", u"日期", u"年月", u"月度",
          u"期间", u"期間", u"时间", u"時間"}},
        {Column::Region,
         QT_TRANSLATE_NOOP("HistoryCsv", "region"),
         {u"region", u"area", u"territory", u"区域", u"地区", u"區域", u"地區", u"大区", u"大區",
          u"片区", u"片區", u"区", u"區"}},
        {Column::Product,
         QT_TRANSLATE_NOOP("HistoryCsv", "product"),
         {u"product", u"productline", u"products", u"item", u"产品", u"產品", u"产品线", u"產品線",
          u"产品名称", u"產品名稱", u"品类", u"品類", u"商品"}},
        {Column::Member,
         QT_TRANSLATE_NOOP("HistoryCsv", "member"),
         {u"member",   u"salesperson", u"salesrep", u"rep",  u"seller", u"owner",  u"person",
          u"销售人员", u"銷售人員",    u"销售",     u"銷售", u"业务员", u"業務員", u"销售代表",
          u"銷售代表", u"负责人",      u"負責人",   u"姓名", u"人员",   u"人員"}},
        {Column::Amount,
         QT_TRANSLATE_NOOP("HistoryCsv", "amount"),
         {u"amount", u"revenue", u"sales", u"value", u"total", u"金额", u"金額", u"销售额",
          u"銷售額", u"销售金额", u"銷售金額", u"回款", u"回款金额", u"回款金額", u"收入", u"营收",
          u"營收", u"业绩", u"業績"}},
    }};
    return names;
}

// "Amount (CNY)" -> "amount", " 金额（元） " -> "金额", "Product Line" -> "productline".
QString normalizeHeader(const QString &header)
{
    static const QRegularExpression bracketed(QStringLiteral(R"([(（\[【].*?[)）\]】])"));
    static const QRegularExpression separators(QStringLiteral(R"([\s_\-/.:：])"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QString name = header;
    name.remove(bracketed);
    name = name.toCaseFolded();
    name.remove(separators);
    return name;
}

std::optional<Column> columnOf(const QString &header)
{
    const QString name = normalizeHeader(header);
    for (const ColumnNames &names : columnNames()) {
        if (names.names.contains(name))
            return names.column;
    }
    return std::nullopt;
}

QString columnName(Column column)
{
    return HistoryCsv::tr(columnNames()[std::size_t(column)].englishName);
}

QString quoted(const QString &text)
{
    return u'"' + (text.size() > 40 ? text.left(40) + u'…' : text) + u'"';
}

// 2026-01, 2026/1, 2026.1, 2026-01-15 (a time after it is ignored), 2026年1月, 2026年1月15日,
// 202601.
Result<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral(
        R"(^(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?(?:[T ]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$)"));
    static const QRegularExpression chinese(
        QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號]?)?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})$)"));

    const Error notAMonth{{}, HistoryCsv::tr("month %1 is not a month").arg(quoted(text))};
    QRegularExpressionMatch match = numeric.match(text);
    if (!match.hasMatch())
        match = chinese.match(text);
    if (!match.hasMatch())
        match = compact.match(text);
    if (!match.hasMatch())
        return notAMonth;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (year < 1900 || month < 1 || month > 12)
        return notAMonth;
    if (match.lastCapturedIndex() >= 3 && !match.captured(3).isEmpty() &&
        !QDate(year, month, match.captured(3).toInt()).isValid()) {
        return Error{{}, HistoryCsv::tr("month %1 is not a date").arg(quoted(text))};
    }
    return QDate(year, month, 1);
}

// Strips currency signs and codes from both ends: "¥", "US$", "元", "CNY ", "RMB".
QString withoutCurrency(QString text, const QString &currency)
{
    const QStringList affixes{currency,
                              QStringLiteral("RMB"),
                              QStringLiteral("US"),
                              QStringLiteral("元"),
                              QStringLiteral("圆"),
                              QStringLiteral("円")};
    for (bool changed = true; changed;) {
        changed = false;
        text = text.trimmed();
        for (const QString &affix : affixes) {
            if (text.startsWith(affix, Qt::CaseInsensitive)) {
                text.remove(0, affix.size());
                changed = true;
            }
            if (text.endsWith(affix, Qt::CaseInsensitive)) {
                text.chop(affix.size());
                changed = true;
            }
        }
        if (!text.isEmpty() && text.front().category() == QChar::Symbol_Currency) {
            text.remove(0, 1);
            changed = true;
        }
        if (!text.isEmpty() && text.back().category() == QChar::Symbol_Currency) {
            text.chop(1);
            changed = true;
        }
    }
    return text;
}

// "1234", "1,234.50", "¥1,234.50", "-¥35.00", "¥-35.00", "(35.00)", "1234元", "CNY 1 234".
Result<Money> parseAmount(const QString &text, const QString &currency)
{
    QString digits = text;
    bool parenthesized = false;
    if (digits.startsWith(u'(') && digits.endsWith(u')')) {
        parenthesized = true; // accountants write refunds in parentheses
        digits = digits.mid(1, digits.size() - 2);
    }
    digits = withoutCurrency(digits, currency);
    QString sign;
    if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
        sign = digits.front();
        digits = withoutCurrency(digits.mid(1), currency);
    }
    if (parenthesized && sign.isEmpty())
        sign = QStringLiteral("-");
    QString grouped;
    for (const QChar c : std::as_const(digits)) {
        if (!c.isSpace()) // spaces group digits too, also no-break ones
            grouped += c;
    }
    // A comma only ever groups thousands: "1,5" is refused rather than read as 15 or 1.5.
    static const QRegularExpression thousands(QStringLiteral(R"(^\d{1,3}(,\d{3})+(\.\d*)?$)"));
    if (grouped.contains(u',') && !thousands.match(grouped).hasMatch()) {
        return Error{{},
                     HistoryCsv::tr("amount %1 is not a number: a comma must separate "
                                    "thousands, as in 1,234.50")
                         .arg(quoted(text))};
    }
    const QString plain = sign + grouped.remove(u',');

    const AmountText amount = parseAmountText(plain, minorDigits(currency));
    switch (amount.error) {
    case AmountTextError::None:
        break;
    case AmountTextError::NotANumber:
        return Error{{}, HistoryCsv::tr("amount %1 is not a number").arg(quoted(text))};
    case AmountTextError::TooManyDecimals:
        return Error{{},
                     HistoryCsv::tr("amount %1 has more decimal places than %2 has (%3)")
                         .arg(quoted(text), currency)
                         .arg(minorDigits(currency))};
    case AmountTextError::TooLarge:
        return Error{{}, HistoryCsv::tr("amount %1 is too large").arg(quoted(text))};
    }
    return Money{amount.minor, currency};
}

// Bad lines are all listed, but a file that is wrong throughout stops the list at a readable
// length and says how many more there are.
constexpr qsizetype maxListedProblems = 50;

QString problemList(const QStringList &problems)
{
    if (problems.size() <= maxListedProblems)
        return problems.join(QStringLiteral("; "));
    return problems.first(maxListedProblems).join(QStringLiteral("; ")) +
           HistoryCsv::tr("; and %1 more").arg(problems.size() - maxListedProblems);
}

// "3 \"Amount\"": a column by its number and name, as messages name it.
QString columnTitle(const QStringList &columns, qsizetype index)
{
    return QString::number(index + 1) + u' ' + quoted(columns.at(index));
}

void requireColumns(const HistoryColumnMapping &mapping, const TextRow &header,
                    const QString &place, QStringList &problems)
{
    QStringList found;
    for (const QString &field : header.cells) {
        if (!field.trimmed().isEmpty())
            found.append(field.trimmed());
    }
    const auto requireColumn = [&](Column column, const QString &examples) {
        if (mapping.column(column) < 0) {
            problems.append(
                HistoryCsv::tr("the file has no %1 column (expected a header such as "
                               "%2); %3 has: %4")
                    .arg(columnName(column), examples, place, found.join(QStringLiteral(", "))));
        }
    };
    requireColumn(Column::Month, QStringLiteral("month, 月份, 日期"));
    requireColumn(Column::Amount, QStringLiteral("amount, 金额, 销售额"));
}

// Which field each column holds, from the header's names; two columns of one field are a problem
// (the first is kept), as is a required field that no column names.
HistoryColumnMapping detectColumns(const TextRow &header, const QString &place,
                                   const QStringList &columns, QStringList &problems)
{
    HistoryColumnMapping mapping;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const std::optional<Column> column = columnOf(columns.at(i));
        if (!column)
            continue; // other columns (notes, customer...) are left alone
        const qsizetype first = mapping.column(*column);
        if (first >= 0) {
            problems.append(HistoryCsv::tr("%1: columns %2 and %3 are both the %4 column; "
                                           "remove or rename one")
                                .arg(place, columnTitle(columns, first), columnTitle(columns, i),
                                     columnName(*column)));
            continue;
        }
        mapping.setColumn(*column, i);
    }
    requireColumns(mapping, header, place, problems);
    return mapping;
}

// The caller's choice of columns: a column outside the header is none, a column feeds one field
// only, and the month and amount need one.
HistoryColumnMapping chosenColumns(HistoryColumnMapping mapping, const QStringList &columns,
                                   QStringList &problems)
{
    for (qsizetype &column : mapping.columns) {
        if (column < 0 || column >= columns.size())
            column = -1;
    }
    for (std::size_t a = 0; a < columnCount; ++a) {
        for (std::size_t b = a + 1; b < columnCount; ++b) {
            const qsizetype column = mapping.columns[a];
            if (column >= 0 && column == mapping.columns[b]) {
                problems.append(HistoryCsv::tr("column %1 is chosen for both the %2 and the %3; "
                                               "a column holds one of them")
                                    .arg(columnTitle(columns, column), columnName(Column(a)),
                                         columnName(Column(b))));
            }
        }
    }
    for (const Column required : {Column::Month, Column::Amount}) {
        if (mapping.column(required) < 0)
            problems.append(
                HistoryCsv::tr("choose the column that holds the %1").arg(columnName(required)));
    }
    return mapping;
}

// Which of the required columns a record names, and whether it names any column at all.
struct NamedColumns
{
    bool month = false;
    bool amount = false;
    bool any = false;
};

NamedColumns namedColumns(const TextRow &record)
{
    NamedColumns named;
    for (const QString &field : record.cells) {
        const std::optional<Column> column = columnOf(field);
        named.month = named.month || column == Column::Month;
        named.amount = named.amount || column == Column::Amount;
        named.any = named.any || column.has_value();
    }
    return named;
}

// Sheets often carry a title ("2025年销售明细") above the header; the header is the first of the
// first lines that names the month and amount columns, else the first that names any column
// (the others are then mapped by hand), else the first line.
qsizetype headerIndex(const QList<TextRow> &records)
{
    constexpr qsizetype searched = 10;
    const qsizetype count = qMin(searched, records.size());
    for (qsizetype i = 0; i < count; ++i) {
        const NamedColumns named = namedColumns(records.at(i));
        if (named.month && named.amount)
            return i;
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (namedColumns(records.at(i)).any)
            return i;
    }
    return 0;
}

// A total or subtotal row that a sheet adds below the data: it is no month's figure.
bool isTotalRow(const QString &monthText)
{
    static const QStringList totals{QStringLiteral("合计"),       QStringLiteral("合計"),
                                    QStringLiteral("总计"),       QStringLiteral("總計"),
                                    QStringLiteral("小计"),       QStringLiteral("小計"),
                                    QStringLiteral("total"),      QStringLiteral("subtotal"),
                                    QStringLiteral("grandtotal"), QStringLiteral("sum")};
    return totals.contains(normalizeHeader(monthText));
}

QString fieldOf(const TextRow &record, const HistoryColumnMapping &mapping, Column column)
{
    const qsizetype index = mapping.column(column);
    return index >= 0 && index < record.cells.size() ? record.cells.at(index).trimmed() : QString();
}

// Reads one row into `entry`; returns why it is refused, or nothing.
QStringList readRow(const TextRow &record, const HistoryColumnMapping &mapping,
                    const QString &currency, HistoryEntry &entry)
{
    QStringList reasons;
    const QString monthText = fieldOf(record, mapping, Column::Month);
    if (monthText.isEmpty()) {
        reasons.append(HistoryCsv::tr("month is empty"));
    } else if (const Result<QDate> month = parseMonth(monthText); month) {
        entry.month = *month;
    } else {
        reasons.append(month.error().reason);
    }
    const QString amountText = fieldOf(record, mapping, Column::Amount);
    if (amountText.isEmpty()) {
        reasons.append(HistoryCsv::tr("amount is empty"));
    } else if (const Result<Money> amount = parseAmount(amountText, currency); amount) {
        entry.amount = *amount;
    } else {
        reasons.append(amount.error().reason);
    }
    entry.region = fieldOf(record, mapping, Column::Region);
    entry.product = fieldOf(record, mapping, Column::Product);
    entry.member = fieldOf(record, mapping, Column::Member);
    return reasons;
}

// Reads the records below the header into the preview's rows and refused rows.
void readRows(const QList<TextRow> &records, qsizetype header, const QString &currency,
              HistoryPreview &preview)
{
    for (qsizetype r = header + 1; r < records.size(); ++r) {
        const TextRow &record = records.at(r);
        if (isTotalRow(fieldOf(record, preview.mapping, Column::Month)))
            continue;
        HistoryRow row{record.line, {}};
        const QStringList reasons = readRow(record, preview.mapping, currency, row.entry);
        if (reasons.isEmpty())
            preview.rows.append(row);
        else
            preview.refused.append({record.line, reasons});
    }
}

} // namespace

Result<HistoryPreview> previewHistory(const TextTable &table, const QString &currency,
                                      const std::optional<HistoryColumnMapping> &mapping)
{
    if (!isCurrencyCode(currency)) {
        return Error{
            HistoryCsv::tr("currency"),
            HistoryCsv::tr("%1 is not a three-letter currency code").arg(quoted(currency))};
    }
    const QList<TextRow> &records = table.rows;
    if (records.isEmpty())
        return Error{{}, HistoryCsv::tr("the file is empty")};

    const qsizetype header = headerIndex(records);
    HistoryPreview preview;
    preview.sheet = table.sheet;
    preview.headerLine = records.at(header).line;
    for (const QString &field : records.at(header).cells)
        preview.columns.append(field.trimmed());
    preview.mapping = mapping
                          ? chosenColumns(*mapping, preview.columns, preview.problems)
                          : detectColumns(records.at(header), preview.placeOf(preview.headerLine),
                                          preview.columns, preview.problems);
    if (preview.mapping.column(Column::Month) >= 0 && preview.mapping.column(Column::Amount) >= 0)
        readRows(records, header, currency, preview);
    return preview;
}

Result<HistoryPreview> previewHistoryCsv(const QByteArray &bytes, const QString &currency,
                                         const std::optional<HistoryColumnMapping> &mapping)
{
    const Result<CsvText> text = decodeCsv(bytes);
    if (!text)
        return text.error();
    const Result<CsvTable> table = splitCsv(text->text);
    if (!table)
        return table.error();
    Result<HistoryPreview> preview = previewHistory(table->table, currency, mapping);
    if (preview) {
        preview.value().encoding = text->encoding;
        preview.value().separator = table->separator;
    }
    return preview;
}

Result<QDate> parseHistoryMonth(const QString &text)
{
    return parseMonth(text.trimmed());
}

HistoryYears historyYears(const QList<HistoryRow> &rows, const Period &planYear)
{
    HistoryYears years;
    for (const HistoryRow &row : rows) {
        if (planYear.monthIndexOf(row.entry.month) >= 0)
            ++years.actuals;
        else if (row.entry.month < planYear.firstDay())
            ++years.earlier;
        else
            ++years.later;
    }
    return years;
}

QString historyYearsText(const HistoryYears &years, const Period &planYear)
{
    const QLocale locale;
    QString text = HistoryCsv::tr("Actuals of the plan year %1: %2; history of earlier years: %3.")
                       .arg(QString::number(planYear.year), locale.toString(years.actuals),
                            locale.toString(years.earlier));
    if (years.later > 0)
        text += u' ' + HistoryCsv::tr("%n row(s) fall after the plan year: nothing reads them.",
                                      nullptr, years.later);
    return text;
}

QList<HistoryEntry> historyEntries(const QList<HistoryRow> &rows, RowIdSource &ids)
{
    QList<HistoryEntry> entries;
    entries.reserve(rows.size());
    for (const HistoryRow &row : rows) {
        entries.append(row.entry);
        entries.back().id = ids.take();
    }
    return entries;
}

Result<QList<HistoryEntry>> importHistory(const HistoryPreview &preview, RowIdSource &ids)
{
    if (!preview.problems.isEmpty())
        return Error{{}, problemList(preview.problems)};
    QStringList problems;
    for (const HistoryRefusal &refusal : preview.refused) {
        for (const QString &reason : refusal.reasons)
            //: A refused row: "line 7: amount "abc" is not a number".
            problems.append(HistoryCsv::tr("%1: %2").arg(preview.placeOf(refusal.line), reason));
    }
    if (!problems.isEmpty())
        return Error{{}, problemList(problems)};
    if (preview.rows.isEmpty())
        return Error{{}, HistoryCsv::tr("the file has a header but no rows below it")};
    return historyEntries(preview.rows, ids);
}

Result<QList<HistoryEntry>> importHistoryCsv(const QByteArray &bytes, const QString &currency,
                                             RowIdSource &ids)
{
    const Result<HistoryPreview> preview = previewHistoryCsv(bytes, currency);
    if (!preview)
        return preview.error();
    return importHistory(*preview, ids);
}

} // namespace salesplan
