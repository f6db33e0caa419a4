#include "reportwriter.h"

#include "columnfit.h"
#include "reportcharts.h"
#include "textblock.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <string>

#include <optional>

namespace salesplan::ui {

namespace {

constexpr double bodyPoints = 9.5;
constexpr double cellPoints = 8.5;
constexpr double cellPaddingMm = 1.2;
constexpr double swatchMm = 2.2;     // a column's colour square, before each cell's text
constexpr double swatchRoomMm = 3.4; // the square and the gap after it
constexpr double fitSlackMm = 0.5;   // keeps a line measured to fit from wrapping after rounding
constexpr double bandMm = 6.0;       // the header's and the footer's height
constexpr double contentGapMm = 4.0; // between the bands and the content
constexpr double chartLogicalWidth = 760; // charts are laid out at a screen-like size,
constexpr double pairLogicalWidth = 1000; // a row of charts on a wider one, so labels fit
constexpr double minimumChartShare = 0.8;
const QColor headingColour(0x00, 0x48, 0x7a);
const QColor ruleColour(0xbb, 0xbb, 0xbb);
const QColor headerFill(0xe8, 0xee, 0xf4);
constexpr double headerUnbrokenMm = 22; // a header up to this wide is never broken

// Whether a cell carries its column's colour square: a filled cell of the body.
bool hasSwatch(const TableColumn &column, const QString &text, bool body)
{
    return body && column.swatchFor(text).isValid();
}

} // namespace

// The columns' widths and the header row of the table being written.
struct ReportWriter::TableLayout
{
    QList<TableColumn> columns;
    QList<double> widths;
    double width = 0;
    Row header;
    double headerHeight = 0;
    // "(continued)", above the header on each page after the first.
    std::optional<TextBlock> continued;
};

ReportWriter::ReportWriter(QPagedPaintDevice *device, QPainter *painter, const QFont &baseFont,
                           const QString &headerText, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_base(baseFont)
    , m_headerText(headerText)
    , m_totalPages(totalPages)
{
    m_width = device->width();
    m_top = mm(bandMm + contentGapMm);
    m_bottom = device->height() - mm(bandMm + contentGapMm);
    startPage();
}

void ReportWriter::setProgress(std::function<bool(int, int)> progress)
{
    m_progress = std::move(progress);
}

double ReportWriter::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont ReportWriter::font(double pointSize, bool bold) const
{
    QFont result = m_base;
    result.setPointSizeF(pointSize);
    result.setBold(bold);
    return result;
}

// --- pages -------------------------------------------------------------------------------------

void ReportWriter::startPage()
{
    ++m_page;
    m_y = m_top;
    if (!m_painter)
        return;
    drawHeader();
}

void ReportWriter::drawHeader()
{
    const QFont headerFont = font(7.5);
    // A long plan name is cut short on one line rather than run into the margin.
    const QString shown =
        QFontMetricsF(headerFont, m_device)
            .elidedText(drawableText(m_headerText, headerFont, m_device), Qt::ElideRight, m_width);
    m_painter->save();
    m_painter->setFont(headerFont);
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    const double band = mm(bandMm);
    m_painter->drawText(QRectF(0, 0, m_width, band), Qt::AlignLeft | Qt::AlignTop, shown);
    m_painter->setPen(QPen(ruleColour, 0));
    m_painter->drawLine(QPointF(0, band), QPointF(m_width, band));
    m_painter->restore();
}

void ReportWriter::drawFooter()
{
    const double band = mm(bandMm);
    const double footerTop = m_device->height() - band;
    m_painter->save();
    m_painter->setFont(font(7.5));
    m_painter->setPen(QPen(ruleColour, 0));
    m_painter->drawLine(QPointF(0, footerTop), QPointF(m_width, footerTop));
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    const QString pageText =
        QCoreApplication::translate("salesplan::ui::PlanReport", "page %1 of %2")
            .arg(m_page)
            .arg(m_totalPages);
    const QRectF line(0, footerTop + mm(1), m_width, band);
    m_painter->drawText(line, Qt::AlignRight | Qt::AlignTop, pageText);
    // The note keeps a gap before the page number, whatever its length.
    const double pageWidth = QFontMetricsF(m_painter->font(), m_device).horizontalAdvance(pageText);
    drawFooterNote(line.adjusted(0, 0, -(pageWidth + mm(5)), 0));
    m_painter->restore();
}

void ReportWriter::drawFooterNote(const QRectF &room)
{
    if (m_footerNote.isEmpty() || room.width() <= 0)
        return;
    const QFont noteFont = m_painter->font();
    const QString shown = QFontMetricsF(noteFont, m_device)
                              .elidedText(drawableText(m_footerNote, noteFont, m_device),
                                          Qt::ElideRight, room.width());
    m_painter->drawText(room, Qt::AlignLeft | Qt::AlignTop, shown);
}

void ReportWriter::drawWatermark()
{
    if (!m_painter || m_watermark.isEmpty())
        return;
    // On top of the page, pale enough that what is under it stays readable.
    m_painter->save();
    QFont big = font(72, true);
    m_painter->setFont(big);
    m_painter->setPen(QColor(0xc8, 0x32, 0x32, 40));
    const QPointF centre(m_width / 2, m_device->height() / 2);
    m_painter->translate(centre);
    m_painter->rotate(-45);
    const QRectF box(-m_device->height() / 2, -mm(20), m_device->height(), mm(40));
    m_painter->drawText(box, Qt::AlignCenter, m_watermark);
    m_painter->restore();
}

void ReportWriter::endPage()
{
    // The footer comes as the page ends, so a note set after the first page began is on it too.
    if (m_painter)
        drawFooter();
    drawWatermark();
    if (m_painter && m_progress && !m_progress(m_page, m_totalPages))
        m_cancelled = true;
}

void ReportWriter::breakPage()
{
    endPage();
    if (m_cancelled)
        return;
    if (m_painter)
        m_device->newPage();
    startPage();
}

void ReportWriter::newPage()
{
    if (m_cancelled)
        return;
    placeHeadings(0);
    breakPage();
}

void ReportWriter::finish()
{
    if (m_cancelled)
        return;
    placeHeadings(0);
    endPage();
}

void ReportWriter::ensureSpace(double height)
{
    if (height > roomLeft() && !atPageTop())
        breakPage();
}

void ReportWriter::space(double millimetres)
{
    m_y += mm(millimetres);
}

// --- headings ----------------------------------------------------------------------------------

void ReportWriter::heading(const QString &text, int level)
{
    if (!m_cancelled)
        m_pending.append({text, level});
}

double ReportWriter::headingHeight(const PendingHeading &heading) const
{
    const TextBlock block(heading.text, font(heading.level == 1 ? 15 : 11.5, true), m_width,
                          Qt::AlignLeft, m_device);
    return mm(heading.level == 1 ? 7 : 3.5) + block.height() + mm(heading.level == 1 ? 3 : 1.2);
}

void ReportWriter::placeHeadings(double followingHeight)
{
    if (m_pending.isEmpty())
        return;
    double height = followingHeight;
    for (const PendingHeading &heading : std::as_const(m_pending))
        height += headingHeight(heading);
    ensureSpace(height);
    const QList<PendingHeading> pending = std::exchange(m_pending, {});
    for (const PendingHeading &heading : pending)
        drawHeading(heading);
}

void ReportWriter::drawHeading(const PendingHeading &heading)
{
    const bool top = heading.level == 1;
    const TextBlock block(heading.text, font(top ? 15 : 11.5, true), m_width, Qt::AlignLeft,
                          m_device);
    if (!atPageTop())
        m_y += mm(top ? 7 : 3.5);
    m_headings.append({heading.text, m_page});
    if (m_painter) {
        m_navigation.headings.append({heading.text, heading.level, m_page, m_y});
        m_painter->save();
        m_painter->setPen(top ? headingColour : QColor(0x22, 0x22, 0x22));
        block.draw(m_painter, QPointF(0, m_y));
        if (top) {
            m_painter->setPen(QPen(headingColour, mm(0.3)));
            const double rule = m_y + block.height() + mm(0.8);
            m_painter->drawLine(QPointF(0, rule), QPointF(m_width, rule));
        }
        m_painter->restore();
    }
    m_y += block.height() + mm(top ? 3 : 1.2);
}

// --- text --------------------------------------------------------------------------------------

void ReportWriter::paragraph(const QString &text)
{
    if (m_cancelled || text.trimmed().isEmpty())
        return;
    const TextBlock block(text, font(bodyPoints), m_width, Qt::AlignLeft, m_device);
    placeHeadings(block.height(0, 2));
    int first = 0;
    while (first < block.lineCount() && !m_cancelled) {
        int count = block.linesFitting(first, roomLeft());
        // No line alone at the foot of a page when more follow; at least one on a fresh page.
        if (count == 1 && block.lineCount() - first > 1 && !atPageTop())
            count = 0;
        if (count == 0 && atPageTop())
            count = 1;
        if (count == 0) {
            breakPage();
            continue;
        }
        if (m_painter) {
            m_painter->setPen(Qt::black);
            block.draw(m_painter, QPointF(0, m_y), first, count);
        }
        m_y += block.height(first, count);
        first += count;
        if (first < block.lineCount())
            breakPage();
    }
    m_y += mm(1.5);
}

void ReportWriter::labelled(const QString &label, const QString &text)
{
    if (m_cancelled || text.trimmed().isEmpty())
        return;
    const TextBlock labelBlock(label, font(bodyPoints, true), m_width, Qt::AlignLeft, m_device);
    const TextBlock start(text, font(bodyPoints), m_width, Qt::AlignLeft, m_device);
    const double keep = labelBlock.height() + start.height(0, 2);
    placeHeadings(keep);
    ensureSpace(keep);
    if (m_painter) {
        m_painter->setPen(Qt::black);
        labelBlock.draw(m_painter, QPointF(0, m_y));
    }
    m_y += labelBlock.height();
    paragraph(text);
}

void ReportWriter::centred(const QString &text, double pointSize, bool bold)
{
    if (m_cancelled || text.isEmpty())
        return;
    constexpr int mostLines = 3;
    const QFont lineFont = font(pointSize, bold);
    const QString whole = drawableText(text, lineFont, m_device);
    TextBlock block(whole, lineFont, m_width, Qt::AlignHCenter, m_device);
    // What does not fit on the lines allowed is cut short, a little more each time as the words
    // wrap differently.
    const QFontMetricsF metrics(lineFont, m_device);
    for (double room = m_width * mostLines; block.lineCount() > mostLines; room *= 0.95) {
        block = TextBlock(metrics.elidedText(whole, Qt::ElideRight, room), lineFont, m_width,
                          Qt::AlignHCenter, m_device);
    }
    if (m_painter) {
        m_painter->setPen(Qt::black);
        block.draw(m_painter, QPointF(0, m_y));
    }
    m_y += block.height() + mm(2);
}

void ReportWriter::contentsLine(const QString &title, int page)
{
    if (m_cancelled)
        return;
    const QFont lineFont = font(10.5);
    const QFontMetricsF metrics(lineFont, m_device);
    const double height = metrics.height() * 1.6;
    placeHeadings(height);
    ensureSpace(height);
    if (m_painter) {
        m_navigation.links.append({m_page, QRectF(0, m_y, m_width, height), title});
        // The page number in a column of its own, so every layout pass gives the same lines.
        const double numberWidth = metrics.horizontalAdvance(QStringLiteral("0000"));
        const double gap = metrics.horizontalAdvance(u' ') * 2;
        const double titleRoom = m_width - numberWidth - 3 * gap;
        const QString shown = metrics.elidedText(title, Qt::ElideRight, titleRoom);
        const double leaderStart = metrics.horizontalAdvance(shown) + gap;
        const double leaderEnd = m_width - numberWidth - gap;
        const double dot = metrics.horizontalAdvance(QStringLiteral(" ."));
        const int dots = dot > 0 ? int((leaderEnd - leaderStart) / dot) : 0;
        m_painter->save();
        m_painter->setFont(lineFont);
        m_painter->setPen(Qt::black);
        const QRectF line(0, m_y, m_width, height);
        m_painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, shown);
        m_painter->drawText(QRectF(0, m_y, leaderEnd, height), Qt::AlignRight | Qt::AlignVCenter,
                            QStringLiteral(" .").repeated(qMax(dots, 0)));
        m_painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(page));
        m_painter->restore();
    }
    m_y += height;
}

