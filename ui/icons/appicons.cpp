#include "appicons.h"

#include <QApplication>
#include <QPalette>

namespace salesplan::ui {

QIcon bundledIcon(const QString &name)
{
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    return QIcon(QStringLiteral(":/icons/%1/%2.svg")
                     .arg(dark ? QStringLiteral("on-dark") : QStringLiteral("on-light"), name));
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
