// The salesplan executable, run headless as a user or a script runs it: what it prints and its
// exit codes (0 ok, 1 the plan has errors, 2 bad usage or bad input).
#include "historyworkbooks.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `home`, when given, is the HOME and XDG_CONFIG_HOME of the run: where its settings would go.
Run runSalesplan(const QStringList &arguments, const QString &home = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SALESPLAN_EXE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString sample(const char *name)
{
    return QStringLiteral(SALESPLAN_SAMPLES "/") + QString::fromLatin1(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("The version option prints the version and needs no display", "[cli]")
{
    const Run run = runSalesplan({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("salesplan " SALESPLAN_VERSION));
}

TEST_CASE("The help option lists the commands and the exit codes", "[cli]")
{
    const Run run = runSalesplan({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const char *word :
         {"export", "import", "summary", "check", "--lang", "--confidential", "Exit codes"})
        CHECK(run.out.contains(QString::fromLatin1(word)));
}

TEST_CASE("bad usage exits 2 with a message in words", "[cli]")
{
    const Run unknown = runSalesplan(
        {QStringLiteral("summary"), QStringLiteral("--bogus"), sample("sample-en.json")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--bogus")));
    const Run noFile = runSalesplan({QStringLiteral("summary")});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(QStringLiteral("file name")));
    const Run missing =
        runSalesplan({QStringLiteral("check"), QStringLiteral("/nonexistent/x.salesplan")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    const Run bothFormats =
        runSalesplan({QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--json"),
                      QStringLiteral("a"), QStringLiteral("--pdf"), QStringLiteral("b")});
    CHECK(bothFormats.exitCode == 2);
}

TEST_CASE("import, summary, check and export of the Chinese sample", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString planPath = dir.filePath(QStringLiteral("plan.salesplan"));
    const Run imported = runSalesplan(
        {QStringLiteral("import"), sample("sample-zh_CN.json"), QStringLiteral("--to"), planPath});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    SECTION("summary prints the quarter and month targets and the headcount, both labelled")
    {
        const Run run = runSalesplan({QStringLiteral("summary"), planPath});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("¥120,000,000.00")));
        CHECK(run.out.contains(QStringLiteral("Q4")));
        CHECK(run.out.contains(QStringLiteral("2027-12")));
        CHECK(run.out.contains(QStringLiteral("20.0%")));
        const QStringList lines = run.out.split(u'\n');
        const auto lineStarting = [&lines](const QString &label) {
            for (const QString &line : lines)
                if (line.trimmed().startsWith(label))
                    return line.trimmed().mid(label.size()).trimmed();
            return QString();
        };
        CHECK(lineStarting(QStringLiteral("Headcount for the year")).toStdString() ==
              "15 to employ (12 at full speed + 3 for attrition); the team has 12 → 3 to hire.");
        CHECK(lineStarting(QStringLiteral("Tightest month")).toStdString() ==
              "December, 17 needed at full speed, 12.8 available → 5 short; the first month short "
              "is May.");
    }
    SECTION("summary --json has twelve months that sum to the annual target")
    {
        const Run run =
            runSalesplan({QStringLiteral("summary"), planPath, QStringLiteral("--json")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("\"annualTarget\": \"120000000.00\"")));
        CHECK(run.out.contains(QStringLiteral("\"repsRequired\"")));
    }
    SECTION("check passes a sound plan with exit 0 and leaves the file untouched")
    {
        const QByteArray before = fileHash(planPath);
        const Run run = runSalesplan({QStringLiteral("check"), planPath});
        INFO(run.out.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("0 error(s)")));
        CHECK(fileHash(planPath) == before);
    }
    SECTION("export --json writes a plan that imports again")
    {
        const QString jsonPath = dir.filePath(QStringLiteral("plan.json"));
        REQUIRE(
            runSalesplan({QStringLiteral("export"), planPath, QStringLiteral("--json"), jsonPath})
                .exitCode == 0);
        const QString again = dir.filePath(QStringLiteral("again.salesplan"));
        REQUIRE(runSalesplan({QStringLiteral("import"), jsonPath, QStringLiteral("--to"), again})
                    .exitCode == 0);
        const Run first =
            runSalesplan({QStringLiteral("summary"), planPath, QStringLiteral("--json")});
        const Run second =
            runSalesplan({QStringLiteral("summary"), again, QStringLiteral("--json")});
        CHECK(first.out == second.out);
    }
    SECTION("import refuses to overwrite an existing plan")
    {
        const QByteArray before = fileHash(planPath);
        const Run run = runSalesplan(
            {QStringLiteral("import"), sample("sample-en.json"), QStringLiteral("--to"), planPath});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("already exists")));
        CHECK(fileHash(planPath) == before);
    }
    SECTION("export to a folder that does not exist exits 2")
    {
        const Run run = runSalesplan({QStringLiteral("export"), planPath, QStringLiteral("--json"),
                                      QStringLiteral("/nonexistent/dir/plan.json")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("cannot be written")));
    }
}

TEST_CASE("Giving --lang before the command runs the command in that language", "[cli]")
{
    // "salesplan --lang zh_CN summary …" opened the window on a file named "summary".
    const Run run = runSalesplan({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                  QStringLiteral("summary"), sample("sample-zh_CN.json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("¥120,000,000.00")));
    CHECK(run.out.contains(QStringLiteral("目标")));
}

TEST_CASE("check exits 1 when the plan has errors", "[cli]")
{
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("broken.json"));
    QFile source(sample("sample-en.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    // A plan without a mission is incomplete: an error finding, not bad input.
    const qsizetype at = json.indexOf("\"mission\": \"");
    REQUIRE(at >= 0);
    const qsizetype end = json.indexOf('"', at + 12);
    json.replace(at + 12, end - (at + 12), "");
    QFile broken(jsonPath);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(json);
    broken.close();
    const Run run = runSalesplan({QStringLiteral("check"), jsonPath});
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("mission")));
}

TEST_CASE("check and summary list the initiatives overdue today", "[cli][initiatives]")
{
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("late.json"));
    QFile source(sample("sample-en.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    // The partner launch, in progress, was due on a day already past whenever the test runs.
    REQUIRE(json.contains("\"due\": \"2027-06-30\""));
    json.replace("\"due\": \"2027-06-30\"", "\"due\": \"2026-06-30\"");
    json.replace("\"start\": \"2027-02-01\"", "\"start\": \"2026-02-01\"");
    QFile late(jsonPath);
    REQUIRE(late.open(QIODevice::WriteOnly));
    late.write(json);
    late.close();
    const QString overdue =
        QStringLiteral("The initiative \"Partner channel launch\" of Priya Shah was due on");
    const Run check = runSalesplan({QStringLiteral("check"), jsonPath});
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.exitCode == 0); // a warning, not an error
    CHECK(check.out.contains(QStringLiteral("initiatives.due  ") + overdue));
    const Run summary = runSalesplan({QStringLiteral("summary"), jsonPath});
    CHECK(summary.out.contains(overdue));
    const Run summaryJson =
        runSalesplan({QStringLiteral("summary"), jsonPath, QStringLiteral("--json")});
    // Once among the findings (JSON escapes the quotes), not twice.
    CHECK(summaryJson.out.count(QStringLiteral("of Priya Shah was due on")) == 1);
}

TEST_CASE("bad JSON is refused with its line and column, and nothing is written", "[cli]")
{
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("bad.json"));
    QFile bad(jsonPath);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\n  \"format\": \"salesplan\",\n  \"version\": 1\n  \"plan\": {}\n}\n");
    bad.close();
    const QString target = dir.filePath(QStringLiteral("out.salesplan"));
    const Run run =
        runSalesplan({QStringLiteral("import"), jsonPath, QStringLiteral("--to"), target});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("line 4")));
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("export writes a PDF report and refuses a missing folder", "[cli]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const Run written = runSalesplan({QStringLiteral("export"), sample("sample-zh_CN.json"),
                                      QStringLiteral("--pdf"), pdf, QStringLiteral("--page"),
                                      QStringLiteral("Letter")});
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QString missing = dir.filePath(QStringLiteral("missing/out.pdf"));
    const Run refused = runSalesplan(
        {QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--pdf"), missing});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("cannot be written")));
    CHECK(!QFileInfo::exists(missing));

    const Run badPage =
        runSalesplan({QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--pdf"),
                      pdf, QStringLiteral("--page"), QStringLiteral("A5")});
    CHECK(badPage.exitCode == 2);
}

TEST_CASE("export --deck writes the slides as a PDF and refuses a missing folder", "[cli]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    const Run written = runSalesplan({QStringLiteral("export"), sample("sample-zh_CN.json"),
                                      QStringLiteral("--deck"), pdf, QStringLiteral("--lang"),
                                      QStringLiteral("zh_CN")});
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QString missing = dir.filePath(QStringLiteral("missing/deck.pdf"));
    const Run refused = runSalesplan(
        {QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--deck"), missing});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));

    // One output at a time; --page is the report's.
    const Run both = runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                                   QStringLiteral("--deck"), pdf, QStringLiteral("--pdf"), pdf});
    CHECK(both.exitCode == 2);
    const Run page =
        runSalesplan({QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--deck"),
                      pdf, QStringLiteral("--page"), QStringLiteral("A4")});
    CHECK(page.exitCode == 2);
}