void ReportWriter::drawing(double heightMm, const Drawing &draw)
{
    if (m_cancelled)
        return;
    const double height = mm(heightMm);
    placeHeadings(height);
    ensureSpace(height);
    if (m_painter) {
        m_painter->save();
        m_painter->setFont(font(cellPoints));
        m_painter->setPen(Qt::black);
        draw(*m_painter, QRectF(0, m_y, m_width, height));
        m_painter->restore();
    }
    m_y += height + mm(3);
}

// --- tables ------------------------------------------------------------------------------------

ReportWriter::Row ReportWriter::rowCells(const TableLayout &table, const QStringList &cells,
                                         RowKind kind) const
{
    const QFont cellFont = font(cellPoints, kind != RowKind::Body);
    const double padding = mm(cellPaddingMm);
    Row row;
    row.reserve(size_t(table.columns.size()));
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const TableColumn &column = table.columns.at(i);
        const Qt::Alignment alignment = column.numeric ? Qt::AlignRight : Qt::AlignLeft;
        const double swatch =
            hasSwatch(column, cells.value(i), kind == RowKind::Body) ? mm(swatchRoomMm) : 0.0;
        row.emplace_back(cells.value(i), cellFont, table.widths.at(i) - 2 * padding - swatch,
                         alignment, m_device);
    }
    return row;
}

