// Bad files are refused with a message that says which case, and are never modified.
#include "storetestsupport.h"

#include "store/connection.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::storetest;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

void createPlan(const QString &path, const Plan &plan = fullPlan())
{
    auto created = PlanFile::create(path, plan);
    REQUIRE(created.ok());
}

// Runs statements on a file through a connection of its own (to make bad files).
void runSql(const QString &path, const QStringList &statements)
{
    store::Connection connection;
    REQUIRE(connection.open(path, store::Connection::Mode::ReadWrite).ok());
    for (const QString &statement : statements) {
        QSqlQuery query(connection.db());
        INFO(statement.toStdString());
        REQUIRE(query.exec(statement));
    }
}

struct Refusal
{
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    QString message;
    QString details;
};

const QString damagedMessage = QStringLiteral(
    "This plan file is damaged: part of it cannot be read. SalesPlan did not change it.");
const QString damagedReadOnlyOffer = QStringLiteral(
    "This plan file is damaged: part of it cannot be read. SalesPlan did not change it. You can "
    "open it read-only to see and copy what is still readable.");

// Opens `path` expecting a refusal, and checks that neither the file nor its folder changed.
Refusal refusedOpen(const QString &path, PlanFile::Access access = PlanFile::Access::ReadWrite)
{
    const QByteArray bytes = sha256(path);
    const QStringList folder = entries(QFileInfo(path).absolutePath());
    Refusal refusal;
    const auto opened = PlanFile::open(path, access, &refusal.problem, &refusal.details);
    REQUIRE_FALSE(opened.ok());
    refusal.message = opened.error().message();
    INFO(refusal.message.toStdString());
    INFO(refusal.details.toStdString());
    CHECK(sha256(path) == bytes);
    CHECK(entries(QFileInfo(path).absolutePath()) == folder);
    return refusal;
}

void makeReadOnly(const QString &path)
{
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup |
                                            QFile::ReadOther | QFile::ExeOwner | QFile::ExeUser));
}

} // namespace

TEST_CASE("A missing file is refused", "[store]")
{
    QTemporaryDir dir;
    Refusal refusal;
    const auto opened = PlanFile::open(dir.filePath(QStringLiteral("gone.salesplan")),
                                       PlanFile::Access::ReadWrite, &refusal.problem);
    REQUIRE_FALSE(opened.ok());
    CHECK(refusal.problem == PlanFile::OpenProblem::Missing);
    CHECK(opened.error().message().startsWith(QStringLiteral("There is no file")));
    CHECK(entries(dir.path()).isEmpty()); // not created by opening it
}

TEST_CASE("A file that is not an SQLite database is refused and left as it was", "[store]")
{
    QTemporaryDir dir;
    SECTION("text")
    {
        const QString path = writeFile(dir.filePath(QStringLiteral("notes.salesplan")),
                                       QByteArray("Meeting notes\n").repeated(40));
        const Refusal refusal = refusedOpen(path);
        CHECK(refusal.problem == PlanFile::OpenProblem::NotSqlite);
        CHECK(refusal.message ==
              QStringLiteral("This file is not a SalesPlan plan: it is not an SQLite database."));
    }
    SECTION("empty")
    {
        const QString path = writeFile(dir.filePath(QStringLiteral("empty.salesplan")), {});
        CHECK(refusedOpen(path).problem == PlanFile::OpenProblem::NotSqlite);
        CHECK(refusedOpen(path, PlanFile::Access::ReadOnly).problem ==
              PlanFile::OpenProblem::NotSqlite);
    }
}

TEST_CASE("An SQLite database of another program is refused and left as it was", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.salesplan"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = 1234")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE plan (id INTEGER)")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    const Refusal refusal = refusedOpen(path);
    CHECK(refusal.problem == PlanFile::OpenProblem::NotAPlan);
    CHECK(refusal.message ==
          QStringLiteral("This file is not a SalesPlan plan: it is an SQLite database of "
                         "another program."));
    CHECK(refusedOpen(path, PlanFile::Access::ReadOnly).problem == PlanFile::OpenProblem::NotAPlan);
}

TEST_CASE("A plan made by a newer SalesPlan is refused and left as it was", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.salesplan"));
    createPlan(path);
    const int newer = store::latestVersion(store::planMigrations()) + 1;
    runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(newer)});

    const Refusal refusal = refusedOpen(path);
    CHECK(refusal.problem == PlanFile::OpenProblem::TooNew);
    CHECK(refusal.message.startsWith(QStringLiteral("This plan was made by a newer SalesPlan")));
    CHECK(refusal.message.contains(QStringLiteral("file version %1").arg(newer)));
    CHECK(refusedOpen(path, PlanFile::Access::ReadOnly).problem == PlanFile::OpenProblem::TooNew);
}

