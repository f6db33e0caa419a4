#include "store/sql.h"

#include <QSqlError>

namespace salesplan::store {

SqlError sqlError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended result codes carry the primary code in their low byte.
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return SqlError{ok ? (code & 0xff) : 0, text};
}

SqlError sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError());
}

SqlStatus exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query);
    return {};
}

SqlStatus prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return sqlError(query);
    return {};
}

SqlStatus run(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return {};
}

SqlStatus queryValue(const QSqlDatabase &db, const QString &sql, QVariant &value)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return sqlError(query);
    if (!query.next())
        return query.lastError().isValid() ? sqlError(query)
                                           : SqlError{0, QStringLiteral("no result")};
    value = query.value(0);
    return {};
}

SqlStatus beginWrite(const QSqlDatabase &db)
{
    return exec(db, QStringLiteral("BEGIN IMMEDIATE"));
}

SqlStatus commitWrite(const QSqlDatabase &db)
{
    return exec(db, QStringLiteral("COMMIT"));
}

void rollbackWrite(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK")); // "no transaction is active" is fine here
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

namespace {

// The number written by the `count` digits at `from`, or -1 when one is not a digit.
int digitsAt(const QString &text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

} // namespace

QDate dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    // The store writes yyyy-MM-dd (dateValue); read it directly, as a file holds one a row of
    // history, and anything else through Qt's parser.
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int year = digitsAt(text, 0, 4);
        const int month = digitsAt(text, 5, 2);
        const int day = digitsAt(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace salesplan::store
