#include "pdftextrepair.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QRegularExpression>

#include <optional>

namespace salesplan::ui {

namespace {

using CodePointMap = QHash<char16_t, char16_t>;

// Object number → byte offset of "N 0 obj", from the classic cross-reference table Qt writes.
QHash<int, qsizetype> objectOffsets(const QByteArray &pdf)
{
    QHash<int, qsizetype> offsets;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return offsets;
    bool ok = false;
    const qsizetype xref =
        pdf.mid(startxref + 9, 32).simplified().split(' ').value(0).toLongLong(&ok);
    if (!ok || xref < 0 || !pdf.mid(xref, 4).startsWith("xref"))
        return offsets;
    qsizetype at = pdf.indexOf('\n', xref) + 1;
    while (at > 0 && at < pdf.size()) {
        const qsizetype lineEnd = pdf.indexOf('\n', at);
        const QList<QByteArray> header = pdf.mid(at, lineEnd - at).simplified().split(' ');
        bool firstOk = false;
        bool countOk = false;
        const int first = header.value(0).toInt(&firstOk);
        const int count = header.value(1).toInt(&countOk);
        if (header.size() != 2 || !firstOk || !countOk || lineEnd < 0)
            break; // "trailer"
        at = lineEnd + 1;
        for (int i = 0; i < count; ++i, at += 20) { // entries are 20 bytes each
            const QByteArray entry = pdf.mid(at, 20);
            if (entry.size() < 18)
                return {};
            if (entry.at(17) == 'n')
                offsets.insert(first + i, entry.left(10).toLongLong());
        }
    }
    return offsets;
}

// The installed font a PDF BaseFont name such as "NotoSansCJKsc-Bold" stands for.
std::optional<QRawFont> installedFont(QByteArray baseFont)
{
    if (baseFont.size() > 7 && baseFont.at(6) == '+') // a subset tag, "ABCDEF+Name"
        baseFont = baseFont.mid(7);
    const qsizetype dash = baseFont.indexOf('-');
    const QString family = QString::fromLatin1(dash < 0 ? baseFont : baseFont.left(dash));
    const bool bold = dash >= 0 && baseFont.mid(dash + 1).contains("Bold");
    for (const QString &candidate : QFontDatabase::families()) {
        QString squeezed = candidate;
        squeezed.remove(u' ');
        if (squeezed.compare(family, Qt::CaseInsensitive) != 0)
            continue;
        QFont font(candidate);
        font.setBold(bold);
        font.setPixelSize(64);
        const QRawFont raw = QRawFont::fromFont(font);
        if (raw.isValid() && raw.familyName() == candidate)
            return raw;
    }
    return std::nullopt;
}

QString codePoints(char16_t first, char16_t last)
{
    QString text;
    for (char32_t c = first; c <= last; ++c)
        text.append(QChar(char16_t(c)));
    return text;
}

// For the code points of `font` that Qt would wrongly pick for a glyph, the one to copy instead.
CodePointMap betterCodePoints(const QRawFont &font)
{
    const QString ideographs = codePoints(0x4E00, 0x9FFF) + codePoints(0x3400, 0x4DBF);
    const QList<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> ideographOfGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size(); ++i)
        if (ideographGlyphs.at(i) != 0 && !ideographOfGlyph.contains(ideographGlyphs.at(i)))
            ideographOfGlyph.insert(ideographGlyphs.at(i), ideographs.at(i).unicode());

    CodePointMap better;
    const QString radicals = codePoints(0x2E80, 0x2FDF);
    const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
        if (ideographOfGlyph.contains(radicalGlyphs.at(i)))
            better.insert(radicals.at(i).unicode(), ideographOfGlyph.value(radicalGlyphs.at(i)));

