#include "charts/deckslides.h"

#include "charts/initiativetimeline.h"
#include "charts/presentationwindow.h"
#include "plan/format.h"
#include "report/reportcharts.h"
#include "report/reportwriter.h"
#include "review/kpiboard.h"
#include "summary/headcount.h"
#include "summary/planreview.h"
#include "summary/teamquotas.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QGraphicsScene>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocumentFragment>
#include <QXYSeries>
#include <QtMath>

#include <memory>
#include <numeric>

namespace salesplan::ui {

namespace {

// The translation context of the opening slides.
struct Slides
{
    Q_DECLARE_TR_FUNCTIONS(Slides)
};

// Text heights of an opening slide, as shares of the slide's height.
constexpr qreal headingShare = 0.05;
constexpr qreal labelShare = 0.045;
constexpr qreal titleLeadShare = 0.11;
constexpr qreal numberLeadShare = 0.12;
constexpr qreal lineShare = 0.045;
constexpr qreal figureValueShare = 0.075;
constexpr qreal figureLabelShare = 0.038;
constexpr qreal marginShare = 0.07;

// `font` made smaller until `text` fits `width` on at most `maxLines` lines.
QFont fitted(QFont font, const QString &text, qreal width, int maxLines)
{
    for (int pixels = font.pixelSize(); pixels > 8; pixels = pixels * 9 / 10) {
        font.setPixelSize(pixels);
        // A line's height is measured on the text itself: a fallback font (the Chinese of a
        // Latin font) may make it taller than the font's own line spacing.
        const QFontMetricsF metrics(font);
        const qreal line =
            metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft, text).height();
        const QRectF box =
            metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
        if (box.width() <= width && box.height() <= line * maxLines + 1)
            break;
    }
    return font;
}

// Draws `text` from the top of `y`, wrapped within the width; returns the y under it.
qreal drawBlock(QPainter *painter, qreal x, qreal y, qreal width, const QString &text,
                const QFont &font, const QColor &colour, Qt::Alignment align = Qt::AlignLeft)
{
    if (text.isEmpty())
        return y;
    painter->setFont(font);
    painter->setPen(colour);
    const QRectF area(x, y, width, 1e6);
    const QRectF used = painter->boundingRect(area, int(align) | Qt::TextWordWrap, text);
    painter->drawText(QRectF(x, y, width, used.height()), int(align) | Qt::TextWordWrap, text);
    return y + used.height();
}

void paintFigures(QPainter *painter, const QRectF &band, const QList<SlideFigure> &figures,
                  const ChartTheme &theme, const QFont &base, qreal height)
{
    if (figures.isEmpty())
        return;
    const qreal gap = height * 0.03;
    const qreal width = (band.width() - gap * qreal(figures.size() - 1)) / qreal(figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const qreal x = band.left() + qreal(i) * (width + gap);
        painter->setPen(QPen(theme.grid.isValid() ? theme.grid : mutedColour(theme), 2));
        painter->drawLine(QPointF(x, band.top()), QPointF(x + width, band.top()));
        const qreal pad = height * 0.015;
        const QFont value =
            fitted(pixelFont(base, height * figureValueShare, true), figures[i].value, width, 1);
        drawBlock(painter, x, band.top() + pad, width, figures[i].value, value, theme.text);
        // The labels stand on one line whatever the height of each value.
        const qreal labelTop = band.top() + pad * 1.5 + height * figureValueShare * 1.45;
        drawBlock(painter, x, labelTop, width, figures[i].label,
                  fitted(pixelFont(base, height * figureLabelShare), figures[i].label, width, 2),
                  mutedColour(theme));
    }
}

// Paints one chart slide: the plan's name and the counter, the chart's title, the chart (or
// what it lacks) and the sentence to say about it.
class ChartSlidePainter
{
public:
    ChartSlidePainter(QPainter *painter, const QRectF &page, const ChartTheme &theme,
                      const QFont &base)
        : m_painter(painter)
        , m_page(page)
        , m_theme(theme)
        , m_base(base)
        , m_h(page.height())
        , m_margin(page.height() * 0.05)
    {}

