#include "sectioneditors.h"

#include "metricseditor.h"
#include "missioneditor.h"
#include "segmentseditor.h"
#include "stageseditor.h"
#include "targetseditor.h"
#include "teameditor.h"
#include "toolseditor.h"

namespace salesplan::ui {

SectionEditor *createSectionEditor(Section section, PlanDocument *document, QWidget *parent)
{
    switch (section) {
    case Section::Mission:
        return new MissionEditor(document, parent);
    case Section::Targets:
        return new TargetsEditor(document, parent);
    case Section::Team:
        return new TeamEditor(document, parent);
    case Section::Segments:
        return new SegmentsEditor(document, parent);
    case Section::Stages:
        return new StagesEditor(document, parent);
    case Section::Tools:
        return new ToolsEditor(document, parent);
    case Section::Metrics:
        return new MetricsEditor(document, parent);
    }
    return nullptr;
}

} // namespace salesplan::ui
