#include "server/teamserver.h"

#include "plan/format.h"
#include "server/mirrorcopy.h"
#include "server/planmirror.h"
#include "server/serverschema.h"
#include "server/serversql.h"
#include "store/schema.h"
#include "team/consolidation.h"

#include <QAtomicInteger>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace salesplan::server {

namespace {

// When a version was published, as the reader's clock and language write it ("2027年1月5日 09:30").
QString publishedWhen(const QDateTime &publishedAt)
{
    const QDateTime local = publishedAt.toLocalTime();
    return formatDay(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString serverConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("salesplan-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What a failed statement means for the user, from PostgreSQL's SQLSTATE (any language) and,
// for the errors of signing in that libpq reports without one, its words.
ServerProblem problemOf(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (state.startsWith(QStringLiteral("28")) || text.contains(QStringLiteral("authentication")) ||
        text.contains(QStringLiteral("no password supplied")))
        return ServerProblem::Authentication;
    if (state == QStringLiteral("42501"))
        return ServerProblem::Permission;
    if (state == QStringLiteral("23505"))
        return ServerProblem::Stale;
    if (state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57P")) ||
        text.contains(QStringLiteral("could not connect")) ||
        text.contains(QStringLiteral("Connection refused")) ||
        text.contains(QStringLiteral("server closed the connection")) ||
        text.contains(QStringLiteral("no connection to the server")) ||
        text.contains(QStringLiteral("could not translate host name")) ||
        text.contains(QStringLiteral("timeout expired")))
        return ServerProblem::Unreachable;
    return ServerProblem::Other;
}

// The server's own words for an error: its first line, without libpq's "ERROR:" and padding.
QString serverWords(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // libpq puts "connection to server at …, port … failed: FATAL:  " before a refused sign-in.
    static const QRegularExpression severity(QStringLiteral("^.*(ERROR|FATAL|PANIC):\\s*"));
    text = text.section(u'\n', 0, 0).trimmed().remove(severity);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// A role name SalesPlan creates: lower-case letters, digits and '_', as PostgreSQL folds
// unquoted names, so that psql and pg_hba.conf name it the same way.
bool isPlainRoleName(const QString &role)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(role).hasMatch() && !role.startsWith(QStringLiteral("pg_"));
}

PublishedVersion versionFrom(const QSqlQuery &query, int first)
{
    PublishedVersion version;
    version.unit = query.value(first).toString();
    version.number = query.value(first + 1).toLongLong();
    version.publishedAt = query.value(first + 2).toDateTime().toUTC();
    version.publishedBy = query.value(first + 3).toString();
    if (!query.value(first + 4).isNull())
        version.basedOnAllocation = query.value(first + 4).toLongLong();
    return version;
}

const QString versionColumns = QStringLiteral("id, coalesce(unit, ''), number, published_at, "
                                              "published_by, based_on_allocation");

// The advisory locks of a publish: the allocation (shared by unit publishes, exclusive for the
// director's) and one unit, so that version numbers are given out one at a time.
QString allocationLock(bool exclusive)
{
    return QStringLiteral("SELECT pg_advisory_xact_lock%1(%2, 0)")
        .arg(exclusive ? QString() : QStringLiteral("_shared"))
        .arg(store::planApplicationId);
}

// A month's amounts as a PostgreSQL array literal, or NULL.
QString monthsSql(const std::optional<MonthValues> &months)
{
    if (!months)
        return QStringLiteral("NULL");
    QStringList amounts;
    for (qint64 amount : *months)
        amounts.append(QString::number(amount));
    return QStringLiteral("'{%1}'::bigint[]").arg(amounts.join(u','));
}

// The months of PostgreSQL's text of a bigint[] ("{1,2,…}"), none unless it holds twelve.
std::optional<MonthValues> monthsFrom(const QVariant &value)
{
    QString text = value.toString();
    if (value.isNull() || !text.startsWith(u'{') || !text.endsWith(u'}'))
        return std::nullopt;
    const QStringList amounts = text.mid(1, text.size() - 2).split(u',');
    if (amounts.size() != Period::monthCount)
        return std::nullopt;
    MonthValues months{};
    for (int m = 0; m < Period::monthCount; ++m) {
        bool ok = false;
        months[std::size_t(m)] = amounts.at(m).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return months;
}

PublishedFigures figuresFrom(const QSqlQuery &query)
{
    PublishedFigures published;
    published.version.unit = query.value(0).toString();
    published.version.number = query.value(1).toLongLong();
    published.version.publishedAt = query.value(2).toDateTime().toUTC();
    published.version.publishedBy = query.value(3).toString();
    UnitFigures &figures = published.figures;
    figures.currency = query.value(4).toString();
    figures.period = Period{query.value(5).toInt(), query.value(6).toInt()};
    figures.annualTarget = query.value(7).toLongLong();
    figures.months = monthsFrom(query.value(8));
    figures.members = query.value(9).toInt();
    figures.plannedHires = query.value(10).toInt();
    if (!query.value(11).isNull())
        figures.salesBudget = query.value(11).toLongLong();
    return published;
}

} // namespace

TeamServer::TeamServer() = default;

TeamServer::~TeamServer()
{
    disconnect();
}

Error TeamServer::fail(ServerProblem problem, const QString &message)
{
    m_problem = problem;
    QString words = message;
    if (m_address.password.size() >= 3)
        words.replace(m_address.password, QStringLiteral("***"));
    return Error{QString(), words};
}

Error TeamServer::failSql(const QString &doing, const QSqlError &error)
{
    const ServerProblem problem = problemOf(error);
    const QString url = displayUrl();
    const QString words = serverWords(error);
    switch (problem) {
    case ServerProblem::Authentication:
        if (words.contains(QStringLiteral("no password supplied")))
            return fail(problem,
                        tr("The team server %1 needs the password of %2.").arg(url, role()));
        return fail(problem, tr("The team server %1 did not let %2 sign in: %3. Check the user "
                                "name and the password.")
                                 .arg(url, role(), words));
    case ServerProblem::Unreachable:
        return fail(problem, tr("%1 failed: the team server %2 cannot be reached (%3). Your plan "
                                "is safe in its file; try again when the server is back.")
                                 .arg(doing, url, words));
    case ServerProblem::Permission:
        return fail(problem, tr("%1 was refused: %2 may not do this on the team server (%3).")
                                 .arg(doing, role(), words));
    default:
        return fail(problem, tr("%1 failed on the team server: %2.").arg(doing, words));
    }
}

Error TeamServer::failScratch(const store::SqlStatus &status)
{
    return fail(
        ServerProblem::Other,
        tr("The plan cannot be laid out in the server's tables: %1.").arg(status.error().text));
}

Status TeamServer::connect(const QString &url, const QString &password)
{
    disconnect();
    const Result<ServerAddress> address = parseServerUrl(url);
    if (!address)
        return fail(ServerProblem::Other, address.error().message());
    m_address = *address;
    if (!password.isEmpty())
        m_address.password = password;
    m_connectionName = serverConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
#ifdef Q_OS_LINUX
        return fail(ServerProblem::Other,
                    tr("This SalesPlan cannot speak to PostgreSQL: Qt's QPSQL driver is not "
                       "installed (on Debian and Ubuntu: libqt6sql6-psql)."));
#else
        return fail(ServerProblem::Other,
                    tr("This SalesPlan cannot speak to PostgreSQL: Qt's QPSQL driver is not "
                       "installed. Install SalesPlan again with its PostgreSQL driver."));
#endif
    }
    m_db.setHostName(m_address.host);
    m_db.setPort(m_address.port);
    m_db.setDatabaseName(m_address.database);
    m_db.setUserName(m_address.user);
    if (!m_address.password.isEmpty())
        m_db.setPassword(m_address.password);
    m_db.setConnectOptions(m_address.connectOptions);
    if (!m_db.open())
        return failSql(tr("Signing in"), m_db.lastError());
    // The server's notices ("already exists, skipping") are not for the user.
    serverExec(m_db, QStringLiteral("SET client_min_messages TO warning"));
    m_problem = ServerProblem::None;
    return Success{};
}

void TeamServer::disconnect()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaChecked = false;
}

bool TeamServer::isConnected() const
{
    return m_db.isOpen();
}

QString TeamServer::displayUrl() const
{
    return server::displayUrl(m_address);
}

QString TeamServer::role() const
{
    return m_address.user;
}

Status TeamServer::checkSchema()
{
    if (m_schemaChecked)
        return Success{};
    ServerSchemaVersion version;
    if (SqlFailure failure = readServerSchemaVersion(m_db, version))
        return failSql(tr("Reading the team server's version"), *failure);
    const int plan = store::latestVersion(store::planMigrations());
    if (version.server == 0)
        return fail(ServerProblem::Schema,
                    tr("The team server %1 has no SalesPlan tables that %2 may read. Ask whoever "
                       "set it up to run “salesplan server init” there and to add you as the "
                       "director or as a unit's manager.")
                        .arg(displayUrl(), role()));
    if (version.server > latestServerVersion() || version.plan > plan)
        return fail(ServerProblem::Schema,
                    tr("The team server %1 was set up by a newer SalesPlan (server schema %2, "
                       "plan schema %3; this SalesPlan writes %4 and %5). Update SalesPlan to use "
                       "it.")
                        .arg(displayUrl())
                        .arg(version.server)
                        .arg(version.plan)
                        .arg(latestServerVersion())
                        .arg(plan));
    if (version.server < latestServerVersion() || version.plan < plan)
        return fail(ServerProblem::Schema,
                    tr("The team server %1 was set up by an older SalesPlan (server schema %2, "
                       "plan schema %3; this SalesPlan writes %4 and %5). Ask whoever set it up "
                       "to run “salesplan server init” with this SalesPlan, which adds what is "
                       "missing.")
                        .arg(displayUrl())
                        .arg(version.server)
                        .arg(version.plan)
                        .arg(latestServerVersion())
                        .arg(plan));
    m_schemaChecked = true;
    return Success{};
}

Status TeamServer::init()
{
    if (SqlFailure failure = initServerSchema(m_db))
        return failSql(tr("Setting up the team server"), *failure);
    m_schemaChecked = false;
    if (SqlFailure failure = addMissingFigures())
        return failSql(tr("Adding the units' figures"), *failure);
    return Success{};
}

SqlFailure TeamServer::addMissingFigures()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT ON (unit) id, id IN (SELECT version_id FROM salesplan.unit_figures) "
            "FROM salesplan.server_versions WHERE unit IS NOT NULL ORDER BY unit, number DESC")))
        return query.lastError();
    QList<qint64> ids;
    while (query.next()) {
        if (!query.value(1).toBool())
            ids.append(query.value(0).toLongLong());
    }
    if (ids.isEmpty())
        return failureOf(query);
    ScratchPlan scratch;
    if (!scratch.status())
        return failureOf(scratch.status());
    QHash<qint64, Plan> plans;
    if (SqlFailure failure = readFromServer(m_db, serverSchema, ids, scratch, plans))
        return failure;
    for (qint64 id : std::as_const(ids)) {
        if (SqlFailure failure = insertFigures(id, unitFiguresOf(plans.value(id))))
            return failure;
    }
    return std::nullopt;
}

