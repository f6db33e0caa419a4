#include "charts/chartexport.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <functional>
#include <memory>

namespace salesplan::ui {

namespace {

const QSizeF defaultSize(1280, 720);

// Draws the chart into `target` of `painter`. A chart shown in a view is drawn from the view's
// scene; a chart on its own is put in a scene of its own for the time it is drawn.
void paintChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }
    if (chart->size().isEmpty())
        chart->resize(defaultSize);
    // Lay the chart out now: it would otherwise wait for the event loop.
    QCoreApplication::sendPostedEvents(scene);
    QCoreApplication::sendPostedEvents(chart);
    scene->render(painter, target, chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
    if (ownScene)
        ownScene->removeItem(chart);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Status writeFile(const QString &path, const std::function<bool(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QString(), ChartExport::tr("The chart could not be saved as %1: %2.")
                                    .arg(nativePath(path), file.errorString())};
    if (!write(&file)) {
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   : ChartExport::tr("the picture could not be made");
        file.cancelWriting();
        return Error{QString(), ChartExport::tr("The chart could not be saved as %1: %2.")
                                    .arg(nativePath(path), reason)};
    }
    if (!file.commit())
        return Error{QString(), ChartExport::tr("The chart could not be saved as %1: %2.")
                                    .arg(nativePath(path), file.errorString())};
    return Success{};
}

} // namespace

QImage ChartExport::render(QChart *chart, qreal scale)
{
    if (!chart)
        return {};
    if (chart->size().isEmpty())
        chart->resize(defaultSize);
    const QSizeF size = chart->size();
    QImage image(QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    // Twice the pixels of a 96 dpi screen, so the picture keeps its size in a document.
    const int dotsPerMeter = int(std::lround(96.0 * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    paintChart(chart, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

Status ChartExport::savePng(QChart *chart, const QString &path)
{
    const QImage image = render(chart);
    if (image.isNull())
        return Error{QString(), tr("There is no chart to save.")};
    return writeFile(path, [&](QIODevice *device) { return image.save(device, "PNG"); });
}

Status ChartExport::saveSvg(QChart *chart, const QString &path)
{
    if (!chart)
        return Error{QString(), tr("There is no chart to save.")};
    if (chart->size().isEmpty())
        chart->resize(defaultSize);
    const QSizeF size = chart->size();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(chart->title());
        svg.setDescription(tr("A chart of SalesPlan"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{QString(), tr("The chart could not be drawn as SVG.")};
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintChart(chart, &painter, QRectF(QPointF(0, 0), size));
        painter.end();
    }
    const QByteArray bytes = buffer.data();
    return writeFile(path, [&](QIODevice *device) { return device->write(bytes) == bytes.size(); });
}

void ChartExport::copyToClipboard(QChart *chart)
{
    const QImage image = render(chart);
    if (!image.isNull())
        QGuiApplication::clipboard()->setImage(image);
}

} // namespace salesplan::ui
