#pragma once

#include <QString>

class QSplitter;

// What the windows remember between runs, in QSettings under clear keys grouped by window
// ("mainWindow/geometry", "mainWindow/splitter", "mainWindow/lastPage", "whatIf/splitter",
// "comparisonWindow/size"): one place that says where each is kept.
namespace salesplan::ui::WindowMemory {

inline const QString mainGeometryKey = QStringLiteral("mainWindow/geometry");
inline const QString mainStateKey = QStringLiteral("mainWindow/state");
inline const QString mainSplitterKey = QStringLiteral("mainWindow/splitter");
// The object name of the page last shown over a plan ("targetsEditor"), opened again with the next
// plan.
inline const QString mainLastPageKey = QStringLiteral("mainWindow/lastPage");
inline const QString whatIfSplitterKey = QStringLiteral("whatIf/splitter");
inline const QString comparisonSizeKey = QStringLiteral("comparisonWindow/size");

// Gives `splitter` the sizes kept under `key`, if any, and keeps them there whenever the user
// drags it.
void rememberSplitter(QSplitter *splitter, const QString &key);

} // namespace salesplan::ui::WindowMemory
