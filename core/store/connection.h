#pragma once

#include "store/sql.h"

#include <QSqlDatabase>
#include <QString>

namespace salesplan::store {

// One SQLite connection to one file under a name of its own, so that any number of plan files
// can be open at once; the connection is closed and removed with the object. Use it on the
// thread that opened it (a Qt Sql rule).
class Connection
{
public:
    // ReadImmutable: read-only with SQLite's immutable=1, which takes no lock and opens no -wal
    // or -shm file, so nothing is written beside the file. Only for a file that nothing writes
    // while it is open, or whose changes meanwhile may be missed.
    enum class Mode { ReadWrite, ReadOnly, ReadImmutable, Create };

    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens an existing file; only Mode::Create makes a new one. Read-only connections are
    // opened with SQLITE_OPEN_READONLY and mode=ro, so they write nothing, not even a journal.
    SqlStatus open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QSqlDatabase &db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace salesplan::store
