#pragma once

#include "store/sql.h"

#include <QList>
#include <QString>

#include <functional>

// The tables of a .salesplan file and the steps that bring an older file up to date.
namespace salesplan::store {

// PRAGMA application_id of every .salesplan file: 'SPLN'.
inline constexpr qint32 planApplicationId = 0x53504C4E;

// One schema change: brings a file from version N to N + 1, where N is the step's index in its
// list. Version 0 is an empty database, so step 0 creates the version-1 tables.
struct MigrationStep
{
    QString description;
    std::function<SqlStatus(const QSqlDatabase &)> run;
};
using Migrations = QList<MigrationStep>;

// The steps of this build; their count is the newest schema version it reads and writes.
const Migrations &planMigrations();
inline int latestVersion(const Migrations &steps)
{
    return int(steps.size());
}

// Runs steps[fromVersion...] forward, each in its own transaction together with the new
// PRAGMA user_version. A step that fails is rolled back and stops the run, so the file stays
// at the last version that was completed.
SqlStatus migrate(const QSqlDatabase &db, int fromVersion, const Migrations &steps);

} // namespace salesplan::store
