#pragma once

#include "plan/plan.h"

#include <QIcon>
#include <QString>

class QPalette;

// The app's icons: the desktop theme's where it has one (Linux), else the line icon bundled
// under :/icons in the shade that reads on the application palette (a dark grey on a light
// window, a light grey on a dark one), so Windows and macOS show them too.
namespace salesplan::ui {

// Whether `palette` is dark (its window below middle lightness): the bundled icons are drawn light
// on it.
bool isDarkPalette(const QPalette &palette);
// The bundled icon `name` (resources/icons/NAME.svg) for the current palette.
QIcon bundledIcon(const QString &name);
// The theme's icon `themeName`, else the bundled icon `name`.
QIcon themedIcon(const QString &themeName, const QString &name);
// The navigator's icon of a section.
QIcon sectionIcon(Section section);

} // namespace salesplan::ui
