#include "server/serverschema.h"

#include "server/planmirror.h"
#include "store/schema.h"

#include <QHash>

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace salesplan::server {

using namespace store;

namespace {

// Server schema version 1: the units, the published versions (unit NULL: the director's
// allocation, the team plan), the group roles and who may read and write what. A manager role
// manages one unit; salesplan.my_unit() names it.
const char16_t *const serverVersion1[] = {
    uR"(DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'salesplan_director') THEN
            CREATE ROLE salesplan_director NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'salesplan_manager') THEN
            CREATE ROLE salesplan_manager NOLOGIN;
        END IF;
    END $$)",
    uR"(CREATE TABLE salesplan.server_units (
        name TEXT PRIMARY KEY CHECK (name <> ''),
        manager_role NAME NOT NULL UNIQUE
    ))",
    uR"(CREATE TABLE salesplan.server_versions (
        id BIGSERIAL PRIMARY KEY,
        unit TEXT REFERENCES salesplan.server_units (name),
        number BIGINT NOT NULL CHECK (number > 0),
        published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        published_by NAME NOT NULL DEFAULT current_user,
        based_on_allocation BIGINT,
        UNIQUE NULLS NOT DISTINCT (unit, number)
    ))",
    uR"(CREATE FUNCTION salesplan.my_unit() RETURNS TEXT LANGUAGE sql STABLE
        AS $$ SELECT name FROM salesplan.server_units WHERE manager_role = current_user $$)",
    uR"(REVOKE ALL ON SCHEMA salesplan FROM PUBLIC)",
    uR"(REVOKE ALL ON FUNCTION salesplan.my_unit() FROM PUBLIC)",
    uR"(GRANT USAGE ON SCHEMA salesplan TO salesplan_director, salesplan_manager)",
    uR"(GRANT EXECUTE ON FUNCTION salesplan.my_unit() TO salesplan_director, salesplan_manager)",
    uR"(GRANT SELECT ON salesplan.server_schema TO salesplan_director, salesplan_manager)",
    uR"(GRANT SELECT ON salesplan.server_units TO salesplan_director, salesplan_manager)",
    uR"(GRANT SELECT, INSERT ON salesplan.server_versions TO salesplan_director, salesplan_manager)",
    uR"(GRANT USAGE ON SEQUENCE salesplan.server_versions_id_seq
        TO salesplan_director, salesplan_manager)",
    uR"(ALTER TABLE salesplan.server_units ENABLE ROW LEVEL SECURITY)",
    uR"(CREATE POLICY director_reads ON salesplan.server_units FOR SELECT
        TO salesplan_director USING (true))",
    uR"(CREATE POLICY manager_reads ON salesplan.server_units FOR SELECT
        TO salesplan_manager USING (manager_role = current_user))",
    uR"(ALTER TABLE salesplan.server_versions ENABLE ROW LEVEL SECURITY)",
    uR"(CREATE POLICY director_reads ON salesplan.server_versions FOR SELECT
        TO salesplan_director USING (true))",
    uR"(CREATE POLICY director_writes ON salesplan.server_versions FOR INSERT
        TO salesplan_director WITH CHECK (unit IS NULL AND published_by = current_user))",
    uR"(CREATE POLICY manager_reads ON salesplan.server_versions FOR SELECT
        TO salesplan_manager USING (unit IS NULL OR unit = salesplan.my_unit()))",
    uR"(CREATE POLICY manager_writes ON salesplan.server_versions FOR INSERT
        TO salesplan_manager WITH CHECK (unit = salesplan.my_unit() AND published_by = current_user))",
};

