#include "charts/chartview.h"

#include "charts/chartexport.h"
#include "charts/chartsupport.h"
#include "document/plandocument.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>

namespace salesplan::ui {

namespace {

constexpr char hookedProperty[] = "salesplanHooked";

} // namespace

ChartView::ChartView(PlanDocument *document, const ChartSpec &spec, QWidget *parent)
    : QChartView(parent)
    , m_document(document)
    , m_spec(spec)
{
    setObjectName(QStringLiteral("chart.") + spec.key());
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setBackgroundBrush(m_theme.background);
    setChart(buildChart(spec, document->plan(), document->summary(), m_theme));
    ++m_refreshes;
    setAccessibleName(chartTitle(spec, document->plan()));
    connectHovers();
    connect(document, &PlanDocument::changed, this, &ChartView::planChanged);
    if (showsUnits())
        connect(document, &PlanDocument::unitPlansChanged, this,
                [this] { planChanged(figureInputs); });
}

bool ChartView::showsUnits() const
{
    return isTeamChart(m_spec);
}

bool ChartView::event(QEvent *event)
{
    // The units' managers save their plans in other windows: coming back to this one, a chart
    // of the units shown reads again the files changed since (the document's cache).
    if (event->type() == QEvent::WindowActivate && showsUnits() && isVisible())
        m_document->refreshUnitPlans();
    return QChartView::event(event);
}

void ChartView::setChartTheme(const ChartTheme &theme)
{
    m_theme = theme;
    setBackgroundBrush(theme.background);
    refresh();
}

void ChartView::refresh()
{
    m_stale = false;
    updateChart(chart(), m_spec, m_document->plan(), m_document->summary(), m_theme);
    ++m_refreshes;
    connectHovers();
    fitTitle();
}

void ChartView::fitTitle()
{
    // The title's room: the chart less its margins and the title's own.
    const QMargins margins = chart()->margins();
    const qreal width = chart()->size().width() - margins.left() - margins.right() - 24;
    if (width > 0)
        chart::fitTitle(chart(), width);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event); // resizes the chart to the view
    fitTitle();
}

void ChartView::planChanged(PlanChanges changes)
{
    // A chart shows the plan's figures and the plan they come from, nothing else.
    if (!(changes & figureInputs))
        return;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ChartView::showEvent(QShowEvent *event)
{
    if (showsUnits())
        m_document->refreshUnitPlans(); // marks this view stale when a unit's file changed
    if (m_stale)
        refresh();
    QChartView::showEvent(event);
}

void ChartView::connectHovers()
{
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *one : series) {
        if (one->property(hookedProperty).toBool())
            continue;
        one->setProperty(hookedProperty, true);
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this](bool status, int index, QBarSet *set) { showTip(set, index, status); });
        } else if (auto *xy = qobject_cast<QXYSeries *>(one)) {
            connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
                showTip(xy, int(std::lround(point.x())), state);
            });
        } else if (auto *pie = qobject_cast<QPieSeries *>(one)) {
            connect(pie, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
                slice->setExploded(state);
                showTip(slice, 0, state);
            });
        }
    }
}

void ChartView::showTip(const QObject *source, int index, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const QString tip = pointToolTip(source, index);
    if (!tip.isEmpty())
        QToolTip::showText(QCursor::pos(), tip, this);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const QString title = chart()->title().isEmpty() ? tr("chart") : chart()->title();
    menu.addAction(tr("Save as PNG…"), this, [this, title] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"),
                                         title + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        const Status saved = ChartExport::savePng(chart(), path);
        if (!saved)
            QMessageBox::warning(this, tr("Cannot save the chart"), saved.error().message());
    });
    menu.addAction(tr("Save as SVG…"), this, [this, title] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as SVG"),
                                                          title + QStringLiteral(".svg"),
                                                          tr("SVG drawings (*.svg)"));
        if (path.isEmpty())
            return;
        const Status saved = ChartExport::saveSvg(chart(), path);
        if (!saved)
            QMessageBox::warning(this, tr("Cannot save the chart"), saved.error().message());
    });
    menu.addAction(tr("Copy as image"), this, [this] { ChartExport::copyToClipboard(chart()); });
    menu.exec(event->globalPos());
}

} // namespace salesplan::ui
