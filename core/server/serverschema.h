#pragma once

#include "server/serversql.h"

#include <QSqlDatabase>
#include <QString>

// The team server's schema in PostgreSQL: its own tables (units, published versions, its schema
// version), the group roles, row-level security, and the plan tables mirrored from the file's
// description (planmirror.h). Versioned like the file: steps run forward, and a newer SalesPlan
// adds the plan tables and columns that are missing.
namespace salesplan::server {

inline const QString serverSchema = QStringLiteral("salesplan");
inline const QString directorRole = QStringLiteral("salesplan_director");
inline const QString managerRole = QStringLiteral("salesplan_manager");

// The server schema version this build makes (its own tables and policies); the plan tables
// follow the file's schema version (store::planMigrations()).
int latestServerVersion();

// What a server holds: 0, 0 when SalesPlan's tables are not there yet. A SalesPlan whose
// latestServerVersion() is below `server` can still use it when it is at least `oldestClient`.
struct ServerSchemaVersion
{
    int server = 0;
    int plan = 0;
    int oldestClient = 0;
};
SqlFailure readServerSchemaVersion(const QSqlDatabase &db, ServerSchemaVersion &version);

// Creates the schema, or brings it up to this build's: the server steps it lacks, the plan
// tables and columns it lacks, each table's grants and policies. Runs in one transaction; needs
// a role that may create schemas and roles (the database owner with CREATEROLE, or a superuser).
// `serverVersion` stops at an older server schema version, without plan tables (a test's server
// to bring up to date).
SqlFailure initServerSchema(const QSqlDatabase &db, int serverVersion = latestServerVersion());

} // namespace salesplan::server
