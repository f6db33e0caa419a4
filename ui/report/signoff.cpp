#include "signoff.h"

#include "plan/approval.h"
#include "plan/format.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>
#include <QStringList>

namespace salesplan::ui {

void SignOff::draw(QPainter &painter, const QRectF &area, const PlanInfo &info)
{
    const QStringList roles{tr("Prepared by"), tr("Reviewed by"), tr("Approved by")};
    QStringList names{info.author, QString(), QString()};
    QStringList dates{QString(), QString(), QString()};
    if (const std::optional<StatusChange> approval = currentApproval(info)) {
        names[2] = approval->by;
        dates[2] = formatDay(approval->date);
    }
    drawRows(painter, area, roles, names, dates);
}

void SignOff::drawRows(QPainter &painter, const QRectF &area, const QStringList &roles,
                       const QStringList &names, const QStringList &dates)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double rowHeight = area.height() / double(roles.size());
    const double line = metrics.height();
    // Columns: the role, the name, the signature, the date.
    const QList<double> starts{0, 0.2, 0.45, 0.78};
    const QStringList captions{QString(), tr("Name"), tr("Signature"), tr("Date")};
    for (int row = 0; row < roles.size(); ++row) {
        const double baseline = area.top() + (row + 1) * rowHeight - 1.6 * line;
        const auto x = [&](int column) {
            return area.left() + area.width() * starts.at(column);
        };
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x(0), baseline - line, x(1) - x(0), line),
                         Qt::AlignLeft | Qt::AlignBottom, roles.at(row));
        painter.drawText(QRectF(x(1), baseline - line, x(2) - x(1), line),
                         Qt::AlignLeft | Qt::AlignBottom, names.value(row));
        painter.drawText(QRectF(x(3), baseline - line, area.right() - x(3), line),
                         Qt::AlignLeft | Qt::AlignBottom, dates.value(row));
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
        for (int column = 1; column < 4; ++column) {
            const double right = column < 3 ? x(column + 1) - line : area.right();
            painter.drawLine(QPointF(x(column), baseline), QPointF(right, baseline));
            painter.drawText(QRectF(x(column), baseline + line * 0.2, right - x(column), line),
                             Qt::AlignLeft | Qt::AlignTop, captions.at(column));
        }
    }
}

} // namespace salesplan::ui