TEST_CASE("A damaged plan is refused for editing and opens read-only when readable", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.salesplan"));
    const Plan plan = fullPlan();
    createPlan(path, plan);
    // An index whose stored entries no longer match its definition: integrity_check fails,
    // while the tables themselves can still be read.
    runSql(path, {QStringLiteral("CREATE INDEX members_by_name ON members (name)"),
                  QStringLiteral("PRAGMA writable_schema = ON"),
                  QStringLiteral("UPDATE sqlite_schema SET sql = "
                                 "'CREATE INDEX members_by_name ON members (region)' "
                                 "WHERE name = 'members_by_name'")});
    REQUIRE(sqlOnFile(path, QStringLiteral("PRAGMA integrity_check")) != QStringLiteral("ok"));

    const Refusal refusal = refusedOpen(path);
    CHECK(refusal.problem == PlanFile::OpenProblem::Damaged);
    CHECK(refusal.message == damagedReadOnlyOffer);
    // SQLite's own words are kept apart, for a "Show details" button.
    CHECK(refusal.details.contains(QStringLiteral("members_by_name")));

    const QByteArray bytes = sha256(path);
    const QStringList folder = entries(dir.path());
    {
        auto readOnly = PlanFile::open(path, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->isReadOnly());
        CHECK((*readOnly)->readOnlyReason() == QStringLiteral("the file is damaged"));
        CHECK((*readOnly)->plan() == plan);
        const Status refused = readOnly.value()->commit(Plan());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("open read-only")));
    }
    CHECK(sha256(path) == bytes);
    CHECK(entries(dir.path()) == folder);
}

TEST_CASE("A plan damaged beyond reading is refused even read-only", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shredded.salesplan"));
    createPlan(path, largePlan(50, 500));
    {
        // Garbage over every page but the first (the header and the schema stay).
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        file.seek(4096);
        file.write(QByteArray(int(size - 4096), '\x5a'));
    }
    const Refusal forEditing = refusedOpen(path);
    CHECK(forEditing.problem == PlanFile::OpenProblem::Damaged);
    CHECK(forEditing.message == damagedMessage);
    CHECK_FALSE(forEditing.details.isEmpty());
    const Refusal readOnly = refusedOpen(path, PlanFile::Access::ReadOnly);
    CHECK(readOnly.problem == PlanFile::OpenProblem::Damaged);
    CHECK(readOnly.message == damagedMessage);
    CHECK_FALSE(readOnly.details.isEmpty());
}

TEST_CASE("A plan damaged in a page it does not need says so in words and opens read-only",
          "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("torn.salesplan"));
    const Plan plan = largePlan(20, 400);
    createPlan(path, plan);
    // An index another tool added, whose first page is then overwritten: SQLite's integrity
    // check reports the page ("btreeInitPage() returns error code 11"), while the plan's own
    // tables, which SalesPlan reads without that index, are whole.
    runSql(path, {QStringLiteral("CREATE INDEX history_by_region ON history (region)")});
    const int pageSize = sqlOnFile(path, QStringLiteral("PRAGMA page_size")).toInt();
    const int rootPage = sqlOnFile(path, QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                                        "WHERE name = 'history_by_region'"))
                             .toInt();
    REQUIRE(pageSize > 0);
    REQUIRE(rootPage > 1);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(qint64(rootPage - 1) * pageSize));
        file.write(QByteArray(pageSize, '\x5a'));
    }
    REQUIRE(sqlOnFile(path, QStringLiteral("PRAGMA integrity_check")).contains(u"btreeInitPage"));

    const Refusal refusal = refusedOpen(path);
    CHECK(refusal.problem == PlanFile::OpenProblem::Damaged);
    CHECK(refusal.message == damagedReadOnlyOffer);
    CHECK(refusal.details.contains(QStringLiteral("btreeInitPage() returns error code 11")));

    const QByteArray bytes = sha256(path);
    const QStringList folder = entries(dir.path());
    {
        auto readOnly = PlanFile::open(path, PlanFile::Access::ReadOnly);
        INFO((readOnly.ok() ? QString() : readOnly.error().message()).toStdString());
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->readOnlyReason() == QStringLiteral("the file is damaged"));
        CHECK((*readOnly)->plan() == plan);
    }
    CHECK(sha256(path) == bytes);
    CHECK(entries(dir.path()) == folder);
}