TEST_CASE("import-history adds a CSV's rows to a plan, or replaces them", "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = folder.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(runSalesplan(
                {QStringLiteral("import"), sample("sample-en.json"), QStringLiteral("--to"), plan})
                .exitCode == 0);
    const QString csv = QStringLiteral(SALESPLAN_TEST_DATA "/csv-history-en.csv");
    const auto historyRows = [&] {
        const QString json = folder.filePath(QStringLiteral("out.json"));
        QFile::remove(json);
        REQUIRE(runSalesplan({QStringLiteral("export"), plan, QStringLiteral("--json"), json})
                    .exitCode == 0);
        QFile file(json);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(u"plan")
            .toObject()
            .value(u"history")
            .toArray()
            .size();
    };
    const qsizetype before = historyRows();
    const Run added = runSalesplan({QStringLiteral("import-history"), plan, csv});
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("4 history rows imported")));
    CHECK(added.out.contains(QStringLiteral("Actuals of the plan year 2027: 0; history of earlier "
                                            "years: 4.")));
    CHECK(historyRows() == before + 4);
    const Run replaced =
        runSalesplan({QStringLiteral("import-history"), plan, csv, QStringLiteral("--replace")});
    CHECK(replaced.exitCode == 0);
    CHECK(historyRows() == 4);
}

TEST_CASE("import-history refuses bad rows, naming each line, and writes nothing", "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = folder.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(runSalesplan(
                {QStringLiteral("import"), sample("sample-en.json"), QStringLiteral("--to"), plan})
                .exitCode == 0);
    const QByteArray before = fileHash(plan);
    const Run bad = runSalesplan({QStringLiteral("import-history"), plan,
                                  QStringLiteral(SALESPLAN_TEST_DATA "/csv-history-bad-rows.csv")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("line 7")));
    CHECK(bad.err.contains(QStringLiteral("line 9")));
    CHECK(fileHash(plan) == before);
    const Run missing = runSalesplan(
        {QStringLiteral("import-history"), plan, folder.filePath(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("cannot be read")));
    const Run json = runSalesplan({QStringLiteral("import-history"), sample("sample-en.json"),
                                   QStringLiteral(SALESPLAN_TEST_DATA "/csv-history-en.csv")});
    CHECK(json.exitCode == 2);
    CHECK(json.err.contains(QStringLiteral("import the JSON plan into one first")));
    CHECK(fileHash(plan) == before);
}

// A new plan file made from the English sample in `folder`.
QString newPlanFile(const QTemporaryDir &folder)
{
    const QString plan = folder.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(runSalesplan(
                {QStringLiteral("import"), sample("sample-en.json"), QStringLiteral("--to"), plan})
                .exitCode == 0);
    return plan;
}

