#pragma once

#include "plan/period.h"

#include <QPixmap>
#include <QString>

class QPalette;

namespace salesplan::ui {

// A recent plan's twelve month targets as a small bar chart beside its figures on the start
// page: one bar a month, as high as its share of the largest month, in the palette's highlight
// colour. Drawn once for a file and its change time (`cacheKey`) and then taken from
// QPixmapCache. `size` is in device-independent pixels; the pixmap is sharp at `pixelRatio`.
QPixmap monthTargetsChart(const MonthValues &months, const QString &cacheKey, QSize size,
                          const QPalette &palette, qreal pixelRatio);

} // namespace salesplan::ui
