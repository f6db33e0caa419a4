#pragma once

#include "calc/attainment.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How a red/yellow/green light looks wherever the review shows one: a dot in the status colours
// of the report beside the light's word, never the colour alone.
namespace salesplan::ui {

// The light's colour (the report's status colours; grey for "no data").
QColor lightColour(Light light);
// A filled dot of the light's colour, `side` pixels across.
QIcon lightIcon(Light light, int side);
// The light as rich text: a dot of its colour followed by its word ("● Green").
QString lightHtml(Light light);

} // namespace salesplan::ui