TEST_CASE("import-history reads an .xlsx workbook's first sheet, or the sheet named", "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = newPlanFile(folder);
    const QString workbook = historyworkbooks::path(QStringLiteral("history-zh.xlsx"));
    REQUIRE_FALSE(workbook.isEmpty());
    const Run first = runSalesplan({QStringLiteral("import-history"), plan, workbook});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("5 history rows imported")));
    const Run second = runSalesplan({QStringLiteral("import-history"), plan, workbook,
                                     QStringLiteral("--sheet"), QStringLiteral("2024")});
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("2 history rows imported")));

    const QByteArray before = fileHash(plan);
    const Run unknown = runSalesplan({QStringLiteral("import-history"), plan, workbook,
                                      QStringLiteral("--sheet"), QStringLiteral("2023")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(
        QStringLiteral("has no sheet \"2023\"; its sheets are \"2025销售\", \"2024\", \"说明\"")));
    const Run csv = runSalesplan({QStringLiteral("import-history"), plan,
                                  QStringLiteral(SALESPLAN_TEST_DATA "/csv-history-en.csv"),
                                  QStringLiteral("--sheet"), QStringLiteral("2024")});
    CHECK(csv.exitCode == 2);
    CHECK(csv.err.contains(
        QStringLiteral("--sheet is for .xlsx workbooks; a CSV file has no sheets")));
    CHECK(fileHash(plan) == before);
}

TEST_CASE("import-history refuses bad workbooks in words and leaves the plan as it was", "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = newPlanFile(folder);
    const QString renamedXls = folder.filePath(QStringLiteral("old.xlsx"));
    REQUIRE(QFile::copy(QStringLiteral(SALESPLAN_TEST_DATA "/xlsx-history-biff.xls"), renamedXls));
    const QList<std::pair<QString, QString>> refused{
        {historyworkbooks::path(QStringLiteral("truncated.xlsx")), QStringLiteral("cut short")},
        {renamedXls, QStringLiteral("is an Excel 97–2003 .xls workbook; save it as .xlsx or CSV")},
        {historyworkbooks::path(QStringLiteral("password.xlsx")),
         QStringLiteral("is password-protected; save it without a password")},
        {historyworkbooks::path(QStringLiteral("macros.xlsm")), QStringLiteral("holds macros")},
        {historyworkbooks::path(QStringLiteral("huge-strings.xlsx")),
         QStringLiteral("unpacks to more than 64 MB")},
        {historyworkbooks::path(QStringLiteral("history-bad-rows.xlsx")),
         QStringLiteral("Sheet, row 7: amount \"abc\" is not a number")},
    };
    const QByteArray before = fileHash(plan);
    for (const auto &[workbook, words] : refused) {
        QElapsedTimer timer;
        timer.start();
        const Run run = runSalesplan({QStringLiteral("import-history"), plan, workbook});
        WARN(QFileInfo(workbook).fileName().toStdString()
             << " refused in " << timer.elapsed() << " ms: " << run.err.trimmed().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(words));
        CHECK(fileHash(plan) == before);
    }

    QElapsedTimer timer;
    timer.start();
    const Run empty = runSalesplan({QStringLiteral("import-history"), plan,
                                    historyworkbooks::path(QStringLiteral("empty-rows.xlsx"))});
    WARN("a million empty rows and one of data imported in " << timer.elapsed() << " ms");
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("1 history row imported")));
}

TEST_CASE("summary --json gives a rep who starts in March no quota before it", "[cli]")
{
    const Run run = runSalesplan(
        {QStringLiteral("summary"), sample("sample-en.json"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QJsonObject tom;
    for (const QJsonValue dimension : summary.value(u"decomposition")[u"dimensions"].toArray()) {
        for (const QJsonValue item : dimension[u"items"].toArray()) {
            if (item[u"name"] == QStringLiteral("Tom Becker"))
                tom = item.toObject();
        }
    }
    REQUIRE_FALSE(tom.isEmpty());
    const QJsonArray months = tom.value(u"months").toArray();
    CHECK(months.at(0).toString() == QStringLiteral("0.00"));
    CHECK(months.at(1).toString() == QStringLiteral("0.00"));
    CHECK(months.at(2).toString() != QStringLiteral("0.00"));
    CHECK(tom.value(u"firstQuotaMonth").toString() == QStringLiteral("2027-03"));
    // The sample over-assigns 10 %, and plans collections.
    const QJsonObject quotas = summary.value(u"quotas").toObject();
    CHECK(quotas.value(u"companyTarget").toString() == QStringLiteral("8000000.00"));
    CHECK(quotas.value(u"assigned").toString() == QStringLiteral("8800000.00"));
    const QJsonObject collections = summary.value(u"collections").toObject();
    CHECK(collections.value(u"months").toArray().size() == 12);
    CHECK_FALSE(collections.value(u"closingReceivable").toString().isEmpty());
}

TEST_CASE("summary --json gives each member's activity targets, adding up to the team's", "[cli]")
{
    const Run run = runSalesplan(
        {QStringLiteral("summary"), sample("sample-en.json"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray members = summary.value(u"members").toArray();
    REQUIRE(members.size() >= 2);
    const QStringList keys{QStringLiteral("deals"), QStringLiteral("proposals"),
                           QStringLiteral("qualified"), QStringLiteral("leads"),
                           QStringLiteral("calls")};
    QMap<QString, qint64> sums;
    for (const QJsonValue member : members) {
        const QJsonObject activity = member[u"activity"].toObject();
        CHECK(activity.value(u"months").toArray().size() == 12);
        CHECK(activity.value(u"quarters").toArray().size() == 4);
        for (const QString &key : keys)
            sums[key] += activity.value(u"year")[key].toInteger();
        CHECK(member[u"smartTargets"].toArray().size() >= 1);
    }
    // Tom Becker starts in March: no working days and no calls before it.
    CHECK(members.at(2)[u"name"].toString() == QStringLiteral("Tom Becker"));
    const QJsonArray tomMonths = members.at(2)[u"activity"][u"months"].toArray();
    CHECK(tomMonths.at(0)[u"workingDays"].toInt() == 0);
    CHECK(tomMonths.at(0)[u"calls"].toInteger() == 0);
    CHECK(tomMonths.at(3)[u"workingDays"].toInt() > 0);
    const QJsonObject team = summary.value(u"teamActivity")[u"year"].toObject();
    for (const QString &key : keys) {
        INFO(key.toStdString());
        CHECK(sums[key] == team.value(key).toInteger());
    }
    CHECK(team.value(u"quota").toString() == QStringLiteral("8800000.00"));
}

TEST_CASE("export --letters writes a page per member, or a PDF per member into a folder", "[cli]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letters.pdf"));
    const Run written = runSalesplan({QStringLiteral("export"), sample("sample-zh_CN.json"),
                                      QStringLiteral("--letters"), pdf, QStringLiteral("--lang"),
                                      QStringLiteral("zh_CN")});
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QString folder = dir.filePath(QStringLiteral("letters"));
    REQUIRE(QDir().mkpath(folder));
    const Run perMember =
        runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                      QStringLiteral("--letters"), folder, QStringLiteral("--per-member")});
    INFO(perMember.err.toStdString());
    CHECK(perMember.exitCode == 0);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(files.size() == 8);
    CHECK(files.contains(QStringLiteral("Sales Target Letter 2027 - Alex Moreno.pdf")));

    // --per-member needs a folder that exists, and goes with --letters only.
    CHECK(runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                        QStringLiteral("--letters"), dir.filePath(QStringLiteral("none")),
                        QStringLiteral("--per-member")})
              .exitCode == 2);
    CHECK(runSalesplan({QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--pdf"),
                        pdf, QStringLiteral("--per-member")})
              .exitCode == 2);
}

