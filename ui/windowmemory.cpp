#include "windowmemory.h"

#include <QSettings>
#include <QSplitter>

namespace salesplan::ui::WindowMemory {

void rememberSplitter(QSplitter *splitter, const QString &key)
{
    const QByteArray kept = QSettings().value(key).toByteArray();
    if (!kept.isEmpty())
        splitter->restoreState(kept);
    // splitterMoved comes from the user's drag only, never from a resize of the window.
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
}

} // namespace salesplan::ui::WindowMemory