    void paint(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary,
               const QString &counter)
    {
        m_painter->fillRect(m_page, m_theme.background);
        const QRectF inner = m_page.adjusted(m_margin * 1.2, m_margin, -m_margin * 1.2, -m_margin);
        const QFont small = pixelFont(m_base, m_h * 0.032);
        // No boxes for what no font can draw in the plan's name.
        const QString name =
            drawableText(plan.info.name.isEmpty() ? Slides::tr("Untitled plan") : plan.info.name,
                         small, m_painter->device());
        m_painter->setFont(small);
        m_painter->setPen(mutedColour(m_theme));
        const QRectF top(inner.left(), inner.top(), inner.width(), m_h * 0.05);
        m_painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, name);
        m_painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, counter);

        const QString title = chartTitle(spec, plan);
        m_painter->setFont(pixelFont(m_base, m_h * 0.06, true));
        m_painter->setPen(m_theme.text);
        const QRectF titleBox(inner.left(), top.bottom(), inner.width(), m_h * 0.09);
        m_painter->drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, title);

        std::unique_ptr<QChart> chart(buildChart(spec, plan, summary, m_theme));
        const QString explanation = prepareSlideChart(chart.get(), title, m_h);
        const QString takeaway = chartTakeaway(spec, plan, summary);
        const QFont sayFont = pixelFont(m_base, m_h * 0.042);
        const QRectF sayArea(inner.left(), 0, inner.width(), m_h * 0.2);
        QRectF say = takeaway.isEmpty() || takeaway == explanation
                         ? QRectF()
                         : QFontMetricsF(sayFont).boundingRect(
                               sayArea, Qt::AlignHCenter | Qt::TextWordWrap, takeaway);
        const qreal sayHeight = say.isEmpty() ? 0 : say.height() + m_h * 0.02;
        const QRectF body(inner.left(), titleBox.bottom() + m_h * 0.01, inner.width(),
                          inner.bottom() - sayHeight - titleBox.bottom() - m_h * 0.01);
        if (explanation.isEmpty() && spec.kind == ChartKind::KpiBoard)
            paintKpiBoard(m_painter, body, kpiBoardTiles(plan, summary), m_theme,
                          pixelFont(m_base, m_h * kpiBoardTextShare));
        else if (explanation.isEmpty() && spec.kind == ChartKind::Timeline)
            paintTimeline(m_painter, body, plan.info.period,
                          timelineRows(plan, QDate::currentDate()), QDate::currentDate(), m_theme,
                          pixelFont(m_base, m_h * timelineTextShare));
        else if (explanation.isEmpty())
            drawChart(chart.get(), body);
        else
            drawCentred(explanation, pixelFont(m_base, m_h * 0.05), body, m_theme.text);
        if (sayHeight > 0)
            drawCentred(
                takeaway, sayFont,
                QRectF(inner.left(), inner.bottom() - say.height(), inner.width(), say.height()),
                m_theme.text);
    }

private:
    void drawChart(QChart *chart, const QRectF &area)
    {
        useReportFont(chart, m_base);
        // Laid out at the size it is drawn (the page's dots are screen-like), as vectors.
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
        scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
        hideInvisibleText(scene);
        scene.render(m_painter, area, scene.sceneRect());
        scene.removeItem(chart);
    }

    void drawCentred(const QString &text, const QFont &font, const QRectF &area,
                     const QColor &colour)
    {
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
    }

    QPainter *m_painter;
    QRectF m_page;
    ChartTheme m_theme;
    QFont m_base;
    qreal m_h;
    qreal m_margin;
};

} // namespace

QColor mutedColour(const ChartTheme &theme)
{
    const QColor a = theme.text.isValid() ? theme.text : QColor(Qt::black);
    const QColor b = theme.background.isValid() ? theme.background : QColor(Qt::white);
    return QColor::fromRgbF((a.redF() * 2 + b.redF()) / 3, (a.greenF() * 2 + b.greenF()) / 3,
                            (a.blueF() * 2 + b.blueF()) / 3);
}