TEST_CASE("summary --json and the text summary give the bridge from last year and the cost of "
          "the plan",
          "[cli]")
{
    const Run json = runSalesplan(
        {QStringLiteral("summary"), sample("sample-zh_CN.json"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject regions = summary.value(u"bridge")[u"regions"].toObject();
    CHECK(regions.value(u"lastYearActual").toString() == QStringLiteral("100000000.00"));
    CHECK(regions.value(u"target").toString() == QStringLiteral("120000000.00"));
    const QJsonArray steps = regions.value(u"steps").toArray();
    REQUIRE(steps.size() == 3);
    CHECK(steps.at(0)[u"name"].toString() == QStringLiteral("华东"));
    CHECK(steps.at(0)[u"lastYear"].toString() == QStringLiteral("45129800.00"));
    CHECK(steps.at(0)[u"change"].toString() == QStringLiteral("8870200.00"));
    CHECK(summary.value(u"bridge")[u"productLines"][u"steps"].toArray().size() == 3);
    // 5 % of ¥1.2亿. At the 12 % stretch tier (¥1.344亿) the reps, 10 % over-assigned, are above
    // quota from ¥1.32亿: 5 % × ¥1,200万 + 8 % × ¥240万 more. Four tools; leads × ¥150.
    const QJsonObject cost = summary.value(u"cost").toObject();
    CHECK(cost.value(u"commissionAtPlan").toString() == QStringLiteral("6000000.00"));
    CHECK(cost.value(u"acceleratorAtStretch").toString() == QStringLiteral("792000.00"));
    CHECK(cost.value(u"commissionAtStretch").toString() == QStringLiteral("6792000.00"));
    CHECK(cost.value(u"tools").toString() == QStringLiteral("180000.00"));
    CHECK(cost.value(u"marketing").toString() ==
          summary.value(u"funnel")[u"marketingBudget"].toString());
    CHECK(cost.contains(u"perDeal"));

    const Run text = runSalesplan({QStringLiteral("summary"), sample("sample-zh_CN.json")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("From last year to this year by region")));
    CHECK(text.out.contains(QStringLiteral("+¥8,870,200.00 (+19.7%)")));
    CHECK(text.out.contains(QStringLiteral("Cost of the plan")));
    CHECK(text.out.contains(QStringLiteral("¥6,792,000.00 (¥792,000.00 more than at plan)")));
}

TEST_CASE("The screenshot option renders a JSON plan without asking where to save it, and "
          "leaves the user's settings alone",
          "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    const QString json = sample("sample-en.json");
    const QByteArray before = fileHash(json);
    const Run run = runSalesplan(
        {QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("shots")), json}, home);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList written = run.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(written.size() > 20);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("shots/03-targets-1-target.png"))));
    CHECK(fileHash(json) == before);
    // The plan it opened joined no recent list: nothing was written where settings live.
    const QStringList settingsFiles =
        QDir(home).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    INFO(settingsFiles.join(u' ').toStdString());
    CHECK(!QFileInfo::exists(home + QStringLiteral("/.config/SalesPlan/SalesPlan.conf")));
}

TEST_CASE("summary prints the mission with its live figures filled in", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile sampleFile(sample("sample-en.json"));
    REQUIRE(sampleFile.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(sampleFile.readAll()).object();
    QJsonObject plan = root.value(u"plan").toObject();
    QJsonObject mission = plan.value(u"mission").toObject();
    mission.insert(QStringLiteral("mission"), QStringLiteral("Reach {target} in {year}."));
    plan.insert(QStringLiteral("mission"), mission);
    root.insert(QStringLiteral("plan"), plan);
    const QString path = dir.filePath(QStringLiteral("live.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const Run run = runSalesplan({QStringLiteral("summary"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Reach $8,000,000.00 in 2027.")));
}

