// The action plan in the window: the initiatives' table edited and undone, the timeline drawn
// with its bars, overdue mark and today's line, and the review's panel of status and spend.
#include <catch2/catch.hpp>

#include "charts/initiativetimeline.h"
#include "document/plandocument.h"
#include "review/initiativereviewpanel.h"
#include "sections/metricseditortables.h"
#include "store/planfile.h"
#include "uitestsupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

std::unique_ptr<PlanDocument> openDocument(const QTemporaryDir &dir, const Plan &plan)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path, PlanFile::Access::ReadWrite);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// How many pixels of `image` are `colour`.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == colour ? 1 : 0;
    return count;
}

void save(const QImage &image, const QString &name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots-initiatives"));
    image.save(QStringLiteral("/tmp/shots-initiatives/%1.png").arg(name));
}

} // namespace

TEST_CASE("The samples' initiatives are a timeline with bars, milestones and an overdue mark",
          "[initiatives][timeline]")
{
    const char *sample = GENERATE("sample-en.json", "sample-zh_CN.json");
    QTemporaryDir dir;
    auto document = openDocument(dir, uitest::sample(sample));
    REQUIRE(document->plan().initiatives.size() == 4);
    TimelineView view(document.get());
    // Mid-July: the partner launch (in progress, due June 30) and the trade show (planned, due
    // June 15) are overdue; the CRM rollout is done.
    view.setToday(QDate(2027, 7, 15));
    view.resize(900, view.sizeHint().height());
    const QImage image = view.grab().toImage();
    save(image, QString::fromLatin1(sample).section(u'.', 0, 0) + QStringLiteral("-timeline"));
    CHECK(pixelsOf(image, QColor(0xD5, 0x5E, 0x00)) > 500); // the overdue bars
    CHECK(pixelsOf(image, QColor(0x00, 0x72, 0xB2)) > 500); // the key-account program
    CHECK(pixelsOf(image, QColor(0x00, 0x9E, 0x73)) > 200); // the CRM rollout, done
    const QList<TimelineRow> rows = timelineRows(document->plan(), QDate(2027, 7, 15));
    CHECK(std::count_if(rows.begin(), rows.end(),
                        [](const TimelineRow &row) { return row.overdue; }) == 2);
    CHECK(rows.first().milestones.size() == 2);
    // Mid-May the partner launch is on time, but its resellers were due live on April 30.
    const QList<TimelineRow> may = timelineRows(document->plan(), QDate(2027, 5, 15));
    CHECK_FALSE(may.first().overdue);
    CHECK(may.first().milestonesOverdue == QList<bool>{false, true});
}

TEST_CASE("An initiative added in the table is one edit that undo takes back",
          "[initiatives][undo]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, uitest::sample("sample-en.json"));
    const Plan before = document->plan();
    auto *model = MetricsTables::initiatives(document.get(), document.get());
    const int row = model->addRow();
    REQUIRE(model->setData(model->index(row, model->columnOf(u"name")),
                           QStringLiteral("Webinar series"), Qt::EditRole));
    REQUIRE(model->setData(model->index(row, model->columnOf(u"status")),
                           QStringLiteral("In progress"), Qt::EditRole));
    CHECK(document->plan().initiatives.size() == 5);
    CHECK(document->plan().initiatives.last().name == QStringLiteral("Webinar series"));
    CHECK(document->plan().initiatives.last().status == InitiativeStatus::InProgress);
    CHECK(document->plan().initiatives.last().budget.currency == QStringLiteral("USD"));
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    CHECK(document->plan() == before);

    auto *milestones = MetricsTables::milestones(document.get(), document.get());
    const int first = milestones->index(0, milestones->columnOf(u"initiative")).row();
    CHECK(milestones->index(first, milestones->columnOf(u"initiative")).data().toString() ==
          QStringLiteral("Partner channel launch"));
    CHECK(milestones->setData(milestones->index(first, milestones->columnOf(u"initiative")),
                              QStringLiteral("CRM rollout"), Qt::EditRole));
    CHECK(document->plan().milestones.first().initiative ==
          int(document->plan().initiatives.last().id));
    CHECK_FALSE(milestones->setData(milestones->index(first, milestones->columnOf(u"initiative")),
                                    QStringLiteral("No such initiative"), Qt::EditRole));
}