// Server schema version 2: each published unit version's top-line figures (team/unitfigures.h),
// written by its publish in the same transaction. Every team role reads every unit's figures —
// the allocation beside the other units' bottom-up — while the plans stay private; a manager
// adds them only for the newest version of its own unit, as that version says; nobody changes
// or removes them.
const char16_t *const serverVersion2[] = {
    uR"(CREATE TABLE salesplan.unit_figures (
        version_id BIGINT PRIMARY KEY REFERENCES salesplan.server_versions (id),
        unit TEXT NOT NULL,
        number BIGINT NOT NULL,
        currency TEXT NOT NULL,
        plan_year INT NOT NULL,
        plan_start_month INT NOT NULL,
        annual_target_minor BIGINT NOT NULL,
        months_minor BIGINT[] CHECK (cardinality(months_minor) = 12),
        members INT NOT NULL,
        planned_hires INT NOT NULL,
        sales_budget_minor BIGINT,
        published_at TIMESTAMPTZ NOT NULL,
        published_by NAME NOT NULL DEFAULT current_user
    ))",
    uR"(CREATE INDEX ON salesplan.unit_figures (unit, number))",
    uR"(REVOKE ALL ON salesplan.unit_figures FROM PUBLIC)",
    uR"(GRANT SELECT ON salesplan.unit_figures TO salesplan_director, salesplan_manager)",
    uR"(GRANT INSERT ON salesplan.unit_figures TO salesplan_manager)",
    uR"(ALTER TABLE salesplan.unit_figures ENABLE ROW LEVEL SECURITY)",
    uR"(CREATE POLICY team_reads ON salesplan.unit_figures FOR SELECT
        TO salesplan_director, salesplan_manager USING (true))",
    uR"(CREATE POLICY manager_writes ON salesplan.unit_figures FOR INSERT
        TO salesplan_manager WITH CHECK (
            unit = salesplan.my_unit() AND published_by = current_user
            AND version_id = (SELECT max(id) FROM salesplan.server_versions
                              WHERE unit = salesplan.my_unit())
            AND (version_id, unit, number, published_at) IN (
                SELECT id, unit, number, published_at FROM salesplan.server_versions)))",
};

// Who may publish a plan table's rows as the director: a director of this database, for the
// newest allocation.
const QString directorWritesPlanRows =
    QStringLiteral("salesplan.is_director() AND version_id = (SELECT max(id) FROM "
                   "salesplan.server_versions WHERE unit IS NULL)");

// Server schema version 3: the group roles are the whole server's, so membership alone no longer
// decides; a director is one in this database's directors table (written by add-director), a
// manager reads the allocation only with a unit here, and only the roles added here may connect.
// Each statement may run again (a step redone after its own objects were left). A server of
// an older version keeps as directors those who published its allocation; add the
// others again with add-director.
const char16_t *const serverVersion3[] = {
    uR"(CREATE TABLE IF NOT EXISTS salesplan.directors (role NAME PRIMARY KEY))",
    uR"(INSERT INTO salesplan.directors SELECT DISTINCT v.published_by
        FROM salesplan.server_versions v JOIN pg_roles r ON r.rolname = v.published_by
        WHERE v.unit IS NULL AND pg_has_role(r.oid, 'salesplan_director', 'MEMBER')
        ON CONFLICT DO NOTHING)",
    uR"(CREATE OR REPLACE FUNCTION salesplan.is_director() RETURNS BOOLEAN LANGUAGE sql STABLE
        AS $$ SELECT EXISTS (SELECT FROM salesplan.directors WHERE role = current_user) $$)",
    uR"(REVOKE ALL ON FUNCTION salesplan.is_director() FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION salesplan.is_director() TO salesplan_director, salesplan_manager)",
    uR"(REVOKE ALL ON salesplan.directors FROM PUBLIC)",
    uR"(GRANT SELECT ON salesplan.directors TO salesplan_director)",
    uR"(ALTER TABLE salesplan.directors ENABLE ROW LEVEL SECURITY)",
    uR"(DROP POLICY IF EXISTS own_row ON salesplan.directors)",
    uR"(CREATE POLICY own_row ON salesplan.directors FOR SELECT
        TO salesplan_director USING (role = current_user))",
    uR"(ALTER POLICY director_reads ON salesplan.server_units USING (salesplan.is_director()))",
    uR"(ALTER POLICY director_reads ON salesplan.server_versions USING (salesplan.is_director()))",
    uR"(ALTER POLICY director_writes ON salesplan.server_versions WITH CHECK
        (salesplan.is_director() AND unit IS NULL AND published_by = current_user))",
    uR"(ALTER POLICY manager_reads ON salesplan.server_versions USING
        (unit IS NULL AND salesplan.my_unit() IS NOT NULL OR unit = salesplan.my_unit()))",
    uR"(DROP POLICY IF EXISTS team_reads ON salesplan.unit_figures)",
    uR"(DROP POLICY IF EXISTS director_reads ON salesplan.unit_figures)",
    uR"(DROP POLICY IF EXISTS manager_reads ON salesplan.unit_figures)",
    uR"(CREATE POLICY director_reads ON salesplan.unit_figures FOR SELECT
        TO salesplan_director USING (salesplan.is_director()))",
    uR"(CREATE POLICY manager_reads ON salesplan.unit_figures FOR SELECT
        TO salesplan_manager USING (salesplan.my_unit() IS NOT NULL))",
    uR"(DO $$ BEGIN
        EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    END $$)",
    uR"(DO $$ DECLARE member NAME; BEGIN
        FOR member IN SELECT role FROM salesplan.directors UNION
                      SELECT u.manager_role FROM salesplan.server_units u
                      JOIN pg_roles r ON r.rolname = u.manager_role LOOP
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), member);
        END LOOP;
    END $$)",
};

