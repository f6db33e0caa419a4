#include "server/serversql.h"

namespace salesplan::server {

SqlFailure serverExec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError();
    return std::nullopt;
}

SqlFailure serverRun(QSqlQuery &query)
{
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}

SqlFailure failureOf(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return query.lastError();
    return std::nullopt;
}

SqlFailure failureOf(const store::SqlStatus &status)
{
    if (status)
        return std::nullopt;
    return QSqlError(QString(), status.error().text, QSqlError::StatementError);
}

} // namespace salesplan::server
