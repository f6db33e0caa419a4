// A plan written to a .salesplan file and read back is the same plan, and each commit writes
// only what changed.
#include "store/plantables.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

#include <limits>

using namespace salesplan;
using namespace salesplan::storetest;

namespace {

std::unique_ptr<PlanFile> reopen(std::unique_ptr<PlanFile> &file)
{
    const QString path = file->path();
    file.reset();
    auto opened = PlanFile::open(path);
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

std::unique_ptr<PlanFile> createFile(const QString &path, const Plan &plan)
{
    auto created = PlanFile::create(path, plan);
    INFO((created.ok() ? QString() : created.error().message()).toStdString());
    REQUIRE(created.ok());
    return std::move(created.value());
}

void commitOk(PlanFile &file, const Plan &plan)
{
    const Status status = file.commit(plan);
    INFO((status.ok() ? QString() : status.error().message()).toStdString());
    REQUIRE(status.ok());
}

} // namespace

TEST_CASE("A fully populated plan reads back exactly as it was written", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("全量 plan 🚀.salesplan"));
    const Plan original = fullPlan();
    auto file = createFile(path, original);
    CHECK(file->plan() == original);
    file = reopen(file);
    const Plan &read = file->plan();

    // Field by field first, so that a failure says which one was lost.
    CHECK(read.info.name == QStringLiteral("2027 华东区销售计划 🚀"));
    CHECK(read.info.author == QStringLiteral("مدير المبيعات · מנהל מכירות"));
    CHECK(read.info.period == Period{2028, 4});
    CHECK(read.info.status == PlanStatus::Approved);
    CHECK(read.mission.marketSize.minor == std::numeric_limits<qint64>::max());
    CHECK(read.mission.marketSize.currency == QStringLiteral("JPY"));
    CHECK(read.mission.marketGrowth == -0.125);
    CHECK(read.mission.valueProposition == original.mission.valueProposition);
    CHECK(read.mission.competitors == original.mission.competitors);
    CHECK(read.targets.lastYearActual.minor == std::numeric_limits<qint64>::min());
    CHECK(read.targets.customWeights == original.targets.customWeights);
    CHECK(read.targets.seasonality == SeasonalityMode::Custom);
    CHECK(read.targets.regions == original.targets.regions);
    CHECK(read.targets.products == original.targets.products);
    CHECK(read.targets.funnel.holidays == original.targets.funnel.holidays);
    CHECK(read.targets.funnel.extraWorkdays == original.targets.funnel.extraWorkdays);
    CHECK(read.targets.funnel == original.targets.funnel);
    CHECK(read.targets == original.targets);
    CHECK(read.team.members[1].startDate.isNull());
    CHECK(read.team.members == original.team.members);
    CHECK(read.team == original.team);
    CHECK(read.segments[0].attributes == QStringList{QStringLiteral("汽车"), QStringLiteral("电子"),
                                                     QString(), QStringLiteral("🏭")});
    CHECK(read.segments == original.segments);
    CHECK(read.stages == original.stages);
    CHECK(read.tools == original.tools);
    CHECK(read.metrics == original.metrics);
    CHECK(read.history == original.history);
    CHECK(read.ids.peek() == original.ids.peek());
    CHECK(read == original);
}

TEST_CASE("The default plan and an empty plan read back as they were written", "[store]")
{
    QTemporaryDir dir;
    const Plan defaults = makeDefaultPlan();
    auto file = createFile(dir.filePath(QStringLiteral("default.salesplan")), defaults);
    file = reopen(file);
    CHECK(file->plan() == defaults);

    auto empty = createFile(dir.filePath(QStringLiteral("empty.salesplan")), Plan());
    empty = reopen(empty);
    CHECK(empty->plan() == Plan());
}

// The columns of a table in the file, sorted.
QStringList schemaColumns(const QString &path, const QString &table)
{
    QStringList columns = sqlOnFile(path, QStringLiteral("SELECT group_concat(name) FROM "
                                                         "pragma_table_info('%1')")
                                              .arg(table))
                              .split(u',');
    columns.sort();
    return columns;
}

