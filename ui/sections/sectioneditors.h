#pragma once

#include "plan/plan.h"

class QWidget;

namespace salesplan::ui {

class PlanDocument;
class SectionEditor;

// Makes the editor of one section over `document`; the wizard and the main window both use it,
// so a section is edited by the same widget wherever it appears.
SectionEditor *createSectionEditor(Section section, PlanDocument *document, QWidget *parent);

} // namespace salesplan::ui
