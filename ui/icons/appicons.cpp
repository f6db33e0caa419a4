#include "appicons.h"

#include <QApplication>
#include <QHash>
#include <QPalette>

namespace salesplan::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QIcon bundledIcon(const QString &name)
{
    const bool dark = isDarkPalette(QApplication::palette());
    const QString path =
        QStringLiteral(":/icons/%1/%2.svg")
            .arg(dark ? QStringLiteral("on-dark") : QStringLiteral("on-light"), name);
    // One QIcon a file: the navigator asks again after every edit, and a shared icon keeps the
    // pixmaps it has rendered instead of parsing and drawing its SVG anew.
    static QHash<QString, QIcon> loaded;
    auto found = loaded.constFind(path);
    if (found == loaded.constEnd())
        found = loaded.insert(path, QIcon(path));
    return *found;
}

QIcon themedIcon(const QString &themeName, const QString &name)
{
    return QIcon::fromTheme(themeName, bundledIcon(name));
}

QIcon sectionIcon(Section section)
{
    static const char *const names[sectionCount] = {"mission", "targets", "team",   "segments",
                                                    "stages",  "tools",   "metrics"};
    return bundledIcon(QStringLiteral("section-") + QLatin1String(names[int(section)]));
}

} // namespace salesplan::ui
