#include "iconfiles.h"

#include <QBuffer>
#include <QDataStream>

namespace salesplan::tools {

namespace {

QByteArray pngData(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The icns type of a PNG icon `size` pixels square, or nothing.
QByteArray icnsType(int size)
{
    switch (size) {
    case 16:
        return "icp4";
    case 32:
        return "icp5";
    case 64:
        return "icp6";
    case 128:
        return "ic07";
    case 256:
        return "ic08";
    case 512:
        return "ic09";
    case 1024:
        return "ic10";
    default:
        return {};
    }
}

} // namespace

QByteArray icoFile(const QList<QImage> &images)
{
    QList<QByteArray> pngs;
    for (const QImage &image : images)
        pngs.append(pngData(image));
    QByteArray ico;
    QDataStream out(&ico, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(images.size()); // reserved, an icon, the count
    quint32 offset = quint32(6 + 16 * images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int side = images.at(i).width();
        const quint8 byteSide = side >= 256 ? 0 : quint8(side); // 0 stands for 256
        out << byteSide << byteSide << quint8(0) << quint8(0);  // no palette, reserved
        out << quint16(1) << quint16(32) << quint32(pngs.at(i).size()) << offset;
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : pngs)
        out.writeRawData(png.constData(), int(png.size()));
    return ico;
}

QByteArray icnsFile(const QList<QImage> &images)
{
    QByteArray entries;
    QDataStream out(&entries, QIODevice::WriteOnly); // big-endian, as icns is
    for (const QImage &image : images) {
        const QByteArray type = icnsType(image.width());
        if (type.isEmpty())
            continue;
        const QByteArray png = pngData(image);
        out.writeRawData(type.constData(), 4);
        out << quint32(8 + png.size());
        out.writeRawData(png.constData(), int(png.size()));
    }
    QByteArray icns;
    QDataStream file(&icns, QIODevice::WriteOnly);
    file.writeRawData("icns", 4);
    file << quint32(8 + entries.size());
    file.writeRawData(entries.constData(), int(entries.size()));
    return icns;
}

} // namespace salesplan::tools