double ReportWriter::rowHeight(const Row &cells) const
{
    double height = 0;
    for (const TextBlock &cell : cells)
        height = qMax(height, cell.height());
    return height + 2 * mm(cellPaddingMm);
}

double ReportWriter::tableHeight(const TableLayout &table, const QList<QStringList> &rows,
                                 LastRow lastRow) const
{
    double height = table.headerHeight;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool total = lastRow == LastRow::Total && i + 1 == rows.size();
        height += rowHeight(rowCells(table, rows.at(i), total ? RowKind::Total : RowKind::Body));
    }
    return height;
}

void ReportWriter::drawRowSlice(const TableLayout &table, const Row &cells, RowKind kind,
                                const QList<int> &first, const QList<int> &counts, double height)
{
    if (!m_painter)
        return;
    const double padding = mm(cellPaddingMm);
    m_painter->save();
    if (kind == RowKind::Header)
        m_painter->fillRect(QRectF(0, m_y, table.width, height), headerFill);
    if (kind == RowKind::Total) {
        m_painter->setPen(QPen(Qt::black, mm(0.25)));
        m_painter->drawLine(QPointF(0, m_y), QPointF(table.width, m_y));
    }
    m_painter->setPen(QPen(ruleColour, 0));
    m_painter->drawLine(QPointF(0, m_y + height), QPointF(table.width, m_y + height));
    m_painter->setPen(Qt::black);
    const double lineHeight = QFontMetricsF(font(cellPoints), m_device).height();
    double x = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
        const qsizetype column = qsizetype(i);
        double textX = x + padding;
        if (hasSwatch(table.columns.at(column), cells[i].text(), kind == RowKind::Body)) {
            if (first.at(column) == 0) {
                const double side = mm(swatchMm);
                m_painter->fillRect(
                    QRectF(textX, m_y + padding + (lineHeight - side) / 2, side, side),
                    table.columns.at(column).swatchFor(cells[i].text()));
            }
            textX += mm(swatchRoomMm);
        }
        cells[i].draw(m_painter, QPointF(textX, m_y + padding), first.at(column),
                      counts.at(column));
        x += table.widths.at(column);
    }
    m_painter->restore();
}

