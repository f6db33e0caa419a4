#include "server/mirrorcopy.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <cmath>

namespace salesplan::server {

using namespace store;

namespace {

// An INSERT holds at most this many rows, or about this many characters, before it is sent.
constexpr qsizetype rowsPerInsert = 1000;
constexpr qsizetype charactersPerInsert = 1 << 20;

// `value` as a PostgreSQL literal; text and bytes are escaped by the driver (libpq).
QString literal(const QVariant &value, const QSqlDriver &driver)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return QStringLiteral("'NaN'");
        if (std::isinf(number))
            return number > 0 ? QStringLiteral("'Infinity'") : QStringLiteral("'-Infinity'");
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    default:
        break;
    }
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return driver.formatValue(field);
}

// Collects the VALUES of one table's rows and sends them in a few INSERTs.
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &server, const QString &schema, const MirrorTable &table,
                qint64 versionId)
        : m_server(server)
        , m_head(QStringLiteral("INSERT INTO %1.%2 (version_id, %3) VALUES ")
                     .arg(schema, table.name, table.columnNames().join(QStringLiteral(", "))))
        , m_versionId(QString::number(versionId))
    {}
    SqlFailure add(const QSqlQuery &row, qsizetype columns)
    {
        QString values = u'(' + m_versionId;
        for (qsizetype i = 0; i < columns; ++i)
            values += u',' + literal(row.value(int(i)), *m_server.driver());
        values += u')';
        if (m_rows > 0)
            m_sql += u',';
        m_sql += values;
        ++m_rows;
        if (m_rows >= rowsPerInsert || m_sql.size() >= charactersPerInsert)
            return flush();
        return std::nullopt;
    }
    SqlFailure flush()
    {
        if (m_rows == 0)
            return std::nullopt;
        SqlFailure failure = serverExec(m_server, m_head + m_sql);
        m_sql.clear();
        m_rows = 0;
        return failure;
    }

private:
    const QSqlDatabase &m_server;
    QString m_head;
    QString m_versionId;
    QString m_sql;
    qsizetype m_rows = 0;
};

// The rows of one table on the server, by version.
using VersionRows = QHash<qint64, QList<QVariantList>>;

SqlFailure fetchRows(const QSqlDatabase &server, const QString &schema, const MirrorTable &table,
                     const QString &ids, VersionRows &rows)
{
    QSqlQuery query(server);
    query.setForwardOnly(true);
    const QStringList columns = table.columnNames();
    if (!query.exec(QStringLiteral("SELECT version_id, %1 FROM %2.%3 WHERE version_id IN (%4)")
                        .arg(columns.join(QStringLiteral(", ")), schema, table.name, ids)))
        return query.lastError();
    while (query.next()) {
        QVariantList values;
        values.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i)
            values.append(query.value(int(i + 1)));
        rows[query.value(0).toLongLong()].append(std::move(values));
    }
    return failureOf(query);
}

SqlStatus insertRows(QSqlQuery &insert, const QList<QVariantList> &rows)
{
    for (const QVariantList &values : rows) {
        for (qsizetype i = 0; i < values.size(); ++i)
            insert.bindValue(int(i), values[i]);
        if (SqlStatus status = run(insert); !status)
            return status;
    }
    return {};
}

SqlStatus readOnePlan(ScratchPlan &scratch, const QList<VersionRows> &tables,
                      QList<QSqlQuery> &inserts, qint64 id, Plan &plan)
{
    SqlStatus status = exec(scratch.db(), QStringLiteral("BEGIN"));
    if (status)
        status = scratch.clear();
    for (qsizetype t = 0; status && t < tables.size(); ++t)
        status = insertRows(inserts[t], tables[t].value(id));
    if (status)
        status = exec(scratch.db(), QStringLiteral("COMMIT"));
    else
        exec(scratch.db(), QStringLiteral("ROLLBACK"));
    if (status)
        status = scratch.read(plan);
    return status;
}

} // namespace

SqlFailure copyToServer(const ScratchPlan &scratch, const QSqlDatabase &server,
                        const QString &schema, qint64 versionId)
{
    for (const MirrorTable &table : planMirrorTables()) {
        const QStringList columns = table.columnNames();
        QSqlQuery query(scratch.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2")
                            .arg(columns.join(QStringLiteral(", ")), table.name)))
            return query.lastError();
        BatchInsert insert(server, schema, table, versionId);
        while (query.next()) {
            if (SqlFailure failure = insert.add(query, columns.size()))
                return failure;
        }
        if (SqlFailure failure = insert.flush())
            return failure;
    }
    return std::nullopt;
}

SqlFailure readFromServer(const QSqlDatabase &server, const QString &schema,
                          const QList<qint64> &ids, ScratchPlan &scratch,
                          QHash<qint64, Plan> &plans)
{
    if (ids.isEmpty())
        return std::nullopt;
    QStringList idList;
    for (const qint64 id : ids)
        idList.append(QString::number(id));
    const QString idText = idList.join(u',');
    QList<VersionRows> tables;
    QList<QSqlQuery> inserts;
    for (const MirrorTable &table : planMirrorTables()) {
        VersionRows rows;
        if (SqlFailure failure = fetchRows(server, schema, table, idText, rows))
            return failure;
        tables.append(std::move(rows));
        QSqlQuery insert(scratch.db());
        const QStringList columns = table.columnNames();
        QStringList marks(columns.size(), QStringLiteral("?"));
        if (SqlStatus status =
                prepare(insert, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table.name, columns.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", "))));
            !status)
            return failureOf(status);
        inserts.append(std::move(insert));
    }
    for (const qint64 id : ids) {
        Plan plan;
        if (SqlStatus status = readOnePlan(scratch, tables, inserts, id, plan); !status)
            return failureOf(status);
        plans.insert(id, std::move(plan));
    }
    return std::nullopt;
}

} // namespace salesplan::server
