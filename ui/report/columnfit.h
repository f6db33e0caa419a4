#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPaintDevice;
QT_END_NAMESPACE

namespace salesplan::ui {

// What a table column holds, measured in device units: how narrow it can be without breaking a
// word (its longest word), how wide it would be with no line wrapped (its longest line), and how
// much text it holds (all its lines end to end).
struct ColumnExtent
{
    double narrowest = 0;
    double widest = 0;
    double length = 0;
};

// The extent of a column holding `texts` drawn in `font` on `device`.
ColumnExtent measureColumn(const QStringList &texts, const QFont &font, QPaintDevice *device);

// Column widths that share `width` the way a reader wants a table of records laid out: when
// every line fits unbroken, each column gets room in proportion to its longest line; otherwise
// each gets its longest word, and the room left goes by how much text each column holds, none
// wider than its longest line. When even the words do not fit, by the longest words.
QList<double> fitColumns(const QList<ColumnExtent> &columns, double width);

} // namespace salesplan::ui
