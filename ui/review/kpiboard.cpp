#include "review/kpiboard.h"

#include "charts/deckslides.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "refreshwhenshown.h"
#include "report/statuscolours.h"
#include "review/attainmenttable.h"
#include "summary/kpitargets.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace salesplan::ui {

namespace {

KpiTile revenueTile(const PlanReview &review, const Plan &plan)
{
    const Attainment &ytd = review.lines.first().attainment.yearToDate;
    KpiTile tile;
    tile.name = KpiBoard::tr("Revenue, year to date");
    tile.actual =
        ytd.actual ? formatMoney(*ytd.actual, plan.info.currency) : lightName(Light::NoData);
    tile.target = formatMoney(ytd.target, plan.info.currency);
    tile.light = review.lightOf(ytd);
    return tile;
}

KpiTile kpiTile(const KpiReview &measured, const Kpi &kpi, const QString &currency)
{
    KpiTile tile;
    tile.name = measured.name;
    if (!measured.actual)
        tile.actual = lightName(Light::NoData);
    else
        tile.actual = formatKpiValue(kpi, *measured.actual, currency);
    tile.target = formatKpiTarget(kpi, measured.target, currency);
    tile.light = measured.light;
    tile.lowerIsBetter = kpi.direction == KpiDirection::LowerIsBetter;
    return tile;
}

// Columns of the grid: tiles side by side while each is at least 22 average letters wide, and at
// most four a row.
int columnsFor(int tiles, qreal width, const QFont &font)
{
    const qreal narrowest = QFontMetricsF(font).averageCharWidth() * 22;
    const int fit = qMax(1, int(width / narrowest));
    return qBound(1, qMin(fit, tiles <= 4 ? tiles : (tiles <= 6 ? 3 : 4)), qMax(1, tiles));
}

qreal tileHeight(const QFont &font)
{
    return QFontMetricsF(font).height() * 8.0;
}

QFont scaled(const QFont &font, qreal factor, bool bold)
{
    QFont result = font;
    if (font.pixelSize() > 0)
        result.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    else
        result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}

// One line of text in `box` from its top, cut short with "…" where it does not fit; returns the
// y under it.
qreal drawLine(QPainter *painter, const QRectF &box, qreal y, const QString &text,
               const QFont &font, const QColor &colour)
{
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(QRectF(box.left(), y, box.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, box.width()));
    return y + metrics.height();
}

void paintTile(QPainter *painter, const QRectF &tile, const KpiTile &kpi, const ChartTheme &theme,
               const QFont &font)
{
    const QColor muted = mutedColour(theme);
    const QColor light = StatusColour::forLight(kpi.light, theme.grid);
    QPainterPath frame;
    frame.addRoundedRect(tile, 6, 6);
    painter->fillPath(frame,
                      theme.dark ? theme.background.lighter(130) : theme.background.darker(104));
    const qreal band = qMax(6.0, tile.width() * 0.03);
    painter->fillRect(QRectF(tile.left(), tile.top(), band, tile.height()), light);
    const qreal pad = QFontMetricsF(font).height() * 0.6;
    const QRectF box = tile.adjusted(band + pad, pad, -pad, -pad);
    qreal y = box.top();
    y = drawLine(painter, box, y, kpi.name, scaled(font, 1.0, true), theme.text);
    y = drawLine(painter, box, y + pad * 0.3, kpi.actual, scaled(font, 1.9, true), theme.text);
    //: On a KPI tile, under the measured figure.
    y = drawLine(painter, box, y, KpiBoard::tr("Target %1").arg(kpi.target), font, muted);
    // The light in words beside a dot of its colour: never the colour alone.
    const QFontMetricsF metrics(font);
    const qreal dot = metrics.height() * 0.6;
    const qreal lineTop = y + pad * 0.4;
    painter->setPen(Qt::NoPen);
    painter->setBrush(light);
    painter->drawEllipse(QRectF(box.left(), lineTop + (metrics.height() - dot) / 2, dot, dot));
    drawLine(painter, box.adjusted(dot * 1.6, 0, 0, 0), lineTop, lightName(kpi.light),
             scaled(font, 1.0, true), theme.text);
    if (kpi.lowerIsBetter)
        //: On a KPI tile, under its light: the KPI is met by staying under its target.
        drawLine(painter, box, lineTop + metrics.height(), KpiBoard::tr("Better when lower"), font,
                 muted);
}

} // namespace

