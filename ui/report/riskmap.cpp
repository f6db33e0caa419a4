#include "riskmap.h"

#include "statuscolours.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

namespace salesplan::ui {

namespace {

constexpr int gridSize = 5;

// Green, amber and red, with lightness far enough apart to tell them apart in greyscale.
QColor scoreColour(int score)
{
    if (score <= 4)
        return StatusColour::paleGreen();
    if (score <= 9)
        return StatusColour::amber();
    return StatusColour::red();
}

// The labels of the risks in the cell of `likelihood` and `impact`.
QStringList cellLabels(const QList<Risk> &risks, int likelihood, int impact)
{
    QStringList labels;
    for (qsizetype i = 0; i < risks.size(); ++i)
        if (qBound(1, risks.at(i).likelihood, gridSize) == likelihood &&
            qBound(1, risks.at(i).impact, gridSize) == impact)
            labels.append(RiskMap::label(i));
    return labels;
}

// The dots of one cell, side by side and wrapping, each a white disc with its label.
void drawDots(QPainter &painter, const QRectF &cell, const QStringList &labels)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double diameter = metrics.horizontalAdvance(QStringLiteral("R00")) * 1.25;
    const int perRow = qMax(1, int(cell.width() / (diameter * 1.1)));
    const int rows = int((labels.size() + perRow - 1) / perRow);
    const double top = cell.center().y() - rows * diameter * 1.1 / 2;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int row = int(i / perRow);
        const int inRow = int(qMin<qsizetype>(perRow, labels.size() - row * perRow));
        const double left = cell.center().x() - inRow * diameter * 1.1 / 2;
        const QRectF dot(left + double(i % perRow) * diameter * 1.1, top + row * diameter * 1.1,
                         diameter, diameter);
        painter.setPen(QPen(Qt::black, 0));
        painter.setBrush(Qt::white);
        painter.drawEllipse(dot);
        painter.drawText(dot, Qt::AlignCenter, labels.at(i));
    }
}

} // namespace

QString RiskMap::label(qsizetype index)
{
    return QStringLiteral("R%1").arg(index + 1);
}

void RiskMap::draw(QPainter &painter, const QRectF &area, const QList<Risk> &risks)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double line = metrics.height();
    // Room on the left for the impact axis and below for the likelihood axis.
    const double side = qMin(area.height() - 3 * line, area.width() * 0.6);
    const QRectF grid(area.center().x() - side / 2 + line, area.top(), side, side);
    const double cell = side / gridSize;
    for (int likelihood = 1; likelihood <= gridSize; ++likelihood) {
        for (int impact = 1; impact <= gridSize; ++impact) {
            const QRectF box(grid.left() + (likelihood - 1) * cell, grid.bottom() - impact * cell,
                             cell, cell);
            painter.fillRect(box, scoreColour(likelihood * impact));
            painter.setPen(QPen(Qt::white, 0));
            painter.setBrush(Qt::NoBrush); // the dots drawn before left theirs set
            painter.drawRect(box);
            drawDots(painter, box, cellLabels(risks, likelihood, impact));
        }
    }
    painter.setPen(Qt::black);
    for (int i = 1; i <= gridSize; ++i) {
        painter.drawText(QRectF(grid.left() + (i - 1) * cell, grid.bottom(), cell, line),
                         Qt::AlignCenter, QString::number(i));
        painter.drawText(QRectF(grid.left() - line * 1.5, grid.bottom() - i * cell, line, cell),
                         Qt::AlignCenter, QString::number(i));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + line, side, line * 1.5), Qt::AlignCenter,
                     tr("Likelihood →"));
    painter.save();
    painter.translate(grid.left() - line * 2, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-side / 2, -line * 1.5, side, line * 1.5), Qt::AlignCenter,
                     tr("Impact →"));
    painter.restore();
}

} // namespace salesplan::ui
