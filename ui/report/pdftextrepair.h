#pragma once

#include <QByteArray>

namespace salesplan::ui {

// Makes the text of a PDF written by QPdfWriter copy and search as it was drawn.
//
// Qt's PDF engine writes each embedded font's ToUnicode map (glyph → character, what a reader
// copies and searches) by taking, for each glyph, the lowest code point the font maps to it.
// CJK fonts such as Noto Sans CJK / Source Han Sans map the Kangxi and CJK radicals
// (U+2E80–U+2FDF) to the very glyphs of the ideographs, so "高" comes out as "⾼" (U+2FBC) and a
// search for "目标" finds nothing. Given the PDF's bytes, this rewrites such entries to the
// ideograph the same font maps to that glyph, and control characters that share the space's
// glyph to a space. Every entry keeps its length, so no offset in the file moves. A PDF it does
// not understand, or whose fonts are not installed, comes back unchanged.
QByteArray repairPdfText(QByteArray pdf);

} // namespace salesplan::ui