Status TeamServer::addRole(const QString &role, const QString &group, const QString &password)
{
    if (!isPlainRoleName(role))
        return fail(ServerProblem::Other,
                    tr("“%1” cannot be a role name: use lower-case letters, digits and _, "
                       "starting with a letter (and not pg_).")
                        .arg(role));
    const auto existing = existingRole(role);
    if (!existing)
        return existing.error();
    if (*existing == ExistingRole::Privileged)
        return fail(ServerProblem::Permission,
                    tr("%1 is a superuser, or may create roles or databases, on the team server: "
                       "SalesPlan makes no such role a director or a unit's manager, nor changes "
                       "its password. Name a role of its own (a new name creates it).")
                        .arg(role));
    QString statement = QStringLiteral("GRANT %2 TO %1").arg(role, group);
    if (*existing == ExistingRole::None) {
        statement = QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, group);
        if (!password.isEmpty()) {
            const auto verifier = passwordVerifier(role, password);
            if (!verifier)
                return verifier.error();
            QSqlField field(QString(), QMetaType(QMetaType::QString));
            field.setValue(*verifier);
            statement += QStringLiteral(" PASSWORD ") + m_db.driver()->formatValue(field);
        }
    }
    if (SqlFailure failure = serverExec(m_db, statement))
        return failSql(tr("Adding the role %1").arg(role), *failure);
    // The database is not open to every role of the server (server schema version 2).
    const QString connect =
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', "
                       "current_database(), '%1'); END $$")
            .arg(role);
    if (SqlFailure failure = serverExec(m_db, connect))
        return failSql(tr("Adding the role %1").arg(role), *failure);
    return Success{};
}

