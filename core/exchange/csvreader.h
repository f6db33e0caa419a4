#pragma once

#include "exchange/texttable.h"
#include "plan/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the CSV files spreadsheets write: the encoding (UTF-8 with or without a byte order mark,
// UTF-16 with one, or the GB18030/GBK of Chinese Excel and WPS), the separator, and RFC 4180
// records with quoted fields.
namespace salesplan {

struct CsvText
{
    QString text;     // without a byte order mark
    QString encoding; // "UTF-8", "UTF-16" or "GB18030"
};

// UTF-16 when a byte order mark says so, else UTF-8 when the bytes are valid UTF-8, else GB18030
// (a superset of GBK and GB2312).
Result<CsvText> decodeCsv(const QByteArray &bytes);

struct CsvTable
{
    QChar separator = u',';
    TextTable table; // a row a record; blank lines and records of empty fields left out
};

// Splits text into records. The separator is the one of comma, semicolon or tab that occurs most
// often in the first non-blank line (the header). Fields are quoted with ", which doubles inside
// quotes; a quoted field may hold separators and line breaks. Lines end in LF, CRLF or CR.
Result<CsvTable> splitCsv(const QString &text);

} // namespace salesplan
