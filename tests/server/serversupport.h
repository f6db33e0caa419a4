#pragma once

#include "plan/plan.h"
#include "server/teamserver.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

// The throw-away PostgreSQL cluster of the server tests (pgcluster.sh, started by ctest's
// fixture) and a fresh database in it for each test.
namespace salesplan::servertest {

// The cluster's superuser URL (to database salesplan_test) and password.
QString clusterUrl();
QString adminPassword();
// What the cluster's server.log holds so far (with every DDL statement).
QString clusterLog();

// A database of its own for one test, dropped afterwards, with role names of its own too
// (roles belong to the whole cluster): role("north") is "north_<database>".
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    QString name() const { return m_name; }
    QString role(const QString &base) const { return base + u'_' + m_name; }
    QString adminUrl() const { return urlAs(QStringLiteral("salesplan_admin")); }
    QString urlAs(const QString &role) const;
    // The first column of the first row of `sql` run as the superuser, or "error: …".
    QString adminValue(const QString &sql) const;

    // Runs init as the superuser, then adds a director and the units' managers (each unit
    // "north" managed by role("north")), every role with the password "pw-" + role.
    void setUp(const QStringList &units);
    static QString passwordOf(const QString &role) { return QStringLiteral("pw-") + role; }
    // Creates the login role role(base) with passwordOf() and `options` ("CREATEDB"), dropped
    // with the database; returns its name.
    QString createRole(const QString &base, const QString &options = {});
    // A TeamServer signed in as `role`.
    std::unique_ptr<server::TeamServer> signIn(const QString &role) const;

private:
    QString m_name;
    QStringList m_roles;
};

// What psql printed and how it ended, for SQL run as `role` without SalesPlan.
struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
PsqlRun psql(const QString &url, const QString &password, const QString &sql);

// A small plan for unit `name` with the annual target `target` (minor units, CNY).
Plan unitPlan(const QString &name, qint64 target, int members = 3);
// A team plan (the director's allocation) of `target` allocating amounts to the named units.
Plan teamPlan(qint64 target, const QList<std::pair<QString, qint64>> &allocations);

} // namespace salesplan::servertest