Result<QString> TeamServer::passwordVerifier(const QString &role, const QString &password)
{
    const QVariant handle = m_db.driver()->handle();
    PGconn *connection = nullptr;
    // Qt's QPSQL names the type after libpq's struct (pg_conn*), Qt's documentation as PGconn*.
    const char *type = handle.typeName();
    if (handle.isValid() && (qstrcmp(type, "pg_conn*") == 0 || qstrcmp(type, "PGconn*") == 0))
        connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        return fail(ServerProblem::Other,
                    tr("The password of %1 cannot be prepared: SalesPlan is not signed in to "
                       "the team server.")
                        .arg(role));
    char *verifier = PQencryptPasswordConn(connection, password.toUtf8().constData(),
                                           role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return fail(ServerProblem::Other,
                    tr("The password of %1 cannot be prepared: %2.")
                        .arg(role, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
}

Status TeamServer::inTransaction(const QString &doing, const std::function<Status()> &work)
{
    if (SqlFailure failure = serverExec(m_db, QStringLiteral("BEGIN")))
        return failSql(doing, *failure);
    Status done = work();
    if (done) {
        SqlFailure failure = serverExec(m_db, QStringLiteral("COMMIT"));
        if (!failure)
            return done;
        done = failSql(doing, *failure);
    }
    serverExec(m_db, QStringLiteral("ROLLBACK"));
    return done;
}

Result<ExistingRole> TeamServer::existingRole(const QString &role)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles "
                                 "WHERE rolname = ?"));
    query.addBindValue(role);
    if (SqlFailure failure = serverRun(query))
        return failSql(tr("Looking up the role %1").arg(role), *failure);
    if (!query.next())
        return ExistingRole::None;
    return query.value(0).toBool() ? ExistingRole::Privileged : ExistingRole::Plain;
}