    const QString controls = QStringLiteral("\t\n\r ");
    const QList<quint32> controlGlyphs = font.glyphIndexesForString(controls);
    for (qsizetype i = 0; i + 1 < controlGlyphs.size(); ++i)
        if (controlGlyphs.at(i) != 0 && controlGlyphs.at(i) == controlGlyphs.last())
            better.insert(controls.at(i).unicode(), u' ');
    return better;
}

const CodePointMap &betterCodePointsOf(const QByteArray &baseFont)
{
    static QMutex mutex;
    static QHash<QByteArray, CodePointMap> known;
    const QMutexLocker lock(&mutex);
    auto found = known.find(baseFont);
    if (found == known.end()) {
        const std::optional<QRawFont> font = installedFont(baseFont);
        found = known.insert(baseFont, font ? betterCodePoints(*font) : CodePointMap{});
    }
    return *found;
}

// Replaces the four hex digits at `at` (after a '<') when the map has a better code point.
void repairCodePoint(QByteArray &pdf, qsizetype at, const CodePointMap &better)
{
    bool ok = false;
    const auto code = char16_t(pdf.mid(at, 4).toUShort(&ok, 16));
    if (!ok || pdf.at(at + 4) != '>' || !better.contains(code))
        return;
    const QByteArray hex =
        QByteArray::number(better.value(code), 16).toUpper().rightJustified(4, '0');
    pdf.replace(at, 4, hex);
}

// One "<from> <to> <unicode>" or "<from> <to> [<unicode> …]" line of a bfrange block. A range
// of several glyphs onto consecutive code points is left alone: its code points are implied.
void repairRangeLine(QByteArray &pdf, qsizetype line, qsizetype end, const CodePointMap &better)
{
    static const QRegularExpression range(QStringLiteral("^<([0-9A-F]{4})> <([0-9A-F]{4})> "));
    const QString head = QString::fromLatin1(pdf.mid(line, qMin<qsizetype>(14, end - line)));
    const auto match = range.match(head);
    if (!match.hasMatch())
        return;
    const qsizetype rest = line + 14;
    if (pdf.at(rest) == '[') {
        for (qsizetype at = pdf.indexOf('<', rest); at >= 0 && at < end;
             at = pdf.indexOf('<', at + 1))
            repairCodePoint(pdf, at + 1, better);
    } else if (match.captured(1) == match.captured(2) && pdf.at(rest) == '<') {
        repairCodePoint(pdf, rest + 1, better);
    }
}

void repairToUnicode(QByteArray &pdf, qsizetype object, const CodePointMap &better)
{
    const qsizetype end = pdf.indexOf("endobj", object);
    const qsizetype stream = pdf.indexOf("stream", object);
    if (end < 0 || stream < 0 || stream > end ||
        pdf.mid(object, stream - object).contains("/Filter"))
        return; // not a stream, or compressed: Qt writes the map as plain text
    const qsizetype dataEnd = pdf.indexOf("endstream", stream);
    for (qsizetype line = pdf.indexOf('\n', stream) + 1; line > 0 && line < dataEnd;) {
        qsizetype next = pdf.indexOf('\n', line);
        if (next < 0 || next > dataEnd)
            next = dataEnd;
        repairRangeLine(pdf, line, next, better);
        line = next + 1;
    }
}

} // namespace

QByteArray repairPdfText(QByteArray pdf)
{
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]()]+)"));
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    const QHash<int, qsizetype> objectAt = objectOffsets(pdf);
    for (const qsizetype offset : objectAt) {
        const qsizetype end = pdf.indexOf("endobj", offset);
        const qsizetype stream = pdf.indexOf("stream", offset);
        if (end < 0 || (stream >= 0 && stream < end))
            continue; // font dictionaries are not streams
        const QString object = QString::fromLatin1(pdf.mid(offset, end - offset));
        if (!object.contains(QStringLiteral("/Type0")))
            continue;
        const auto font = baseFont.match(object);
        const auto map = toUnicode.match(object);
        if (!font.hasMatch() || !map.hasMatch() || !objectAt.contains(map.captured(1).toInt()))
            continue;
        const CodePointMap &better = betterCodePointsOf(font.captured(1).toLatin1());
        if (!better.isEmpty())
            repairToUnicode(pdf, objectAt.value(map.captured(1).toInt()), better);
    }
    return pdf;
}

} // namespace salesplan::ui
