#include "plan/planchanges.h"

namespace salesplan {

PlanPart partOf(Section section)
{
    switch (section) {
    case Section::Mission:
        return PlanPart::Mission;
    case Section::Targets:
        return PlanPart::Targets;
    case Section::Team:
        return PlanPart::Team;
    case Section::Segments:
        return PlanPart::Segments;
    case Section::Stages:
        return PlanPart::Stages;
    case Section::Tools:
        return PlanPart::Tools;
    case Section::Metrics:
        return PlanPart::Metrics;
    }
    return PlanPart::Info;
}

PlanChanges changedParts(const Plan &before, const Plan &after)
{
    PlanChanges changes;
    changes.setFlag(PlanPart::Info, before.info != after.info);
    changes.setFlag(PlanPart::Mission, before.mission != after.mission);
    changes.setFlag(PlanPart::Targets,
                    before.targets != after.targets || before.units != after.units);
    changes.setFlag(PlanPart::Team, before.team != after.team);
    changes.setFlag(PlanPart::Segments, before.segments != after.segments);
    changes.setFlag(PlanPart::Stages, before.stages != after.stages);
    changes.setFlag(PlanPart::Tools, before.tools != after.tools);
    changes.setFlag(PlanPart::Metrics, before.metrics != after.metrics ||
                                           before.initiatives != after.initiatives ||
                                           before.milestones != after.milestones);
    changes.setFlag(PlanPart::History,
                    before.history != after.history || before.kpiActuals != after.kpiActuals);
    changes.setFlag(PlanPart::Deck, before.presentationDeck != after.presentationDeck ||
                                        before.speakerNotes != after.speakerNotes);
    changes.setFlag(PlanPart::Scenarios, before.scenarios != after.scenarios);
    return changes;
}

} // namespace salesplan
