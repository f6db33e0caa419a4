// The Qt headers most of our sources include, precompiled once per target (see salesplan_use_pch).
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
