#include "store/connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

#include <atomic>

namespace salesplan::store {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("salesplan-store-%1").arg(++counter);
}

} // namespace

Connection::Connection()
    : m_name(uniqueConnectionName())
{}

Connection::~Connection()
{
    close();
}

SqlStatus Connection::open(const QString &path, Mode mode)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid())
        return SqlError{0, QCoreApplication::translate(
                               "PlanFile", "the SQLite driver of Qt Sql is not installed")};
    const bool readOnly = mode == Mode::ReadOnly || mode == Mode::ReadImmutable;
    // A URI with mode=rw or mode=ro never creates a missing file. Percent-encoding keeps names
    // with spaces, '#', '?' or '%' intact.
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(mode == Mode::ReadImmutable ? QStringLiteral("mode=ro&immutable=1")
                 : readOnly                  ? QStringLiteral("mode=ro")
                 : mode == Mode::Create      ? QStringLiteral("mode=rwc")
                                             : QStringLiteral("mode=rw"));
    m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;"
                                                     "QSQLITE_BUSY_TIMEOUT=3000")
                                    : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_db.open())
        return sqlError(m_db.lastError());

    // Per connection, and none of them writes to the file. trusted_schema=OFF: a file from
    // elsewhere cannot make its schema call functions with side effects.
    SqlStatus status = exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (status)
        status = exec(m_db, QStringLiteral("PRAGMA trusted_schema = OFF"));
    // EXTRA = FULL plus a sync of the folder after the rollback journal is deleted, which is
    // the moment a transaction commits in DELETE mode: a commit survives a power cut, too.
    if (status && !readOnly)
        status = exec(m_db, QStringLiteral("PRAGMA synchronous = EXTRA"));
    return status;
}

void Connection::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

} // namespace salesplan::store
