// The application icon as Windows and macOS take it: the .ico and the .icns the build renders
// from packaging/salesplan.svg hold every size, each a drawing and not an empty square.
#include <catch2/catch.hpp>

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

TEST_CASE("The macOS icon holds the sizes 16 to 1024, each drawn", "[appicon]")
{
    // Read back by Qt's icns plugin (qt6-image-formats-plugins), not by the code that wrote it.
    QImageReader reader(iconDir + QStringLiteral("/salesplan.icns"), "icns");
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
    CHECK(sizes == QSet<int>{16, 32, 64, 128, 256, 512, 1024});
}
