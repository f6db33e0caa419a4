#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "server/serversql.h"
#include "server/serverurl.h"
#include "store/sql.h"
#include "team/unitfigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// The team server: a PostgreSQL database where the director publishes the allocation (the team
// plan) and each unit's manager publishes the unit's plan, every publish a new version. Who may
// read and write what is enforced by the database (roles and row-level security,
// serverschema.h), not by this class.
namespace salesplan::server {

// Why the server refused, so that a caller can offer the right way out.
enum class ServerProblem {
    None,
    Unreachable,    // no server at the address, the network, or the connection was lost
    Authentication, // wrong password, no password, unknown user
    Permission,     // the role may not do this (not its unit, not a director, …)
    Stale,          // someone published since the version the caller's plan is based on
    Schema,         // no SalesPlan tables yet, or made by another SalesPlan version
    Other,
};

// A published version: of a unit's plan, or (unit empty) of the director's allocation.
struct PublishedVersion
{
    QString unit;
    qint64 number = 0;
    QDateTime publishedAt; // UTC
    QString publishedBy;
    std::optional<qint64> basedOnAllocation; // the allocation the unit's plan was written against
};

struct PublishedPlan
{
    PublishedVersion version;
    Plan plan;
};

// A published version of a unit's plan as every team role may see it: its top-line figures.
struct PublishedFigures
{
    PublishedVersion version; // without basedOnAllocation
    UnitFigures figures;
};

struct ServerUnit
{
    QString name;
    QString managerRole;
};

// What a publish is based on: the versions the plan was fetched at or last published as. A
// publish whose basis is no longer the latest is refused (optimistic concurrency); an empty basis
// is not checked.
struct PublishBasis
{
    std::optional<qint64> allocationVersion;
    std::optional<qint64> unitVersion;
};

// A role that exists on the server before SalesPlan adds it: one with powers over the server (a
// superuser, or one that may create roles or databases) is refused; another joins the group and
// keeps its password.
enum class ExistingRole {
    None,
    Plain,
    Privileged,
};

class TeamServer
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)

public:
    TeamServer();
    ~TeamServer();
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;

    // Signs in at `url` (postgresql://USER@HOST:PORT/DB[?sslmode=…]). `password` wins over one in
    // the URL; with neither, libpq's own sources (PGPASSWORD, ~/.pgpass) are tried. Messages
    // never hold the password.
    Status connect(const QString &url, const QString &password = {});
    void disconnect();
    bool isConnected() const;
    // The server's URL without a password, and the role signed in.
    QString displayUrl() const;
    QString role() const;
    // Why the last call failed; None after a success.
    ServerProblem lastProblem() const { return m_problem; }

    // Administration (the database owner with CREATEROLE, or a superuser): creates or updates the
    // schema and the group roles; adds a unit with its manager's login role; adds a director.
    // A new role gets `password`; one that exists already is refused or keeps its own password
    // (ExistingRole).
    Status init();
    Status addUnit(const QString &unit, const QString &managerRole, const QString &managerPassword);
    Status addDirector(const QString &role, const QString &password);
    Result<ExistingRole> existingRole(const QString &role);

    // The units the role may see: all for a director, its own for a manager.
    Result<QList<ServerUnit>> units();

    // Publishes `plan` as the next version of `unit` in one transaction, refused in words when
    // `basis` is stale.
    Result<PublishedVersion> publish(const QString &unit, const Plan &plan,
                                     const PublishBasis &basis = {});
    // Publishes the team plan as the next version of the allocation (directors only).
    Result<PublishedVersion> publishAllocation(const Plan &teamPlan,
                                               std::optional<qint64> basedOnAllocation = {});

    // The latest allocation; refused in words when the director has published none.
    Result<PublishedPlan> fetchAllocation();
    // The latest published version of every unit the role may read, by unit name.
    Result<QList<PublishedPlan>> fetchUnits();
    // The figures of every unit's latest published version that has them, by unit name: for
    // directors and managers alike (a manager reads no other unit's plan, but its figures).
    Result<QList<PublishedFigures>> fetchUnitFigures();
    // Whether the role signed in is a director (reads every unit's plan) rather than a manager.
    Result<bool> isDirector();
    // The latest version of `unit` (empty: the allocation), or none when it has none.
    Result<std::optional<PublishedVersion>> latestVersion(const QString &unit);
    // What a plan of `unit` (empty: the director's team plan) is based on once fetched now: this
    // server, the latest allocation and unit versions (0: none) and the unit's part of that
    // allocation (0 in `currency` without one). A unit the role may not publish is refused.
    Result<TeamServerBasis> fetchBasis(const QString &unit, const QString &currency);

private:
    Error fail(ServerProblem problem, const QString &message);
    Error failSql(const QString &doing, const QSqlError &error);
    Error failScratch(const store::SqlStatus &status);
    Status checkSchema();
    // Adds `role` to `group` inside the caller's transaction.
    Status addRole(const QString &role, const QString &group, const QString &password);
    // The SCRAM-SHA-256 verifier of `password`, computed by libpq here as psql's \password does:
    // the server stores it and never receives (nor logs) the password itself.
    Result<QString> passwordVerifier(const QString &role, const QString &password);
    // Runs `work` in one transaction, rolled back when it fails.
    Status inTransaction(const QString &doing, const std::function<Status()> &work);
    Result<PublishedVersion> publishVersion(const QString &unit, const Plan &plan,
                                            const PublishBasis &basis);
    Status checkBasis(const QString &unit, const PublishBasis &basis);
    // Refused in words when the latest version of `versionsOf` (empty: the allocation) is not
    // `basedOn` (0: none seen); `publishing` is the unit published, whose allocated target a
    // changed allocation names.
    Status checkVersionBasis(const QString &versionsOf, qint64 basedOn, const QString &publishing);
    // ": “north” is now allocated ¥1,200万 (was ¥1,000万)", or nothing when it cannot say.
    QString unitTargetChange(const QString &unit, qint64 before, qint64 after);
    std::optional<Money> allocatedTarget(const QString &unit, qint64 allocationVersion);
    SqlFailure insertFigures(qint64 versionId, const UnitFigures &figures);
    // The figures of each unit's latest version published before the server kept figures.
    SqlFailure addMissingFigures();
    Result<QList<PublishedPlan>> fetchVersions(const QString &where);

    ServerAddress m_address;
    QString m_connectionName;
    QSqlDatabase m_db;
    ServerProblem m_problem = ServerProblem::None;
    bool m_schemaChecked = false;
};

} // namespace salesplan::server