void ReportWriter::continueTable(const TableLayout &table)
{
    breakPage();
    if (m_cancelled)
        return;
    if (m_painter) {
        m_painter->save();
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        table.continued->draw(m_painter, QPointF(0, m_y));
        m_painter->restore();
    }
    m_y += table.continued->height();
    drawWholeRow(table, table.header, RowKind::Header);
}

void ReportWriter::drawWholeRow(const TableLayout &table, const Row &cells, RowKind kind)
{
    const double height = rowHeight(cells);
    QList<int> first(qsizetype(cells.size()), 0);
    QList<int> counts;
    for (const TextBlock &cell : cells)
        counts.append(cell.lineCount());
    drawRowSlice(table, cells, kind, first, counts, height);
    m_y += height;
}

void ReportWriter::tableRow(const TableLayout &table, const Row &cells, RowKind kind)
{
    const double height = rowHeight(cells);
    const double pageRoom = m_bottom - m_top - table.headerHeight - table.continued->height();
    // A row that fits on a page is never split; a taller one starts where there is some room.
    if (height > roomLeft() && (height <= pageRoom || roomLeft() < mm(15)))
        continueTable(table);
    if (m_cancelled)
        return;
    if (height > roomLeft()) {
        splitTableRow(table, cells, kind);
        return;
    }
    drawWholeRow(table, cells, kind);
}

