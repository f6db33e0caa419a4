#include "textlayout.h"

#include <QList>

namespace salesplan::textlayout {

namespace {

// True for characters a terminal draws two columns wide (CJK ideographs, kana, hangul, full-width
// forms), so Chinese labels line up with English ones.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

QString padded(const QString &text, int columns)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return text + QString(qMax(0, columns - width), u' ');
}

QString line(const QString &label, const QString &value)
{
    return QStringLiteral("  %1  %2\n").arg(padded(label, 28), value);
}

QString sectionTitle(const QString &title)
{
    return u'\n' + title + u'\n';
}

} // namespace salesplan::textlayout
