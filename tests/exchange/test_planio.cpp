// Plan I/O as the command line and the window use it: reading a .salesplan or a .json plan,
// importing JSON into a .salesplan file (replacing an old one only whole, never the plan that is
// open), and exporting JSON through a temporary file.
#include "exchange/planio.h"

#include "exchange/planjson.h"
#include "store/planfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace salesplan;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace {

const QString sampleJson =
    QStringLiteral(SALESPLAN_TEST_DATA "/../../resources/samples/sample-zh_CN.json");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The names in a folder, hidden ones included, sorted: to see that nothing was left beside a file.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

Plan samplePlan()
{
    const Result<Plan> plan = readJsonPlan(sampleJson);
    REQUIRE(plan);
    return *plan;
}

// The sample as JSON with `from` replaced by `to` (which must occur in it).
QByteArray sampleJsonWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = bytesOf(sampleJson);
    REQUIRE(json.contains(from));
    return json.replace(from, to);
}

// A folder holding "plan.salesplan" made from the sample, and a JSON plan to import over it.
struct PlanFolder
{
    QTemporaryDir dir;
    QString plan = dir.filePath(QStringLiteral("plan.salesplan"));
    QString json = dir.filePath(QStringLiteral("incoming.json"));

    PlanFolder()
    {
        REQUIRE(dir.isValid());
        REQUIRE(importJsonPlan(sampleJson, plan, ExistingFile::Refuse));
    }
};

} // namespace

TEST_CASE("A .salesplan file and a .json plan both read, to the same plan", "[planio]")
{
    PlanFolder folder;
    const QByteArray before = bytesOf(folder.plan);
    const QStringList names = entries(folder.dir.path());

    const Result<Plan> fromFile = readPlan(folder.plan);
    const Result<Plan> fromJson = readPlan(sampleJson);
    REQUIRE(fromFile);
    REQUIRE(fromJson);
    CHECK(*fromFile == *fromJson);
    CHECK(fromFile->info.name == QStringLiteral("2027年度销售计划"));
    // Reading takes no lock and changes nothing.
    CHECK(bytesOf(folder.plan) == before);
    CHECK(entries(folder.dir.path()) == names);

    const QString upper = folder.dir.filePath(QStringLiteral("PLAN.JSON"));
    REQUIRE(QFile::copy(sampleJson, upper));
    const Result<Plan> fromUpper = readPlan(upper);
    REQUIRE(fromUpper);
    CHECK(*fromUpper == *fromJson);
}

TEST_CASE("Which paths are plans is decided in one place", "[planio]")
{
    CHECK(isJsonPlanPath(QStringLiteral("a/plan.json")));
    CHECK(isJsonPlanPath(QStringLiteral("PLAN.JSON")));
    CHECK_FALSE(isJsonPlanPath(QStringLiteral("plan.salesplan")));
    CHECK(isPlanPath(QStringLiteral("plan.salesplan")));
    CHECK(isPlanPath(QStringLiteral("Plan.SalesPlan")));
    CHECK(isPlanPath(QStringLiteral("plan.json")));
    CHECK_FALSE(isPlanPath(QStringLiteral("plan.pdf")));
}

TEST_CASE("Bad input is refused in words that name the file", "[planio]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.salesplan"));
    const Result<Plan> none = readPlan(missing);
    REQUIRE_FALSE(none);
    CHECK(none.error().message() == missing + QStringLiteral(": does not exist"));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeBytes(broken, "{\n  \"format\": \"salesplan\",\n  \"version\": 1\n  \"plan\": {}\n}\n");
    const Result<Plan> badJson = readPlan(broken);
    REQUIRE_FALSE(badJson);
    CHECK(badJson.error().message().startsWith(broken + QStringLiteral(": line 4, column 3")));

    const QString wrong = dir.filePath(QStringLiteral("wrong.json"));
    writeBytes(wrong, sampleJsonWith("\"leadToQualified\": 0.3", "\"leadToQualified\": 2.5"));
    const Result<Plan> badValue = readPlan(wrong);
    REQUIRE_FALSE(badValue);
    CHECK(badValue.error().message().contains(
        QStringLiteral("plan.targets.funnel.leadToQualified: must be between 0 and 1")));
    CHECK(badValue.error().message().startsWith(wrong));

    const QString text = dir.filePath(QStringLiteral("notes.salesplan"));
    writeBytes(text, QByteArray(200, 'x'));
    const Result<Plan> notAPlan = readPlan(text);
    REQUIRE_FALSE(notAPlan);
    CHECK(notAPlan.error().message().contains(QStringLiteral("not a SalesPlan plan")));
    CHECK(bytesOf(text) == QByteArray(200, 'x'));
}