// Server schema version 4: whether a unit's published plan was a team plan itself, whose units
// would be counted twice if it were summed (team/unitfigures.h). A SalesPlan of version 3 does
// not write it: then the trigger works it out from the version's own plan rows, as the step does
// for the figures published before. Only a column and functions: version 3 can still use it.
const char16_t *const serverVersion4[] = {
    uR"(ALTER TABLE salesplan.unit_figures ADD COLUMN IF NOT EXISTS team_plan BOOLEAN)",
    uR"(CREATE OR REPLACE FUNCTION salesplan.has_units(version BIGINT) RETURNS BOOLEAN
        LANGUAGE plpgsql STABLE AS $$ BEGIN
            IF to_regclass('salesplan.units') IS NULL THEN
                RETURN false;
            END IF;
            RETURN EXISTS (SELECT FROM salesplan.units WHERE version_id = version);
        END $$)",
    uR"(REVOKE ALL ON FUNCTION salesplan.has_units(BIGINT) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION salesplan.has_units(BIGINT)
        TO salesplan_director, salesplan_manager)",
    uR"(CREATE OR REPLACE FUNCTION salesplan.figures_team_plan() RETURNS TRIGGER
        LANGUAGE plpgsql AS $$ BEGIN
            IF NEW.team_plan IS NULL THEN
                NEW.team_plan := salesplan.has_units(NEW.version_id);
            END IF;
            RETURN NEW;
        END $$)",
    uR"(DROP TRIGGER IF EXISTS team_plan ON salesplan.unit_figures)",
    uR"(CREATE TRIGGER team_plan BEFORE INSERT ON salesplan.unit_figures
        FOR EACH ROW EXECUTE FUNCTION salesplan.figures_team_plan())",
    uR"(UPDATE salesplan.unit_figures SET team_plan = salesplan.has_units(version_id)
        WHERE team_plan IS NULL)",
};

// The plan tables a version 1 or 2 server made get the director's check of version 3.
SqlFailure directorWritesPlanTables(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT tablename FROM pg_policies WHERE schemaname = "
                                   "'salesplan' AND policyname = 'director_writes' AND "
                                   "tablename <> 'server_versions'")))
        return query.lastError();
    QStringList sql;
    while (query.next())
        sql.append(QStringLiteral("ALTER POLICY director_writes ON salesplan.%1 WITH CHECK (%2)")
                       .arg(query.value(0).toString(), directorWritesPlanRows));
    query.finish();
    for (const QString &statement : sql) {
        if (SqlFailure failure = serverExec(db, statement))
            return failure;
    }
    return std::nullopt;
}

template <std::size_t N> SqlFailure runAll(const QSqlDatabase &db, const char16_t *const (&sql)[N])
{
    for (const char16_t *statement : sql) {
        if (SqlFailure failure = serverExec(db, QString::fromUtf16(statement)))
            return failure;
    }
    return std::nullopt;
}

