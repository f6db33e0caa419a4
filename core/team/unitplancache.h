#pragma once

#include "plan/plan.h"
#include "team/consolidation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace salesplan {

// The units' plans of a team plan as last read from their files, so that a consolidation made
// again (after each edit in the window) reads again only the files changed on disk since: a file
// is known by its canonical path, last-modified time and size. Files are read without a lock and
// never changed: the units' managers may have them open.
class UnitPlanCache
{
public:
    // Each unit of `team` from its file (unitFilePath()), in order; a unit whose file cannot be
    // read, has no path yet or is the team plan's own file comes with the reason in words. Files
    // no unit links any longer are forgotten.
    QList<UnitInput> read(const Plan &team, const QString &teamFilePath);
    // How many times a file has been read (or tried): what the cache spares.
    int fileReads() const { return m_fileReads; }

private:
    struct Stamp
    {
        bool exists = false;
        QDateTime modified;
        qint64 size = 0;
        bool operator==(const Stamp &) const = default;
    };
    struct Entry
    {
        Stamp stamp;
        QString readPath; // the path the file was read by, named in `error`
        std::optional<Plan> plan;
        QString error;
    };
    UnitInput readUnit(const PlanUnit &unit, const QString &teamFilePath,
                       const QString &teamCanonical, const Plan &team, QHash<QString, Entry> &kept);

    QHash<QString, Entry> m_entries; // by canonical path (the path itself for a file not there)
    int m_fileReads = 0;
};

} // namespace salesplan
