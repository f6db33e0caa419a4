// salesplan_render_icon SVG OUTDIR SIZE...: renders the application icon to OUTDIR/SIZE.png for
// each size, at build time, so the repository keeps only the SVG and the PNGs never drift from it.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

bool renderIcon(QSvgRenderer &svg, int size, const QString &file)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter);
    painter.end();
    return image.save(file, "PNG");
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv); // the icon has no text: no fonts, no display needed
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: salesplan_render_icon SVG OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid() || !QDir().mkpath(arguments.at(2))) {
        std::fprintf(stderr, "salesplan_render_icon: cannot read %s or create %s\n",
                     qPrintable(arguments.at(1)), qPrintable(arguments.at(2)));
        return 1;
    }
    const QDir folder(arguments.at(2));
    for (const QString &size : arguments.mid(3)) {
        const QString file = folder.filePath(size + QStringLiteral(".png"));
        if (!renderIcon(svg, size.toInt(), file)) {
            std::fprintf(stderr, "salesplan_render_icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