SqlFailure runAll(const QSqlDatabase &db, const QStringList &sql)
{
    for (const QString &statement : sql) {
        if (SqlFailure failure = serverExec(db, statement))
            return failure;
    }
    return std::nullopt;
}

// A step of the server schema, and the oldest SalesPlan (by the server schema version it makes)
// that can still read and write a server after it: a step that only adds nullable or defaulted
// columns, tables or functions keeps the one before; a step that breaks older ones raises it.
struct ServerStep
{
    SqlFailure (*run)(const QSqlDatabase &);
    int oldestClient;
};

const QList<ServerStep> &serverSteps()
{
    static const QList<ServerStep> steps = {
        {[](const QSqlDatabase &db) { return runAll(db, serverVersion1); }, 1},
        // Every publish writes its figures: an older one would leave them out.
        {[](const QSqlDatabase &db) { return runAll(db, serverVersion2); }, 2},
        // Directors are the ones listed here: an older one would add directors who are none.
        {[](const QSqlDatabase &db) {
             SqlFailure failure = runAll(db, serverVersion3);
             return failure ? failure : directorWritesPlanTables(db);
         },
         3},
        {[](const QSqlDatabase &db) { return runAll(db, serverVersion4); }, 3},
    };
    return steps;
}

// Who may read and write a plan table: the rows of the versions the role may read (the policy
// of server_versions decides), and new rows only for its own newest version. Nobody updates or
// deletes a published row.
QStringList planTableAccess(const QString &table)
{
    const QString qualified = serverSchema + u'.' + table;
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(qualified),
        QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(qualified),
        QStringLiteral("GRANT SELECT, INSERT ON %1 TO salesplan_director, salesplan_manager")
            .arg(qualified),
        QStringLiteral("CREATE POLICY readable ON %1 FOR SELECT TO salesplan_director, "
                       "salesplan_manager USING (version_id IN (SELECT id FROM "
                       "salesplan.server_versions))")
            .arg(qualified),
        QStringLiteral("CREATE POLICY director_writes ON %1 FOR INSERT TO salesplan_director "
                       "WITH CHECK (%2)")
            .arg(qualified, directorWritesPlanRows),
        QStringLiteral("CREATE POLICY manager_writes ON %1 FOR INSERT TO salesplan_manager "
                       "WITH CHECK (version_id = (SELECT max(id) FROM salesplan.server_versions "
                       "WHERE unit = salesplan.my_unit()))")
            .arg(qualified),
    };
}

// The columns of the plan tables the server has: table → columns.
SqlFailure serverPlanColumns(const QSqlDatabase &db, QHash<QString, QSet<QString>> &columns)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT table_name, column_name FROM "
                                   "information_schema.columns WHERE table_schema = '%1'")
                        .arg(serverSchema)))
        return query.lastError();
    while (query.next())
        columns[query.value(0).toString()].insert(query.value(1).toString());
    return failureOf(query);
}

SqlFailure createPlanTable(const QSqlDatabase &db, const MirrorTable &table)
{
    QStringList sql{createMirrorTableSql(table, serverSchema)};
    const bool keyed = std::any_of(table.columns.cbegin(), table.columns.cend(),
                                   [](const MirrorColumn &column) { return column.key > 0; });
    if (!keyed) // else the primary key, version_id first, is the index
        sql.append(
            QStringLiteral("CREATE INDEX ON %1.%2 (version_id)").arg(serverSchema, table.name));
    sql += planTableAccess(table.name);
    return runAll(db, sql);
}

SqlFailure syncPlanTables(const QSqlDatabase &db)
{
    QHash<QString, QSet<QString>> existing;
    if (SqlFailure failure = serverPlanColumns(db, existing))
        return failure;
    for (const MirrorTable &table : planMirrorTables()) {
        const auto found = existing.constFind(table.name);
        if (found == existing.cend()) {
            if (SqlFailure failure = createPlanTable(db, table))
                return failure;
            continue;
        }
        for (const MirrorColumn &column : table.columns) {
            if (found->contains(column.name))
                continue;
            if (SqlFailure failure =
                    serverExec(db, addMirrorColumnSql(table, column, serverSchema)))
                return failure;
        }
    }
    return std::nullopt;
}

