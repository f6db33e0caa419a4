#include "reportwriter.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace salesplan::ui {

namespace {

constexpr double bodyPoints = 9.5;
constexpr double cellPaddingMm = 1.2;

} // namespace

ReportWriter::ReportWriter(QPagedPaintDevice *device, QPainter *painter, const QFont &baseFont,
                           const QString &headerText, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_base(baseFont)
    , m_headerText(headerText)
    , m_totalPages(totalPages)
{
    m_width = device->width();
    m_top = mm(10);
    m_bottom = device->height() - mm(10);
    startPage();
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

double ReportWriter::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, m_device);
    if (text.isEmpty())
        return metrics.height();
    return metrics
        .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      text)
        .height();
}

void ReportWriter::startPage()
{
    ++m_page;
    m_y = m_top;
    if (!m_painter)
        return;
    const QFont small = font(7.5);
    m_painter->save();
    m_painter->setFont(small);
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    const double band = mm(6);
    m_painter->drawText(QRectF(0, 0, m_width, band), Qt::AlignLeft | Qt::AlignTop, m_headerText);
    m_painter->drawLine(QPointF(0, band), QPointF(m_width, band));
    const double footerTop = m_device->height() - band;
    m_painter->drawLine(QPointF(0, footerTop), QPointF(m_width, footerTop));
    m_painter->drawText(QRectF(0, footerTop + mm(1), m_width, band), Qt::AlignRight | Qt::AlignTop,
                        QCoreApplication::translate("salesplan::ui::PlanReport", "page %1 of %2")
                            .arg(m_page)
                            .arg(m_totalPages));
    m_painter->restore();
}

void ReportWriter::newPage()
{
    if (m_painter)
        m_device->newPage();
    startPage();
}

void ReportWriter::ensureSpace(double height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void ReportWriter::space(double millimetres)
{
    m_y += mm(millimetres);
}

void ReportWriter::heading(const QString &text, int level)
{
    const QFont headingFont = font(level == 1 ? 15 : 11.5, true);
    const double height = textHeight(text, headingFont, m_width);
    space(level == 1 ? 4 : 2.5);
    // Keep a heading with at least a few lines of what follows it.
    ensureSpace(height + mm(level == 1 ? 40 : 20));
    if (m_painter) {
        m_painter->setFont(headingFont);
        m_painter->setPen(level == 1 ? QColor(0x00, 0x48, 0x7a) : QColor(0x22, 0x22, 0x22));
        m_painter->drawText(QRectF(0, m_y, m_width, height), Qt::TextWordWrap, text);
    }
    m_y += height + mm(level == 1 ? 2 : 1);
}

void ReportWriter::paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QFont body = font(bodyPoints);
    for (const QString &block : text.split(u'\n')) {
        QTextLayout layout(block, body, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<QTextLine> lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width);
            lines.append(line);
        }
        layout.endLayout();
        for (const QTextLine &line : lines) {
            ensureSpace(line.height());
            if (m_painter) {
                m_painter->setPen(Qt::black);
                line.draw(m_painter, QPointF(0, m_y - line.y()));
            }
            m_y += line.height();
        }
    }
    m_y += mm(1.5);
}

void ReportWriter::labelled(const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QFont labelFont = font(bodyPoints, true);
    const double height = textHeight(label, labelFont, m_width);
    ensureSpace(height * 3);
    if (m_painter) {
        m_painter->setFont(labelFont);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_width, height), Qt::AlignLeft, label);
    }
    m_y += height;
    paragraph(text);
}

double ReportWriter::rowHeight(const QStringList &cells, const QList<double> &widths,
                               bool header) const
{
    const QFont cellFont = font(8.5, header);
    const double padding = mm(cellPaddingMm);
    double height = 0;
    for (qsizetype i = 0; i < widths.size(); ++i)
        height = qMax(height, textHeight(cells.value(i), cellFont, widths.at(i) - 2 * padding));
    return height + 2 * padding;
}

void ReportWriter::drawTableRow(const QStringList &cells, const QList<double> &widths, bool header)
{
    const double height = rowHeight(cells, widths, header);
    if (m_painter) {
        const double padding = mm(cellPaddingMm);
        m_painter->save();
        if (header)
            m_painter->fillRect(QRectF(0, m_y, m_width, height), QColor(0xe8, 0xee, 0xf4));
        m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0));
        m_painter->drawLine(QPointF(0, m_y + height), QPointF(m_width, m_y + height));
        m_painter->setFont(font(8.5, header));
        m_painter->setPen(Qt::black);
        double x = 0;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            m_painter->drawText(QRectF(x + padding, m_y + padding, widths.at(i) - 2 * padding,
                                       height - 2 * padding),
                                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells.value(i));
            x += widths.at(i);
        }
        m_painter->restore();
    }
    m_y += height;
}

void ReportWriter::table(const QStringList &headers, const QList<QStringList> &rows,
                         const QList<double> &weights)
{
    if (rows.isEmpty())
        return;
    double totalWeight = 0;
    for (qsizetype i = 0; i < headers.size(); ++i)
        totalWeight += weights.value(i, 1.0);
    QList<double> widths;
    for (qsizetype i = 0; i < headers.size(); ++i)
        widths.append(m_width * weights.value(i, 1.0) / totalWeight);

    const double headerHeight = rowHeight(headers, widths, true);
    ensureSpace(headerHeight + rowHeight(rows.first(), widths, false));
    drawTableRow(headers, widths, true);
    for (const QStringList &row : rows) {
        const double height = rowHeight(row, widths, false);
        if (m_y + height > m_bottom) {
            newPage();
            drawTableRow(headers, widths, true);
        }
        drawTableRow(row, widths, false);
    }
    m_y += mm(3);
}

void ReportWriter::chart(QChart *chart, double heightRatio)
{
    const double height = m_width * heightRatio;
    ensureSpace(height);
    if (m_painter) {
        // Laid out at a screen-like size so fonts and margins keep their proportions, then
        // scaled onto the page as vectors.
        const QSizeF logical(760, 760 * heightRatio);
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), logical));
        scene.setSceneRect(QRectF(QPointF(0, 0), logical));
        scene.render(m_painter, QRectF(0, m_y, m_width, height), scene.sceneRect());
        scene.removeItem(chart);
    }
    m_y += height + mm(3);
}

void ReportWriter::centred(const QString &text, double pointSize, bool bold)
{
    if (text.isEmpty())
        return;
    const QFont coverFont = font(pointSize, bold);
    const double height = textHeight(text, coverFont, m_width);
    if (m_painter) {
        m_painter->setFont(coverFont);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_width, height), Qt::TextWordWrap | Qt::AlignHCenter,
                            text);
    }
    m_y += height + mm(2);
}

} // namespace salesplan::ui
