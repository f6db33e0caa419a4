// Target letters (目标责任书): a page per member, each saying the member's own quota, tiers,
// quarters and activity targets as the summary works them out, in the language asked for.
#include <catch2/catch.hpp>

#include "calc/quotas.h"
#include "language/language.h"
#include "plan/format.h"
#include "report/targetletters.h"
#include "reporttools.h"
#include "summary/memberactivity.h"
#include "summary/plansummary.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace salesplan;
using namespace reporttest;

namespace {

// Without white space: pdftotext breaks a sentence where the line wraps, which in Chinese
// leaves a space no one wrote.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

void writeLetters(const Plan &plan, const QString &path, const QString &language)
{
    const Status written = ui::writeLettersPdf(plan, path, {QPageSize::A4, language});
    INFO((written ? QString() : written.error().message()).toStdString());
    REQUIRE(written);
}

// The member's annual quota and their Q2 sentence, as the summary gives them in `language`.
struct Expected
{
    QString quota;
    QString stretch;     // the quota × (1 + the plan's stretch reserve)
    QString accelerator; // the team's accelerator rate
    QString q2Sentence;
    QString name;
};

QList<Expected> expectedLetters(const Plan &plan, const QString &language)
{
    const ui::ScopedLanguage scoped(language);
    const Result<TeamActivity> activity = planActivity(plan, summarizePlan(plan));
    REQUIRE(activity);
    QList<Expected> expected;
    for (int i = 0; i < plan.team.members.size(); ++i) {
        const HolderActivity &holder = activity->holders.at(i);
        const QStringList smart = smartTargets(holder, plan.info.currency);
        const QString q2 =
            holder.quarters[1].quota > 0 ? smart.value(holder.quarters[0].quota > 0) : QString();
        const Result<qint64> stretch = raisedBy(holder.year.quota, plan.targets.stretchReserve);
        REQUIRE(stretch);
        expected.append({formatPlanAmount(holder.year.quota, plan.info.currency),
                         formatPlanAmount(*stretch, plan.info.currency),
                         formatPercent(plan.team.acceleratorRate), q2, holder.name});
    }
    return expected;
}

void checkLetters(const char *sample, const QString &language, const QString &title)
{
    const Plan plan = samplePlan(sample);
    REQUIRE(plan.team.members.size() >= 2);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letters.pdf"));
    writeLetters(plan, pdf, language);
    CHECK(pageCount(pdf) == plan.team.members.size());
    const QList<Expected> expected = expectedLetters(plan, language);
    for (int page = 1; page <= 2; ++page) {
        const Expected &letter = expected.at(page - 1);
        INFO(letter.name.toStdString());
        const QString text = squeezed(pdfText(pdf, page));
        CHECK(text.contains(squeezed(title)));
        CHECK(text.contains(squeezed(letter.name)));
        CHECK(text.contains(squeezed(letter.quota)));
        CHECK(text.contains(squeezed(letter.stretch)));
        CHECK(text.contains(squeezed(letter.accelerator)));
        REQUIRE_FALSE(letter.q2Sentence.isEmpty());
        INFO(letter.q2Sentence.toStdString());
        CHECK(text.contains(squeezed(letter.q2Sentence)));
    }
}

} // namespace

TEST_CASE("Target letters give each member a page with the summary's figures", "[report][letters]")
{
    checkLetters("sample-en.json", QStringLiteral("en"),
                 QStringLiteral("Sales Target Letter %1")
                     .arg(samplePlan("sample-en.json").info.period.year));
}

TEST_CASE("Target letters in Chinese render the figures and the names", "[report][letters]")
{
    // The title is translated by the coordinator; the names, the amounts and the sentences come
    // from the summary in the same language, whatever the translation says.
    const Plan plan = samplePlan("sample-zh_CN.json");
    QString title;
    {
        const ui::ScopedLanguage scoped(QStringLiteral("zh_CN"));
        title = ui::TargetLetters::tr("Sales Target Letter %1").arg(plan.info.period.year);
    }
    checkLetters("sample-zh_CN.json", QStringLiteral("zh_CN"), title);
}

TEST_CASE("Target letters can be written a PDF per member", "[report][letters]")
{
    const Plan plan = samplePlan("sample-en.json");
    QTemporaryDir dir;
    const Result<QStringList> written =
        ui::writeLetterPdfs(plan, dir.path(), {QPageSize::A4, QStringLiteral("en")});
    REQUIRE(written);
    REQUIRE(written->size() == plan.team.members.size());
    for (int i = 0; i < written->size(); ++i) {
        CHECK(pageCount(written->at(i)) == 1);
        CHECK(written->at(i).contains(plan.team.members[i].name));
        CHECK(pdfText(written->at(i)).contains(plan.team.members[i].name));
    }
}

TEST_CASE("A plan without members has no letters to write", "[report][letters]")
{
    Plan plan = samplePlan("sample-en.json");
    plan.team.members.clear();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letters.pdf"));
    CHECK_FALSE(ui::writeLettersPdf(plan, pdf));
    CHECK_FALSE(QFileInfo::exists(pdf));
}
