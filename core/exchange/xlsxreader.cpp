#include "exchange/xlsxreader.h"

#include "exchange/xlsxpackage.h"
#include "exchange/xlsxparts.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <vector>

namespace salesplan {

namespace {

struct XlsxReaderWords
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

// Cells a sheet may hold, blank ones between them counted: enough for any history, and a bound
// on the memory a sheet with a cell far to the right of many rows would take.
constexpr qsizetype maxCells = 5'000'000;
// The most cells merged ranges fill in all: headers and titles take a few dozen.
constexpr qint64 maxMergedFill = 100'000;
constexpr int maxColumns = 16384; // XFD, Excel's last column
constexpr int maxRows = 1048576;  // Excel's last row

// What the cells of a sheet are read with.
struct CellContext
{
    const QStringList &sharedStrings;
    const std::vector<bool> &dateStyles;
    bool date1904 = false;
};

struct CellPosition
{
    int row = 0;    // from 1
    int column = 0; // from 0
};

// "AB12" -> row 12, column 27; row 0 or column -1 when the reference lacks it or it lies beyond
// Excel's last row or column.
CellPosition cellPosition(QStringView reference)
{
    CellPosition position{0, -1};
    qsizetype i = 0;
    int column = 0;
    for (; i < reference.size() && column <= maxColumns; ++i) {
        const char16_t letter = reference.at(i).toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            break;
        column = column * 26 + (letter - u'A' + 1);
    }
    if (i > 0 && column <= maxColumns)
        position.column = column - 1;
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    position.row = ok && row > 0 && row <= maxRows ? row : 0;
    return position;
}

// Whether a number is written in at most 15 digits without an exponent, as Excel shows it.
bool isPlainNumber(QStringView value)
{
    int digits = 0;
    for (const QChar c : value) {
        if (c.isDigit())
            ++digits;
        else if (c != u'.' && c != u'-')
            return false;
    }
    return digits > 0 && digits <= 15;
}

// The digits Excel shows for a number, at most 15 significant ones ("1234.5", "100",
// "0.3" for 0.30000000000000004), never in exponent form.
QString numberText(QStringView value)
{
    if (isPlainNumber(value))
        return value.toString(); // what most cells hold: no need to round or reformat
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value.toString();
    const double shown = QString::number(number, 'g', 15).toDouble();
    return QString::number(shown, 'f', QLocale::FloatingPointShortest);
}

// A date serial as its day: days since 1899-12-31 in the 1900 system, where Excel counts a
// 29 February 1900 that never was (serial 60), or since 1904-01-01 in the 1904 system.
QString dateText(QStringView value, bool date1904)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok || serial < 1 || serial > 2958465) // 9999-12-31
        return numberText(value);
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    if (days == 60)
        return QStringLiteral("1900-02-29");
    return QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
}

// The text of the cell whose <c> start `xml` has just read, with its attributes; reads up to its
// end.
QString cellText(QXmlStreamReader &xml, const QXmlStreamAttributes &attributes,
                 const CellContext &context)
{
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            value = readXlsxStringItem(xml);
        else
            xml.skipCurrentElement(); // a formula: its cached value is in <v>
    }
    if (type == u"s") {
        const qsizetype index = value.toLongLong();
        return index >= 0 && index < context.sharedStrings.size() ? context.sharedStrings.at(index)
                                                                  : QString();
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"inlineStr" || type == u"e" || type == u"d")
        return value; // text, an error such as #DIV/0!, an ISO 8601 date
    if (value.isEmpty())
        return value;
    const bool isDate = style >= 0 && std::size_t(style) < context.dateStyles.size() &&
                        context.dateStyles[std::size_t(style)];
    return isDate ? dateText(value, context.date1904) : numberText(value);
}

struct CellRange
{
    CellPosition first;
    CellPosition last;
};

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// The rows of a sheet as they are read: blank rows are never stored, so a sheet of a million
// formatted but empty rows costs no memory.
class SheetRows
{
public:
    Status add(int row, int column, const QString &text)
    {
        if (isBlank(text) || column < 0)
            return Success{};
        if (m_rows.isEmpty() || m_rows.back().line != row)
            m_rows.append(TextRow{row, {}});
        QStringList &cells = m_rows.back().cells;
        if (column >= cells.size()) {
            m_cells += column + 1 - cells.size();
            if (m_cells > maxCells) {
                return Error{
                    {},
                    XlsxReaderWords::tr("the sheet has more than %1 cells; SalesPlan reads "
                                        "smaller sheets")
                        .arg(QLocale().toString(maxCells))};
            }
            cells.resize(column + 1);
        }
        cells[column] = text;
        return Success{};
    }

    // Gives every cell of each merged range the value of its first cell, so a header merged
    // over two rows or columns names the column in each; at most maxMergedFill cells in all, so
    // a sheet of many merged ranges cannot grow without end.
    void fillMerged(const QList<CellRange> &ranges)
    {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const TextRow &a, const TextRow &b) { return a.line < b.line; });
        qint64 filled = 0;
        for (const CellRange &range : ranges) {
            const QString value = cell(range.first.row, range.first.column);
            if (value.isEmpty())
                continue;
            for (int row = range.first.row; row <= range.last.row; ++row) {
                for (int column = range.first.column; column <= range.last.column; ++column) {
                    if (++filled > maxMergedFill)
                        return;
                    setCell(row, column, value);
                }
            }
        }
    }

    QList<TextRow> take() { return std::move(m_rows); }