TEST_CASE("export --open-points adds the open findings to the report, and only to a report",
          "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("open.pdf"));
    const Run run = runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                                  QStringLiteral("--pdf"), pdf, QStringLiteral("--open-points")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 0);
    const Run json =
        runSalesplan({QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--json"),
                      dir.filePath(QStringLiteral("p.json")), QStringLiteral("--open-points")});
    CHECK(json.exitCode == 2);
    CHECK(json.err.contains(QStringLiteral("--open-points goes with --pdf")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("p.json"))));
}

TEST_CASE("export --confidential puts the line on the report, and only on a report", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString line = QStringLiteral("Confidential — for the leadership team only");
    const QString pdf = dir.filePath(QStringLiteral("confidential.pdf"));
    const Run run =
        runSalesplan({QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--pdf"),
                      pdf, QStringLiteral("--confidential"), line});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                     QStringLiteral("2"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    CHECK(QString::fromUtf8(pdftotext.readAllStandardOutput()).count(line) == 3);

    const QString json = dir.filePath(QStringLiteral("p.json"));
    const Run refused =
        runSalesplan({QStringLiteral("export"), sample("sample-en.json"), QStringLiteral("--json"),
                      json, QStringLiteral("--confidential"), line});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--confidential goes with --pdf")));
    CHECK_FALSE(QFileInfo::exists(json));
    const Run bare = runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                                   QStringLiteral("--pdf"), pdf, QStringLiteral("--confidential")});
    CHECK(bare.exitCode == 2);
    CHECK(bare.err.contains(QStringLiteral("--confidential")));
    CHECK(bare.err.contains(QStringLiteral("needs a value")));
}

TEST_CASE("export --xlsx writes a workbook and refuses what goes with other formats", "[cli]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString workbook = dir.filePath(QStringLiteral("plan.xlsx"));
    SECTION("it writes the workbook")
    {
        const Run run = runSalesplan({QStringLiteral("export"), sample("sample-zh_CN.json"),
                                      QStringLiteral("--xlsx"), workbook, QStringLiteral("--lang"),
                                      QStringLiteral("zh_CN")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QFileInfo(workbook).size() > 0);
    }
    SECTION("--page goes with --pdf only")
    {
        const Run run = runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                                      QStringLiteral("--xlsx"), workbook, QStringLiteral("--page"),
                                      QStringLiteral("A4")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--page goes with --pdf")));
        CHECK_FALSE(QFileInfo::exists(workbook));
    }
    SECTION("one format at a time")
    {
        const Run run = runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                                      QStringLiteral("--xlsx"), workbook, QStringLiteral("--json"),
                                      dir.filePath(QStringLiteral("plan.json"))});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("exactly one of")));
        CHECK(run.err.contains(QStringLiteral("--xlsx OUT")));
    }
    SECTION("a folder that does not exist exits 2 in words and makes nothing")
    {
        const QString missing = dir.filePath(QStringLiteral("missing/plan.xlsx"));
        const Run run = runSalesplan({QStringLiteral("export"), sample("sample-en.json"),
                                      QStringLiteral("--xlsx"), missing});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("cannot be written")));
        CHECK(QDir(dir.path()).isEmpty());
    }
    SECTION("the help lists it")
    {
        CHECK(runSalesplan({QStringLiteral("--help")}).out.contains(QStringLiteral("--xlsx OUT")));
    }
}

// Line `index` of `level` ("company", "regions", …) in the attainment of `salesplan review --json`.
QJsonObject reviewLine(const QJsonObject &review, QStringView level, int index)
{
    return review.value(u"attainment").toObject().value(level).toArray().at(index).toObject();
}

