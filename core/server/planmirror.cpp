#include "server/planmirror.h"

#include "store/planrows.h"
#include "store/schema.h"

#include <algorithm>

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace salesplan::server {

using namespace store;

namespace {

QString scratchConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("salesplan-scratch-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The tables of a file that are not the plan: the saved versions stay in the file.
bool isPlanTable(const QString &name)
{
    return name != QStringLiteral("versions") && !name.startsWith(QStringLiteral("sqlite_"));
}

QList<MirrorColumn> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QList<MirrorColumn> columns;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next()) {
        MirrorColumn column;
        column.name = query.value(1).toString();
        column.type = query.value(2).toString().toUpper();
        column.notNull = query.value(3).toBool();
        column.defaultValue = query.value(4).toString();
        column.key = query.value(5).toInt();
        columns.append(column);
    }
    return columns;
}

QList<MirrorTable> readDescription(const QSqlDatabase &db)
{
    QList<MirrorTable> tables;
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (isPlanTable(name))
            tables.append(MirrorTable{name, columnsOf(db, name)});
    }
    return tables;
}

QString postgresType(const QString &sqliteType)
{
    if (sqliteType == QStringLiteral("INTEGER"))
        return QStringLiteral("BIGINT");
    if (sqliteType == QStringLiteral("REAL"))
        return QStringLiteral("DOUBLE PRECISION");
    if (sqliteType == QStringLiteral("BLOB"))
        return QStringLiteral("BYTEA");
    return QStringLiteral("TEXT");
}

QString columnSql(const MirrorColumn &column)
{
    QString sql = column.name + u' ' + postgresType(column.type);
    if (!column.defaultValue.isEmpty())
        sql += QStringLiteral(" DEFAULT ") + column.defaultValue;
    if (column.notNull)
        sql += QStringLiteral(" NOT NULL");
    return sql;
}

} // namespace

QStringList MirrorTable::columnNames() const
{
    QStringList names;
    for (const MirrorColumn &column : columns)
        names.append(column.name);
    return names;
}

const QList<MirrorTable> &planMirrorTables()
{
    static const QList<MirrorTable> tables = [] {
        ScratchPlan scratch;
        return readDescription(scratch.db());
    }();
    return tables;
}

QString createMirrorTableSql(const MirrorTable &table, const QString &schema,
                             const QString &versions)
{
    QStringList lines{QStringLiteral("version_id BIGINT NOT NULL REFERENCES %1").arg(versions)};
    QList<const MirrorColumn *> key;
    for (const MirrorColumn &column : table.columns) {
        lines.append(columnSql(column));
        if (column.key > 0)
            key.append(&column);
    }
    std::sort(key.begin(), key.end(), [](auto *a, auto *b) { return a->key < b->key; });
    QStringList keyColumns{QStringLiteral("version_id")};
    for (const MirrorColumn *column : key)
        keyColumns.append(column->name);
    lines.append(key.isEmpty() ? QString() // indexed apart
                               : QStringLiteral("PRIMARY KEY (%1)").arg(keyColumns.join(u',')));
    lines.removeAll(QString());
    return QStringLiteral("CREATE TABLE %1.%2 (\n    %3\n)")
        .arg(schema, table.name, lines.join(QStringLiteral(",\n    ")));
}

QString addMirrorColumnSql(const MirrorTable &table, const MirrorColumn &column,
                           const QString &schema)
{
    return QStringLiteral("ALTER TABLE %1.%2 ADD COLUMN %3")
        .arg(schema, table.name, columnSql(column));
}

ScratchPlan::ScratchPlan()
    : m_name(scratchConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!m_db.open()) {
        m_status = sqlError(m_db.lastError());
        return;
    }
    m_status = migrate(m_db, 0, planMigrations());
}

ScratchPlan::~ScratchPlan()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

SqlStatus ScratchPlan::clear()
{
    for (const MirrorTable &table : planMirrorTables()) {
        if (SqlStatus status = exec(m_db, QStringLiteral("DELETE FROM ") + table.name); !status)
            return status;
    }
    return {};
}

SqlStatus ScratchPlan::load(const Plan &plan)
{
    SqlStatus status = exec(m_db, QStringLiteral("BEGIN"));
    if (status)
        status = clear();
    RowPositions positions;
    if (status)
        status = writeNewPlan(m_db, plan, positions);
    if (status)
        return exec(m_db, QStringLiteral("COMMIT"));
    exec(m_db, QStringLiteral("ROLLBACK"));
    return status;
}

SqlStatus ScratchPlan::read(Plan &plan) const
{
    RowPositions positions;
    return readPlan(m_db, plan, positions);
}

} // namespace salesplan::server
