#include "exchange/xlsxbook.h"

#include "exchange/planworkbook.h"
#include "plan/format.h"
#include "plan/money.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace salesplan {

namespace {

constexpr lxw_color_t headerFill = 0xDDE6F0;
constexpr int minimumWidth = 6;
constexpr int widestColumn = 60;

QString quoted(const QString &text)
{
    QString inner = text;
    inner.remove(u'"');
    return u'"' + inner + u'"';
}

// The currency's sign as the locale writes it, trimmed: "¥", "US$", "CHF".
QString signOf(const QString &currency, const QLocale &locale)
{
    return currencySign(currency, locale).trimmed();
}

lxw_format *addFormat(lxw_workbook *book, const QString &numberFormat = {})
{
    lxw_format *format = workbook_add_format(book);
    if (!numberFormat.isEmpty())
        format_set_num_format(format, numberFormat.toUtf8().constData());
    return format;
}

void makeTotal(lxw_format *format)
{
    format_set_bold(format);
    format_set_top(format, LXW_BORDER_THIN);
}

XlsxFormats makeFormats(lxw_workbook *book, const QString &money)
{
    XlsxFormats formats;
    formats.title = addFormat(book);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    formats.note = addFormat(book);
    format_set_font_color(formats.note, 0x595959);
    formats.header = addFormat(book);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, headerFill);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.headerNumber = addFormat(book);
    format_set_bold(formats.headerNumber);
    format_set_bg_color(formats.headerNumber, headerFill);
    format_set_bottom(formats.headerNumber, LXW_BORDER_THIN);
    format_set_align(formats.headerNumber, LXW_ALIGN_RIGHT);
    formats.totalLabel = addFormat(book);
    makeTotal(formats.totalLabel);
    formats.money = addFormat(book, money);
    formats.moneyTotal = addFormat(book, money);
    makeTotal(formats.moneyTotal);
    formats.count = addFormat(book, QStringLiteral("#,##0"));
    formats.countTotal = addFormat(book, QStringLiteral("#,##0"));
    makeTotal(formats.countTotal);
    formats.decimal = addFormat(book, QStringLiteral("#,##0.0#"));
    formats.percent = addFormat(book, QStringLiteral("0.0%"));
    formats.percentTotal = addFormat(book, QStringLiteral("0.0%"));
    makeTotal(formats.percentTotal);
    formats.date = addFormat(book, QStringLiteral("yyyy-mm-dd"));
    return formats;
}

// A file name as libxlsxwriter opens it: UTF-8 on Windows (it converts to wide characters), the
// file system's encoding elsewhere.
QByteArray fileNameBytes(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

// A folder as libxlsxwriter's temporary files take it: it opens them with the narrow C library
// calls, which read the ANSI code page on Windows (not UTF-8, as for the workbook's own name).
QByteArray tempFolderBytes(const QString &folder)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(folder).toLocal8Bit();
#else
    return QFile::encodeName(folder);
#endif
}

QString columnName(int column)
{
    QString name;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        name.prepend(QChar(u'A' + (rest - 1) % 26));
    return name;
}

} // namespace

QString moneyNumberFormat(const QString &currency, const QLocale &locale, bool wanYi)
{
    const QString sign = quoted(signOf(currency, locale));
    const QString exact = sign + spreadsheetAmountFormat(currency);
    if (!wanYi)
        return exact;
    const QString yi = sign + QStringLiteral("0\\.00,,") + quoted(yiCharacter(locale));
    const QString wan = sign + QStringLiteral("0\\.0,") + quoted(wanCharacter(locale));
    return QStringLiteral("[>=100000000]") + yi + QStringLiteral(";[>=10000]") + wan + u';' + exact;
}