void ReportWriter::splitTableRow(const TableLayout &table, const Row &cells, RowKind kind)
{
    const double padding = mm(cellPaddingMm);
    QList<int> first(qsizetype(cells.size()), 0);
    bool freshPage = false;
    while (!m_cancelled) {
        QList<int> counts;
        bool progress = false;
        for (size_t i = 0; i < cells.size(); ++i) {
            int count = cells[i].linesFitting(first.at(qsizetype(i)), roomLeft() - 2 * padding);
            // A line taller than a whole page is clipped rather than never placed.
            if (count == 0 && freshPage && first.at(qsizetype(i)) < cells[i].lineCount())
                count = 1;
            counts.append(count);
            progress = progress || count > 0;
        }
        if (progress) {
            double height = 0;
            for (size_t i = 0; i < cells.size(); ++i)
                height =
                    qMax(height, cells[i].height(first.at(qsizetype(i)), counts.at(qsizetype(i))));
            height = qMin(height + 2 * padding, roomLeft());
            drawRowSlice(table, cells, kind, first, counts, height);
            m_y += height;
            for (qsizetype i = 0; i < first.size(); ++i)
                first[i] += counts.at(i);
        }
        bool done = true;
        for (size_t i = 0; i < cells.size(); ++i)
            done = done && first.at(qsizetype(i)) >= cells[i].lineCount();
        if (done)
            return;
        continueTable(table);
        freshPage = true;
    }
}

