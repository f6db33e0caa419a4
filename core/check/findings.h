#pragma once

#include "plan/choices.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Plan validation: what is missing, wrong or worth a second look, in words a manager understands.
namespace salesplan {

enum class Severity { Error, Warning, Hint };

// The severities' keys (the CLI's and the summary JSON's) and names (the overview's, the
// report's and the command line's), beside the plan's other choices (plan/choices.h).
template <>
inline constexpr std::array choiceItems<Severity>{
    ChoiceItem{int(Severity::Error), u"error", QT_TRANSLATE_NOOP("Choice", "Error")},
    ChoiceItem{int(Severity::Warning), u"warning", QT_TRANSLATE_NOOP("Choice", "Warning")},
    ChoiceItem{int(Severity::Hint), u"hint", QT_TRANSLATE_NOOP("Choice", "Hint")},
};

struct Finding
{
    Severity severity = Severity::Hint;
    Section section = Section::Targets;
    QString field;   // a stable key of the field, e.g. "targets.annualTarget", for jumping to it
    QString message; // translated, complete sentence
    bool operator==(const Finding &) const = default;
};

// Every finding of the plan's own fields, errors first, then by section. The findings that need
// the derived figures (the headcount) are added by summarizePlan().
QList<Finding> checkPlan(const Plan &plan);
// Errors first, then warnings, then hints; within a severity in the order of the sections, and
// within a section in the order given.
void sortFindings(QList<Finding> &findings);

int countFindings(const QList<Finding> &findings, Severity severity);
bool hasErrors(const QList<Finding> &findings);

// "error", "warning", "hint" — for the CLI and JSON; choiceName() gives the translated name.
QString severityKey(Severity severity);
// "mission", "targets", "team", "segments", "stages", "tools", "metrics".
QString sectionKey(Section section);

} // namespace salesplan
