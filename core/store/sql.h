#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Small helpers around Qt Sql for the store: SQLite's own error codes kept with its message,
// statements run with bound values only, and the value conversions of the file format.
namespace salesplan::store {

// SQLite's primary result codes that the store tells apart (see sqlite3.h).
namespace sqlite {
inline constexpr int busy = 5;
inline constexpr int readOnly = 8;
inline constexpr int ioError = 10;
inline constexpr int corrupt = 11;
inline constexpr int full = 13;
inline constexpr int cantOpen = 14;
inline constexpr int notADatabase = 26;
} // namespace sqlite

// A failed SQLite call: SQLite's primary result code (0 when unknown) and its message.
struct SqlError
{
    int code = 0;
    QString text;
};

// Success, or the SqlError that stopped a store operation.
class SqlStatus
{
public:
    SqlStatus() = default;
    SqlStatus(SqlError error)
        : m_error(std::move(error))
    {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const SqlError &error() const { return *m_error; }

private:
    std::optional<SqlError> m_error;
};

SqlError sqlError(const QSqlError &error);
SqlError sqlError(const QSqlQuery &query);

// Runs a statement that has no values (DDL, PRAGMA, BEGIN/COMMIT).
SqlStatus exec(const QSqlDatabase &db, const QString &sql);
// Prepares `sql` on `query`; the caller binds values and calls run().
SqlStatus prepare(QSqlQuery &query, const QString &sql);
SqlStatus run(QSqlQuery &query);
// The first column of the first row of a statement without values (e.g. PRAGMA user_version).
SqlStatus queryValue(const QSqlDatabase &db, const QString &sql, QVariant &value);

SqlStatus beginWrite(const QSqlDatabase &db); // BEGIN IMMEDIATE: takes the write lock up front
SqlStatus commitWrite(const QSqlDatabase &db);
void rollbackWrite(const QSqlDatabase &db); // after a failure; SQLite may have rolled back already

// File-format conversions. Text is never NULL (columns are NOT NULL; Qt binds a null QString as
// NULL); a date is ISO 8601 text, NULL when invalid (no date).
QVariant textValue(const QString &text);
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);

} // namespace salesplan::store