QString xlsxSheetName(const QString &name)
{
    static const QRegularExpression refused(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString cleaned = name;
    cleaned.replace(refused, QStringLiteral("-"));
    cleaned = cleaned.trimmed();
    if (cleaned.startsWith(u'\''))
        cleaned.remove(0, 1);
    return cleaned.left(LXW_SHEETNAME_MAX);
}

QString xlsxCell(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

QString xlsxRange(int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    return xlsxCell(firstRow, firstColumn) + u':' + xlsxCell(lastRow, lastColumn);
}

// --- XlsxBook -------------------------------------------------------------------------------

XlsxBook::XlsxBook(const QString &path, const QString &currency, const QLocale &locale, bool wanYi)
    : m_currency(currency)
    , m_locale(locale)
{
    // libxlsxwriter's own temporary files go beside the workbook, not to tmpfile(), which fails
    // for users who cannot write to the root of a Windows drive.
    QByteArray folder = tempFolderBytes(QFileInfo(path).absolutePath());
    lxw_workbook_options options{};
    options.tmpdir = folder.data();
    m_book = workbook_new_opt(fileNameBytes(path).constData(), &options);
    if (m_book)
        m_formats = makeFormats(m_book, moneyNumberFormat(currency, locale, wanYi));
}

XlsxBook::~XlsxBook()
{
    if (m_book)
        workbook_close(m_book);
}

void XlsxBook::setProperties(const QString &title, const QString &subject, const QString &author,
                             const QString &company)
{
    const QByteArray titleText = title.toUtf8();
    const QByteArray subjectText = subject.toUtf8();
    const QByteArray authorText = author.toUtf8();
    const QByteArray companyText = company.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(titleText.constData());
    properties.subject = const_cast<char *>(subjectText.constData());
    properties.author = const_cast<char *>(authorText.constData());
    properties.company = const_cast<char *>(companyText.constData());
    check(workbook_set_properties(m_book, &properties));
}

XlsxSheet XlsxBook::addSheet(const QString &name)
{
    QString sheetName = xlsxSheetName(name);
    for (int n = 2; m_sheetNames.contains(sheetName); ++n)
        sheetName = xlsxSheetName(name).left(LXW_SHEETNAME_MAX - 3) + QStringLiteral(" %1").arg(n);
    m_sheetNames.append(sheetName);
    return XlsxSheet(*this, workbook_add_worksheet(m_book, sheetName.toUtf8().constData()));
}

Status XlsxBook::close()
{
    const int closed = workbook_close(m_book);
    m_book = nullptr;
    check(closed);
    if (m_firstError != LXW_NO_ERROR)
        return Error{{},
                     PlanWorkbook::tr("the workbook could not be written (%1)")
                         .arg(QString::fromUtf8(lxw_strerror(lxw_error(m_firstError))))};
    return Success{};
}

void XlsxBook::check(int error)
{
    if (m_firstError == LXW_NO_ERROR)
        m_firstError = error;
}

// --- XlsxSheet ------------------------------------------------------------------------------

XlsxSheet::XlsxSheet(XlsxBook &book, lxw_worksheet *sheet)
    : m_book(&book)
    , m_sheet(sheet)
{
    if (!m_sheet)
        m_book->check(LXW_ERROR_MEMORY_MALLOC_FAILED);
}

void XlsxSheet::text(int row, int column, const QString &text, lxw_format *format)
{
    if (!m_sheet)
        return;
    if (text.isEmpty()) {
        if (format)
            m_book->check(
                worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format));
        return;
    }
    m_book->check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                         text.toUtf8().constData(), format));
    if (format != m_book->formats().title && format != m_book->formats().note)
        widen(column, text);
}

void XlsxSheet::header(int row, int column, const QString &text)
{
    this->text(row, column, text, m_book->formats().header);
}

void XlsxSheet::numberHeader(int row, int column, const QString &text)
{
    this->text(row, column, text, m_book->formats().headerNumber);
}

void XlsxSheet::totalLabel(int row, int column, const QString &text)
{
    this->text(row, column, text, m_book->formats().totalLabel);
}

