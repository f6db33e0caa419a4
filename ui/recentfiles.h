#pragma once

#include <QStringList>

namespace salesplan::ui {

// The list of recently opened plans, newest first, kept in QSettings ("recentFiles").
class RecentFiles
{
public:
    static constexpr int maximum = 10;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace salesplan::ui
