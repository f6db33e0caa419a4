// Saved versions inside a .salesplan file: the whole plan frozen under a name, kept beside the
// plan and read back as it was, whatever happens to the plan afterwards.
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace salesplan;
using namespace salesplan::storetest;

namespace {

// A plan with Chinese names, members and history, within the ranges the JSON format accepts
// (storetest::fullPlan() holds negative money, which a plan file keeps but JSON refuses).
Plan versionablePlan()
{
    Plan plan = largePlan(12, 40);
    plan.info.name = QStringLiteral("2027 销售计划");
    plan.team.members.first().name = QStringLiteral("王小明");
    return plan;
}

std::unique_ptr<PlanFile> newFile(const QTemporaryDir &dir, const Plan &plan)
{
    auto created = PlanFile::create(dir.filePath(QStringLiteral("plan.salesplan")), plan);
    REQUIRE(created.ok());
    return std::move(created).value();
}

} // namespace

TEST_CASE("A saved version reads back as the plan was when it was saved, after later edits",
          "[store]")
{
    QTemporaryDir dir;
    const Plan original = versionablePlan();
    auto file = newFile(dir, original);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<RowId> saved =
        file->saveVersion(QStringLiteral("  提交领导  "), QStringLiteral("王经理"));
    INFO((saved ? QString() : saved.error().message()).toStdString());
    REQUIRE(saved.ok());

    Plan edited = original;
    edited.info.name = QStringLiteral("2027 销售计划（削减后）");
    edited.team.members.removeLast();
    REQUIRE(file->commit(edited).ok());
    REQUIRE(file->saveVersion(QStringLiteral("Board-approved v1"), QString()).ok());

    // Reopened: the file holds both versions and the edited plan.
    const QString path = file->path();
    file.reset();
    auto reopened = PlanFile::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->plan() == edited);
    const auto versions = (*reopened)->versions();
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    const PlanVersion &first = versions->at(0);
    CHECK(first.id == *saved);
    CHECK(first.name == QStringLiteral("提交领导"));
    CHECK(first.author == QStringLiteral("王经理"));
    CHECK(first.created >= before);
    CHECK(first.created <= QDateTime::currentDateTimeUtc());
    CHECK(first.created.timeSpec() == Qt::UTC);
    CHECK(first.size > 0);
    CHECK(versions->at(1).name == QStringLiteral("Board-approved v1"));
    CHECK(versions->at(1).author.isEmpty());

    const Result<Plan> frozen = (*reopened)->versionPlan(first.id);
    INFO((frozen ? QString() : frozen.error().message()).toStdString());
    REQUIRE(frozen.ok());
    CHECK(*frozen == original);
    CHECK(*(*reopened)->versionPlan(versions->at(1).id) == edited);
    CHECK((*reopened)->versionNamed(QStringLiteral("提交领导"))->id == first.id);
}

TEST_CASE("Deleting a version leaves the plan and the other versions", "[store]")
{
    QTemporaryDir dir;
    auto file = newFile(dir, versionablePlan());
    const RowId draft = *file->saveVersion(QStringLiteral("Draft"), QString());
    const RowId review = *file->saveVersion(QStringLiteral("Review"), QString());
    REQUIRE(file->deleteVersion(draft).ok());
    const auto versions = file->versions();
    REQUIRE(versions->size() == 1);
    CHECK(versions->first().id == review);
    CHECK(file->plan() == versionablePlan());
    // The name is free again.
    CHECK(file->saveVersion(QStringLiteral("Draft"), QString()).ok());
}

TEST_CASE("A version without a name or with a name already used is refused in words", "[store]")
{
    QTemporaryDir dir;
    auto file = newFile(dir, versionablePlan());
    const Result<RowId> blank = file->saveVersion(QStringLiteral("   "), QString());
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().message() == QStringLiteral("The version was not saved: give it a name."));
    REQUIRE(file->saveVersion(QStringLiteral("Submitted"), QString()).ok());
    const Result<RowId> twice = file->saveVersion(QStringLiteral("Submitted "), QString());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message() ==
          QStringLiteral("The version was not saved: there is already a version called "
                         "“Submitted”. Choose another name."));
    CHECK(file->versions()->size() == 1);
    const Result<PlanVersion> unknown = file->versionNamed(QStringLiteral("Approved"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message() ==
          QStringLiteral("There is no version “Approved”. The saved versions are: Submitted."));
}

TEST_CASE("A plan the JSON format refuses is not saved as a version that could not be read",
          "[store]")
{
    QTemporaryDir dir;
    auto file = newFile(dir, fullPlan()); // negative money
    const Result<RowId> saved = file->saveVersion(QStringLiteral("Submitted"), QString());
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message().startsWith(
        QStringLiteral("The version was not saved: a value of the plan cannot be kept in a "
                       "version (plan.")));
    CHECK(file->versions()->isEmpty());
}

TEST_CASE("A plan open read-only refuses to save or delete a version", "[store]")
{
    QTemporaryDir dir;
    QString path;
    RowId id = 0;
    {
        auto file = newFile(dir, versionablePlan());
        path = file->path();
        id = *file->saveVersion(QStringLiteral("Submitted"), QString());
    }
    auto readOnly = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    const Result<RowId> saved = (*readOnly)->saveVersion(QStringLiteral("Other"), QString());
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message().startsWith(
        QStringLiteral("The version was not saved: this plan is open read-only")));
    CHECK_FALSE((*readOnly)->deleteVersion(id).ok());
    CHECK((*readOnly)->versions()->size() == 1);
    CHECK(*(*readOnly)->versionPlan(id) == versionablePlan());
}

TEST_CASE("A damaged version is refused in words and the plan still opens", "[store]")
{
    QTemporaryDir dir;
    auto file = newFile(dir, versionablePlan());
    const RowId id = *file->saveVersion(QStringLiteral("Submitted"), QString());
    QSqlQuery damage(PlanFileTesting::db(*file));
    REQUIRE(damage.exec(QStringLiteral("UPDATE versions SET plan = x'00000010deadbeef'")));
    const Result<Plan> plan = file->versionPlan(id);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().message() ==
          QStringLiteral("The version “Submitted” is damaged: its plan cannot be read."));
    // Compressed, but not a plan.
    REQUIRE(damage.exec(QStringLiteral("UPDATE versions SET plan = x'000000027b7d'")));
    CHECK_FALSE(file->versionPlan(id).ok());
    CHECK(file->plan() == versionablePlan());
}