TEST_CASE("Importing into a new file makes the plan and leaves nothing beside it", "[planio]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("new.salesplan"));
    const Status imported = importJsonPlan(sampleJson, target, ExistingFile::Refuse);
    INFO((imported ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported);
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("new.salesplan")});
    const Result<Plan> plan = readPlan(target);
    REQUIRE(plan);
    CHECK(*plan == samplePlan());
}

TEST_CASE("A plan survives being imported over itself", "[planio]")
{
    PlanFolder folder;
    const Result<Plan> original = readPlan(folder.plan);
    REQUIRE(original);
    REQUIRE(exportJsonPlan(*original, folder.json));
    const QByteArray before = bytesOf(folder.plan);

    SECTION("while it is open for editing the import is refused and the file is unchanged")
    {
        auto open = PlanFile::open(folder.plan);
        REQUIRE(open);
        const QStringList names = entries(folder.dir.path());
        const Status refused = importJsonPlan(folder.json, folder.plan, ExistingFile::Replace);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message() ==
              QDir::toNativeSeparators(folder.plan) +
                  QStringLiteral(" is open for editing in a SalesPlan window, so it was not "
                                 "replaced. Close it there first, or choose another name."));
        CHECK(bytesOf(folder.plan) == before);
        CHECK(entries(folder.dir.path()) == names);
        Plan edited = *original;
        edited.info.name = QStringLiteral("Still being edited");
        CHECK((*open)->commit(edited));
    }
    SECTION("once it is closed the import replaces it with the same plan")
    {
        const Status imported = importJsonPlan(folder.json, folder.plan, ExistingFile::Replace);
        INFO((imported ? QString() : imported.error().message()).toStdString());
        REQUIRE(imported);
        const Result<Plan> again = readPlan(folder.plan);
        REQUIRE(again);
        CHECK(*again == *original);
        CHECK(entries(folder.dir.path()) ==
              QStringList{QStringLiteral("incoming.json"), QStringLiteral("plan.salesplan")});
        CHECK(PlanFile::open(folder.plan));
    }
}

TEST_CASE("Importing over an older file replaces it whole", "[planio]")
{
    PlanFolder folder;
    Plan other;
    other.info.name = QStringLiteral("Another plan");
    REQUIRE(importPlan(other, folder.plan, ExistingFile::Replace));
    const Result<Plan> replaced = readPlan(folder.plan);
    REQUIRE(replaced);
    CHECK(replaced->info.name == QStringLiteral("Another plan"));
    CHECK(*replaced != samplePlan());
    CHECK(entries(folder.dir.path()) == QStringList{QStringLiteral("plan.salesplan")});

    // Any file of that name is replaced when asked, not only a plan.
    const QString notes = folder.dir.filePath(QStringLiteral("notes.salesplan"));
    writeBytes(notes, "not a plan");
    REQUIRE(importPlan(other, notes, ExistingFile::Replace));
    CHECK(readPlan(notes));
}

