#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace salesplan {

namespace {

struct CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

QString decodeWith(QStringDecoder &decoder, QByteArrayView bytes, bool *failed)
{
    QString text = decoder(bytes);
    *failed = decoder.hasError();
    return text;
}

// The separator used most outside quotes in the first line that has one (the header, or a title
// line above it that a spreadsheet padded with empty cells); comma when there is none.
QChar detectSeparator(QStringView text)
{
    qsizetype comma = 0;
    qsizetype semicolon = 0;
    qsizetype tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            if (comma + semicolon + tab > 0)
                break;
        } else if (c == u',') {
            ++comma;
        } else if (c == u';') {
            ++semicolon;
        } else if (c == u'\t') {
            ++tab;
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<CsvText> decodeCsv(const QByteArray &bytes)
{
    bool failed = false;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        const QString text = decodeWith(utf16, QByteArrayView(bytes).sliced(2), &failed);
        if (failed)
            return Error{{}, CsvReader::tr("the file is not valid UTF-16 text")};
        return CsvText{text, QStringLiteral("UTF-16")};
    }

    const QByteArrayView body =
        bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decodeWith(utf8, body, &failed);
    if (!failed)
        return CsvText{text, QStringLiteral("UTF-8")};

    // Not UTF-8: what Chinese Excel and WPS write, GBK, which GB18030 contains.
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid()) {
        return Error{{},
                     CsvReader::tr("the file is not UTF-8, and this SalesPlan cannot read GBK or "
                                   "GB18030; save it as \"CSV UTF-8\" and import it again")};
    }
    text = decodeWith(gb18030, body, &failed);
    if (failed) {
        return Error{{},
                     CsvReader::tr("the file is neither UTF-8 nor GBK/GB18030 text; save it as "
                                   "\"CSV UTF-8\" and import it again")};
    }
    return CsvText{text, QStringLiteral("GB18030")};
}

Result<CsvTable> splitCsv(const QString &input)
{
    const QStringView text =
        input.startsWith(QChar(0xFEFF)) ? QStringView(input).mid(1) : QStringView(input);
    CsvTable table;
    table.separator = detectSeparator(text);

    int line = 1;
    TextRow record{line, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    int quoteLine = 0;      // where the open quote began
    bool fieldDone = false; // a quoted field has ended; text after it is appended as is

    const auto endRecord = [&](int nextLine) {
        record.cells.append(field);
        if (!isBlank(record.cells))
            table.table.rows.append(record);
        record = TextRow{nextLine, {}};
        field.clear();
        fieldDone = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    fieldDone = true;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !fieldDone) {
            quoted = true;
            quoteLine = line;
            field.clear(); // spaces before the opening quote are not part of the field
        } else if (c == table.separator) {
            record.cells.append(field);
            field.clear();
            fieldDone = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else {
            field += c;
        }
    }
    if (quoted) {
        return Error{
            {},
            CsvReader::tr("line %1: a quoted field is not closed; a \" is missing").arg(quoteLine)};
    }
    endRecord(line);
    return table;
}

} // namespace salesplan
