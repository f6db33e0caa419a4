// Save a copy: a compact copy of the plan at another name, while the plan stays open.
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::storetest;

TEST_CASE("Save a copy writes the plan to a new file and the original stays open", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("original.salesplan"));
    const QString copyPath = dir.filePath(QStringLiteral("副本 copy.salesplan"));
    auto created = PlanFile::create(path, fullPlan());
    REQUIRE(created.ok());
    PlanFile &file = **created;

    const Status saved = file.saveCopyAs(copyPath);
    INFO((saved.ok() ? QString() : saved.error().message()).toStdString());
    REQUIRE(saved.ok());
    // Only the two plans and the original's lock: no temporary files are left.
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("original.salesplan"),
                                             QStringLiteral("original.salesplan.lock"),
                                             QStringLiteral("副本 copy.salesplan")});

    // The original is still the open file: an edit goes there, not into the copy.
    Plan edited = file.plan();
    edited.info.name = QStringLiteral("edited after the copy");
    REQUIRE(file.commit(edited).ok());

    auto copy = PlanFile::open(copyPath);
    REQUIRE(copy.ok());
    CHECK((*copy)->plan() == fullPlan());
    CHECK(sqlOnFile(copyPath, QStringLiteral("PRAGMA application_id")) ==
          QStringLiteral("1397771342"));
    CHECK(sqlOnFile(copyPath, QStringLiteral("PRAGMA user_version")).toInt() ==
          store::latestVersion(store::planMigrations()));
}

TEST_CASE("Save a copy replaces an older file of that name whole", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    const QString target = dir.filePath(QStringLiteral("old copy.salesplan"));
    {
        QFile old(target);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
    }
    auto created = PlanFile::create(path, largePlan(10, 100));
    REQUIRE(created.ok());
    REQUIRE((*created)->saveCopyAs(target).ok());
    auto copy = PlanFile::open(target, PlanFile::Access::ReadOnly);
    REQUIRE(copy.ok());
    CHECK((*copy)->plan() == largePlan(10, 100));
}

TEST_CASE("Save a copy refuses to replace the plan itself or a plan open elsewhere", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    const QString other = dir.filePath(QStringLiteral("other.salesplan"));
    auto created = PlanFile::create(path, fullPlan());
    REQUIRE(created.ok());
    auto otherFile = PlanFile::create(other, Plan());
    REQUIRE(otherFile.ok());
    const QByteArray bytes = sha256(path);
    const QByteArray otherBytes = sha256(other);

    const Status onItself = (*created)->saveCopyAs(path);
    REQUIRE_FALSE(onItself.ok());
    CHECK(onItself.error().message().contains(QStringLiteral("would replace the plan itself")));
    CHECK(sha256(path) == bytes);

    const Status onOpen = (*created)->saveCopyAs(other);
    REQUIRE_FALSE(onOpen.ok());
    CHECK(onOpen.error().message().contains(QStringLiteral("is open in another SalesPlan window")));
    CHECK(sha256(other) == otherBytes);
}

TEST_CASE("A plan open read-only can still be saved as an editable copy", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read-only.salesplan"));
    const QString copyPath = dir.filePath(QStringLiteral("editable.salesplan"));
    REQUIRE(PlanFile::create(path, fullPlan()).ok());
    const QByteArray bytes = sha256(path);
    {
        auto readOnly = PlanFile::open(path, PlanFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        const Status saved = (*readOnly)->saveCopyAs(copyPath);
        INFO((saved.ok() ? QString() : saved.error().message()).toStdString());
        REQUIRE(saved.ok());
    }
    CHECK(sha256(path) == bytes);
    auto copy = PlanFile::open(copyPath);
    REQUIRE(copy.ok());
    CHECK_FALSE((*copy)->isReadOnly());
    CHECK((*copy)->plan() == fullPlan());
}
