#pragma once

#include "document/plandocument.h"
#include "plan/plan.h"
#include "store/planfile.h"
#include "summary/plansummary.h"
#include "uitestsupport.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

// What the tests of the review's panels share: sample plans with actuals booked, open in a
// document over a plan file in a temporary folder.
namespace reviewtest {

inline salesplan::HistoryEntry booked(const salesplan::Plan &plan, int monthIndex,
                                      const QString &region, qint64 minor)
{
    salesplan::HistoryEntry entry;
    entry.id = 0;
    entry.month = plan.info.period.monthStart(monthIndex);
    entry.region = region;
    entry.amount = salesplan::Money{minor, plan.info.currency};
    return entry;
}

// The sample `name` with January to May booked on target in every region, except the first
// region's May at 80 %.
inline salesplan::Plan sampleWithActuals(const char *name = "sample-zh_CN.json")
{
    salesplan::Plan plan = uitest::sample(name);
    const salesplan::PlanSummary summary = salesplan::summarizePlan(plan);
    REQUIRE(summary.decomposition);
    const salesplan::DimensionSplit *regions =
        summary.decomposition->split(salesplan::TargetSplit::Regions);
    REQUIRE(regions);
    for (int m = 0; m < 5; ++m) {
        for (qsizetype r = 0; r < regions->itemNames.size(); ++r) {
            const qint64 target = regions->byMonth.at(r)[std::size_t(m)];
            salesplan::HistoryEntry entry = booked(plan, m, regions->itemNames.at(r),
                                                   r == 0 && m == 4 ? target * 8 / 10 : target);
            entry.id = plan.ids.take();
            plan.history.append(entry);
        }
    }
    return plan;
}

// A plan file in a temporary folder, open for editing.
struct OpenPlan
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<salesplan::ui::PlanDocument> document;

    explicit OpenPlan(const salesplan::Plan &plan)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(salesplan::PlanFile::create(path, plan));
        auto file = salesplan::PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<salesplan::ui::PlanDocument>(std::move(file.value()));
    }

    const salesplan::Plan &plan() const { return document->plan(); }
    int undoSteps() const { return document->undoStack()->count(); }

    // The plan as the file holds it, read by a second, read-only PlanFile.
    salesplan::Plan reopened() const
    {
        auto file = salesplan::PlanFile::open(path, salesplan::PlanFile::Access::ReadOnly);
        REQUIRE(file);
        return file.value()->plan();
    }
};

} // namespace reviewtest
