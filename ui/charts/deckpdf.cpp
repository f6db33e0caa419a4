#include "charts/deckpdf.h"

#include "charts/deckslides.h"
#include "charts/presentationwindow.h"
#include "language/language.h"
#include "report/pdftextrepair.h"
#include "report/reportcharts.h"

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

} // namespace

int paintDeck(const Plan &plan, QPagedPaintDevice *device)
{
    const PlanSummary summary = summarizePlan(plan);
    const QList<ChartSpec> charts = PresentationWindow::deckSlides(plan, summary);
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

Status writeDeckPdf(const Plan &plan, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{path, DeckPdf::tr("cannot be written: the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, DeckPdf::tr("cannot be written: %1").arg(file.errorString())};
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(deckResolution);
        writer.setCreator(QStringLiteral("SalesPlan"));
        writer.setTitle(plan.info.name);
        writer.setPageLayout(QPageLayout(deckPageSize(), QPageLayout::Portrait, QMarginsF()));
        if (paintDeck(plan, &writer) == 0) {
            file.cancelWriting(); // nothing reaches `path`
            return Error{path, DeckPdf::tr("the deck could not be drawn")};
        }
    }
    const QByteArray bytes = repairPdfText(pdf.data());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, DeckPdf::tr("cannot be written: %1").arg(file.errorString())};
    return Success{};
}

} // namespace salesplan::ui
