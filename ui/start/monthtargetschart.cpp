#include "monthtargetschart.h"

#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

#include <algorithm>

namespace salesplan::ui {

namespace {

void drawBars(QPainter &painter, const MonthValues &months, QSizeF size, const QPalette &palette)
{
    const qint64 largest = *std::max_element(months.begin(), months.end());
    const qreal slot = size.width() / qreal(months.size());
    const qreal gap = qMax(1.0, slot / 5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    for (std::size_t m = 0; m < months.size(); ++m) {
        const qreal share = largest > 0 ? qreal(months[m]) / qreal(largest) : 0.0;
        const qreal height = qMax(1.0, share * (size.height() - 1)); // an empty month: a line
        painter.drawRect(
            QRectF(qreal(m) * slot + gap / 2, size.height() - 1 - height, slot - gap, height));
    }
    painter.setPen(palette.color(QPalette::Mid)); // the base line the bars stand on
    painter.drawLine(QPointF(0, size.height() - 0.5), QPointF(size.width(), size.height() - 0.5));
}

} // namespace

QPixmap monthTargetsChart(const MonthValues &months, const QString &cacheKey, QSize size,
                          const QPalette &palette, qreal pixelRatio)
{
    const QString key = QStringLiteral("monthTargetsChart:%1:%2x%3@%4:%5")
                            .arg(cacheKey)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(pixelRatio)
                            .arg(palette.cacheKey());
    QPixmap chart;
    if (QPixmapCache::find(key, &chart))
        return chart;
    chart = QPixmap(size * pixelRatio);
    chart.setDevicePixelRatio(pixelRatio);
    chart.fill(Qt::transparent);
    QPainter painter(&chart);
    painter.setRenderHint(QPainter::Antialiasing);
    drawBars(painter, months, size, palette);
    painter.end();
    QPixmapCache::insert(key, chart);
    return chart;
}

} // namespace salesplan::ui