Status TeamServer::addUnit(const QString &unit, const QString &manager,
                           const QString &managerPassword)
{
    if (const Status schema = checkSchema(); !schema)
        return schema;
    if (unit.trimmed().isEmpty())
        return fail(ServerProblem::Other, tr("A unit needs a name."));
    const QString doing = tr("Adding the unit “%1”").arg(unit);
    return inTransaction(doing, [&]() -> Status {
        if (const Status added = addRole(manager, managerRole, managerPassword); !added)
            return added;
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO salesplan.server_units (name, manager_role) "
                                      "VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
                                      "manager_role = excluded.manager_role"));
        insert.addBindValue(unit.trimmed());
        insert.addBindValue(manager);
        if (SqlFailure failure = serverRun(insert))
            return failSql(doing, *failure);
        return Success{};
    });
}

Status TeamServer::addDirector(const QString &role, const QString &password)
{
    if (const Status schema = checkSchema(); !schema)
        return schema;
    const QString doing = tr("Adding the director %1").arg(role);
    return inTransaction(doing, [&]() -> Status {
        if (const Status added = addRole(role, directorRole, password); !added)
            return added;
        // The group is the whole server's; this database's directors are the ones listed here.
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO salesplan.directors (role) VALUES (?) ON CONFLICT (role) DO NOTHING"));
        insert.addBindValue(role);
        if (SqlFailure failure = serverRun(insert))
            return failSql(doing, *failure);
        return Success{};
    });
}

Result<QList<ServerUnit>> TeamServer::units()
{
    if (const Status schema = checkSchema(); !schema)
        return schema.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, manager_role FROM salesplan.server_units "
                                   "ORDER BY name")))
        return failSql(tr("Reading the units"), query.lastError());
    QList<ServerUnit> units;
    while (query.next())
        units.append({query.value(0).toString(), query.value(1).toString()});
    return units;
}

Result<std::optional<PublishedVersion>> TeamServer::latestVersion(const QString &unit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM salesplan.server_versions WHERE unit IS NOT "
                                 "DISTINCT FROM ?::text ORDER BY number DESC LIMIT 1")
                      .arg(versionColumns));
    query.addBindValue(unit.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(unit));
    if (SqlFailure failure = serverRun(query))
        return failSql(tr("Reading the versions"), *failure);
    if (!query.next())
        return std::optional<PublishedVersion>();
    return std::optional<PublishedVersion>(versionFrom(query, 1));
}

