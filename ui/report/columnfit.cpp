#include "columnfit.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>

namespace salesplan::ui {

namespace {

// The extent of one line of text: its widest piece between two places a line may break (a
// space, or between two ideographs) and its whole width.
ColumnExtent measureLine(const QString &line, const QFontMetricsF &metrics)
{
    double narrowest = 0;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, line);
    qsizetype start = 0;
    while (breaks.toNextBoundary() >= 0) {
        const qsizetype end = breaks.position();
        narrowest =
            qMax(narrowest, metrics.horizontalAdvance(line.mid(start, end - start).trimmed()));
        start = end;
    }
    const double whole = metrics.horizontalAdvance(line);
    return {narrowest, whole, whole};
}

double sum(const QList<double> &values)
{
    double total = 0;
    for (double value : values)
        total += value;
    return total;
}

} // namespace

ColumnExtent measureColumn(const QStringList &texts, const QFont &font, QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    ColumnExtent extent;
    for (const QString &text : texts) {
        for (const QString &line : text.split(u'\n')) {
            const ColumnExtent lineExtent = measureLine(line, metrics);
            extent.narrowest = qMax(extent.narrowest, lineExtent.narrowest);
            extent.widest = qMax(extent.widest, lineExtent.widest);
            extent.length += lineExtent.length;
        }
    }
    return extent;
}

QList<double> fitColumns(const QList<ColumnExtent> &columns, double width)
{
    QList<double> widest, narrowest, lengths;
    for (const ColumnExtent &column : columns) {
        widest.append(qMax(column.widest, 1.0));
        narrowest.append(qMin(qMax(column.narrowest, 1.0), widest.last()));
        lengths.append(qMax(column.length, 1.0));
    }
    QList<double> widths;
    if (sum(widest) <= width) {
        for (double wanted : widest)
            widths.append(wanted * width / sum(widest));
        return widths;
    }
    if (sum(narrowest) >= width) {
        for (double least : narrowest)
            widths.append(least * width / sum(narrowest));
        return widths;
    }
    // Every column gets its longest word; the room left goes by how much text each holds, and a
    // column given all its longest line needs passes what it does not need on to the others.
    widths = narrowest;
    QList<bool> full(columns.size(), false);
    for (double spare = width - sum(narrowest); spare > 0;) {
        double openLength = 0;
        for (qsizetype i = 0; i < columns.size(); ++i)
            openLength += full.at(i) ? 0.0 : lengths.at(i);
        bool filled = false;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (!full.at(i) && widths.at(i) + spare * lengths.at(i) / openLength >= widest.at(i)) {
                spare -= widest.at(i) - widths.at(i);
                widths[i] = widest.at(i);
                full[i] = filled = true;
            }
        }
        if (filled)
            continue;
        for (qsizetype i = 0; i < columns.size(); ++i)
            widths[i] += full.at(i) ? 0.0 : spare * lengths.at(i) / openLength;
        break;
    }
    return widths;
}

} // namespace salesplan::ui
