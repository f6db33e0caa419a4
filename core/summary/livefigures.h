#pragma once

#include "check/findings.h"
#include "plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

// Live figures in the plan's texts: a placeholder such as {target}, {growth}, {target.q4},
// {region.华东.target} or {reps.short} stands for the plan's current figure, so a mission that
// says "We will grow {growth} to {target}" never goes stale when the target changes. The report,
// the deck and the command line print texts through fillLiveFigures(); the editors offer
// liveFigures() as completions.
namespace salesplan {

struct PlanSummary;

// One placeholder: its key (written in braces), what it stands for, and its figure now.
struct LiveFigure
{
    QString key;         // "target", "region.华东.target"
    QString description; // "The annual target", translated
    QString value;       // "¥120,000,000.00", as the report writes it
};

// Every placeholder the plan offers now, with its figure: the targets and tiers, growth, the
// quarters, each region, product line and member, the funnel, the headcount, the quotas and
// the collections. A figure that cannot be worked out (growth without last year's actual) is
// left out.
QList<LiveFigure> liveFigures(const Plan &plan, const PlanSummary &summary);

// `text` with each placeholder in `figures` replaced by its figure; any other text in braces is
// left as typed.
QString fillLiveFigures(const QString &text, const QList<LiveFigure> &figures);

// The placeholders of `text` (in braces, no spaces inside) that are not in `figures`, in order.
QStringList unknownPlaceholders(const QString &text, const QList<LiveFigure> &figures);

// A finding for each text of the plan holding a placeholder that is not in `figures`: it prints
// as typed until it is corrected (or its figure can be worked out).
QList<Finding> liveFigureFindings(const Plan &plan, const QList<LiveFigure> &figures);

} // namespace salesplan