TEST_CASE("review prints the month's attainment and exits 1 while a deviation has no note", "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = newPlanFile(folder);
    const Run summary = runSalesplan({QStringLiteral("summary"), plan, QStringLiteral("--json")});
    REQUIRE(summary.exitCode == 0);
    const QJsonArray regions = QJsonDocument::fromJson(summary.out.toUtf8())
                                   .object()
                                   .value(u"decomposition")
                                   .toObject()
                                   .value(u"dimensions")
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"items")
                                   .toArray();
    REQUIRE(regions.size() == 2);
    // January to March on target in the first region; the second at 85 % of its March.
    QString csv = QStringLiteral("month,region,amount\n");
    for (int month = 0; month < 3; ++month) {
        for (qsizetype r = 0; r < regions.size(); ++r) {
            const QJsonObject region = regions.at(r).toObject();
            double amount = region.value(u"months").toArray().at(month).toString().toDouble();
            if (r == 1 && month == 2)
                amount = std::round(amount * 85.0) / 100.0;
            csv += QStringLiteral("2027-%1,%2,%3\n")
                       .arg(month + 1, 2, 10, QLatin1Char('0'))
                       .arg(region.value(u"name").toString())
                       .arg(amount, 0, 'f', 2);
        }
    }
    const QString csvPath = folder.filePath(QStringLiteral("actuals.csv"));
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::WriteOnly));
    csvFile.write(csv.toUtf8());
    csvFile.close();
    REQUIRE(runSalesplan({QStringLiteral("import-history"), plan, csvPath}).exitCode == 0);
    const QString lagging = regions.at(1).toObject().value(u"name").toString();

    const Run text = runSalesplan({QStringLiteral("review"), plan});
    CHECK(text.exitCode == 1); // March, the last month with actuals, has an unexplained deviation
    CHECK(text.out.contains(QStringLiteral("Review of March 2027")));
    CHECK(text.out.contains(QStringLiteral("Region ") + lagging + QStringLiteral(" ")));
    CHECK(text.out.contains(QStringLiteral("85.0% of plan — needs a note")));

    const Run json = runSalesplan({QStringLiteral("review"), plan, QStringLiteral("--month"),
                                   QStringLiteral("2027-03"), QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonObject review = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject west = reviewLine(review, u"regions", 1);
    CHECK(west.value(u"name").toString() == lagging);
    CHECK(west.value(u"month").toObject().value(u"ratio").toDouble() == Approx(0.85).epsilon(1e-4));
    CHECK(west.value(u"month").toObject().value(u"status").toString() == u"red");
    CHECK(west.value(u"ytd").toObject().value(u"actual").isString());
    const QJsonObject company = reviewLine(review, u"company", 0);
    CHECK(company.value(u"month").toObject().value(u"ratio").toDouble() > 0.9);
    CHECK(review.value(u"forecast").toObject().value(u"runRate").isString());
    const QJsonObject toClose = review.value(u"toClose").toObject();
    CHECK(toClose.value(u"deals").toInt() > 0);
    CHECK(toClose.value(u"callsPerRepDay").toDouble() > 0);
    CHECK(text.out.contains(QStringLiteral("working days left")));
    const QJsonArray deviations = review.value(u"deviations").toArray();
    REQUIRE(deviations.size() == 1);
    CHECK(deviations.at(0).toObject().value(u"subject").toString() == QStringLiteral("region"));
    CHECK_FALSE(deviations.at(0).toObject().value(u"noted").toBool());
    // April has no actuals: no data, not 0 %.
    const Run april = runSalesplan({QStringLiteral("review"), plan, QStringLiteral("--month"),
                                    QStringLiteral("2027-04"), QStringLiteral("--json")});
    CHECK(april.exitCode == 0);
    const QJsonObject aprilCompany =
        reviewLine(QJsonDocument::fromJson(april.out.toUtf8()).object(), u"company", 0);
    CHECK(aprilCompany.value(u"month").toObject().value(u"actual").isNull());
    CHECK(aprilCompany.value(u"month").toObject().value(u"ratio").isNull());
    CHECK(aprilCompany.value(u"month").toObject().value(u"status").toString() == u"no_data");

    SECTION("A note in the review log explains the deviation")
    {
        const QString exported = folder.filePath(QStringLiteral("noted.json"));
        REQUIRE(runSalesplan({QStringLiteral("export"), plan, QStringLiteral("--json"), exported})
                    .exitCode == 0);
        QFile file(exported);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject planObject = document.value(u"plan").toObject();
        QJsonObject metrics = planObject.value(u"metrics").toObject();
        metrics.insert(
            QStringLiteral("reviewLog"),
            QJsonArray{QJsonObject{
                {QStringLiteral("month"), QStringLiteral("2027-03")},
                {QStringLiteral("subject"), QStringLiteral("region")},
                {QStringLiteral("name"), lagging},
                {QStringLiteral("cause"), QStringLiteral("A large renewal slipped to April")}}});
        planObject.insert(QStringLiteral("metrics"), metrics);
        document.insert(QStringLiteral("plan"), planObject);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(document).toJson());
        file.close();
        const Run noted = runSalesplan({QStringLiteral("review"), exported});
        CHECK(noted.exitCode == 0);
        CHECK(noted.out.contains(QStringLiteral("noted in the review log")));
    }
    SECTION("Targets adjusted from April are the months' targets, the approved year stays")
    {
        const QString exported = folder.filePath(QStringLiteral("adjusted.json"));
        REQUIRE(runSalesplan({QStringLiteral("export"), plan, QStringLiteral("--json"), exported})
                    .exitCode == 0);
        QFile file(exported);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject planObject = document.value(u"plan").toObject();
        QJsonObject targets = planObject.value(u"targets").toObject();
        // Nothing booked by March on the revision's own terms: the year over April–December.
        const qint64 annual = targets.value(u"annualTarget").toString().remove(u'.').toLongLong();
        QJsonArray months;
        for (int m = 0; m < 12; ++m) {
            const qint64 minor = m < 3 ? 0 : annual / 9 + (m == 11 ? annual % 9 : 0);
            months.append(
                QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0')));
        }
        targets.insert(QStringLiteral("revisions"),
                       QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("2027-04")},
                                              {QStringLiteral("note"), QStringLiteral("Q2 push")},
                                              {QStringLiteral("months"), months}}});
        planObject.insert(QStringLiteral("targets"), targets);
        document.insert(QStringLiteral("plan"), planObject);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(document).toJson());
        file.close();
        const Run adjusted = runSalesplan({QStringLiteral("review"), exported,
                                           QStringLiteral("--month"), QStringLiteral("2027-04")});
        CHECK(adjusted.out.contains(QStringLiteral("Targets adjusted from April 2027: +")));
        CHECK(adjusted.out.contains(QStringLiteral("(Q2 push)")));
        const Run adjustedJson =
            runSalesplan({QStringLiteral("review"), exported, QStringLiteral("--month"),
                          QStringLiteral("2027-04"), QStringLiteral("--json")});
        const QJsonObject aprilReview = QJsonDocument::fromJson(adjustedJson.out.toUtf8()).object();
        CHECK(aprilReview.value(u"targetsVersion").toString() == u"adjusted");
        CHECK(aprilReview.value(u"targetsRevision").toObject().value(u"from").toString() ==
              u"2027-04");
        const QJsonObject adjustedCompany = reviewLine(aprilReview, u"company", 0);
        CHECK(adjustedCompany.value(u"month").toObject().value(u"target").toString() ==
              months.at(3).toString());
        CHECK(adjustedCompany.value(u"year").toObject().value(u"target").toString() ==
              targets.value(u"annualTarget").toString());
        CHECK(review.value(u"targetsVersion").toString() == u"approved");
        const Run summaryText = runSalesplan({QStringLiteral("summary"), exported});
        CHECK(summaryText.out.contains(QStringLiteral("Adjusted month targets")));
        CHECK(summaryText.out.contains(QStringLiteral("Targets adjusted from April 2027: +")));
    }
    SECTION("A month outside the plan year is refused in words")
    {
        const Run outside = runSalesplan(
            {QStringLiteral("review"), plan, QStringLiteral("--month"), QStringLiteral("2026-12")});
        CHECK(outside.exitCode == 2);
        CHECK(outside.err.contains(QStringLiteral("give a month of the plan year as YYYY-MM")));
    }
}

