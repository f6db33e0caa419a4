// Renders the review's panels and the overview to PNG files for a person to look at: run with
// SALESPLAN_REVIEW_PNG=<folder> and the tag [.render]. Not a check; hidden from the test run.
#include "language/language.h"
#include "overviewpage.h"
#include "review/attainmentpanel.h"
#include "review/reviewlogpanel.h"
#include "review/reviewnotedialog.h"
#include "reviewtestplans.h"

#include <QDir>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

void save(QWidget &widget, const QSize &size, const QString &file)
{
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    REQUIRE(widget.grab().save(file));
}

} // namespace

TEST_CASE("Render the review's panels", "[.render]")
{
    const QString folder = qEnvironmentVariable("SALESPLAN_REVIEW_PNG");
    REQUIRE(!folder.isEmpty());
    QDir().mkpath(folder);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translators::use(language);
        reviewtest::OpenPlan open(reviewtest::sampleWithActuals());
        const QString prefix = folder + u'/' + language + u'-';
        {
            AttainmentPanel panel(open.document.get());
            save(panel, QSize(1280, 900), prefix + QStringLiteral("attainment.png"));
        }
        {
            ReviewLogPanel panel(open.document.get());
            save(panel, QSize(1100, 800), prefix + QStringLiteral("reviewlog.png"));
            open.document->edit(QStringLiteral("Note"), [](Plan &plan) {
                ReviewEntry entry;
                entry.id = plan.ids.take();
                entry.month = QDate(2027, 5, 1);
                entry.subject = ReviewSubject::Region;
                entry.name = plan.targets.regions.first().name;
                entry.cause = QStringLiteral("两笔大单推迟到六月\n客户采购要求第二份报价");
                entry.action = QStringLiteral("6月10日前发出第二份报价，并约见采购负责人");
                entry.owner = plan.team.members.first().name;
                entry.due = QDate(2027, 6, 30);
                plan.metrics.reviewLog.append(entry);
            });
            save(panel, QSize(1100, 800), prefix + QStringLiteral("reviewlog-noted.png"));
            panel.setMonth(5);
            save(panel, QSize(1100, 800), prefix + QStringLiteral("reviewlog-june.png"));
        }
        {
            ReviewEntry entry;
            entry.month = QDate(2027, 5, 1);
            entry.subject = ReviewSubject::Region;
            entry.cause = QStringLiteral("Two big deals slipped\nProcurement asked for a quote");
            ReviewNoteDialog dialog(
                entry, QStringLiteral("Region 华东 at 80.0% of plan in May 2027"), {}, nullptr);
            save(dialog, dialog.size(), prefix + QStringLiteral("reviewnote.png"));
        }
        {
            OverviewPage page;
            page.showPlan(open.plan(), open.document->summary());
            save(page, QSize(1100, 760), prefix + QStringLiteral("overview.png"));
            const Plan before = uitest::sample("sample-zh_CN.json");
            page.showPlan(before, summarizePlan(before));
            save(page, QSize(1100, 760), prefix + QStringLiteral("overview-before.png"));
        }
        {
            AttainmentPanel panel(open.document.get());
            save(panel, QSize(900, 600), prefix + QStringLiteral("attainment-narrow.png"));
        }
    }
    Translators::use(QStringLiteral("en"));
}