void XlsxSheet::money(int row, int column, qint64 minor)
{
    if (!m_sheet)
        return;
    m_book->check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), units(minor),
                                         m_book->formats().money));
    widen(column, moneyText(minor));
}

void XlsxSheet::count(int row, int column, double value)
{
    if (!m_sheet)
        return;
    m_book->check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value,
                                         m_book->formats().count));
    widen(column, formatCount(value, 0, QLocale::c()));
}

void XlsxSheet::decimal(int row, int column, double value)
{
    if (!m_sheet)
        return;
    m_book->check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value,
                                         m_book->formats().decimal));
    widen(column, formatNumber(value, 2, QLocale::c()));
}

void XlsxSheet::number(int row, int column, double value)
{
    if (value == std::round(value))
        count(row, column, value);
    else
        decimal(row, column, value);
}

void XlsxSheet::percent(int row, int column, double fraction)
{
    if (!m_sheet)
        return;
    m_book->check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), fraction,
                                         m_book->formats().percent));
    widen(column, formatPercent(fraction, 1, QLocale::c()));
}

void XlsxSheet::date(int row, int column, const QDate &day)
{
    if (!m_sheet || !day.isValid())
        return;
    lxw_datetime excelDay{day.year(), day.month(), day.day(), 0, 0, 0.0};
    m_book->check(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &excelDay,
                                           m_book->formats().date));
    widen(column, day.toString(Qt::ISODate));
}

void XlsxSheet::formula(int row, int column, const QString &formula, double value,
                        lxw_format *format, const QString &shownAs)
{
    if (!m_sheet)
        return;
    m_book->check(worksheet_write_formula_num(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                              formula.toUtf8().constData(), format, value));
    widen(column, shownAs);
}

void XlsxSheet::moneySum(int row, int column, const QString &range, qint64 minor, bool total)
{
    formula(row, column, QStringLiteral("=SUM(%1)").arg(range), units(minor),
            total ? m_book->formats().moneyTotal : m_book->formats().money, moneyText(minor));
}

void XlsxSheet::countSum(int row, int column, const QString &range, double value)
{
    formula(row, column, QStringLiteral("=SUM(%1)").arg(range), value, m_book->formats().countTotal,
            formatCount(value, 0, QLocale::c()));
}

void XlsxSheet::freeze(int rows, int columns)
{
    if (m_sheet)
        worksheet_freeze_panes(m_sheet, lxw_row_t(rows), lxw_col_t(columns));
}

void XlsxSheet::finish()
{
    if (!m_sheet)
        return;
    // Printed, a sheet of twelve months fits the width of a landscape page.
    worksheet_set_landscape(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0);
    worksheet_repeat_rows(m_sheet, 0, 0);
    for (qsizetype column = 0; column < m_widths.size(); ++column) {
        const int width = std::clamp(m_widths.at(column) + 3, minimumWidth, widestColumn);
        m_book->check(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
                                           double(width), nullptr));
    }
}

int XlsxSheet::displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        // CJK, full-width forms and Hangul take two columns of the default font.
        const char16_t u = c.unicode();
        width += (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                         (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                         (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                         (u >= 0xFFE0 && u <= 0xFFE6)
                     ? 2
                     : 1;
    }
    return width;
}

void XlsxSheet::widen(int column, const QString &shownAs)
{
    if (m_widths.size() <= column)
        m_widths.resize(column + 1, 0);
    m_widths[column] = std::max(m_widths.at(column), displayWidth(shownAs));
}

double XlsxSheet::units(qint64 minor) const
{
    // Division is correctly rounded: the nearest double to the amount, exact to the cent.
    return double(minor) / double(minorPerMajor(m_book->currency()));
}

QString XlsxSheet::moneyText(qint64 minor) const
{
    static const QLocale grouped(QLocale::English);
    return signOf(m_book->currency(), m_book->locale()) +
           grouped.toString(units(minor), 'f', minorDigits(m_book->currency()));
}

} // namespace salesplan