OpeningSlide titleSlide(const Plan &plan)
{
    OpeningSlide slide;
    slide.heading = plan.info.company;
    slide.lead = plan.info.name.isEmpty() ? Slides::tr("Untitled plan") : plan.info.name;
    slide.title = slide.lead;
    //: Under the plan's name on the title slide: the year the plan is for.
    slide.lines.append(Slides::tr("Sales plan %1").arg(plan.info.period.year));
    if (!plan.info.author.trimmed().isEmpty())
        //: The title slide: who presents the plan (its author).
        slide.lines.append(Slides::tr("Presented by %1").arg(plan.info.author.trimmed()));
    slide.lines.append(formatDay(QDate::currentDate()));
    return slide;
}

OpeningSlide headlineSlide(const Plan &plan, const PlanSummary &summary)
{
    // Numbers read from the back of the room: plan amounts without cents.
    const PlanAmountsForPeople forPeople;
    OpeningSlide slide;
    //: The heading of the headline slide that follows the title slide.
    slide.heading = Slides::tr("The year in numbers");
    slide.title = slide.heading;
    slide.leadLabel = Slides::tr("Annual target %1").arg(plan.info.period.year);
    slide.lead = formatMoney(plan.targets.annualTarget);
    if (summary.growth)
        //: The headline slide: growth of the target on last year's actual.
        slide.lines.append(
            Slides::tr("%1 on last year's %2")
                .arg(formatPercent(*summary.growth), formatMoney(plan.targets.lastYearActual)));
    if (summary.funnel) {
        slide.lines.append(yearHeadcountLine(*summary.funnel).sentence());
        slide.figures.append(
            {Slides::tr("Deals to win"), formatCount(double(summary.funnel->deals))});
    }
    if (summary.quotas)
        slide.figures.append(
            {Slides::tr("What the reps carry"), assignedAmountText(plan, *summary.quotas)});
    if (summary.collections && *summary.collections) {
        const MonthValues &months = (*summary.collections)->months;
        const qint64 collected = std::accumulate(months.begin(), months.end(), qint64(0));
        slide.figures.append(
            {Slides::tr("Collected in the year"), formatMoney(collected, plan.info.currency)});
    } else if (summary.funnel) {
        slide.figures.append(
            {Slides::tr("Leads to generate"), formatCount(double(summary.funnel->leads))});
    }
    return slide;
}

OpeningSlide openingSlide(int index, const Plan &plan, const PlanSummary &summary)
{
    return index == 0 ? titleSlide(plan) : headlineSlide(plan, summary);
}

void paintOpeningSlide(QPainter *painter, const QRectF &rect, const OpeningSlide &slide,
                       const ChartTheme &theme, const QFont &base)
{
    const qreal h = rect.height();
    const qreal margin = h * marginShare;
    const qreal x = rect.left() + margin * 1.2;
    const qreal width = rect.width() - margin * 2.4;
    const bool numbers = !slide.figures.isEmpty() || !slide.leadLabel.isEmpty();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, theme.background);
    const QColor muted = mutedColour(theme);
    qreal y = rect.top() + margin;
    y = drawBlock(painter, x, y, width, slide.heading, pixelFont(base, h * headingShare, true),
                  muted);
    // The title slide's name stands a little above the middle; the headline's target under
    // the heading.
    y = numbers ? y + h * 0.03 : rect.top() + h * 0.3;
    y = drawBlock(painter, x, y, width, slide.leadLabel, pixelFont(base, h * labelShare), muted);
    const qreal leadPixels = h * (numbers ? numberLeadShare : titleLeadShare);
    const QFont lead = fitted(pixelFont(base, leadPixels, true), slide.lead, width, 2);
    y = drawBlock(painter, x, y, width, slide.lead, lead, theme.text);
    if (!numbers && theme.palette.size() > 1) {
        painter->fillRect(QRectF(x, y + h * 0.02, width * 0.12, h * 0.008), theme.palette.at(1));
        y += h * 0.04;
    }
    y += h * 0.02;
    const QFont line = pixelFont(base, h * lineShare);
    for (const QString &text : slide.lines)
        y = drawBlock(painter, x, y, width, text, fitted(line, text, width, 2),
                      numbers ? muted : theme.text) +
            h * 0.012;
    const QRectF band(x, qMax(y + h * 0.03, rect.top() + h * 0.63), width, h * 0.25);
    paintFigures(painter, band, slide.figures, theme, base, h);
    painter->restore();
}