// The columns of a table of plantables.h and the given key columns, sorted.
QStringList sorted(QStringList columns, const QStringList &keys)
{
    columns << keys;
    columns.sort();
    return columns;
}

TEST_CASE("The field tables write every column of the schema and no other", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("columns.salesplan"));
    createFile(path, Plan());
    for (const store::SingletonTable &table : store::singletonTables()) {
        INFO(table.name.toStdString());
        CHECK(sorted(table.columns, {QStringLiteral("id")}) == schemaColumns(path, table.name));
    }
    store::forEachRowTable([&](const auto &table, auto) {
        INFO(table.name.toStdString());
        CHECK(sorted(table.columns, {QStringLiteral("id"), QStringLiteral("position")}) ==
              schemaColumns(path, table.name));
        return store::SqlStatus();
    });
}

TEST_CASE("Creating a plan never replaces an existing file", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.salesplan"));
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("someone else's notes");
    }
    const auto created = PlanFile::create(path, fullPlan());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message().contains(QStringLiteral("already exists")));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "someone else's notes");
    // Nothing is left behind but the file that was there.
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("taken.salesplan")});
}

TEST_CASE("Each kind of commit is in the file when it is opened again", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.salesplan"));
    Plan plan = fullPlan();
    auto file = createFile(path, plan);

    SECTION("a field of a section")
    {
        plan.info.name = QStringLiteral("改名后的计划");
        plan.targets.funnel.proposalToWon = 0.5;
        plan.team.commissionRate = 0.01;
        plan.targets.customWeights[3] = 42;
        plan.metrics.reviewCadence = ReviewFrequency::Yearly;
    }
    SECTION("a row added")
    {
        plan.team.members.insert(1, Member{plan.ids.take(),
                                           QStringLiteral("新同事"),
                                           QStringLiteral("SDR"),
                                           QStringLiteral("华东"),
                                           1.0,
                                           QDate(2028, 8, 1),
                                           3,
                                           {}});
        plan.metrics.risks.append(Risk{plan.ids.take(), RiskCategory::Customer,
                                       QStringLiteral("大客户流失"), 2, 5, QString(), QString()});
        plan.targets.funnel.holidays.append(QDate(2029, 2, 10));
    }
    SECTION("a row removed")
    {
        plan.team.members.removeAt(0);
        plan.segments.removeAt(0); // with its attributes
        plan.targets.funnel.extraWorkdays.clear();
    }
    SECTION("a row changed")
    {
        plan.team.members[2].name = QStringLiteral("Dana (renamed)");
        plan.segments[0].attributes.append(QStringLiteral("新属性"));
        plan.history[1].amount = Money::of(1, QStringLiteral("USD"));
    }
    SECTION("a row moved")
    {
        plan.team.members.move(0, 2);
        plan.stages.move(1, 0);
        plan.targets.regions.move(2, 0);
    }
    SECTION("several sections at once")
    {
        plan.mission.competitors.clear();
        plan.tools.append(Tool{plan.ids.take(), QStringLiteral("BI"), QStringLiteral("Reports"),
                               QString(), Money::of(5, QStringLiteral("CNY")), QString()});
        plan.metrics.kpis.move(0, 1);
        plan.metrics.kpis[0].greenAt = 1.5;
    }
    REQUIRE_FALSE(plan == file->plan());
    commitOk(*file, plan);
    CHECK(file->plan() == plan);
    file = reopen(file);
    CHECK(file->plan() == plan);
}

