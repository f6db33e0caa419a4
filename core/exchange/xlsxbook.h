#pragma once

#include "plan/result.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// A thin layer over libxlsxwriter for the plan workbook: the workbook with the cell formats of
// one currency, and sheets that remember how wide each column's text is, so the columns are sized
// to it when the sheet is done. Rows and columns count from 0; money is given in minor units and
// written as a number of currency units in the currency's number format.
namespace salesplan {

class XlsxSheet;

// The cell formats of a workbook, made once and shared by its sheets.
struct XlsxFormats
{
    lxw_format *title = nullptr;
    lxw_format *note = nullptr;
    lxw_format *header = nullptr;
    lxw_format *headerNumber = nullptr; // a header over a column of figures, right-aligned
    lxw_format *totalLabel = nullptr;
    lxw_format *money = nullptr;
    lxw_format *moneyTotal = nullptr;
    lxw_format *count = nullptr;
    lxw_format *countTotal = nullptr;
    lxw_format *decimal = nullptr; // to two decimals
    lxw_format *percent = nullptr;
    lxw_format *percentTotal = nullptr;
    lxw_format *date = nullptr; // 2027-06-30, an Excel date
};

// The number format of money in `currency` as `locale` writes its sign: "¥"#,##0.00, or with
// `wanYi` amounts from 1万 shown in 万 to one decimal and from 1亿 in 亿 to two (Excel, WPS and
// LibreOffice scale by thousands only; the literal point before the last digit of the scaled
// figure makes 万 of it: 12,345,678 shows ¥1234.6万).
QString moneyNumberFormat(const QString &currency, const QLocale &locale, bool wanYi);

// A sheet name Excel accepts: none of []:*?/\, at most 31 characters.
QString xlsxSheetName(const QString &name);

// "B2" for row 1, column 1; "B2:B13" for a range.
QString xlsxCell(int row, int column);
QString xlsxRange(int firstRow, int firstColumn, int lastRow, int lastColumn);

// An .xlsx workbook being written to `path`: close() writes it out.
class XlsxBook
{
public:
    XlsxBook(const QString &path, const QString &currency, const QLocale &locale, bool wanYi);
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    // False when libxlsxwriter could not start the workbook (no memory or no temporary folder).
    bool isOpen() const { return m_book != nullptr; }
    void setProperties(const QString &title, const QString &subject, const QString &author,
                       const QString &company);
    // A new sheet, named by xlsxSheetName(name).
    XlsxSheet addSheet(const QString &name);
    // Writes the file; the first failure of any cell or of the file, in words.
    Status close();

    const XlsxFormats &formats() const { return m_formats; }
    const QString &currency() const { return m_currency; }
    const QLocale &locale() const { return m_locale; }
    // Records the first failure of a libxlsxwriter call.
    void check(int error);

private:
    lxw_workbook *m_book = nullptr;
    XlsxFormats m_formats;
    QString m_currency;
    QLocale m_locale;
    int m_firstError = 0;
    QList<QString> m_sheetNames;
};

// One worksheet of an XlsxBook. Columns are sized to their widest cell by finish().
class XlsxSheet
{
public:
    XlsxSheet(XlsxBook &book, lxw_worksheet *sheet);

    void text(int row, int column, const QString &text, lxw_format *format = nullptr);
    void header(int row, int column, const QString &text);
    void numberHeader(int row, int column, const QString &text);
    void totalLabel(int row, int column, const QString &text);
    void money(int row, int column, qint64 minor);
    void count(int row, int column, double value);
    void decimal(int row, int column, double value);
    // A count when `value` is whole, else a decimal.
    void number(int row, int column, double value);
    void percent(int row, int column, double fraction);
    // A day as an Excel date (a number sorted and filtered as a date); none is a blank cell.
    void date(int row, int column, const QDate &day);
    // A formula over cells of this sheet with the value it has now; `format` as the cells it
    // stands for. `shownAs` is its text for sizing the column.
    void formula(int row, int column, const QString &formula, double value, lxw_format *format,
                 const QString &shownAs);
    // =SUM(range) over money cells, whose total is `minor`; bold below a rule as a `total`.
    void moneySum(int row, int column, const QString &range, qint64 minor, bool total = true);
    // =SUM(range) over counts.
    void countSum(int row, int column, const QString &range, double value);

    // Rows above `rows` and columns left of `columns` stay in view.
    void freeze(int rows, int columns);
    // Sizes the columns to their widest text (CJK characters count double) and prints the sheet
    // one landscape page wide, its first row on every page.
    void finish();
    // How wide `text` shows, in characters of the default font.
    static int displayWidth(const QString &text);

private:
    void widen(int column, const QString &shownAs);
    double units(qint64 minor) const;
    QString moneyText(qint64 minor) const;

    XlsxBook *m_book;
    lxw_worksheet *m_sheet;
    QList<int> m_widths;
};

} // namespace salesplan
