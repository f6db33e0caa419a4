#pragma once

#include <QCoreApplication>
#include <QString>

class QPalette;

// Edit ▸ Preferences ▸ Appearance: the system's colours, or a light or a dark palette on Qt's
// Fusion style whatever the system uses. Kept in QSettings ("appearance": "system", "light",
// "dark"), applied at start and at once when changed: every window, icon and chart follows the
// application palette.
namespace salesplan::ui {

enum class Appearance { System, Light, Dark };

struct Appearances
{
    Q_DECLARE_TR_FUNCTIONS(Appearances)
public:
    // The stored choice; System when none or one not known.
    static Appearance stored();
    static void store(Appearance appearance);
    // "system", "light", "dark" → the appearance; System for anything else.
    static Appearance fromKey(const QString &key);
    static QString key(Appearance appearance);
    // The choice's name in the interface's language: "System", "Light", "Dark".
    static QString displayName(Appearance appearance);
    // Makes `appearance` the application's: style and palette. The first call notes the system's
    // style and palette, which System gives back later.
    static void apply(Appearance appearance);
    // A dark palette that reads: light text on dark grey, a blue highlight, greyed disabled text.
    static QPalette darkPalette();
};

} // namespace salesplan::ui