TEST_CASE("A commit that changes nothing leaves the file untouched", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("same.salesplan"));
    auto file = createFile(path, fullPlan());
    const QByteArray before = sha256(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const qint64 changes = PlanFileTesting::totalChanges(*file);

    Plan copy = file->plan();
    copy.team.members.detach(); // equal, but not shared
    REQUIRE(file->commit(copy).ok());
    CHECK(PlanFileTesting::totalChanges(*file) == changes);
    CHECK(sha256(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
}

TEST_CASE("Undoing an edit by committing the old plan gives back the old plan", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("undo.salesplan"));
    const Plan original = fullPlan();
    auto file = createFile(path, original);

    Plan edited = original;
    edited.team.members.removeAt(1);
    edited.stages.move(0, 1);
    edited.info.name = QStringLiteral("edited");
    edited.history.prepend(HistoryEntry{edited.ids.take(), QDate(2026, 1, 1), QString(), QString(),
                                        QString(), Money::of(7, QStringLiteral("CNY"))});
    commitOk(*file, edited);
    commitOk(*file, original); // undo: the removed member comes back with its own id
    CHECK(file->plan() == original);
    file = reopen(file);
    CHECK(file->plan() == original);
    CHECK(sqlOnFile(path, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("A commit writes only the rows that changed", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.salesplan"));
    Plan plan = largePlan(500, 2000);
    auto file = createFile(path, plan);

    const auto rowsWrittenBy = [&](const std::function<void(Plan &)> &edit) {
        const qint64 before = PlanFileTesting::totalChanges(*file);
        edit(plan);
        commitOk(*file, plan);
        return PlanFileTesting::totalChanges(*file) - before;
    };
    CHECK(rowsWrittenBy([](Plan &p) { p.team.members[250].name = QStringLiteral("Renamed"); }) ==
          1);
    CHECK(rowsWrittenBy([](Plan &p) { p.info.author = QStringLiteral("Someone else"); }) == 1);
    CHECK(rowsWrittenBy([](Plan &p) { p.team.members.move(0, 499); }) == 1);
    CHECK(rowsWrittenBy([](Plan &p) { p.team.members.move(400, 3); }) == 1);
    CHECK(rowsWrittenBy([](Plan &p) { p.history.removeAt(0); }) == 1);
    CHECK(rowsWrittenBy([](Plan &p) {
              p.history.prepend(HistoryEntry{p.ids.take(), QDate(2023, 1, 1), QString(), QString(),
                                             QString(), Money()});
          }) == 2); // the row, and the plan's next free row id
    CHECK(rowsWrittenBy([](Plan &p) {
              Member middle;
              middle.id = p.ids.take();
              middle.name = QStringLiteral("Middle");
              p.team.members.insert(250, middle);
          }) == 2);
    CHECK(rowsWrittenBy([](Plan &p) {
              p.presentationDeck = {QStringLiteral("funnel"), QStringLiteral("targets")};
          }) == 2);
    CHECK(rowsWrittenBy([](Plan &p) { p.info.author = QStringLiteral("Another one"); }) == 1);
    CHECK(rowsWrittenBy([](Plan &p) { p.presentationDeck.clear(); }) == 2);
    // One slide's notes typed: that slide's row only; removed: that row only.
    CHECK(rowsWrittenBy([](Plan &p) {
              p.speakerNotes.insert(QStringLiteral("funnel"), QStringLiteral("Leads first"));
          }) == 1);
    CHECK(rowsWrittenBy([](Plan &p) {
              p.speakerNotes.insert(QStringLiteral("funnel"), QStringLiteral("Leads, then calls"));
          }) == 1);
    CHECK(rowsWrittenBy([](Plan &p) { p.speakerNotes.remove(QStringLiteral("funnel")); }) == 1);
    file = reopen(file);
    CHECK(file->plan() == plan);
}

TEST_CASE("Rows added again and again at one place keep their order", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inserts.salesplan"));
    Plan plan = largePlan(3, 0);
    auto file = createFile(path, plan);
    // Each insert halves the gap between two neighbours until they are numbered afresh.
    for (int i = 0; i < 40; ++i) {
        Member inserted;
        inserted.id = plan.ids.take();
        inserted.name = QStringLiteral("Insert %1").arg(i);
        plan.team.members.insert(1, inserted);
        commitOk(*file, plan);
    }
    plan.team.members.move(0, plan.team.members.size() - 1);
    commitOk(*file, plan);
    file = reopen(file);
    CHECK(file->plan().team.members == plan.team.members);
}

TEST_CASE("A file name with spaces, '#', '?', '%' and Chinese opens", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Q3 #1 ? 100% 计划.salesplan"));
    auto file = createFile(path, fullPlan());
    file = reopen(file);
    CHECK(file->plan() == fullPlan());
    auto readOnly = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK((*readOnly)->plan() == fullPlan());
}
