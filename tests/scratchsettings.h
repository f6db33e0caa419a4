#pragma once

#include <QSettings>
#include <QTemporaryDir>

// Settings of this process alone, in a folder removed when it ends: every test and benchmark
// that makes windows keeps one, so that the plans it opens never join the user's recent plans
// and the preferences it writes never reach the user's, nor another test's run beside it.
class ScratchSettings
{
public:
    ScratchSettings()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_folder.path());
    }

private:
    QTemporaryDir m_folder;
};
