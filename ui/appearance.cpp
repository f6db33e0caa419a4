#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace salesplan::ui {

namespace {

const QString appearanceKey = QStringLiteral("appearance");

// The style and palette the application started with: the system's.
struct SystemLook
{
    QString style;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

} // namespace

Appearance Appearances::stored()
{
    return fromKey(QSettings().value(appearanceKey).toString());
}

void Appearances::store(Appearance appearance)
{
    if (appearance == Appearance::System)
        QSettings().remove(appearanceKey);
    else
        QSettings().setValue(appearanceKey, key(appearance));
}

Appearance Appearances::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Appearance::Light;
    if (key == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

QString Appearances::key(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

QString Appearances::displayName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        //: Preferences ▸ Appearance: light colours whatever the system uses.
        return tr("Light");
    case Appearance::Dark:
        //: Preferences ▸ Appearance: dark colours whatever the system uses.
        return tr("Dark");
    case Appearance::System:
        break;
    }
    //: Preferences ▸ Appearance: the colours of the operating system.
    return tr("System");
}

void Appearances::apply(Appearance appearance)
{
    const SystemLook &system = systemLook();
    if (appearance == Appearance::System) {
        if (QApplication::style()->name() != system.style)
            QApplication::setStyle(system.style);
        QApplication::setPalette(system.palette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        appearance == Appearance::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

QPalette Appearances::darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2A, 0x2A, 0x2A);
    const QColor text(0xEE, 0xEE, 0xEE);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x2A, 0x82, 0xDA);
    QPalette palette(text, window, QColor(0x50, 0x50, 0x50), QColor(0x20, 0x20, 0x20),
                     QColor(0x2C, 0x2C, 0x2C), text, QColor(0xFF, 0xFF, 0xFF), base, window);
    palette.setColor(QPalette::AlternateBase, QColor(0x3A, 0x3A, 0x3A));
    palette.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    palette.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    palette.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xF5));
    palette.setColor(QPalette::LinkVisited, QColor(0xB4, 0x9C, 0xF0));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

} // namespace salesplan::ui