void ReportWriter::fittedTable(QList<TableColumn> columns, const QList<QStringList> &rows,
                               LastRow lastRow)
{
    if (m_cancelled || rows.isEmpty() || columns.isEmpty())
        return;
    const double padding = 2 * mm(cellPaddingMm) + mm(fitSlackMm);
    QList<ColumnExtent> extents;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QStringList cells;
        for (const QStringList &row : rows)
            cells.append(row.value(i));
        // Measured bold, as the header and a total row are written.
        const ColumnExtent body =
            measureColumn(cells, font(cellPoints, lastRow == LastRow::Total), m_device);
        const ColumnExtent header =
            measureColumn({columns.at(i).header}, font(cellPoints, true), m_device);
        // A header is a short label: broken only when it is long ("可能/性" reads badly).
        const double headerNarrowest =
            header.widest <= mm(headerUnbrokenMm) ? header.widest : header.narrowest;
        const double swatch = columns.at(i).swatch.isValid() || !columns.at(i).swatches.isEmpty()
                                  ? mm(swatchRoomMm)
                                  : 0.0;
        extents.append({qMax(body.narrowest + swatch, headerNarrowest) + padding,
                        qMax(body.widest + swatch, header.widest) + padding, body.length});
    }
    const QList<double> widths = fitColumns(extents, m_width);
    for (qsizetype i = 0; i < columns.size(); ++i)
        columns[i].weight = widths.at(i);
    table(columns, rows, 1.0, lastRow);
}

void ReportWriter::table(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                         double widthShare, LastRow lastRow)
{
    if (m_cancelled || rows.isEmpty() || columns.isEmpty())
        return;
    const TableLayout table = tableLayout(columns, widthShare);

    // A table shorter than half a page goes whole to the next page rather than split; a longer
    // one starts where its header and two rows fit, not at the foot of a page.
    const double whole = tableHeight(table, rows, lastRow);
    double start = table.headerHeight + rowHeight(rowCells(table, rows.first(), RowKind::Body));
    if (rows.size() > 1)
        start += rowHeight(rowCells(table, rows.at(1), RowKind::Body));
    start = qMin(start, table.headerHeight + mm(40));
    if (whole <= (m_bottom - m_top) / 2)
        start = whole;
    placeHeadings(start);
    ensureSpace(start);
    drawWholeRow(table, table.header, RowKind::Header);
    const auto kindOf = [&](qsizetype i) {
        return lastRow == LastRow::Total && i + 1 == rows.size() ? RowKind::Total : RowKind::Body;
    };
    Row row = rowCells(table, rows.first(), kindOf(0));
    for (qsizetype i = 0; i < rows.size() && !m_cancelled; ++i) {
        Row next = i + 1 < rows.size() ? rowCells(table, rows.at(i + 1), kindOf(i + 1)) : Row{};
        // The last row does not go to a new page alone: the one before goes with it.
        const bool lastTwo = i >= 1 && i + 2 == rows.size();
        const double both = rowHeight(row) + rowHeight(next);
        if (lastTwo && rowHeight(row) <= roomLeft() && both > roomLeft() &&
            both <= m_bottom - m_top - table.headerHeight - table.continued->height())
            continueTable(table);
        tableRow(table, row, kindOf(i));
        row = std::move(next);
    }
    m_y += mm(3);
}

// --- texts -------------------------------------------------------------------------------------

QString drawableText(const QString &text, const QFont &font, QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device); // the font's fallbacks (Symbola for emoji) count
    std::u32string kept;
    for (const char32_t character : QStringView(text).toUcs4())
        if (!QChar::isPrint(character) || character == U' ' || metrics.inFontUcs4(character))
            kept.push_back(character);
    static const QRegularExpression doubledSpace(QStringLiteral(" {2,}"));
    return QString::fromStdU32String(kept).replace(doubledSpace, QStringLiteral(" ")).trimmed();
}

// --- charts ------------------------------------------------------------------------------------

void hideInvisibleText(QGraphicsScene &scene)
{
    const QList<QGraphicsItem *> items = scene.items();
    for (QGraphicsItem *item : items) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (text && text->defaultTextColor().alpha() == 0)
            text->setVisible(false);
    }
}

