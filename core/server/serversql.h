#pragma once

#include "store/sql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

// Statements on the team server, with PostgreSQL's own error kept whole: its SQLSTATE
// (QSqlError::nativeErrorCode(), "42501") tells a refused permission from a lost connection in
// any language the server speaks.
namespace salesplan::server {

// The error that stopped a statement; empty after a success. `if (SqlFailure f = …) return f;`
using SqlFailure = std::optional<QSqlError>;

SqlFailure serverExec(const QSqlDatabase &db, const QString &sql);
SqlFailure serverRun(QSqlQuery &query); // a prepared query with its values bound
SqlFailure failureOf(const QSqlQuery &query);
// A failure of the SQLite go-between (ScratchPlan) in the same form.
SqlFailure failureOf(const store::SqlStatus &status);

} // namespace salesplan::server