Result<TeamServerBasis> TeamServer::fetchBasis(const QString &unit, const QString &currency)
{
    if (const Status schema = checkSchema(); !schema)
        return schema.error();
    if (!unit.isEmpty()) {
        const auto known = units();
        if (!known)
            return known.error();
        if (std::none_of(known->cbegin(), known->cend(),
                         [&](const ServerUnit &u) { return u.name == unit; }))
            return fail(
                ServerProblem::Permission,
                tr("“%1” is not a unit on the team server that %2 may publish.").arg(unit, role()));
    }
    const auto allocation = latestVersion(QString());
    if (!allocation)
        return allocation.error();
    TeamServerBasis basis;
    basis.server = displayUrl();
    basis.unit = unit;
    basis.allocationVersion = *allocation ? int((*allocation)->number) : 0;
    basis.allocatedTarget = Money{0, currency};
    if (!unit.isEmpty()) {
        const auto latest = latestVersion(unit);
        if (!latest)
            return latest.error();
        basis.unitVersion = *latest ? int((*latest)->number) : 0;
        if (*allocation)
            basis.allocatedTarget =
                allocatedTarget(unit, (*allocation)->number).value_or(basis.allocatedTarget);
    }
    m_problem = ServerProblem::None;
    return basis;
}

Status TeamServer::checkBasis(const QString &unit, const PublishBasis &basis)
{
    if (basis.allocationVersion) {
        if (const Status fresh = checkVersionBasis(QString(), *basis.allocationVersion, unit);
            !fresh)
            return fresh;
    }
    if (basis.unitVersion && !unit.isEmpty())
        return checkVersionBasis(unit, *basis.unitVersion, unit);
    return Success{};
}

Status TeamServer::checkVersionBasis(const QString &versionsOf, qint64 basedOn,
                                     const QString &publishing)
{
    const bool allocation = versionsOf.isEmpty();
    const auto latest = latestVersion(versionsOf);
    if (!latest)
        return latest.error();
    if (!*latest && basedOn == 0)
        return Success{};
    if (!*latest)
        return fail(ServerProblem::Stale,
                    allocation ? tr("There is no allocation version %1 on the team server: the "
                                    "director has published none.")
                                     .arg(basedOn)
                               : tr("There is no version %1 of “%2” on the team server: nothing "
                                    "has been published for it.")
                                     .arg(basedOn)
                                     .arg(versionsOf));
    const PublishedVersion &now = **latest;
    if (now.number == basedOn)
        return Success{};
    const QString when = publishedWhen(now.publishedAt);
    if (allocation) {
        const QString change = unitTargetChange(publishing, basedOn, now.number);
        return fail(ServerProblem::Stale,
                    basedOn == 0
                        ? tr("The director has published an allocation this plan has not seen "
                             "(version %1, published by %2 at %3)%4. Fetch it first, check your "
                             "plan, publish again.")
                              .arg(now.number)
                              .arg(now.publishedBy, when, change)
                        : tr("The director changed the allocation since you fetched it (version "
                             "%1 → %2, published by %3 at %4)%5. Fetch it, check your plan, "
                             "publish again.")
                              .arg(basedOn)
                              .arg(now.number)
                              .arg(now.publishedBy, when, change));
    }
    return fail(ServerProblem::Stale,
                basedOn == 0 ? tr("Fetch first: “%1” has version %2 published by %3 at %4, which "
                                  "this plan has not seen. Bring its changes over, publish again.")
                                   .arg(versionsOf)
                                   .arg(now.number)
                                   .arg(now.publishedBy, when)
                             : tr("%1 published version %2 of “%3” at %4, and your plan is based "
                                  "on version %5. Fetch it, bring your changes over, publish "
                                  "again.")
                                   .arg(now.publishedBy)
                                   .arg(now.number)
                                   .arg(versionsOf, when)
                                   .arg(basedOn));
}

std::optional<Money> TeamServer::allocatedTarget(const QString &unit, qint64 allocationVersion)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM salesplan.server_versions WHERE unit IS NULL "
                                   "AND number = %1")
                        .arg(allocationVersion)) ||
        !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    ScratchPlan scratch;
    QHash<qint64, Plan> plans;
    if (!scratch.status() || readFromServer(m_db, serverSchema, {id}, scratch, plans))
        return std::nullopt;
    const Plan &team = plans[id];
    const Result<QList<qint64>> split = allocateToUnits(team);
    if (!split)
        return std::nullopt;
    for (qsizetype i = 0; i < team.units.size() && i < split->size(); ++i) {
        if (team.units[i].name.compare(unit, Qt::CaseInsensitive) == 0)
            return Money{split->at(i), team.targets.annualTarget.currency};
    }
    return std::nullopt;
}

