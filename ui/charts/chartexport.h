#pragma once

#include "plan/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace salesplan::ui {

// A chart as a picture for slides and documents: PNG at twice its size on screen, SVG, or an
// image on the clipboard. Files are written under a temporary name and renamed into place only
// when complete, so a failed export leaves no half-written file (and an old file whole).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // How many pixels a PNG or a copied image has per pixel of the chart.
    static constexpr qreal pixelRatio = 2.0;

    // The chart drawn into an image of its size × `scale`, whose device pixel ratio is `scale`.
    // A chart that has no size yet is laid out at 1280 × 720 first.
    static QImage render(QChart *chart, qreal scale = ChartExport::pixelRatio);

    // Writes the chart as PNG at twice its size; the Error says why in words when it fails.
    static Status savePng(QChart *chart, const QString &path);
    // Writes the chart as SVG, its texts as text.
    static Status saveSvg(QChart *chart, const QString &path);
    // Puts the chart on the clipboard as an image at twice its size.
    static void copyToClipboard(QChart *chart);
};

} // namespace salesplan::ui