// The oldest SalesPlan that can use a server of `serverVersion`.
int oldestClientOf(int serverVersion)
{
    int oldest = 0;
    const QList<ServerStep> &steps = serverSteps();
    for (qsizetype step = 0; step < std::min<qsizetype>(serverVersion, steps.size()); ++step)
        oldest = std::max(oldest, steps[step].oldestClient);
    return oldest;
}

SqlFailure runServerSteps(const QSqlDatabase &db, int from, int to)
{
    const QList<ServerStep> &steps = serverSteps();
    for (qsizetype step = from; step < std::min<qsizetype>(to, steps.size()); ++step) {
        if (SqlFailure failure = steps[step].run(db))
            return failure;
    }
    return std::nullopt;
}

SqlFailure initInTransaction(const QSqlDatabase &db, int serverVersion)
{
    // One init at a time: a second waits here instead of failing on a half-made schema.
    const QStringList start = {
        QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(planApplicationId),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS salesplan"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS salesplan.server_schema ("
                       "id INT PRIMARY KEY CHECK (id = 1), "
                       "server_version INT NOT NULL, plan_version INT NOT NULL)"),
        QStringLiteral("ALTER TABLE salesplan.server_schema ADD COLUMN IF NOT EXISTS "
                       "oldest_client INT"),
    };
    ServerSchemaVersion version;
    SqlFailure failure = runAll(db, start);
    if (!failure)
        failure = readServerSchemaVersion(db, version);
    if (!failure)
        failure = runServerSteps(db, version.server, serverVersion);
    // The plan tables' policies are this version's: an older server (a test's) has none.
    if (!failure && serverVersion == latestServerVersion())
        failure = syncPlanTables(db);
    if (!failure)
        failure = serverExec(
            db, QStringLiteral("INSERT INTO salesplan.server_schema VALUES (1, %1, %2, %3) "
                               "ON CONFLICT (id) DO UPDATE SET "
                               "server_version = GREATEST(server_schema.server_version, %1), "
                               "plan_version = GREATEST(server_schema.plan_version, %2), "
                               "oldest_client = GREATEST(server_schema.oldest_client, %3)")
                    .arg(serverVersion)
                    .arg(latestVersion(planMigrations()))
                    .arg(oldestClientOf(serverVersion)));
    return failure;
}

} // namespace

int latestServerVersion()
{
    return int(serverSteps().size());
}

SqlFailure readServerSchemaVersion(const QSqlDatabase &db, ServerSchemaVersion &version)
{
    version = {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('salesplan.server_schema') IS NOT NULL")) ||
        !query.next())
        return query.lastError();
    if (!query.value(0).toBool())
        return std::nullopt;
    // oldest_client through the row's JSON: a server set up before it was kept has no column.
    if (!query.exec(QStringLiteral("SELECT server_version, plan_version, "
                                   "(to_jsonb(s) ->> 'oldest_client')::int FROM "
                                   "salesplan.server_schema s WHERE id = 1")))
        return query.lastError();
    if (query.next()) {
        version.server = query.value(0).toInt();
        version.plan = query.value(1).toInt();
        // Not said: the server was set up by a SalesPlan that used only its own version.
        version.oldestClient = query.value(2).isNull() ? version.server : query.value(2).toInt();
    }
    return failureOf(query);
}

SqlFailure initServerSchema(const QSqlDatabase &db, int serverVersion)
{
    if (SqlFailure failure = serverExec(db, QStringLiteral("BEGIN")))
        return failure;
    SqlFailure failure = initInTransaction(db, serverVersion);
    if (!failure)
        failure = serverExec(db, QStringLiteral("COMMIT"));
    if (failure)
        serverExec(db, QStringLiteral("ROLLBACK"));
    return failure;
}

} // namespace salesplan::server