QString TeamServer::unitTargetChange(const QString &unit, qint64 before, qint64 after)
{
    if (unit.isEmpty())
        return QString();
    const std::optional<Money> was = allocatedTarget(unit, before);
    const std::optional<Money> now = allocatedTarget(unit, after);
    if (!now)
        return QString();
    if (!was)
        return tr(": “%1” is now allocated %2").arg(unit, formatPlanAmount(*now));
    if (*was == *now)
        return tr(": “%1” is still allocated %2").arg(unit, formatPlanAmount(*now));
    return tr(": “%1” is now allocated %2 (was %3)")
        .arg(unit, formatPlanAmount(*now), formatPlanAmount(*was));
}

Result<PublishedVersion> TeamServer::publishVersion(const QString &unit, const Plan &plan,
                                                    const PublishBasis &basis)
{
    // What the publisher's file is based on is no part of what is published.
    Plan published = plan;
    published.teamServer = {};
    ScratchPlan scratch;
    store::SqlStatus laid = scratch.status();
    if (laid)
        laid = scratch.load(published);
    if (!laid)
        return failScratch(laid);
    // Worked out before the transaction, which then only writes them.
    const std::optional<UnitFigures> figures =
        unit.isEmpty() ? std::nullopt : std::optional<UnitFigures>(unitFiguresOf(plan));
    const QString doing =
        unit.isEmpty() ? tr("Publishing the allocation") : tr("Publishing “%1”").arg(unit);
    const QVariant unitValue =
        unit.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(unit);
    if (SqlFailure failure = serverExec(m_db, QStringLiteral("BEGIN")))
        return failSql(doing, *failure);
    const auto rollback = [&](Error error) {
        serverExec(m_db, QStringLiteral("ROLLBACK"));
        return error;
    };
    SqlFailure failure = serverExec(m_db, allocationLock(unit.isEmpty()));
    if (!failure) {
        QSqlQuery lock(m_db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext(?))")
                         .arg(store::planApplicationId));
        lock.addBindValue(unit);
        failure = serverRun(lock);
    }
    if (failure)
        return rollback(failSql(doing, *failure));
    if (const Status fresh = checkBasis(unit, basis); !fresh)
        return rollback(fresh.error());
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO salesplan.server_versions (unit, number, based_on_allocation) "
                       "SELECT ?::text, coalesce(max(number), 0) + 1, ?::bigint FROM "
                       "salesplan.server_versions "
                       "WHERE unit IS NOT DISTINCT FROM ?::text RETURNING %1")
            .arg(versionColumns));
    insert.addBindValue(unitValue);
    insert.addBindValue(basis.allocationVersion ? QVariant(qlonglong(*basis.allocationVersion))
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(unitValue);
    if (SqlFailure failed = serverRun(insert); failed || !insert.next())
        return rollback(failSql(doing, failed.value_or(insert.lastError())));
    const qint64 id = insert.value(0).toLongLong();
    const PublishedVersion version = versionFrom(insert, 1);
    insert.finish();
    if (SqlFailure failed = copyToServer(scratch, m_db, serverSchema, id))
        return rollback(failSql(doing, *failed));
    if (figures) {
        if (SqlFailure failed = insertFigures(id, *figures))
            return rollback(failSql(doing, *failed));
    }
    if (SqlFailure failed = serverExec(m_db, QStringLiteral("COMMIT")))
        return rollback(failSql(doing, *failed));
    m_problem = ServerProblem::None;
    return version;
}

SqlFailure TeamServer::insertFigures(qint64 versionId, const UnitFigures &figures)
{
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral(
            "INSERT INTO salesplan.unit_figures (version_id, unit, number, currency, plan_year, "
            "plan_start_month, annual_target_minor, months_minor, members, planned_hires, "
            "sales_budget_minor, published_at, published_by) SELECT id, unit, number, ?, ?, ?, "
            "?, %1, ?, ?, ?::bigint, published_at, published_by FROM salesplan.server_versions "
            "WHERE id = ?")
            .arg(monthsSql(figures.months)));
    insert.addBindValue(figures.currency);
    insert.addBindValue(figures.period.year);
    insert.addBindValue(figures.period.startMonth);
    insert.addBindValue(qlonglong(figures.annualTarget));
    insert.addBindValue(figures.members);
    insert.addBindValue(figures.plannedHires);
    insert.addBindValue(figures.salesBudget ? QVariant(qlonglong(*figures.salesBudget))
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(qlonglong(versionId));
    return serverRun(insert);
}

