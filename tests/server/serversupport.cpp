#include "serversupport.h"

#include <catch2/catch.hpp>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace salesplan::servertest {

namespace {

QString clusterFile(const QString &name)
{
    QFile file(QStringLiteral(SALESPLAN_PGCLUSTER_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("The test cluster is not running (no " << file.fileName().toStdString()
                                                    << "): run the tests through ctest, whose "
                                                       "fixture starts tests/server/pgcluster.sh");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A connection as the superuser to `database`, made and removed around one statement.
QString runAsAdmin(const QString &database, const QString &sql)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("servertest-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString result;
    {
        const QUrl url(clusterUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(adminPassword());
        db.setDatabaseName(database);
        if (!db.open()) {
            result = QStringLiteral("error: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                result = QStringLiteral("error: ") + query.lastError().text();
            else if (query.next())
                result = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString clusterUrl()
{
    return clusterFile(QStringLiteral("url"));
}

QString adminPassword()
{
    return clusterFile(QStringLiteral("admin-password"));
}

QString clusterLog()
{
    QFile file(clusterFile(QStringLiteral("cluster")) + QStringLiteral("/server.log"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

TestDatabase::TestDatabase()
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("t%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    const QString created =
        runAsAdmin(QStringLiteral("salesplan_test"), QStringLiteral("CREATE DATABASE ") + m_name);
    INFO(created.toStdString());
    REQUIRE_FALSE(created.startsWith(QStringLiteral("error")));
}

TestDatabase::~TestDatabase()
{
    runAsAdmin(QStringLiteral("salesplan_test"),
               QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString &role : m_roles)
        runAsAdmin(QStringLiteral("salesplan_test"), QStringLiteral("DROP ROLE IF EXISTS ") + role);
}

QString TestDatabase::urlAs(const QString &role) const
{
    const QUrl cluster(clusterUrl());
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(role, cluster.host())
        .arg(cluster.port())
        .arg(m_name);
}

QString TestDatabase::adminValue(const QString &sql) const
{
    return runAsAdmin(m_name, sql);
}

void TestDatabase::setUp(const QStringList &units)
{
    server::TeamServer admin;
    REQUIRE(admin.connect(adminUrl(), adminPassword()));
    const Status init = admin.init();
    INFO((init ? std::string() : init.error().message().toStdString()));
    REQUIRE(init);
    const QString director = role(QStringLiteral("director"));
    m_roles.append(director);
    const Status directorAdded = admin.addDirector(director, passwordOf(director));
    INFO((directorAdded ? std::string() : directorAdded.error().message().toStdString()));
    REQUIRE(directorAdded);
    for (const QString &unit : units) {
        const QString manager = role(unit);
        m_roles.append(manager);
        const Status added = admin.addUnit(unit, manager, passwordOf(manager));
        INFO((added ? std::string() : added.error().message().toStdString()));
        REQUIRE(added);
    }
}

QString TestDatabase::createRole(const QString &base, const QString &options)
{
    const QString name = role(base);
    const QString created = runAsAdmin(QStringLiteral("salesplan_test"),
                                       QStringLiteral("CREATE ROLE %1 LOGIN %2 PASSWORD '%3'")
                                           .arg(name, options, passwordOf(name)));
    INFO(created.toStdString());
    REQUIRE_FALSE(created.startsWith(QStringLiteral("error")));
    m_roles.append(name);
    return name;
}

std::unique_ptr<server::TeamServer> TestDatabase::signIn(const QString &role) const
{
    auto server = std::make_unique<server::TeamServer>();
    const Status connected = server->connect(urlAs(role), passwordOf(role));
    INFO((connected ? std::string() : connected.error().message().toStdString()));
    REQUIRE(connected);
    return server;
}

PsqlRun psql(const QString &url, const QString &password, const QString &sql)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), url,
                   QStringLiteral("-c"), sql});
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

Plan unitPlan(const QString &name, qint64 target, int members)
{
    Plan plan = makeDefaultPlan();
    plan.info.name = name;
    plan.targets.annualTarget = Money{target, QStringLiteral("CNY")};
    for (int i = 0; i < members; ++i) {
        Member member;
        member.id = plan.ids.take();
        member.name = QStringLiteral("%1 代表 %2").arg(name).arg(i);
        member.quotaShare = 1.0;
        plan.team.members.append(member);
    }
    return plan;
}

Plan teamPlan(qint64 target, const QList<std::pair<QString, qint64>> &allocations)
{
    Plan plan = unitPlan(QStringLiteral("Team"), target, 0);
    plan.targets.unitAllocation = UnitAllocation::Amounts;
    for (const auto &[name, amount] : allocations)
        plan.units.append({plan.ids.take(), name, name + QStringLiteral(".salesplan"),
                           Money{amount, QStringLiteral("CNY")}, 1.0});
    return plan;
}

} // namespace salesplan::servertest
