#include "charts/deckpdf.h"

#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "language/language.h"
#include "report/pdfnavigation.h"
#include "report/pdftextrepair.h"
#include "report/reportcharts.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace salesplan::ui {

namespace {

// The translation context of the deck PDF's messages.
struct DeckPdf
{
    Q_DECLARE_TR_FUNCTIONS(DeckPdf)
};

// A 16:9 page, 960 × 540 points (held "portrait": a landscape layout would turn it upright); at 96
// dots an inch its 1280 × 720 dots lay out like a screen.
QPageSize deckPageSize()
{
    return QPageSize(QSizeF(960, 540), QPageSize::Point, QStringLiteral("Slide 16:9"));
}
constexpr int deckResolution = 96;

// Paints one chart slide: the plan's name and the counter, the chart's title, the chart (or
// what it lacks) and the sentence to say about it.
class ChartSlidePainter
{
public:
    ChartSlidePainter(QPainter *painter, const QRectF &page, const QFont &base)
        : m_painter(painter)
        , m_page(page)
        , m_base(base)
        , m_h(page.height())
        , m_margin(page.height() * 0.05)
    {}

    void paint(const ChartSpec &spec, const Plan &plan, const PlanSummary &summary,
               const QString &counter)
    {
        const ChartTheme theme = ChartTheme::light();
        m_painter->fillRect(m_page, theme.background);
        const QRectF inner = m_page.adjusted(m_margin * 1.2, m_margin, -m_margin * 1.2, -m_margin);
        const QFont small = pixelFont(m_base, m_h * 0.032);
        const QString name =
            drawableText(plan.info.name.isEmpty() ? DeckPdf::tr("Untitled plan") : plan.info.name,
                         small, m_painter->device());
        m_painter->setFont(small);
        m_painter->setPen(mutedColour(theme));
        const QRectF top(inner.left(), inner.top(), inner.width(), m_h * 0.05);
        m_painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, name);
        m_painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, counter);

        const QString title = chartTitle(spec, plan);
        const QFont titleFont = pixelFont(m_base, m_h * 0.06, true);
        m_painter->setFont(titleFont);
        m_painter->setPen(theme.text);
        const QRectF titleBox(inner.left(), top.bottom(), inner.width(), m_h * 0.09);
        m_painter->drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, title);

        std::unique_ptr<QChart> chart(buildChart(spec, plan, summary, theme));
        const QString explanation = prepareSlideChart(chart.get(), title);
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
        if (explanation.isEmpty())
            drawChart(chart.get(), body);
        else
            drawCentred(explanation, pixelFont(m_base, m_h * 0.05), body, theme.text);
        if (sayHeight > 0)
            drawCentred(
                takeaway, sayFont,
                QRectF(inner.left(), inner.bottom() - say.height(), inner.width(), say.height()),
                theme.text);
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
    QFont m_base;
    qreal m_h;
    qreal m_margin;
};

// Paints the opening slides and then `charts`, one page a slide; returns the pages or 0.
int paintSlides(const Plan &plan, const PlanSummary &summary, const QList<ChartSpec> &charts,
                QPagedPaintDevice *device)
{
    const int pages = openingSlideCount + int(charts.size());
    const QFont base = documentFont(Translators::current(), plan.info.language);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF page(0, 0, device->width(), device->height());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        if (i < openingSlideCount) {
            // No boxes for what no font can draw in the plan's name and company.
            OpeningSlide slide = openingSlide(i, plan, summary);
            slide.heading = drawableText(slide.heading, base, device);
            slide.lead = drawableText(slide.lead, base, device);
            paintOpeningSlide(&painter, page, slide, ChartTheme::light(), base);
        } else {
            //: The slide counter of the deck: slide 3 of 7.
            const QString counter = DeckPdf::tr("%1 / %2").arg(i + 1).arg(pages);
            ChartSlidePainter(&painter, page, base)
                .paint(charts.at(i - openingSlideCount), plan, summary, counter);
        }
    }
    return painter.end() ? pages : 0;
}

// The deck's PDF properties and a bookmark for each slide, called as the slide is.
PdfNavigation deckNavigation(const Plan &plan, const PlanSummary &summary,
                             const QList<ChartSpec> &charts)
{
    PdfNavigation navigation = planDocument(plan.info, Translators::current());
    QStringList titles;
    for (int i = 0; i < openingSlideCount; ++i)
        titles.append(openingSlide(i, plan, summary).title);
    for (const ChartSpec &chart : charts)
        titles.append(chartTitle(chart, plan));
    for (qsizetype i = 0; i < titles.size(); ++i)
        navigation.bookmarks.append({titles.at(i), {int(i) + 1, 0}, {}});
    return navigation;
}

} // namespace

int paintDeck(const Plan &plan, QPagedPaintDevice *device)
{
    const PlanSummary summary = summarizePlan(plan);
    return paintSlides(plan, summary, PresentationWindow::deckSlides(plan, summary), device);
}

Status writeDeckPdf(const Plan &plan, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{path, DeckPdf::tr("cannot be written: the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, DeckPdf::tr("cannot be written: %1").arg(file.errorString())};
    const PlanSummary summary = summarizePlan(plan);
    const QList<ChartSpec> charts = PresentationWindow::deckSlides(plan, summary);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(deckResolution);
        writer.setCreator(QStringLiteral("SalesPlan"));
        writer.setTitle(plan.info.name);
        writer.setPageLayout(QPageLayout(deckPageSize(), QPageLayout::Portrait, QMarginsF()));
        if (paintSlides(plan, summary, charts, &writer) == 0) {
            file.cancelWriting(); // nothing reaches `path`
            return Error{path, DeckPdf::tr("the deck could not be drawn")};
        }
    }
    const Result<QByteArray> bytes =
        addPdfNavigation(repairPdfText(pdf.data()), deckNavigation(plan, summary, charts));
    if (!bytes) {
        file.cancelWriting();
        return Error{path, bytes.error().message()};
    }
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return Error{path, DeckPdf::tr("cannot be written: %1").arg(file.errorString())};
    return Success{};
}

} // namespace salesplan::ui
