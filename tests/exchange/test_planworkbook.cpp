// The .xlsx export's file handling: the workbook reaches its path whole or not at all. Its figures
// and formulas are checked by an independent reader in tests/xlsx.
#include "exchange/planworkbook.h"

#include "exchange/planio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace salesplan;

namespace {

const QString sampleJson =
    QStringLiteral(SALESPLAN_TEST_DATA "/../../resources/samples/sample-en.json");

Plan samplePlan()
{
    const Result<Plan> plan = readJsonPlan(sampleJson);
    REQUIRE(plan);
    return *plan;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

TEST_CASE("A workbook is written whole or not at all", "[xlsx]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString target = folder.filePath(QStringLiteral("plan.xlsx"));
    const Plan plan = samplePlan();

    SECTION("written, it is a zip archive and nothing else is left in the folder")
    {
        REQUIRE(writePlanWorkbook(plan, summarizePlan(plan), target));
        CHECK(bytesOf(target).startsWith("PK\x03\x04"));
        CHECK(entries(folder.path()) == QStringList{QStringLiteral("plan.xlsx")});
    }
    SECTION("a workbook that cannot be completed leaves the old file byte for byte")
    {
        QFile old(target);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the workbook of last week");
        old.close();
        Plan tooLong = plan;
        // Excel holds at most 32,767 characters in a cell: libxlsxwriter refuses the name.
        tooLong.targets.regions.first().name = QString(40'000, u'x');
        const Status written = writePlanWorkbook(tooLong, summarizePlan(tooLong), target);
        REQUIRE_FALSE(written);
        CHECK(written.error().message().contains(QStringLiteral("plan.xlsx")));
        CHECK(written.error().message().contains(QStringLiteral("could not be written")));
        CHECK(bytesOf(target) == QByteArray("the workbook of last week"));
        CHECK(entries(folder.path()) == QStringList{QStringLiteral("plan.xlsx")});
    }
    SECTION("a folder that does not exist is refused in words and nothing is made")
    {
        const QString missing = folder.filePath(QStringLiteral("missing/plan.xlsx"));
        const Status written = writePlanWorkbook(plan, summarizePlan(plan), missing);
        REQUIRE_FALSE(written);
        CHECK(written.error().message().contains(QStringLiteral("cannot be written")));
        CHECK(entries(folder.path()).isEmpty());
    }
#ifdef Q_OS_UNIX
    SECTION("a folder marked read-only leaves the old file as it was")
    {
        QFile old(target);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the workbook of last week");
        old.close();
        const QFile::Permissions permissions = QFile::permissions(folder.path());
        REQUIRE(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
        const Status written = writePlanWorkbook(plan, summarizePlan(plan), target);
        REQUIRE(QFile::setPermissions(folder.path(), permissions));
        if (geteuid() == 0) {
            WARN("run as root, which writes into read-only folders: not checked");
        } else {
            REQUIRE_FALSE(written);
            CHECK(written.error().message().contains(QStringLiteral("cannot be written")));
            CHECK(bytesOf(target) == QByteArray("the workbook of last week"));
        }
    }
#endif
}
