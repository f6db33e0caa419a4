#pragma once

#include "plan/fields.h"
#include "plan/plan.h"

#include <QString>

// The narrative texts of a plan: the text fields of the mission, targets, team and metrics
// sections (the mission, the market trends, the training plan, the review notes...), the prose a
// reader reads as opposed to figures and tables. One list for the word diff of two versions and
// for what an approved plan may still let change.
namespace salesplan {

inline bool isNarrativeKind(FieldKind kind)
{
    return kind == FieldKind::Text || kind == FieldKind::Note;
}

// Calls visit(sectionKey, member) for each section that holds narrative texts: its JSON key
// ("mission", "team") and its member of Plan (&Plan::mission); its narrative texts are the
// fields of fieldsOf<Section>() whose kind isNarrativeKind().
template <typename Visit> void forEachNarrativeSection(Visit &&visit)
{
    visit(QStringLiteral("mission"), &Plan::mission);
    visit(QStringLiteral("targets"), &Plan::targets);
    visit(QStringLiteral("team"), &Plan::team);
    visit(QStringLiteral("metrics"), &Plan::metrics);
}

// Copies the narrative texts of `from` into `to`, leaving everything else of `to` as it is.
void copyNarrative(const Plan &from, Plan &to);

} // namespace salesplan
