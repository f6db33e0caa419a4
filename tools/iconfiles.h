#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

// The application icon in the files Windows and macOS take an icon from, written from square
// images of the icon at several sizes: each image is kept as PNG data inside, which both formats
// allow (Windows Vista and later, macOS 10.7 and later).
namespace salesplan::tools {

// A Windows .ico: one entry per image, 1–256 pixels square.
QByteArray icoFile(const QList<QImage> &images);
// A macOS .icns: one entry per image whose size has an icns type (16, 32, 64, 128, 256, 512 and
// 1024 pixels); images of other sizes are left out.
QByteArray icnsFile(const QList<QImage> &images);

} // namespace salesplan::tools
