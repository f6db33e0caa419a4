// The application icon as Windows and macOS take it: the .ico and the .icns the build renders
// from packaging/salesplan.svg hold every size, each a drawing and not an empty square.
#include <catch2/catch.hpp>

#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSet>

namespace {

const QString iconDir = QStringLiteral(SALESPLAN_ICON_DIR);

// How many of the image's pixels are drawn (not transparent).
int drawnPixels(const QImage &image)
{
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return drawn;
}

} // namespace

TEST_CASE("The Windows icon holds the sizes 16 to 256, each drawn", "[appicon]")
{
    QImageReader reader(iconDir + QStringLiteral("/salesplan.ico"), "ico");
    REQUIRE(reader.canRead());
    QSet<int> sizes;
    for (int i = 0; i < reader.imageCount(); ++i) {
        REQUIRE(reader.jumpToImage(i));
        const QImage image = reader.read();
        INFO(i << ": " << reader.errorString().toStdString());
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == image.height());
        CHECK(drawnPixels(image) > image.width() * image.height() / 4);
        sizes.insert(image.width());
    }
    CHECK(sizes == QSet<int>{16, 24, 32, 48, 64, 128, 256});
}

TEST_CASE("The macOS icon holds the sizes 16 to 1024 under their icns types", "[appicon]")
{
    QFile file(iconDir + QStringLiteral("/salesplan.icns"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray icns = file.readAll();
    QDataStream in(icns); // big-endian, as icns is
    char magic[4];
    in.readRawData(magic, 4);
    CHECK(QByteArray(magic, 4) == "icns");
    quint32 length = 0;
    in >> length;
    CHECK(length == quint32(icns.size()));
    QMap<QByteArray, int> sides;
    while (!in.atEnd()) {
        char type[4];
        quint32 entry = 0;
        in.readRawData(type, 4);
        in >> entry;
        REQUIRE(entry > 8);
        QByteArray png(int(entry - 8), Qt::Uninitialized);
        REQUIRE(in.readRawData(png.data(), int(png.size())) == png.size());
        const QImage image = QImage::fromData(png, "PNG");
        REQUIRE_FALSE(image.isNull());
        CHECK(drawnPixels(image) > image.width() * image.height() / 4);
        sides.insert(QByteArray(type, 4), image.width());
    }
    CHECK(sides == QMap<QByteArray, int>{{"icp4", 16},
                                         {"icp5", 32},
                                         {"icp6", 64},
                                         {"ic07", 128},
                                         {"ic08", 256},
                                         {"ic09", 512},
                                         {"ic10", 1024}});
}
