#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Plan validation: what is missing, wrong or worth a second look, in words a manager understands.
namespace salesplan {

enum class Severity { Error, Warning, Hint };

struct Finding
{
    Severity severity = Severity::Hint;
    Section section = Section::Targets;
    QString field;   // a stable key of the field, e.g. "targets.annualTarget", for jumping to it
    QString message; // translated, complete sentence
    bool operator==(const Finding &) const = default;
};

// Every finding of the plan, errors first, then by section.
QList<Finding> checkPlan(const Plan &plan);

int countFindings(const QList<Finding> &findings, Severity severity);
bool hasErrors(const QList<Finding> &findings);

// "error", "warning", "hint" — for the CLI and JSON.
QString severityKey(Severity severity);
// "mission", "targets", "team", "segments", "stages", "tools", "metrics".
QString sectionKey(Section section);

} // namespace salesplan