TEST_CASE("A plan file SQLite cannot read as a database is refused without SQLite's words",
          "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbled.salesplan"));
    createPlan(path);
    {
        // The page size in the header (offset 16) made impossible; the magic string and the
        // application id stay, so only SQLite itself can tell.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(16));
        file.write(QByteArray("\x00\x03", 2));
    }
    for (const auto access : {PlanFile::Access::ReadWrite, PlanFile::Access::ReadOnly}) {
        const Refusal refusal = refusedOpen(path, access);
        CHECK(refusal.problem == PlanFile::OpenProblem::NotSqlite);
        CHECK(refusal.message == QStringLiteral("This file is not a SalesPlan plan: SQLite cannot "
                                                "read it as a database."));
        CHECK_FALSE(refusal.details.isEmpty());
    }
}

TEST_CASE("A read-only file opens read-only, says so, and refuses changes", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked-down.salesplan"));
    const Plan plan = fullPlan();
    createPlan(path, plan);
    makeReadOnly(path);
    const QByteArray bytes = sha256(path);
    const QStringList folder = entries(dir.path());
    {
        auto opened = PlanFile::open(path, PlanFile::Access::ReadWrite);
        REQUIRE(opened.ok());
        PlanFile &file = **opened;
        CHECK(file.isReadOnly());
        CHECK(file.readOnlyReason() == QStringLiteral("the file is read-only"));
        CHECK(file.plan() == plan);
        Plan edited = plan;
        edited.info.name = QStringLiteral("edited");
        const Status refused = file.commit(edited);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message() ==
              QStringLiteral("The change was not saved: this plan is open read-only (the file "
                             "is read-only)."));
        CHECK(file.plan() == plan);
        CHECK(entries(dir.path()) == folder); // no lock, no journal
    }
    CHECK(sha256(path) == bytes);
}

TEST_CASE("A plan in a read-only folder opens read-only and says so", "[store]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("archive"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/old.salesplan");
    createPlan(path);
    makeReadOnly(folder);
    const QByteArray bytes = sha256(path);
    {
        auto opened = PlanFile::open(path);
        REQUIRE(opened.ok());
        CHECK((*opened)->readOnlyReason() == QStringLiteral("its folder is read-only"));
        CHECK((*opened)->plan() == fullPlan());
        REQUIRE_FALSE(opened.value()->commit(Plan()).ok());
    }
    CHECK(entries(folder) == QStringList{QStringLiteral("old.salesplan")});
    CHECK(sha256(path) == bytes);

    const auto created = PlanFile::create(folder + QStringLiteral("/new.salesplan"), Plan());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message() ==
          QStringLiteral("The plan was not created: the folder %1 is read-only.")
              .arg(QDir::toNativeSeparators(folder)));
    CHECK(entries(folder) == QStringList{QStringLiteral("old.salesplan")});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("Opening read-only writes nothing, not even beside the file", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("look.salesplan"));
    createPlan(path);
    const QByteArray bytes = sha256(path);
    const QStringList folder = entries(dir.path());
    {
        auto opened = PlanFile::open(path, PlanFile::Access::ReadOnly);
        REQUIRE(opened.ok());
        CHECK((*opened)->readOnlyReason() == QStringLiteral("it was opened read-only"));
        CHECK(entries(dir.path()) == folder);
    }
    CHECK(entries(dir.path()) == folder);
    CHECK(sha256(path) == bytes);
}