Result<PublishedVersion> TeamServer::publish(const QString &unit, const Plan &plan,
                                             const PublishBasis &basis)
{
    if (const Status schema = checkSchema(); !schema)
        return schema.error();
    if (unit.trimmed().isEmpty())
        return fail(ServerProblem::Other, tr("Say which unit the plan is for."));
    const auto known = units();
    if (!known)
        return known.error();
    const bool mine = std::any_of(known->cbegin(), known->cend(),
                                  [&](const ServerUnit &u) { return u.name == unit; });
    if (!mine)
        return fail(
            ServerProblem::Permission,
            tr("“%1” is not a unit on the team server that %2 may publish.").arg(unit, role()));
    return publishVersion(unit, plan, basis);
}

Result<PublishedVersion> TeamServer::publishAllocation(const Plan &teamPlan,
                                                       std::optional<qint64> basedOnAllocation)
{
    if (const Status schema = checkSchema(); !schema)
        return schema.error();
    PublishBasis basis;
    basis.allocationVersion = basedOnAllocation;
    return publishVersion(QString(), teamPlan, basis);
}

Result<QList<PublishedPlan>> TeamServer::fetchVersions(const QString &where)
{
    if (const Status schema = checkSchema(); !schema)
        return schema.error();
    const QString doing = tr("Fetching the published plans");
    // One snapshot for the versions and their rows, even while others publish.
    if (SqlFailure failure =
            serverExec(m_db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return failSql(doing, *failure);
    const auto finish = [&] {
        serverExec(m_db, QStringLiteral("COMMIT"));
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT ON (unit) %1 FROM salesplan.server_versions "
                                   "WHERE %2 ORDER BY unit, number DESC")
                        .arg(versionColumns, where))) {
        finish();
        return failSql(doing, query.lastError());
    }
    QList<qint64> ids;
    QList<PublishedPlan> published;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
        published.append({versionFrom(query, 1), Plan()});
    }
    ScratchPlan scratch;
    if (!scratch.status()) {
        finish();
        return failScratch(scratch.status());
    }
    QHash<qint64, Plan> plans;
    const SqlFailure failure = readFromServer(m_db, serverSchema, ids, scratch, plans);
    finish();
    if (failure)
        return failSql(doing, *failure);
    for (qsizetype i = 0; i < ids.size(); ++i)
        published[i].plan = plans.value(ids[i]);
    return published;
}

Result<PublishedPlan> TeamServer::fetchAllocation()
{
    const auto found = fetchVersions(QStringLiteral("unit IS NULL"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail(ServerProblem::Other,
                    tr("The director has not published an allocation on the team server yet."));
    return found->first();
}

Result<QList<PublishedPlan>> TeamServer::fetchUnits()
{
    return fetchVersions(QStringLiteral("unit IS NOT NULL"));
}

Result<QList<PublishedFigures>> TeamServer::fetchUnitFigures()
{
    if (const Status schema = checkSchema(); !schema)
        return schema.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT ON (unit) unit, number, published_at, published_by, currency, "
            "plan_year, plan_start_month, annual_target_minor, months_minor::text, members, "
            "planned_hires, sales_budget_minor FROM salesplan.unit_figures "
            "ORDER BY unit, number DESC")))
        return failSql(tr("Fetching the units' figures"), query.lastError());
    QList<PublishedFigures> published;
    while (query.next())
        published.append(figuresFrom(query));
    if (SqlFailure failure = failureOf(query))
        return failSql(tr("Fetching the units' figures"), *failure);
    return published;
}

Result<bool> TeamServer::isDirector()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT pg_has_role(current_user, '%1', 'MEMBER')").arg(directorRole)) ||
        !query.next())
        return failSql(tr("Reading the role of %1").arg(role()), query.lastError());
    return query.value(0).toBool();
}

} // namespace salesplan::server
