#include "attainmentlight.h"

#include "report/statuscolours.h"
#include "summary/planreview.h"

#include <QPainter>
#include <QPixmap>

namespace salesplan::ui {

QColor lightColour(Light light)
{
    return StatusColour::forLight(light, QColor(0x9a, 0x9a, 0x9a));
}

QIcon lightIcon(Light light, int side)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(lightColour(light));
    const qreal margin = side * 0.15;
    painter.drawEllipse(QRectF(margin, margin, side - 2 * margin, side - 2 * margin));
    return QIcon(pixmap);
}

QString lightHtml(Light light)
{
    return QStringLiteral("<span style='color:%1'>●</span>&nbsp;%2")
        .arg(lightColour(light).name(), lightName(light).toHtmlEscaped());
}

} // namespace salesplan::ui