TEST_CASE("A full disk during an edit is reported and the file keeps the plan before it", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.salesplan"));
    const Plan before = largePlan(20, 100);
    createPlan(path, before);
    {
        auto opened = PlanFile::open(path);
        REQUIRE(opened.ok());
        PlanFile &file = **opened;
        PlanFileTesting::limitGrowth(file, 2);
        Plan bigger = before;
        bigger.info.name = QStringLiteral("must not be saved");
        for (int i = 0; i < 2000; ++i)
            bigger.history.append(HistoryEntry{bigger.ids.take(), QDate(2020, 1, 1),
                                               QStringLiteral("区域 %1").arg(i), QString(),
                                               QString(), Money::of(i, QStringLiteral("CNY"))});
        const Status status = file.commit(bigger);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message() ==
              QStringLiteral("The change was not saved because the disk is full. Free some "
                             "space and make the change again. The plan file still holds "
                             "everything saved before."));
        CHECK(file.plan() == before);

        // Once there is room again, the same edit goes through.
        PlanFileTesting::limitGrowth(file, 100000);
        Plan small = before;
        small.info.name = QStringLiteral("saved after the disk had room");
        REQUIRE(file.commit(small).ok());
    }
    CHECK(sqlOnFile(path, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    auto reopened = PlanFile::open(path);
    REQUIRE(reopened.ok());
    Plan expected = before;
    expected.info.name = QStringLiteral("saved after the disk had room");
    CHECK((*reopened)->plan() == expected);
}

TEST_CASE("A write error during an edit is reported and the file keeps the plan before it",
          "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ioerror.salesplan"));
    const Plan before = fullPlan();
    createPlan(path, before);
    auto opened = PlanFile::open(path);
    REQUIRE(opened.ok());
    PlanFile &file = **opened;
    // A folder where SQLite's journal must go: the journal cannot be written.
    REQUIRE(QDir().mkpath(path + QStringLiteral("-journal")));
    Plan edited = before;
    edited.team.members[0].name = QStringLiteral("must not be saved");
    const Status status = file.commit(edited);
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message().toStdString());
    CHECK(status.error().message().startsWith(QStringLiteral("The change was not saved")));
    CHECK(status.error().message().endsWith(
        QStringLiteral("The plan file still holds everything saved before.")));
    CHECK(file.plan() == before);

    REQUIRE(QDir(path + QStringLiteral("-journal")).removeRecursively());
    opened.value().reset();
    auto reopened = PlanFile::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == before);
}

TEST_CASE("Damage found during an edit is reported in words", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worn.salesplan"));
    const Plan before = fullPlan();
    createPlan(path, before);
    const int pageSize = sqlOnFile(path, QStringLiteral("PRAGMA page_size")).toInt();
    const int rootPage =
        sqlOnFile(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'members'"))
            .toInt();
    REQUIRE(rootPage > 1);
    auto opened = PlanFile::open(path);
    REQUIRE(opened.ok());
    {
        // The members' page torn while the plan is open; the change counter in the header
        // (offset 24) moved, so SQLite does not trust what it cached.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(qint64(rootPage - 1) * pageSize));
        file.write(QByteArray(pageSize, '\x5a'));
        REQUIRE(file.seek(24));
        file.write(QByteArray("\x7f\x7f\x7f\x7f", 4));
    }
    Plan edited = before;
    edited.team.members[0].name = QStringLiteral("must not be saved");
    const Status status = opened.value()->commit(edited);
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message().toStdString());
    CHECK(status.error().message() ==
          QStringLiteral("The change was not saved because the plan file is damaged: part of it "
                         "cannot be read. The plan file still holds everything saved before."));
    CHECK((*opened)->plan() == before);
}

TEST_CASE("A plan in WAL mode opened read-only leaves nothing beside it", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.salesplan"));
    const Plan plan = fullPlan();
    createPlan(path, plan);
    // Another tool switched the file to WAL mode and closed it: the header says WAL, and no
    // -wal file is left.
    runSql(path, {QStringLiteral("PRAGMA journal_mode = WAL")});
    REQUIRE(sqlOnFile(path, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    PlanFile::Access access = PlanFile::Access::ReadOnly;
    SECTION("opened read-only") {}
    SECTION("a read-only file opened for editing")
    {
        makeReadOnly(path);
        access = PlanFile::Access::ReadWrite;
    }
    const QByteArray bytes = sha256(path);
    const QStringList folder = entries(dir.path());
    {
        auto opened = PlanFile::open(path, access);
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        CHECK((*opened)->plan() == plan);
        CHECK(entries(dir.path()) == folder);
    }
    CHECK(entries(dir.path()) == folder);
    CHECK(sha256(path) == bytes);
}

TEST_CASE("A plan another program writes in WAL mode is read from a copy, up to its last commit",
          "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.salesplan"));
    createPlan(path);
    store::Connection other;
    REQUIRE(other.open(path, store::Connection::Mode::ReadWrite).ok());
    {
        QSqlQuery query(other.db());
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(query.exec(QStringLiteral("UPDATE plan SET name = 'renamed by another program'")));
    }
    const QString wal = path + QStringLiteral("-wal");
    REQUIRE(QFile::exists(wal)); // the change is in the -wal file only

    const QByteArray bytes = sha256(path);
    const QByteArray walBytes = sha256(wal);
    const QStringList folder = entries(dir.path());
    {
        auto opened = PlanFile::open(path, PlanFile::Access::ReadOnly);
        INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->plan().info.name == QStringLiteral("renamed by another program"));
    }
    CHECK(entries(dir.path()) == folder);
    CHECK(sha256(path) == bytes);
    CHECK(sha256(wal) == walBytes);
}