private:
    TextRow *findRow(int row)
    {
        const auto found =
            std::lower_bound(m_rows.begin(), m_rows.end(), row,
                             [](const TextRow &a, int line) { return a.line < line; });
        return found != m_rows.end() && found->line == row ? &*found : nullptr;
    }

    QString cell(int row, int column)
    {
        const TextRow *found = findRow(row);
        return found ? found->cells.value(column) : QString();
    }

    void setCell(int row, int column, const QString &value)
    {
        TextRow *found = findRow(row);
        if (!found) {
            const auto at =
                std::lower_bound(m_rows.begin(), m_rows.end(), row,
                                 [](const TextRow &a, int line) { return a.line < line; });
            found = &*m_rows.insert(at, TextRow{row, {}});
        }
        if (column >= found->cells.size())
            found->cells.resize(column + 1);
        found->cells[column] = value;
    }

    QList<TextRow> m_rows;
    qsizetype m_cells = 0;
};

// Merged ranges larger than this are left as they are: a header spans a few cells, and a range
// over the whole sheet must not fill it.
constexpr qint64 maxMergedCells = 10'000;

std::optional<CellRange> mergedRange(QStringView reference)
{
    const qsizetype colon = reference.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const CellRange range{cellPosition(reference.left(colon)),
                          cellPosition(reference.mid(colon + 1))};
    if (range.first.row <= 0 || range.first.column < 0 || range.last.row < range.first.row ||
        range.last.column < range.first.column)
        return std::nullopt;
    const qint64 cells =
        qint64(range.last.row - range.first.row + 1) * (range.last.column - range.first.column + 1);
    if (cells > maxMergedCells)
        return std::nullopt;
    return range;
}

Result<QList<TextRow>> readSheetRows(const QByteArray &bytes, const QString &part,
                                     const CellContext &context)
{
    SheetRows rows;
    QList<CellRange> merged;
    QXmlStreamReader xml(bytes);
    int row = 0;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const int numbered = xml.attributes().value(QLatin1String("r")).toInt();
            row = numbered > 0 && numbered <= maxRows ? numbered : row + 1;
            column = -1;
        } else if (xml.name() == u"c") {
            const QXmlStreamAttributes attributes = xml.attributes();
            const CellPosition position = cellPosition(attributes.value(QLatin1String("r")));
            column = position.column >= 0 ? position.column : column + 1;
            if (const Status added = rows.add(row, column, cellText(xml, attributes, context));
                !added)
                return added.error();
        } else if (xml.name() == u"mergeCell") {
            if (const auto range = mergedRange(xml.attributes().value(QLatin1String("ref"))))
                merged.append(*range);
        }
    }
    if (xml.hasError()) {
        return Error{{},
                     XlsxReaderWords::tr("the workbook's part %1 is damaged (%2 at line %3)")
                         .arg(part, xml.errorString())
                         .arg(xml.lineNumber())};
    }
    rows.fillMerged(merged);
    return rows.take();
}

Result<XlsxSheetPart> chosenSheet(const XlsxWorkbook &workbook, const QString &name)
{
    if (name.isEmpty())
        return workbook.sheets.first();
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const XlsxSheetPart &sheet : workbook.sheets) {
            if (sheet.name.compare(name, sensitivity) == 0)
                return sheet;
        }
    }
    QStringList names;
    for (const XlsxSheetPart &sheet : workbook.sheets)
        names.append(u'"' + sheet.name + u'"');
    return Error{{},
                 XlsxReaderWords::tr("the workbook has no sheet \"%1\"; its sheets are %2")
                     .arg(name, names.join(QStringLiteral(", ")))};
}

// A workbook's package with its workbook part read.
struct OpenedWorkbook
{
    std::shared_ptr<XlsxPackage> package;
    XlsxWorkbook workbook;

    QStringList sheetNames() const
    {
        QStringList names;
        for (const XlsxSheetPart &sheet : workbook.sheets)
            names.append(sheet.name);
        return names;
    }
};

Result<OpenedWorkbook> openWorkbook(const QByteArray &bytes)
{
    const auto package = XlsxPackage::open(bytes);
    if (!package)
        return package.error();
    const Result<XlsxWorkbook> workbook = readXlsxWorkbook(**package);
    if (!workbook)
        return workbook.error();
    return OpenedWorkbook{*package, *workbook};
}

} // namespace

Result<QStringList> readXlsxSheetNames(const QByteArray &bytes)
{
    const Result<OpenedWorkbook> opened = openWorkbook(bytes);
    if (!opened)
        return opened.error();
    return opened->sheetNames();
}

Result<XlsxTable> readXlsxTable(const QByteArray &bytes, const QString &sheetName)
{
    const Result<OpenedWorkbook> opened = openWorkbook(bytes);
    if (!opened)
        return opened.error();
    const XlsxPackage &package = *opened->package;
    const XlsxWorkbook &workbook = opened->workbook;
    const Result<XlsxSheetPart> sheet = chosenSheet(workbook, sheetName);
    if (!sheet)
        return sheet.error();
    const Result<QByteArray> sheetBytes = package.read(sheet->part);
    if (!sheetBytes)
        return sheetBytes.error();
    const Result<QStringList> strings = readXlsxSharedStrings(package, workbook.sharedStringsPart);
    if (!strings)
        return strings.error();
    const Result<std::vector<bool>> dateStyles = readXlsxDateStyles(package, workbook.stylesPart);
    if (!dateStyles)
        return dateStyles.error();

    const Result<QList<TextRow>> rows =
        readSheetRows(*sheetBytes, sheet->part, {*strings, *dateStyles, workbook.date1904});
    if (!rows)
        return rows.error();
    XlsxTable table;
    table.sheets = opened->sheetNames();
    table.table.sheet = sheet->name;
    table.table.rows = *rows;
    return table;
}

} // namespace salesplan
