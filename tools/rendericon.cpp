// salesplan_render_icon SVG OUTDIR SIZE... [--ico FILE] [--icns FILE]: renders the application
// icon to OUTDIR/SIZE.png for each size, and to a Windows .ico (the same sizes) and a macOS .icns
// (16 to 1024 pixels), at build time, so the repository keeps only the SVG and the icons never
// drift from it.
#include "iconfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

namespace {

QImage renderIcon(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter);
    painter.end();
    return image;
}

QList<QImage> renderIcons(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QImage> images;
    for (int size : sizes)
        images.append(renderIcon(svg, size));
    return images;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    std::fprintf(stderr, "salesplan_render_icon: cannot write %s\n", qPrintable(path));
    return false;
}

// What the command line asks for: the PNG sizes, and the .ico and .icns files, if any.
struct Request
{
    QList<int> sizes;
    QString ico;
    QString icns;
};

Request requestOf(const QStringList &arguments)
{
    Request request;
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--ico"))
            request.ico = arguments.value(++i);
        else if (arguments.at(i) == QLatin1String("--icns"))
            request.icns = arguments.value(++i);
        else
            request.sizes.append(arguments.at(i).toInt());
    }
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv); // the icon has no text: no fonts, no display needed
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(
            stderr, "usage: salesplan_render_icon SVG OUTDIR SIZE... [--ico FILE] [--icns FILE]\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid() || !QDir().mkpath(arguments.at(2))) {
        std::fprintf(stderr, "salesplan_render_icon: cannot read %s or create %s\n",
                     qPrintable(arguments.at(1)), qPrintable(arguments.at(2)));
        return 1;
    }
    const Request request = requestOf(arguments);
    const QDir folder(arguments.at(2));
    const QList<QImage> images = renderIcons(svg, request.sizes);
    for (const QImage &image : images) {
        const QString file =
            folder.filePath(QString::number(image.width()) + QStringLiteral(".png"));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "salesplan_render_icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    if (!request.ico.isEmpty() && !writeFile(request.ico, salesplan::tools::icoFile(images)))
        return 1;
    const QList<int> icnsSizes{16, 32, 64, 128, 256, 512, 1024};
    if (!request.icns.isEmpty() &&
        !writeFile(request.icns, salesplan::tools::icnsFile(renderIcons(svg, icnsSizes))))
        return 1;
    return 0;
}
