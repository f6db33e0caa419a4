#include "charts/deckpdf.h"

#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "language/language.h"
#include "report/pdfnavigation.h"
#include "report/pdftextrepair.h"
#include "report/reportcharts.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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
        paintDeckSlide(&painter, page, i, charts, plan, summary, ChartTheme::light(), base);
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
    return writeDeckPdf(plan, summarizePlan(plan), path);
}

Status writeDeckPdf(const Plan &plan, const PlanSummary &summary, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{path, DeckPdf::tr("cannot be written: the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, DeckPdf::tr("cannot be written: %1").arg(file.errorString())};
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