QList<KpiTile> kpiBoardTiles(const PlanReview &review, const Plan &plan)
{
    // Figures read across a room: plan amounts without cents (¥4,079万, $8.2M).
    const PlanAmountsForPeople forPeople;
    QList<KpiTile> tiles;
    if (review.lines.isEmpty())
        return tiles;
    tiles.append(revenueTile(review, plan));
    for (qsizetype i = 0; i < review.kpis.size() && i < plan.metrics.kpis.size(); ++i)
        tiles.append(kpiTile(review.kpis.at(i), plan.metrics.kpis.at(i), plan.info.currency));
    return tiles;
}

QList<KpiTile> kpiBoardTiles(const Plan &plan, const PlanSummary &summary)
{
    return summary.review ? kpiBoardTiles(*summary.review, plan) : QList<KpiTile>();
}

qreal kpiBoardHeight(int tileCount, qreal width, const QFont &font)
{
    if (tileCount <= 0)
        return 0;
    const int columns = columnsFor(tileCount, width, font);
    const int rows = (tileCount + columns - 1) / columns;
    const qreal gap = QFontMetricsF(font).height() * 0.8;
    return rows * tileHeight(font) + (rows - 1) * gap;
}

void paintKpiBoard(QPainter *painter, const QRectF &rect, const QList<KpiTile> &tiles,
                   const ChartTheme &theme, const QFont &font)
{
    if (tiles.isEmpty())
        return;
    const int count = int(tiles.size());
    const int columns = columnsFor(count, rect.width(), font);
    const int rows = (count + columns - 1) / columns;
    const qreal gap = QFontMetricsF(font).height() * 0.8;
    const qreal width = (rect.width() - (columns - 1) * gap) / columns;
    const qreal height =
        qMin(tileHeight(font) * 1.3, (rect.height() - (rows - 1) * gap) / qMax(1, rows));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < count; ++i) {
        const QRectF tile(rect.left() + (i % columns) * (width + gap),
                          rect.top() + (i / columns) * (height + gap), width, height);
        paintTile(painter, tile, tiles.at(i), theme, font);
    }
    painter->restore();
}

KpiBoard::KpiBoard(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("review.kpiBoard"));
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    setAccessibleName(tr("KPI board"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(document, &PlanDocument::changed, this, [this] { m_refresher->request(); });
    m_month = latestActualMonth(document->plan());
    refresh();
}

void KpiBoard::setMonth(int monthIndex)
{
    m_month = qBound(0, monthIndex, Period::monthCount - 1);
    m_refresher->request();
}

void KpiBoard::refresh()
{
    const Result<PlanReview> &review = m_document->review(m_month);
    m_tiles = review ? kpiBoardTiles(*review, m_document->plan()) : QList<KpiTile>();
    QStringList words;
    for (const KpiTile &tile : std::as_const(m_tiles))
        words.append(tr("%1: %2 against %3, %4")
                         .arg(tile.name, tile.actual, tile.target, lightName(tile.light)));
    setAccessibleDescription(words.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize KpiBoard::sizeHint() const
{
    return {720, heightForWidth(720)};
}

int KpiBoard::heightForWidth(int width) const
{
    return qCeil(kpiBoardHeight(int(m_tiles.size()), width, font()));
}

void KpiBoard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ChartTheme theme = ChartTheme::light();
    theme.background = palette().color(QPalette::Base);
    theme.text = palette().color(QPalette::Text);
    theme.dark = theme.background.lightnessF() < 0.5;
    paintKpiBoard(&painter, rect(), m_tiles, theme, font());
}

void KpiBoard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        refresh();
}

} // namespace salesplan::ui
