#pragma once

#include "plan/money.h"
#include "plan/period.h"
#include "plan/plan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace salesplan::ui {

// What the start page shows of a recent plan: read from its file opened read-only (nothing is
// locked or written) and kept while the file's change time stays the same, so the page reads
// each file once however often it is shown.
struct RecentPlanFigures
{
    QString name; // the plan's name, else the file's
    int year = 0;
    Money annualTarget;
    PlanStatus status = PlanStatus::Draft;
    QDateTime lastModified;
    // The twelve month targets, when the target decomposes (seasonality and splits usable).
    std::optional<MonthValues> monthTargets;
};

// The figures of the plan in `path`, or nothing when it is gone or cannot be read.
std::optional<RecentPlanFigures> recentPlanFigures(const QString &path);

} // namespace salesplan::ui