TEST_CASE("A failed import over a plan leaves the old file byte for byte", "[planio]")
{
    PlanFolder folder;
    const QByteArray before = bytesOf(folder.plan);
    const QStringList names = entries(folder.dir.path());
    const auto checkUnchanged = [&](const Status &status, const QString &words) {
        REQUIRE_FALSE(status);
        INFO(status.error().message().toStdString());
        CHECK(status.error().message().contains(words));
        CHECK(bytesOf(folder.plan) == before);
        QStringList expected = names;
        if (QFile::exists(folder.json))
            expected.append(QStringLiteral("incoming.json"));
        expected.sort();
        CHECK(entries(folder.dir.path()) == expected);
    };

    SECTION("broken JSON")
    {
        writeBytes(folder.json, "{ \"format\": \"salesplan\", ");
        checkUnchanged(importJsonPlan(folder.json, folder.plan, ExistingFile::Replace),
                       QStringLiteral("incoming.json: line 1"));
    }
    SECTION("JSON with a value out of range")
    {
        writeBytes(folder.json, sampleJsonWith("\"proposalToWon\": ", "\"proposalToWon\": -"));
        checkUnchanged(importJsonPlan(folder.json, folder.plan, ExistingFile::Replace),
                       QStringLiteral("plan.targets.funnel.proposalToWon"));
    }
    SECTION("a plan the file cannot hold (two regions with one id)")
    {
        Plan plan = samplePlan();
        plan.targets.regions = {{7, QStringLiteral("East"), 1.0, {}},
                                {7, QStringLiteral("West"), 1.0, {}}};
        checkUnchanged(importPlan(plan, folder.plan, ExistingFile::Replace),
                       QStringLiteral("The plan was not created"));
    }
    SECTION("a plan file marked read-only")
    {
        const QFile::Permissions permissions = QFile::permissions(folder.plan);
        REQUIRE(QFile::setPermissions(folder.plan, QFile::ReadOwner | QFile::ReadGroup));
        checkUnchanged(importPlan(samplePlan(), folder.plan, ExistingFile::Replace),
                       QStringLiteral("is read-only, so it was not replaced"));
        REQUIRE(QFile::setPermissions(folder.plan, permissions));
    }
    SECTION("a folder marked read-only, where no temporary file can go")
    {
        const QFile::Permissions permissions = QFile::permissions(folder.dir.path());
        REQUIRE(QFile::setPermissions(folder.dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const Status refused = importPlan(samplePlan(), folder.plan, ExistingFile::Replace);
        REQUIRE(QFile::setPermissions(folder.dir.path(), permissions));
        checkUnchanged(refused, QStringLiteral("is read-only"));
    }
    SECTION("asked not to replace")
    {
        checkUnchanged(importPlan(samplePlan(), folder.plan, ExistingFile::Refuse),
                       QStringLiteral("already exists"));
    }
}

TEST_CASE("A folder is never replaced by an import", "[planio]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("plans.salesplan"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("plans.salesplan")));
    const Status refused = importJsonPlan(sampleJson, folder, ExistingFile::Replace);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message().contains(QStringLiteral("is a folder")));
    CHECK(QFileInfo(folder).isDir());
}

TEST_CASE("Export JSON replaces an existing file whole, through a rename", "[planio]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    const QByteArray old = "{ \"an old export\": true }\n";
    writeBytes(path, old);
    // A reader of the old file keeps reading the old file: the export is renamed into place, not
    // written into the old file (POSIX semantics; the rename replaces the name, not the file).
    QFile reader(path);
    REQUIRE(reader.open(QIODevice::ReadOnly));

    const Plan plan = samplePlan();
    REQUIRE(exportJsonPlan(plan, path));
    CHECK(bytesOf(path) == planToJson(plan));
    CHECK(reader.readAll() == old);
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("plan.json")});
    const Result<Plan> back = readPlan(path);
    REQUIRE(back);
    CHECK(*back == plan);
}

TEST_CASE("A failed JSON export leaves what was there", "[planio]")
{
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(QStringLiteral("missing/plan.json"));
    const Status noFolder = exportJsonPlan(samplePlan(), missingFolder);
    REQUIRE_FALSE(noFolder);
    CHECK(noFolder.error().message().startsWith(missingFolder +
                                                QStringLiteral(": cannot be written")));
    CHECK(entries(dir.path()).isEmpty());

    const QString folder = dir.filePath(QStringLiteral("taken.json"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("taken.json")));
    REQUIRE_FALSE(exportJsonPlan(samplePlan(), folder));
    CHECK(QFileInfo(folder).isDir());
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("taken.json")});
}

