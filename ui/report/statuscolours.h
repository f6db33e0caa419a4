#pragma once

#include "calc/attainment.h"

#include <QColor>

// The colours of a status in the report: the bands of the risk heat map and a KPI's thresholds.
// Their lightness differs enough to tell them apart printed in greyscale.
namespace salesplan::ui::StatusColour {

inline QColor green()
{
    return QColor(0x3f, 0xa3, 0x5b);
}
// The risk map's low band: green light enough to print the risks' labels on.
inline QColor paleGreen()
{
    return QColor(0xd4, 0xef, 0xcf);
}
inline QColor amber()
{
    return QColor(0xf0, 0xb0, 0x50);
}
inline QColor red()
{
    return QColor(0xc8, 0x50, 0x4a);
}

// The colour of a review's light (always shown with its word, lightName()); `noData` for none.
inline QColor forLight(Light light, const QColor &noData)
{
    switch (light) {
    case Light::Green:
        return green();
    case Light::Yellow:
        return amber();
    case Light::Red:
        return red();
    case Light::NoData:
        break;
    }
    return noData;
}

} // namespace salesplan::ui::StatusColour
