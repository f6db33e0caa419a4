#pragma once

#include "plan/plan.h"
#include "store/sql.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The plan's tables on the team server, taken from the file's own description: an in-memory
// SQLite database brought up to date by store::planMigrations() says which tables and columns
// there are, and the file's own writer and reader (store/planrows.h) fill and read it. The server
// keeps the same tables with a version_id column in front, so SQLite and PostgreSQL share one
// schema description and one mapping of the plan to columns.
namespace salesplan::server {

// One column of a plan table as SQLite declares it.
struct MirrorColumn
{
    QString name;
    QString type; // INTEGER, REAL, TEXT or BLOB
    bool notNull = false;
    QString defaultValue; // SQL text, empty for none
    int key = 0;          // position in the primary key (1, 2, …), 0 when not part of it
};

struct MirrorTable
{
    QString name;
    QList<MirrorColumn> columns;
    QStringList columnNames() const;
};

// The plan tables of this build's file schema (not the file's saved versions), in the order
// their migrations made them.
const QList<MirrorTable> &planMirrorTables();

// The PostgreSQL statements that make `table` in `schema` with version_id (referencing
// `versions`) first: INTEGER is BIGINT, REAL DOUBLE PRECISION, BLOB BYTEA; NOT NULL and the
// defaults are kept, SQLite's CHECKs and foreign keys are not (published rows are never changed).
QString createMirrorTableSql(const MirrorTable &table, const QString &schema,
                             const QString &versions);
// ALTER TABLE … ADD COLUMN for a column a newer file schema added.
QString addMirrorColumnSql(const MirrorTable &table, const MirrorColumn &column,
                           const QString &schema);

// An in-memory SQLite database of the latest file schema, used as the go-between of a Plan and
// the server's rows. Use it on the thread that made it.
class ScratchPlan
{
public:
    ScratchPlan();
    ~ScratchPlan();
    ScratchPlan(const ScratchPlan &) = delete;
    ScratchPlan &operator=(const ScratchPlan &) = delete;

    store::SqlStatus status() const { return m_status; } // whether it could be made
    const QSqlDatabase &db() const { return m_db; }

    // Empties the tables and writes `plan` into them, as a new file would hold it.
    store::SqlStatus load(const Plan &plan);
    // Empties the tables, for rows to be copied in before read().
    store::SqlStatus clear();
    store::SqlStatus read(Plan &plan) const;

private:
    QString m_name;
    QSqlDatabase m_db;
    store::SqlStatus m_status;
};

} // namespace salesplan::server
