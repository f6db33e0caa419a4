#include "unitsbarchart.h"

#include "plan/format.h"

#include <QPainter>

#include <algorithm>

namespace salesplan::ui {

namespace {

QColor topDownColor(const QPalette &palette)
{
    return palette.color(QPalette::Mid);
}

QColor bottomUpColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

} // namespace

UnitsBarChart::UnitsBarChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("targets.units.chart"));
    setAccessibleName(tr("Units: allocation against own target"));
    setMinimumHeight(220);
}

void UnitsBarChart::showConsolidation(const Consolidation &consolidation)
{
    m_consolidation = consolidation;
    update();
}

void UnitsBarChart::paintLegend(QPainter &painter, const QRect &area) const
{
    const int box = painter.fontMetrics().height() - 4;
    int x = area.left();
    const auto item = [&](const QColor &color, const QString &text) {
        painter.fillRect(QRect(x, area.top() + 2, box, box), color);
        x += box + 6;
        painter.drawText(QRect(x, area.top(), area.width(), area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += painter.fontMetrics().horizontalAdvance(text) + 18;
    };
    item(topDownColor(palette()), tr("Allocated (top-down)"));
    item(bottomUpColor(palette()), tr("Own target (bottom-up)"));
}

void UnitsBarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics = painter.fontMetrics();
    const int line = metrics.height();
    const QRect all = rect().adjusted(8, 4, -8, -4);
    paintLegend(painter, QRect(all.left(), all.top(), all.width(), line));
    const QList<UnitRow> &units = m_consolidation.units;
    if (units.isEmpty()) {
        painter.drawText(all, Qt::AlignCenter, tr("No units yet"));
        return;
    }
    qint64 largest = 1;
    for (const UnitRow &row : units)
        largest = std::max({largest, row.topDown, row.bottomUp.value_or(0)});
    const QRect plot(all.left(), all.top() + line + 8, all.width(), all.height() - 3 * line - 12);
    const int slot = plot.width() / int(units.size());
    const int bar = std::clamp(slot / 4, 8, 60);
    const QString &currency = m_consolidation.currency;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const UnitRow &row = units.at(i);
        const int centre = plot.left() + int(i) * slot + slot / 2;
        const auto heightOf = [&](qint64 value) {
            return int(double(plot.height() - 2 * line) * double(value) / double(largest));
        };
        // Two labels of bars of about one height would overlap: the left one goes a line up.
        const int topDownHeight = heightOf(row.topDown);
        const int bottomUpHeight = row.bottomUp ? heightOf(*row.bottomUp) : -2 * line;
        const int lift = std::abs(topDownHeight - bottomUpHeight) < line ? line : 0;
        const auto drawBar = [&](int left, qint64 value, int height, int raise,
                                 const QColor &color) {
            const QRect shape(left, plot.bottom() - height, bar, height);
            painter.fillRect(shape, color);
            painter.drawText(
                QRect(left + bar / 2 - slot / 4, shape.top() - line - raise, slot / 2, line),
                Qt::AlignCenter, formatPlanAmount(value, currency));
        };
        drawBar(centre - bar - 2, row.topDown, topDownHeight, lift, topDownColor(palette()));
        if (row.bottomUp)
            drawBar(centre + 2, *row.bottomUp, bottomUpHeight, 0, bottomUpColor(palette()));
        else
            painter.drawText(QRect(centre + 2, plot.top(), slot / 2 - 4, plot.height()),
                             Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                             unitStatusText(row.status));
        painter.drawText(QRect(centre - slot / 2, plot.bottom() + 4, slot, line), Qt::AlignCenter,
                         metrics.elidedText(row.name, Qt::ElideRight, slot - 4));
    }
    painter.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom());
}

} // namespace salesplan::ui
