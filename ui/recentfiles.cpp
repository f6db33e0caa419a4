#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace salesplan::ui {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(settingsKey, files.mid(0, maximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(settingsKey, files);
}

} // namespace salesplan::ui