void ReportWriter::charts(const QList<QChart *> &charts, double heightRatio,
                          const QList<double> &weights, const QString &takeaway)
{
    if (m_cancelled || charts.isEmpty() || charts.contains(nullptr))
        return;
    // A chart gives up to a fifth of its height rather than leave the rest of a page empty.
    const double fullHeight = m_width * heightRatio;
    const TextBlock title(takeaway, font(cellPoints, true), m_width, Qt::AlignLeft, m_device);
    const double titleHeight = takeaway.isEmpty() ? 0 : title.height() + mm(1);
    placeHeadings(titleHeight + fullHeight * minimumChartShare);
    ensureSpace(titleHeight + fullHeight * minimumChartShare);
    if (m_painter && !takeaway.isEmpty()) {
        m_painter->setPen(QColor(0x22, 0x22, 0x22));
        title.draw(m_painter, QPointF(0, m_y));
    }
    m_y += titleHeight;
    const double height = qMin(fullHeight, roomLeft());
    if (m_painter) {
        // Weights beyond the charts leave room empty on the right.
        double totalWeight = 0;
        for (qsizetype i = 0; i < qMax(charts.size(), weights.size()); ++i)
            totalWeight += weights.value(i, 1.0);
        const double scale = m_width / (charts.size() > 1 ? pairLogicalWidth : chartLogicalWidth);
        double x = 0;
        for (qsizetype i = 0; i < charts.size(); ++i) {
            const double width = m_width * weights.value(i, 1.0) / totalWeight;
            // Laid out at a screen-like size so fonts and margins keep their proportions, then
            // scaled onto the page as vectors.
            const QSizeF logical(width / scale, height / scale);
            useReportFont(charts.at(i), m_base);
            QGraphicsScene scene;
            scene.addItem(charts.at(i));
            charts.at(i)->setGeometry(QRectF(QPointF(0, 0), logical));
            scene.setSceneRect(QRectF(QPointF(0, 0), logical));
            hideInvisibleText(scene);
            scene.render(m_painter, QRectF(x, m_y, width, height), scene.sceneRect());
            scene.removeItem(charts.at(i));
            x += width;
        }
    }
    m_y += height + mm(3);
}

// --- links -------------------------------------------------------------------------------------

ReportWriter::TableLayout ReportWriter::tableLayout(const QList<TableColumn> &columns,
                                                    double widthShare) const
{
    TableLayout layout;
    layout.columns = columns;
    double totalWeight = 0;
    for (const TableColumn &column : columns)
        totalWeight += column.weight;
    QStringList headers;
    for (const TableColumn &column : columns) {
        layout.widths.append(m_width * widthShare * column.weight / totalWeight);
        headers.append(column.header);
    }
    layout.width = m_width * widthShare;
    layout.header = rowCells(layout, headers, RowKind::Header);
    layout.headerHeight = rowHeight(layout.header);
    layout.continued.emplace(
        QCoreApplication::translate("salesplan::ui::PlanReport", "(continued)"),
        font(cellPoints - 1), layout.width, Qt::AlignLeft, m_device);
    return layout;
}

void ReportWriter::linkedTable(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                               int linkColumn, const QStringList &targets)
{
    if (m_cancelled || rows.isEmpty() || columns.isEmpty())
        return;
    const TableLayout layout = tableLayout(columns, 1.0);
    QList<double> heights;
    double total = layout.headerHeight;
    for (const QStringList &row : rows) {
        heights.append(rowHeight(rowCells(layout, row, RowKind::Body)));
        total += heights.last();
    }
    // Started where it fits whole, so each row is where its link says.
    placeHeadings(total);
    ensureSpace(total);
    const int page = m_page;
    double y = m_y + layout.headerHeight;
    table(columns, rows);
    if (!m_painter || m_page != page)
        return;
    double x = 0;
    for (int i = 0; i < linkColumn && i < layout.widths.size(); ++i)
        x += layout.widths.at(i);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!targets.value(i).isEmpty())
            m_navigation.links.append({page,
                                       QRectF(x, y, layout.widths.value(linkColumn), heights.at(i)),
                                       targets.at(i)});
        y += heights.at(i);
    }
}

} // namespace salesplan::ui
