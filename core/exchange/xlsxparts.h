#pragma once

#include "plan/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QXmlStreamReader;

// The parts of an .xlsx workbook that say how to read its sheets: which sheets it has and where
// they are, its date system, its shared strings and which cell styles show dates.
namespace salesplan {

class XlsxPackage;

struct XlsxSheetPart
{
    QString name; // as its tab shows it
    QString part; // "xl/worksheets/sheet1.xml"
};

struct XlsxWorkbook
{
    QList<XlsxSheetPart> sheets; // the worksheets in the order of their tabs
    bool date1904 = false;       // dates count days from 1904-01-01, not from 1900
    QString sharedStringsPart;   // empty when it has none
    QString stylesPart;          // empty when it has none
};

Result<XlsxWorkbook> readXlsxWorkbook(const XlsxPackage &package);

// The shared strings by index; a string of rich text runs is their text joined.
Result<QStringList> readXlsxSharedStrings(const XlsxPackage &package, const QString &part);

// For each cell style (the s attribute of a cell), whether it shows a number as a date or time.
Result<std::vector<bool>> readXlsxDateStyles(const XlsxPackage &package, const QString &part);

// The text of a string item (<si> or <is>) whose start `xml` has just read: its <t>, or its rich
// text runs' <t> joined, without the phonetic reading (<rPh>) Japanese sheets add.
QString readXlsxStringItem(QXmlStreamReader &xml);

// Whether a number format code shows a date or time: a y, m, d or h outside quotes and brackets.
bool isDateFormatCode(const QString &code);

} // namespace salesplan