TEST_CASE("The review's action plan counts what is overdue and over budget at the month",
          "[initiatives][review]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, uitest::sample("sample-en.json"));
    InitiativeReviewPanel panel(document.get());
    panel.setMonth(4); // May: nothing due yet is open
    CHECK(panel.headline().contains(QStringLiteral("0 overdue · 1 over budget")));
    panel.setMonth(6); // July: the partner launch and the trade show are late
    CHECK(panel.headline().contains(QStringLiteral("2 overdue")));
    panel.resize(1100, 320);
    save(panel.grab().toImage(), QStringLiteral("review-panel-en"));
}

TEST_CASE("The window's findings include the initiatives and milestones overdue today",
          "[initiatives][findings]")
{
    QTemporaryDir dir;
    Plan plan = uitest::sample("sample-en.json");
    // The partner launch and its open milestone were due yesterday, whenever the test runs.
    const QDate yesterday = QDate::currentDate().addDays(-1);
    plan.initiatives.first().start = yesterday.addMonths(-2);
    plan.initiatives.first().due = yesterday;
    REQUIRE(plan.milestones.at(1).name == QStringLiteral("First 3 resellers live"));
    plan.milestones[1].date = yesterday;
    auto document = openDocument(dir, plan);
    const auto overdue = [&document](const QString &field) {
        const QList<Finding> &findings = document->findings();
        return std::count_if(findings.begin(), findings.end(), [&field](const Finding &finding) {
            return finding.field == field && finding.message.contains(QStringLiteral("was due"));
        });
    };
    CHECK(overdue(QStringLiteral("initiatives.due")) == 1);
    CHECK(overdue(QStringLiteral("milestones.date")) == 1);

    REQUIRE(document->edit(QStringLiteral("Done"), [](Plan &changed) {
        changed.initiatives.first().status = InitiativeStatus::Done;
    }));
    CHECK(overdue(QStringLiteral("initiatives.due")) == 0);
    CHECK(overdue(QStringLiteral("milestones.date")) == 0);
    document->undoStack()->undo();
    CHECK(overdue(QStringLiteral("initiatives.due")) == 1);
}

TEST_CASE("A KPI renamed in its table takes the initiatives that name it along, in one undo step",
          "[initiatives][undo]")
{
    QTemporaryDir dir;
    auto document = openDocument(dir, uitest::sample("sample-en.json"));
    const Plan before = document->plan();
    REQUIRE(before.initiatives.first().kpi == QStringLiteral("Qualified leads"));
    auto *kpis = MetricsTables::kpis(document.get(), document.get());
    const int leads = [&before] {
        for (qsizetype row = 0; row < before.metrics.kpis.size(); ++row)
            if (before.metrics.kpis.at(row).name == QStringLiteral("Qualified leads"))
                return int(row);
        return -1;
    }();
    REQUIRE(leads >= 0);
    REQUIRE(kpis->setData(kpis->index(leads, kpis->columnOf(u"name")),
                          QStringLiteral("Sales-qualified leads"), Qt::EditRole));
    QStringList moving;
    for (const Initiative &initiative : document->plan().initiatives)
        moving.append(initiative.kpi);
    // The partner launch and the trade show moved the qualified leads.
    CHECK(moving ==
          QStringList{QStringLiteral("Sales-qualified leads"), QStringLiteral("Average deal size"),
                      QStringLiteral("Sales-qualified leads"), QStringLiteral("Win rate")});
    CHECK(document->undoStack()->count() == 1);
    document->undoStack()->undo();
    CHECK(document->plan() == before);
}