QString prepareSlideChart(QChart *chart, const QString &title, qreal slideHeight)
{
    // A chart that cannot be drawn explains what is missing in its own title, after the chart's
    // name: the slide shows that explanation instead of an empty plot.
    QString explanation;
    if (chart->series().isEmpty()) {
        QString text = QTextDocumentFragment::fromHtml(chart->title()).toPlainText();
        text.replace(QChar::LineSeparator, u'\n');
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty() && lines.first().trimmed() == title)
            lines.removeFirst();
        explanation = lines.join(u' ').trimmed();
    }
    chart->setTitle(QString());
    chart->setBackgroundRoundness(0);
    sizeSlideChartFonts(chart, slideHeight);
    return explanation;
}

void adjustChartFonts(QChart *chart, const std::function<QFont(const QFont &)> &adjust)
{
    if (!chart)
        return;
    chart->setTitleFont(adjust(chart->titleFont()));
    if (QLegend *legend = chart->legend())
        legend->setFont(adjust(legend->font()));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(adjust(axis->labelsFont()));
        axis->setTitleFont(adjust(axis->titleFont()));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(adjust(set->labelFont()));
        } else if (auto *pie = qobject_cast<QPieSeries *>(one)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices)
                slice->setLabelFont(adjust(slice->labelFont()));
        } else if (auto *xy = qobject_cast<QXYSeries *>(one)) {
            xy->setPointLabelsFont(adjust(xy->pointLabelsFont()));
        }
    }
}

void sizeSlideChartFonts(QChart *chart, qreal slideHeight)
{
    if (!chart)
        return;
    const qreal pixels = slideHeight * qMax(slideChartLabelShare, slideTextFloor);
    adjustChartFonts(chart, [pixels](const QFont &font) {
        QFont sized = font;
        sized.setPixelSize(qMax(1, qCeil(pixels)));
        return sized;
    });
    // The labels' room depends on their size: fitted again for the new one.
    fitBarLabels(chart);
    fitPieLabels(chart);
    fitLegend(chart);
}

QString deckSlideKey(int index, const QList<ChartSpec> &charts)
{
    if (index == 0)
        return QStringLiteral("title");
    if (index == 1)
        return QStringLiteral("headline");
    const int chart = index - openingSlideCount;
    return chart >= 0 && chart < charts.size() ? charts.at(chart).key() : QString();
}

void paintDeckSlide(QPainter *painter, const QRectF &rect, int index,
                    const QList<ChartSpec> &charts, const Plan &plan, const PlanSummary &summary,
                    const ChartTheme &theme, const QFont &base)
{
    if (index < openingSlideCount) {
        // No boxes for what no font can draw in the plan's name and company.
        OpeningSlide slide = openingSlide(index, plan, summary);
        slide.heading = drawableText(slide.heading, base, painter->device());
        slide.lead = drawableText(slide.lead, base, painter->device());
        paintOpeningSlide(painter, rect, slide, theme, base);
        return;
    }
    const int count = openingSlideCount + int(charts.size());
    //: The slide counter of a presentation and of the deck: slide 3 of 7.
    const QString counter = Slides::tr("%1 / %2").arg(index + 1).arg(count);
    painter->save();
    ChartSlidePainter(painter, rect, theme, base)
        .paint(charts.at(index - openingSlideCount), plan, summary, counter);
    painter->restore();
}

QFont pixelFont(const QFont &base, qreal pixels, bool bold)
{
    QFont font = base;
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

} // namespace salesplan::ui