TEST_CASE("import-history refuses a file larger than any history before reading it", "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = newPlanFile(folder);
    const QByteArray before = fileHash(plan);
    const QString huge = folder.filePath(QStringLiteral("export.csv"));
    QFile file(huge);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(qint64(300) * 1024 * 1024)); // sparse: no disk is used
    file.close();
    const Run run = runSalesplan({QStringLiteral("import-history"), plan, huge});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("is larger than 256 MB")));
    CHECK(fileHash(plan) == before);
}

namespace {

// The English sample with its target raised to $8,800,000 (+10 %) and a word of its mission
// changed, written as a JSON plan in `folder`.
QString editedSample(const QTemporaryDir &folder)
{
    QFile file(sample("sample-en.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject plan = root.value(u"plan").toObject();
    QJsonObject targets = plan.value(u"targets").toObject();
    targets.insert(QStringLiteral("annualTarget"), QStringLiteral("8800000.00"));
    plan.insert(QStringLiteral("targets"), targets);
    QJsonObject mission = plan.value(u"mission").toObject();
    mission.insert(QStringLiteral("mission"),
                   mission.value(u"mission")
                       .toString()
                       .replace(QStringLiteral("largest"), QStringLiteral("biggest")));
    plan.insert(QStringLiteral("mission"), mission);
    root.insert(QStringLiteral("plan"), plan);
    const QString path = folder.filePath(QStringLiteral("edited.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

TEST_CASE("diff prints what changed between two plans and exits 1, or 0 when they are equal",
          "[cli][diff]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString edited = editedSample(folder);
    const Run run = runSalesplan({QStringLiteral("diff"), sample("sample-en.json"), edited});
    CHECK(run.exitCode == 1);
    CHECK(run.out.startsWith(QStringLiteral("Target +$800,000 (+10.0%)")));
    CHECK(run.out.contains(QStringLiteral("\nTargets\n")));
    CHECK(run.out.contains(QStringLiteral("\nTexts\n")));
    CHECK(run.out.contains(QStringLiteral("[-largest-]{+biggest+}")));
    CHECK_FALSE(run.out.contains(QStringLiteral("\nTeam\n")));

    const Run same =
        runSalesplan({QStringLiteral("diff"), sample("sample-en.json"), sample("sample-en.json")});
    CHECK(same.exitCode == 0);
    CHECK(same.out.trimmed() == QStringLiteral("No differences"));

    // A .salesplan file imported from the JSON plan is the same plan.
    const QString file = folder.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(runSalesplan(
                {QStringLiteral("import"), sample("sample-en.json"), QStringLiteral("--to"), file})
                .exitCode == 0);
    CHECK(runSalesplan({QStringLiteral("diff"), file, sample("sample-en.json")}).exitCode == 0);
}

TEST_CASE("diff --json gives the summary, the target lines and the texts' word diff", "[cli][diff]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const Run run = runSalesplan({QStringLiteral("diff"), sample("sample-en.json"),
                                  editedSample(folder), QStringLiteral("--json")});
    CHECK(run.exitCode == 1);
    const QJsonObject diff = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(diff.value(u"equal").toBool(true) == false);
    CHECK(diff.value(u"summary").toString().startsWith(QStringLiteral("Target +")));
    const QJsonObject targets = diff.value(u"targets").toObject();
    const QJsonObject annual = targets.value(u"annual").toObject();
    CHECK(annual.value(u"before").toString() == QStringLiteral("8000000.00"));
    CHECK(annual.value(u"after").toString() == QStringLiteral("8800000.00"));
    CHECK(annual.value(u"change").toString() == QStringLiteral("800000.00"));
    CHECK(std::abs(annual.value(u"ratio").toDouble() - 0.1) < 1e-9);
    for (const char *level : {"months", "quarters", "regions", "products", "members"})
        CHECK(targets.value(QString::fromLatin1(level)).isArray());
    CHECK(targets.value(u"quarters").toArray().size() == 4);
    for (const char *list : {"joined", "left", "changed"})
        CHECK(diff.value(u"team").toObject().value(QString::fromLatin1(list)).toArray().isEmpty());
    CHECK(diff.value(u"stages").toArray().isEmpty());
    const QJsonArray texts = diff.value(u"texts").toArray();
    REQUIRE(texts.size() == 1);
    CHECK(texts.at(0).toObject().value(u"field").toString() == QStringLiteral("mission.mission"));
    const QJsonArray pieces = texts.at(0).toObject().value(u"diff").toArray();
    QStringList ops;
    for (const QJsonValue &piece : pieces)
        ops.append(piece.toObject().value(u"op").toString());
    CHECK(ops == QStringList{QStringLiteral("kept"), QStringLiteral("removed"),
                             QStringLiteral("added"), QStringLiteral("kept")});
}

TEST_CASE("diff refuses a missing or broken plan in words with exit 2", "[cli][diff]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString missing = folder.filePath(QStringLiteral("missing.json"));
    const Run run = runSalesplan({QStringLiteral("diff"), sample("sample-en.json"), missing});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("missing.json")));
    CHECK(run.out.isEmpty());

    const QString broken = folder.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"salesplan\", \"plan\": [");
    file.close();
    CHECK(runSalesplan({QStringLiteral("diff"), broken, sample("sample-en.json")}).exitCode == 2);
    const Run one = runSalesplan({QStringLiteral("diff"), sample("sample-en.json")});
    CHECK(one.exitCode == 2);
    CHECK(one.err.contains(QStringLiteral("expected 2 file name")));
}

TEST_CASE("version --save keeps the plan as it was, PLAN@NAME reads it and versions lists it",
          "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = newPlanFile(folder);
    const QString at = plan + QStringLiteral("@Submitted");
    const Run saved = runSalesplan({QStringLiteral("version"), plan, QStringLiteral("--save"),
                                    QStringLiteral("Submitted"), QStringLiteral("--author"),
                                    QStringLiteral("王经理")});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    const QString before =
        runSalesplan({QStringLiteral("summary"), plan, QStringLiteral("--json")}).out;

    // The plan changes after the version was saved; the version does not.
    REQUIRE(runSalesplan({QStringLiteral("import-history"), plan,
                          QStringLiteral(SALESPLAN_TEST_DATA "/csv-history-en.csv")})
                .exitCode == 0);
    REQUIRE(runSalesplan({QStringLiteral("summary"), plan, QStringLiteral("--json")}).out !=
            before);
    const Run version = runSalesplan({QStringLiteral("summary"), at, QStringLiteral("--json")});
    INFO(version.err.toStdString());
    REQUIRE(version.exitCode == 0);
    CHECK(version.out == before);

    const Run listed = runSalesplan({QStringLiteral("versions"), plan, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray versions =
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"versions").toArray();
    REQUIRE(versions.size() == 1);
    CHECK(versions.at(0)[u"name"].toString() == QStringLiteral("Submitted"));
    CHECK(versions.at(0)[u"author"].toString() == QStringLiteral("王经理"));
    CHECK(versions.at(0)[u"size"].toInteger() > 0);
    CHECK(QDateTime::fromString(versions.at(0)[u"created"].toString(), Qt::ISODate).isValid());
    const Run text = runSalesplan({QStringLiteral("versions"), plan});
    CHECK(text.out.startsWith(QStringLiteral("Submitted\t")));

    // A second version of the same name is refused, and so is an unknown one.
    const Run again = runSalesplan(
        {QStringLiteral("version"), plan, QStringLiteral("--save"), QStringLiteral("Submitted")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already a version called “Submitted”")));
    const Run unknown =
        runSalesplan({QStringLiteral("summary"), plan + QStringLiteral("@Approved")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("There is no version “Approved”. The saved "
                                              "versions are: Submitted.")));
}

TEST_CASE("status submits, approves with a version, refuses a wrong move and reopens with a "
          "reason, export and import carry the versions",
          "[cli]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString plan = newPlanFile(folder);
    const Run draft = runSalesplan({QStringLiteral("status"), plan});
    REQUIRE(draft.exitCode == 0);
    CHECK(draft.out.startsWith(QStringLiteral("Status: Draft")));

    const QByteArray before = fileHash(plan);
    const Run early = runSalesplan({QStringLiteral("status"), plan, QStringLiteral("--approve"),
                                    QStringLiteral("--by"), QStringLiteral("王总")});
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("cannot move to Approved")));
    CHECK(fileHash(plan) == before);

    REQUIRE(runSalesplan({QStringLiteral("status"), plan, QStringLiteral("--submit")}).exitCode ==
            0);
    const Run approved = runSalesplan({QStringLiteral("status"), plan, QStringLiteral("--approve"),
                                       QStringLiteral("--by"), QStringLiteral("王总"),
                                       QStringLiteral("--comment"), QStringLiteral("同意")});
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(QStringLiteral("Status: Approved by 王总 on ")));
    CHECK(approved.out.contains(QStringLiteral("同意")));
    const QString versions = runSalesplan({QStringLiteral("versions"), plan}).out;
    CHECK(versions.startsWith(QStringLiteral("Approved ")));
    CHECK(versions.contains(QStringLiteral(" by 王总")));

    const QString json = folder.filePath(QStringLiteral("plan.json"));
    REQUIRE(
        runSalesplan({QStringLiteral("export"), plan, QStringLiteral("--json"), json}).exitCode ==
        0);
    const QString copy = folder.filePath(QStringLiteral("copy.salesplan"));
    REQUIRE(runSalesplan({QStringLiteral("import"), json, QStringLiteral("--to"), copy}).exitCode ==
            0);
    CHECK(runSalesplan({QStringLiteral("versions"), copy}).out == versions);
    CHECK(runSalesplan({QStringLiteral("status"), copy}).out ==
          runSalesplan({QStringLiteral("status"), plan}).out);

    CHECK(runSalesplan({QStringLiteral("status"), plan, QStringLiteral("--reopen")}).exitCode == 2);
    const Run reopened = runSalesplan({QStringLiteral("status"), plan, QStringLiteral("--reopen"),
                                       QStringLiteral("--reason"), QStringLiteral("目标下调")});
    REQUIRE(reopened.exitCode == 0);
    CHECK(reopened.out.startsWith(QStringLiteral("Status: Draft")));
    CHECK(reopened.out.contains(QStringLiteral("目标下调")));
}

TEST_CASE("summary --json carries each what-if scenario's figures beside the baseline's", "[cli]")
{
    QTemporaryDir dir;
    QFile source(sample("sample-en.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject plan = document.value(u"plan").toObject();
    plan.insert(
        QStringLiteral("scenarios"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Deal size −10 %")},
                               {QStringLiteral("averageDealSize"), QStringLiteral("36000.00")}}});
    document.insert(QStringLiteral("plan"), plan);
    const QString path = dir.filePath(QStringLiteral("what-if.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(document).toJson());
    out.close();

    const Run run = runSalesplan({QStringLiteral("summary"), path, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject baseline = summary.value(u"whatIfBaseline").toObject();
    const QJsonArray scenarios = summary.value(u"scenarios").toArray();
    REQUIRE(scenarios.size() == 1);
    const QJsonObject lower = scenarios.at(0).toObject();
    CHECK(lower.value(u"name").toString() == QStringLiteral("Deal size −10 %"));
    CHECK(lower.value(u"target") == baseline.value(u"target"));
    // 8,000,000 ÷ 36,000 = 222.2 → 223 deals; ÷ 40,000 = 200.
    CHECK(baseline.value(u"deals").toInteger() == 200);
    CHECK(lower.value(u"deals").toInteger() == 223);
    CHECK(lower.value(u"leads").toInteger() > baseline.value(u"leads").toInteger());
    CHECK(baseline.value(u"repsNeeded") == summary.value(u"funnel")[u"headcountRequired"]);
    CHECK(lower.value(u"repsNeeded").toInt() >= baseline.value(u"repsNeeded").toInt());
    CHECK(lower.value(u"headcountGap").toInt() ==
          lower.value(u"repsNeeded").toInt() - lower.value(u"repsAvailable").toInt());
}