TEST_CASE("Importing over a plan whose lock place holds a folder names the folder", "[planio]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(target, Plan()));
    REQUIRE(QDir().mkdir(target + QStringLiteral(".lock")));
    const QByteArray before = bytesOf(target);
    const Status imported = importPlan(Plan(), target, ExistingFile::Replace);
    REQUIRE_FALSE(imported);
    CHECK(imported.error().message().contains(QStringLiteral("a folder named")));
    CHECK_FALSE(imported.error().message().contains(QStringLiteral("open for editing")));
    CHECK(bytesOf(target) == before);
}

TEST_CASE("Saved versions survive export to JSON and import into a new file", "[planio]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.salesplan"));
    {
        Plan plan = samplePlan();
        auto file = PlanFile::create(original, plan);
        REQUIRE(file);
        REQUIRE((*file)->saveVersion(QStringLiteral("提交领导"), QStringLiteral("张伟")));
        plan.targets.annualTarget.minor += 100'000'00;
        REQUIRE((*file)->commit(plan));
        REQUIRE((*file)->saveVersion(QStringLiteral("v2"), QString()));
    }
    const Result<PlanWithVersions> exported = readPlanWithVersions(original);
    REQUIRE(exported);
    REQUIRE(exported->versions.size() == 2);
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    REQUIRE(exportJsonPlan(*exported, json));

    const QString imported = dir.filePath(QStringLiteral("imported.salesplan"));
    REQUIRE(importJsonPlan(json, imported, ExistingFile::Refuse));
    auto file = PlanFile::open(imported, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    CHECK((*file)->plan() == exported->plan);
    const Result<QList<PlanVersion>> versions = (*file)->versions();
    REQUIRE(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).name == QStringLiteral("提交领导"));
    CHECK(versions->at(0).author == QStringLiteral("张伟"));
    CHECK(versions->at(0).created == exported->versions.at(0).created);
    CHECK(*(*file)->versionPlan(versions->at(0).id) == exported->versions.at(0).plan);
    CHECK(*(*file)->versionPlan(versions->at(1).id) == exported->plan);
}

TEST_CASE("A version 2 file migrates, is approved with a version, and its JSON carries both",
          "[planio]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("plan-v2.salesplan"));
    REQUIRE(QFile::copy(QStringLiteral(SALESPLAN_TEST_DATA "/plan-v2.salesplan"), copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    {
        auto file = PlanFile::open(copy);
        REQUIRE(file);
        REQUIRE((*file)->saveVersion(QStringLiteral("Before approval"), QStringLiteral("Li")));
        Plan approved = (*file)->plan();
        approved.info.status = PlanStatus::Approved;
        approved.info.statusLog = {StatusChange{approved.ids.take(), PlanStatus::Approved,
                                                QStringLiteral("王总"), QDate(2027, 1, 15),
                                                QStringLiteral("OK"), false}};
        REQUIRE((*file)->commit(approved));
    }
    const QString json = dir.filePath(QStringLiteral("v2.json"));
    const Result<PlanWithVersions> exported = readPlanWithVersions(copy);
    REQUIRE(exported);
    REQUIRE(exportJsonPlan(*exported, json));
    const QString imported = dir.filePath(QStringLiteral("back.salesplan"));
    REQUIRE(importJsonPlan(json, imported, ExistingFile::Refuse));
    const Result<PlanWithVersions> back = readPlanWithVersions(imported);
    REQUIRE(back);
    CHECK(back->plan.info.status == PlanStatus::Approved);
    REQUIRE(back->plan.info.statusLog.size() == 1);
    CHECK(back->plan.info.statusLog.first().by == QStringLiteral("王总"));
    REQUIRE(back->versions.size() == 1);
    CHECK(back->versions.first().name == QStringLiteral("Before approval"));
    CHECK(back->versions.first().plan.info.status != PlanStatus::Approved);
}
