// `salesplan templates` and `salesplan new --template`: the industry templates listed, and a new
// plan made from each, checked and exported as a user would.
#include <catch2/catch.hpp>

#include "exchange/planio.h"
#include "exchange/plantemplates.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runSalesplan(const QStringList &arguments)
{
    return runProgram(QStringLiteral(SALESPLAN_EXE), arguments);
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

const int nextYear = QDate::currentDate().year() + 1;

} // namespace

TEST_CASE("templates --json lists the four templates in the language asked", "[cli][templates]")
{
    const Run run = runSalesplan({QStringLiteral("templates"), QStringLiteral("--json"),
                                  QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(list.size() == 4);
    QStringList keys;
    for (const QJsonValue &entry : list)
        keys.append(entry.toObject().value(u"key").toString());
    CHECK(keys == planTemplateKeys());
    CHECK(list.at(1).toObject().value(u"name").toString() == QStringLiteral("制造与分销"));
    CHECK(list.at(1).toObject().value(u"description").toString().contains(QStringLiteral("春节")));

    const Run text =
        runSalesplan({QStringLiteral("templates"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(text.exitCode == 0);
    for (const PlanTemplate &plan : planTemplates(QStringLiteral("en"))) {
        CHECK(text.out.contains(plan.key));
        CHECK(text.out.contains(plan.name));
        CHECK(text.out.contains(plan.description));
    }
}

TEST_CASE("new --template makes each template's plan for next year, it checks clean and exports",
          "[cli][templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &key : planTemplateKeys()) {
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
            INFO(key.toStdString() << " " << language.toStdString());
            const QString file = dir.filePath(key + u'-' + language + QStringLiteral(".salesplan"));
            const Run made =
                runSalesplan({QStringLiteral("new"), QStringLiteral("--template"), key,
                              QStringLiteral("--to"), file, QStringLiteral("--lang"), language});
            INFO(made.err.toStdString());
            REQUIRE(made.exitCode == 0);
            const Result<Plan> opened = readPlan(file);
            REQUIRE(opened);
            const Result<Plan> expected = planFromTemplate(key, language, nextYear);
            REQUIRE(expected);
            CHECK(*opened == *expected);
            CHECK(opened->info.period.year == nextYear);

            const Run check = runSalesplan({QStringLiteral("check"), file});
            INFO(check.out.toStdString());
            CHECK(check.exitCode == 0); // no errors

            const QString pdf = dir.filePath(key + u'-' + language + QStringLiteral(".pdf"));
            const Run exported =
                runSalesplan({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf,
                              QStringLiteral("--lang"), language});
            INFO(exported.err.toStdString());
            REQUIRE(exported.exitCode == 0);
            const Run text =
                runProgram(QStringLiteral("pdftotext"),
                           {QStringLiteral("-l"), QStringLiteral("3"), pdf, QStringLiteral("-")});
            REQUIRE(text.exitCode == 0);
            CHECK(withoutSpaces(text.out).contains(withoutSpaces(expected->info.company)));
            CHECK(withoutSpaces(text.out).contains(withoutSpaces(expected->info.name)));
        }
    }
}

TEST_CASE("new --template --to a .json file writes the template's plan as JSON", "[cli][templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    const Run made = runSalesplan({QStringLiteral("new"), QStringLiteral("--template"),
                                   QStringLiteral("retail"), QStringLiteral("--to"), json,
                                   QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith('{')); // JSON, not an SQLite file ("SQLite format 3")
    const Result<Plan> plan = readPlan(json);
    REQUIRE(plan);
    const Result<Plan> expected =
        planFromTemplate(QStringLiteral("retail"), QStringLiteral("en"), nextYear);
    REQUIRE(expected);
    CHECK(plan->targets.annualTarget == expected->targets.annualTarget);
    CHECK(plan->info.period.year == nextYear);
    const Run checked = runSalesplan({QStringLiteral("check"), json});
    CHECK(checked.exitCode == 0);
}

TEST_CASE("new refuses an unknown template and an existing file, in words", "[cli][templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plan.salesplan"));
    const Run unknown = runSalesplan({QStringLiteral("new"), QStringLiteral("--template"),
                                      QStringLiteral("bakery"), QStringLiteral("--to"), file});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("bakery")));
    for (const QString &key : planTemplateKeys())
        CHECK(unknown.err.contains(key));
    CHECK_FALSE(QFile::exists(file));

    QFile existing(file);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    const Run refused = runSalesplan({QStringLiteral("new"), QStringLiteral("--template"),
                                      QStringLiteral("saas"), QStringLiteral("--to"), file});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == "mine");

    const Run missing = runSalesplan({QStringLiteral("new"), QStringLiteral("--to"), file});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--template")));
}
